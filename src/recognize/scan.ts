import { detached } from '../text/detached.js';
import { foldKey } from '../text/fold.js';
import {
  DISTINCTIVE,
  FOREIGN,
  hasForeignMarks,
  hasVietnameseMarks,
  MARKED,
  markedSpelling,
  marksWithin,
} from '../text/marks.js';
import { safeNormalize } from '../text/safe-normalize.js';
import { whiteSpace } from '../text/white-space.js';
import {
  JAPANESE_NAME_SUFFIXES,
  JAPANESE_PREFIXES,
  LITTLE_WORDS,
  ORG_HEADS,
  SWEDISH_ZONE_TAILS,
} from './context.js';
import { COMMON_VIETNAMESE_SYLLABLES } from './data/common-syllables.js';
import { facilityEnd, facilityHeadBefore, facilityPlace } from './facilities.js';
import { childById, type Form, type Node, type Passing, passingOf, ready, spellingsOf } from './gazetteer.js';
import {
  ADDRESS_WORDS,
  CONTINENT_WORDS,
  EVENT_TAILS,
  FEATURE_HEADS,
  GENERIC_HEAD_WORDS,
  GENERIC_TAIL_WORDS,
  GENERIC_WORDS,
  INSTITUTION_HEADS,
  SAME_PLACE_TAILS,
} from './generic.js';
import { cityWordAround, deputyBefore, foldedFamilyName, notTheName, placesOnly } from './homograph-rules.js';
import { institutionQualifier } from './institution-heads.js';
import { languageSlot, OTHER_LANGUAGE } from './other-language.js';
import { bodyHeadAfter } from './province-bodies.js';
import { Reused } from './scratch.js';
import { SpanMemo } from './span-memo.js';
import type { Starts } from './starts.js';
import { isFamilyNameKey, isVietnameseSyllable, romajiMorae } from './syllables.js';
import type { Tokens } from './tokenize.js';

/** Words `i` and `i + 1` are apart by a comma and one space, as in a name that holds one. */
function commaBetween(text: string, tokens: Tokens, i: number): boolean {
  const end = tokens.end(i);
  return tokens.start(i + 1) === end + 2 && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32;
}

/** A space of any kind (a no-break space too). */
const SPACE = /\s/u;

/**
 * Whether two neighbouring words may belong to one name: separated only by spaces (one line
 * break at most, after a wrapped line), a dash, a dot, an apostrophe or an ampersand ("Viet Nam",
 * "Bà Rịa - Vũng Tàu", "TP.HCM", "Se & Hör"), or the colon of a Swedish genitive ("FN:s
 * havsrättskonvention").
 */
export function joinable(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.length) return false;
  const aEnd = tokens.end(i);
  const bStart = tokens.start(i + 1);
  const gap = bStart - aEnd;
  // Words glued together by a scraper ("dânBáo") belong to different lines.
  if (gap > 4 || gap === 0) return false;
  // Swedish genitive after an abbreviation: "FN:s".
  if (gap === 1 && text.charCodeAt(aEnd) === 58) return true;
  // A full stop after a lower-case word of three letters or more ends a sentence: no name goes on
  // past it ("ven biển. Nhật Bản" is no "biển Nhật Bản"). Abbreviations ("tp. Hồ Chí Minh", "TP.",
  // "St.") are shorter or capitalised.
  if (
    text.charCodeAt(aEnd) === 46 &&
    gap > 1 &&
    aEnd - tokens.start(i) >= 3 &&
    !tokens.capital(i) &&
    SPACE.test(text.charAt(aEnd + 1))
  )
    return false;
  let breaks = 0;
  for (let k = aEnd; k < bStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (
      !(
        c === 32 ||
        c === 9 ||
        c === 13 ||
        c === 0xa0 ||
        c === 46 ||
        c === 39 ||
        c === 0x2019 ||
        c === 45 ||
        c === 0x2013 ||
        c === 0x2014 ||
        c === 38
      )
    ) {
      return false;
    }
  }
  if (breaks === 0) return true;
  // A name runs on over a line break only where the line before is wrapped prose, not a short line of
  // a menu or a list ("Sức khỏe" / "Đời sống" are two sections, no "Sức khỏe & Đời sống").
  return breaks === 1 && aEnd - text.lastIndexOf('\n', aEnd - 1) > WRAPPED_LINE;
}

/** Shortest line, in code units, after which a line break may fall inside a name (a wrapped line). */
const WRAPPED_LINE = 40;

/** Entities that are places, by the prefix of their ids. */
const PLACES = /^(?:country|vn-province-\d+|city|sea|island-group|region|subdivision|place):/u;
const isPlace = (id: string): boolean => PLACES.test(id);
const isPlaceOrOutlet = (id: string): boolean => isPlace(id) || id.startsWith('outlet:');
const isPerson = (id: string): boolean => id.startsWith('person:');

/**
 * Words `from`..`to` (three) are Vietnamese syllables and a capitalised one follows them in the same
 * phrase, no name's start of its own ("Nguyễn Thị Thanh Nga"; not "… Thanh, Nga").
 */
function fourthSyllable(tokens: Tokens, from: number, to: number): boolean {
  if (to >= tokens.length || !tokens.spaced(to - 1) || !tokens.capitalisedWord(to)) return false;
  if (to + 1 < tokens.length && tokens.spaced(to) && tokens.capital(to + 1)) return false;
  for (let k = from; k <= to; k++) if (!isVietnameseSyllable(tokens.word(k) as string)) return false;
  return true;
}

/** Places that are sites (parks, airports, landmarks), not units or countries: `place:` ids. */
const isSite = (id: string): boolean => id.startsWith('place:');

/** No form passes. */
const NONE: Passing = {
  forms: [],
  ids: [],
  titleIds: [],
  allExact: true,
  kind: 0,
  plus: false,
  text: undefined,
};

/** The forms ending at a node that pass their conditions for the words `from`..`to`. */
function passing(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  at: Node,
  language: string | null,
): Passing {
  let result = conditions(text, tokens, from, to, at, language);
  if (result.forms.length === 0) return result;
  result = byMarks(text, tokens, from, to, at, result, language);
  if (result.forms.length === 0) return result;
  if (language === 'en' || language === 'sv' || language === null)
    result = byForeignMarks(text, tokens, from, to, result);
  if (result.forms.length === 0) return result;
  if (language === OTHER_LANGUAGE && to === from + 1) result = bySpelling(text, tokens, from, result);
  return byCase(tokens, from, to, result);
}

/**
 * In a language the knowledge base has no names in, one word is the name only where its marks
 * agree with how the name is written:
 * - written without the marks a name has, only where a display name is spelt so: German "Abo" (a
 *   subscription) is not Åbo, which the knowledge base also lists unmarked for text typed without
 *   marks; "Zurich", the English name, stays Zürich;
 * - written with marks, an outlet's or organisation's name (spelt one way, as a brand) only where
 *   it is spelt so: Spanish "Político" is a word, not the outlet Politico. Places keep the marks
 *   of the text's language ("Perú", "Canadá").
 */
function bySpelling(text: string, tokens: Tokens, from: number, result: Passing): Passing {
  const forms = result.forms;
  const surface = text.slice(tokens.start(from), tokens.end(from));
  const ascii = isAscii(surface);
  if (ascii && !forms.some((f) => f.written.some((w) => !isAscii(w)))) return result;
  const lower = (ascii ? surface : safeNormalize(surface)).toLowerCase();
  const spelt = (f: Form): boolean => f.written.some((w) => w.toLowerCase() === lower);
  const ok = forms.filter((f) =>
    ascii ? f.language !== null && spelt(f) : !f.ids.every(isBrand) || spelt(f),
  );
  return ok.length === forms.length ? result : ok.length === 0 ? NONE : passingOf(ok);
}

/** An outlet or an organisation, whose name is written one way. */
const isBrand = (id: string): boolean => id.startsWith('outlet:') || id.startsWith('org:');

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The forms whose exact, proper and language conditions hold for a match of `words` words. */
function formsPassing(
  forms: Form[],
  surface: string,
  anyCapital: boolean,
  language: string | null,
  words: number,
): Form[] {
  // One language's one-word display names are not read in another of en, sv and vi, but for English
  // ones in Vietnamese.
  const own = language === OTHER_LANGUAGE ? null : language;
  return forms.filter((f) => {
    // (`surface` holds the full stop after the words when there is one: an exact form may end
    // with it, "U.S.", or not, "US".)
    if (f.exact && f.text !== surface && !(surface.endsWith('.') && f.text === surface.slice(0, -1)))
      return false;
    if (f.proper && !anyCapital) return false;
    // Vietnamese writes many foreign names in their English form ("Australia" beside "Úc").
    if (own === 'vi' && f.language === 'en') return true;
    return !(f.language && own && f.language !== own && words === 1 && !f.exact);
  });
}

/** The forms whose exact, proper and language conditions hold, memoised per node. */
function conditions(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  at: Node,
  language: string | null,
): Passing {
  const forms = at.forms as Form[];
  if (at.unconditional) return at as Passing;
  let anyCapital = false;
  for (let k = from; k < to; k++) anyCapital ||= tokens.capital(k);
  const slot = (anyCapital ? 4 : 0) + languageSlot(language);
  const start = tokens.start(from);
  // An exact form is read with the full stop after its words, if any ("U.S." before "market").
  const end = tokens.end(to - 1) + (at.hasExact && text.charCodeAt(tokens.end(to - 1)) === 46 ? 1 : 0);
  // With exact forms the outcome depends on the words as written too ("Nhân Dân", "nhân dân").
  if (at.hasExact) {
    const known = at.exactMemo?.[slot]?.get(text, start, end);
    if (known) return known;
  } else {
    const memo = at.memo?.[slot];
    if (memo) return memo;
  }
  // (The forms are filtered in a function of their own: a closure here would make every call,
  // memo hits included, allocate the variables it captures.)
  const ok = formsPassing(forms, text.slice(start, end), anyCapital, language, to - from);
  const result = ok.length === forms.length ? (at as Passing) : passingOf(ok);
  if (!at.hasExact) {
    at.memo ??= [];
    at.memo[slot] = result;
  } else {
    at.exactMemo ??= [];
    // Bounded: a name is written a few ways, but a text may write one word in many.
    at.exactMemo[slot] ??= new SpanMemo(64);
    at.exactMemo[slot].set(text, start, end, result);
  }
  return result;
}

/** Marked spellings of words seen, bounded: the same names recur through a text and a batch. */
const spellingCache = new Map<string, string>();

function spellingOf(word: string): string {
  let s = spellingCache.get(word);
  if (s === undefined) {
    if (spellingCache.size >= 4096) spellingCache.clear();
    // Kept as copies: the word is a slice of the text, which the cache must not hold alive.
    const own = detached(word);
    s = markedSpelling(own);
    spellingCache.set(own, s);
  }
  return s;
}

/**
 * Diacritic-aware matching. Where the text writes the words with Vietnamese marks, a form passes
 * only if one of its spellings has the same marks (up to old/new tone placement); in a name of
 * several words, a word written without marks may stand for a marked one ("Phạm Minh Chinh").
 * Where the text writes the words without marks but its neighbours carry them, it is a marked
 * text and the words are other words ("Lao động", "Nhat" in a caption): they match no form that
 * has a marked spelling, unless they are a name of several capitalised words typed without marks
 * or the text has lost its marks on some words ({@link Tokens.partialMarks}).
 */
function byMarks(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  at: Node,
  result: Passing,
  language: string | null,
): Passing {
  const start = tokens.start(from);
  const end = tokens.end(to - 1);
  // In English, Swedish and other languages an acute or a circumflex ("Genevé") is no sign of
  // Vietnamese.
  const foreign = language === 'en' || language === 'sv' || language === OTHER_LANGUAGE;
  const bit = foreign ? DISTINCTIVE : MARKED;
  if (!tokens.marked(from, to, bit)) {
    if (!at.marked) return result;
    // In English, Swedish and other languages one unmarked word is not a Vietnamese name stripped of its marks
    // ("My parents", "Lilla My", "Generation Y"): only display names of the languages match it.
    if (foreign && to - from === 1) {
      // (Vietnamese display names are Vietnamese words: in other text, "Y" is not Ý, Italy.)
      let out = displayNamesOnly.get(result);
      if (!out) {
        const ok = result.forms.filter((f) => f.language !== null && f.language !== 'vi');
        out = ok.length === result.forms.length ? result : ok.length === 0 ? NONE : passingOf(ok);
        displayNamesOnly.set(result, out);
      }
      return out;
    }
    let capitals = true;
    for (let k = from; k < to; k++) capitals &&= tokens.capital(k);
    // (In a text that lost some marks, a word of one letter is read as in a marked text: "Y" is
    // medicine's "y" as often as Italy's "Ý".)
    if ((to - from >= 2 && capitals) || (tokens.partialMarks && end - start > 1)) return result;
    // Marked words nearby (three each way, on the same line) make the text marked Vietnamese. A
    // line written without marks is read on its own ("Nhat hoang tham Viet Nam anh 1", a
    // caption made from a file name, between marked paragraphs).
    for (let k = from - 1; k >= Math.max(0, from - 3) && !lineBreakAfter(text, tokens, k); k--)
      if (tokens.marked(k, k + 1, bit)) return NONE;
    for (let k = to; k < Math.min(tokens.length, to + 3) && !lineBreakAfter(text, tokens, k - 1); k++)
      if (tokens.marked(k, k + 1, bit)) return NONE;
    return result;
  }
  // Memo on the node, by the words as written and by which of the node's forms passed so far
  // (the same for every match of a name in the same case and language).
  let mask = 0;
  if (result !== at) {
    const forms = at.forms as Form[];
    for (const f of result.forms) {
      const k = forms.indexOf(f);
      mask = k < 30 ? mask | (1 << k) : -1;
      if (mask < 0) break;
    }
  }
  // (A node of over 30 forms is not memoised: none has that many.)
  let bySurface: SpanMemo<Passing> | undefined;
  if (mask >= 0) {
    // (A text that lost some marks agrees with more spellings: its memo is another.)
    const memoKey = tokens.partialMarks ? mask + 2 ** 31 : mask;
    at.byMarks ??= new Map();
    bySurface = at.byMarks.get(memoKey);
    if (!bySurface) {
      bySurface = new SpanMemo(256);
      at.byMarks.set(memoKey, bySurface);
    }
  }
  const known = bySurface?.get(text, start, end);
  if (known) return known;
  const out = withMarksOf(spellingsAt(text, tokens, from, to), result, tokens.partialMarks);
  bySurface?.set(text, start, end, out);
  return out;
}

/** The marked spellings of words `from`..`to` as written. */
function spellingsAt(text: string, tokens: Tokens, from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(spellingOf(text.slice(tokens.start(k), tokens.end(k))));
  return words;
}

/** The forms of `result` with a spelling whose marks agree with `words` (see {@link byMarks}). */
function withMarksOf(words: string[], result: Passing, partial: boolean): Passing {
  const key = words.join(' ');
  const ok = result.forms.filter(
    (f) => spellingsOf(f).some((s) => agrees(words, key, s, partial)) || markedWithinUnmarked(words, f),
  );
  return ok.length === result.forms.length ? result : ok.length === 0 ? NONE : passingOf(ok);
}

/** Fewest words of a name written without marks in which the text may mark a Vietnamese name. */
const MIN_UNMARKED_NAME_WORDS = 3;

/**
 * A name of several words that the knowledge base writes only without Vietnamese marks, where the
 * text marks fewer than half of its words: an English name with a Vietnamese name inside, as
 * Vietnamese outlets write English ("Embassy of Japan in Việt Nam"). (Two words both marked,
 * "Việt Nam", are the Vietnamese name, which agrees with its own marked spelling.)
 */
function markedWithinUnmarked(words: readonly string[], f: Form): boolean {
  if (words.length < MIN_UNMARKED_NAME_WORDS || f.language === 'vi') return false;
  let marked = 0;
  for (const w of words) if (hasVietnameseMarks(w)) marked++;
  return marked * 2 < words.length && spellingsOf(f).every((s) => !hasVietnameseMarks(s));
}

/** {@link byMarks}'s one unmarked word in English, Swedish or another language, by its input forms. */
const displayNamesOnly = new WeakMap<Passing, Passing>();

/** A line break stands between word `k` and the next. */
function lineBreakAfter(text: string, tokens: Tokens, k: number): boolean {
  const end = k + 1 < tokens.length ? tokens.start(k + 1) : text.length;
  for (let c = tokens.end(k); c < end; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

/**
 * In English, Swedish and unknown text, a name written with a mark Vietnamese never writes ("Nära",
 * near) is the name only where one of its spellings writes those words so ("Malmö", "Zürich"):
 * folding drops such marks, but the words differ. Words without them may differ as in
 * {@link byMarks}. Other languages write places with their own marks ("Hanoï", "Brüssel"), which
 * the knowledge base does not list.
 */
function byForeignMarks(text: string, tokens: Tokens, from: number, to: number, result: Passing): Passing {
  if (!tokens.marked(from, to, FOREIGN)) return result;
  const start = tokens.start(from);
  const end = tokens.end(to - 1);
  // Memo by the forms and the words as written: Swedish text writes the same few names
  // ("Östersjön", "Malmö") over and over.
  let bySurface = foreignMarked.get(result);
  if (!bySurface) {
    bySurface = new SpanMemo(256);
    foreignMarked.set(result, bySurface);
  }
  const known = bySurface.get(text, start, end);
  if (known) return known;
  const out = withForeignMarksOf(spellingsAt(text, tokens, from, to), result);
  bySurface.set(text, start, end, out);
  return out;
}

/** The forms of `result` with a spelling that writes the words of `words` with foreign marks so. */
function withForeignMarksOf(words: string[], result: Passing): Passing {
  const strict = words.map((w) => hasForeignMarks(w));
  const ok = result.forms.filter((f) =>
    spellingsOf(f).some((spelling) => {
      const theirs = spelling.split(' ');
      return theirs.length === words.length && words.every((w, k) => !strict[k] || w === theirs[k]);
    }),
  );
  return ok.length === result.forms.length ? result : ok.length === 0 ? NONE : passingOf(ok);
}

/** {@link byForeignMarks} by its input forms and the words as written. */
const foreignMarked = new WeakMap<Passing, SpanMemo<Passing>>();

/**
 * Whether surface words (marked spellings; `key`, them joined by one space) agree with a name's
 * marked spelling, word by word: the same, or, in a name of two words or more, a word written
 * without marks for a marked one ("Phạm Minh Chinh", "Quỳnh Luu"). In a text that lost its marks
 * on some letters (`partial`), a word may also keep only some of its marks ("Hàn Quôc", "Huê").
 */
export function agrees(words: readonly string[], key: string, spelling: string, partial = false): boolean {
  if (key === spelling) return true;
  if (words.length < 2 && !partial) return false;
  if (partial && words.length === 1) return marksWithin(key, spelling);
  const theirs = spelling.split(' ');
  if (theirs.length !== words.length) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const their = theirs[k] as string;
    if (w !== their && hasVietnameseMarks(w) && !(partial && marksWithin(w, their))) return false;
  }
  return true;
}

/**
 * A name whose every word is capitalised in every spelling the knowledge base has ("Hòa Bình",
 * "Nhà Trắng") is not matched where the text writes one of its words in lower case ("Hoa binh",
 * "Nhà trắng", "nhà nước Nhật"), unless that word is generic ("biển Đông", "Ho Chi Minh city").
 * A spelling with a word in lower case frees that word ("Báo Nhân dân"), and the first word, whose
 * capital is then the sentence's ("theo hãng thông tấn Kyodo"); its other capitals stay required.
 */
function byCase(tokens: Tokens, from: number, to: number, result: Passing): Passing {
  if (to - from < 2) return result;
  // The name's words written in lower case (and not generic), bit k for word from + k.
  let lower = 0;
  for (let k = from; k < to && k - from < 31; k++)
    if (!tokens.capital(k) && !genericAt(tokens, from, k)) lower |= 1 << (k - from);
  return lower === 0 ? result : inLowerCase(result, lower, to - from);
}

/**
 * Word `k` of a name from word `from`, in lower case, is a generic word: a tail's anywhere ("Ho Chi
 * Minh city"), a head's only before the name's capitalised words ("thủ đô Hà Nội"; not "đô" after
 * "Thành" in "Thành do công ty", which is no "Thành Đô").
 */
function genericAt(tokens: Tokens, from: number, k: number): boolean {
  const word = tokens.word(k) as string;
  if (GENERIC_TAIL_WORDS.has(word)) return true;
  return GENERIC_HEAD_WORDS.has(word) && (k === from || !tokens.capital(k - 1));
}

/** {@link inLowerCase} by its input and lower-case words: the same forms give one shared outcome. */
const lowered = new WeakMap<Passing, Map<number, Passing>>();

/**
 * The forms of `result` that a name of `words` words, those of `lower` in lower case, may be (see
 * {@link byCase}): organisations are capitalised as each writer likes ("Liên hợp quốc"); places
 * and newspapers are not ("Tuổi Trẻ" is the paper, "tuổi trẻ" youth).
 */
function inLowerCase(result: Passing, lower: number, words: number): Passing {
  let byWords = lowered.get(result);
  if (!byWords) {
    byWords = new Map();
    lowered.set(result, byWords);
  }
  let out = byWords.get(lower);
  if (!out) {
    out = formsInLowerCase(result, lower, words);
    byWords.set(lower, out);
  }
  return out;
}

/**
 * {@link inLowerCase} when not memoised. (A function of its own: the filter's closure over
 * `lower` would make every call allocate its context, memo hits included.)
 */
function formsInLowerCase(result: Passing, lower: number, words: number): Passing {
  const all = words < 31 ? (1 << words) - 1 : -1;
  const ok = result.forms.filter((f) => {
    const required = f.capitals === all ? all : f.capitals & ~1;
    return (required & lower) === 0 || !f.ids.every(isPlaceOrOutlet);
  });
  return ok.length === 0 ? NONE : ok.length === result.forms.length ? result : passingOf(ok);
}

/**
 * The surface-form matches of a text, in text order, stored column-wise: word range and the
 * passing forms (shared with the trie node, so a match allocates nothing of its own).
 */
export class Matches {
  from: Int32Array;
  to: Int32Array;
  /** The passing forms of each match; only the first {@link length} entries are matches. */
  readonly passing: Passing[];
  length = 0;

  /**
   * Room for `capacity` matches. With `reuse`, the arrays of the last Matches made so are taken
   * again when they are large enough: a long text has a hundred thousand matches, and arrays of
   * that size fresh from the system cost more to touch than to fill. (Only the first `length`
   * entries are ever read, so what an earlier text left in them does not matter.)
   */
  constructor(capacity = 64, reuse = false) {
    // Made at the size expected, not grown by copies.
    const make = () => ({
      from: new Int32Array(capacity),
      to: new Int32Array(capacity),
      passing: new Array<Passing>(capacity),
    });
    const arrays = reuse ? matchArrays.take((a) => a.from.length >= capacity, make) : make();
    this.from = arrays.from;
    this.to = arrays.to;
    this.passing = arrays.passing;
  }

  push(from: number, to: number, passing: Passing): void {
    if (this.length === this.from.length) {
      const size = this.length * 2;
      const f = new Int32Array(size);
      f.set(this.from);
      this.from = f;
      const t = new Int32Array(size);
      t.set(this.to);
      this.to = t;
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.passing[this.length] = passing;
    this.length++;
  }

  /** Drops the last match. */
  pop(): void {
    if (this.length === 0) return;
    this.length--;
  }

  /** The match that starts at word `from`, by binary search, or -1. */
  startingAt(from: number): number {
    return search(this.from, this.length, from);
  }

  /** The match that ends before word `to`, by binary search (matches never overlap), or -1. */
  endingAt(to: number): number {
    return search(this.to, this.length, to);
  }
}

/** The index of `word` among the first `length` entries of the increasing `words`, or -1. */
function search(words: Int32Array, length: number, word: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as number;
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The arrays of the last scan's {@link Matches}, for the next scan (see {@link Reused}). */
const matchArrays = new Reused<{ from: Int32Array; to: Int32Array; passing: Passing[] }>();

/** Scratch of {@link longestAt}: the ends and nodes of the forms met on a walk. */
const ends: number[] = [];
const nodes: Node[] = [];
/** The passing forms of the last successful {@link longestAt}. */
let found: Passing = NONE;

/**
 * The end (exclusive) of the longest passing surface form starting at word `i`, or -1; its
 * passing forms are left in {@link found}. Walks the trie word by word from the word's node.
 */
function longestAt(text: string, tokens: Tokens, starts: Starts, i: number, language: string | null): number {
  // The trie's first level by vocabulary id: a word outside the vocabulary (id 0, most words
  // of a text), one that starts no name, or one whose next word continues none stops here.
  let at: Node | undefined = starts.at(tokens, i);
  if (!at) return -1;
  // Walk the trie word by word, remembering every node where a form ends.
  let count = 0;
  for (let j = i; at; ) {
    if (at.forms) {
      ends[count] = j + 1;
      nodes[count++] = at;
    }
    if (at.childIds === null || j + 1 >= tokens.length) break;
    // The next word's node first: most walks end there, before the gap is read.
    at = childById(at, tokens.id(j + 1));
    if (!at || !(joinable(text, tokens, j) || (at.afterComma && commaBetween(text, tokens, j)))) break;
    j++;
  }
  for (let c = count - 1; c >= 0; c--) {
    const to = ends[c] as number;
    const node = ready(nodes[c] as Node);
    let ok = passing(text, tokens, i, to, node, language);
    // "US$500,000" is an amount, not the country. Before a plus only a name that ends in one
    // ("Vietnam+", a news site) is read, and it only there ("Canal+" is no Canada).
    const after = text.charCodeAt(tokens.end(to - 1));
    if (ok.forms.length === 0 || after === 36) continue;
    if (after === 43 || node.plus) ok = withPlus(ok, after === 43);
    if (ok.forms.length === 0) continue;
    found = ok;
    return to;
  }
  return -1;
}

/** {@link withPlus} by its input: [without a plus after, with one]. */
const plusForms = new WeakMap<Passing, [Passing, Passing]>();

/** The forms of `result` that end in a plus (`plus`), or those that do not. */
function withPlus(result: Passing, plus: boolean): Passing {
  let pair = plusForms.get(result);
  if (!pair) {
    const split = (want: boolean): Passing => {
      const ok = result.forms.filter((f) => f.plus === want);
      return ok.length === result.forms.length ? result : ok.length === 0 ? NONE : passingOf(ok);
    };
    pair = [split(false), split(true)];
    plusForms.set(result, pair);
  }
  return pair[plus ? 1 : 0];
}

/** A syllable shape of Vietnamese, on a folding key: onset, one to three vowels, coda. */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/** Word `k` can be a Vietnamese syllable: it carries marks, or its key has the shape of one. */
function syllable(tokens: Tokens, k: number): boolean {
  if (tokens.end(k) - tokens.start(k) > 7) return false;
  return tokens.marked(k, k + 1) || SYLLABLE.test(tokens.word(k) as string);
}

/** The characters between word `k` and word `k + 1` are plain spaces (no line break): one phrase. */
function spaced(text: string, tokens: Tokens, k: number): boolean {
  // One or two spaces, the common case, are read off the word's flags.
  if (tokens.spaced(k)) return true;
  const a = tokens.end(k);
  const b = tokens.start(k + 1);
  if (b - a < 1 || b - a > 3) return false;
  for (let c = a; c < b; c++) {
    const code = text.charCodeAt(c);
    if (code !== 32 && code !== 0xa0 && code !== 9) return false;
  }
  return true;
}

/** Word `k` is written in capitals ("OS", "HANOI"). */
function upper(tokens: Tokens, k: number): boolean {
  return tokens.end(k) - tokens.start(k) > 1 && tokens.noLowerCase(k);
}

/**
 * The line around words `from`..`to` is in headline Title Case ("Vietnam Welcomes Japan Emperor,
 * Empress"): at least two other long words, all capitalised. Looks at most 8 words each way.
 */
function titleCase(text: string, tokens: Tokens, from: number, to: number): boolean {
  let capitals = 0;
  const count = (k: number): boolean => {
    if (tokens.end(k) - tokens.start(k) < 4) return true;
    if (!tokens.capital(k)) return false;
    capitals++;
    return true;
  };
  for (let k = from - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    if (text.slice(tokens.end(k), tokens.start(k + 1)).includes('\n')) break;
    if (!count(k)) return false;
  }
  for (let k = to, n = 0; k < tokens.length && n < 8; k++, n++) {
    if (text.slice(tokens.end(k - 1), tokens.start(k)).includes('\n')) break;
    if (!count(k)) return false;
  }
  return capitals >= 2;
}

/** The most frequent Vietnamese syllables, made on first use. */
let commonSyllables: Set<string> | undefined;

/** Word `k` is one of the most frequent Vietnamese syllables ("về", "theo"), in any case. */
export function commonSyllable(text: string, tokens: Tokens, k: number): boolean {
  commonSyllables ??= new Set(COMMON_VIETNAMESE_SYLLABLES.split(' '));
  return commonSyllables.has(safeNormalize(text.slice(tokens.start(k), tokens.end(k))).toLowerCase());
}

/** A generic word next to a name ("Province", "City") belongs with it, not to a longer name. */
const generic = (tokens: Tokens, k: number): boolean => GENERIC_WORDS.has(tokens.word(k) as string);
const SAME_PLACE: ReadonlySet<string> = new Set([...SAME_PLACE_TAILS, ...EVENT_TAILS]);
/**
 * A generic word after a name that names the same place ("Hue City") or an event held there
 * ("Osaka Summit"), not a river or islands.
 */
const samePlace = (tokens: Tokens, k: number): boolean => SAME_PLACE.has(tokens.word(k) as string);

/** The folding keys of the last words of lists of heads, by list. */
const lastWords = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();

function lastWordsOf(heads: readonly (readonly string[])[]): ReadonlySet<string> {
  let keys = lastWords.get(heads);
  if (keys === undefined) {
    keys = new Set(heads.map((head) => foldKey(head[head.length - 1] as string)));
    lastWords.set(heads, keys);
  }
  return keys;
}

/** The words before word `from` are one of `heads` (marked spellings), in one phrase with it. */
function wordsBefore(
  text: string,
  tokens: Tokens,
  from: number,
  heads: readonly (readonly string[])[],
  capital = false,
): boolean {
  // The word right before ends one of the heads (asked by key, the heads' last words being in the
  // vocabulary), or none can be there: most places are not after one.
  if (from === 0 || !lastWordsOf(heads).has(tokens.key(from - 1) as string)) return false;
  // The marked spelling of the word `back` places before `from` is read once for all heads. (In
  // a loop, not a closure: one would make every call allocate its context, most of them
  // returning above.)
  const spellings: (string | undefined)[] = [];
  for (const head of heads) {
    const first = from - head.length;
    if (first < 0 || (capital && !tokens.capital(first))) continue;
    let k = 0;
    for (; k < head.length && spaced(text, tokens, first + k); k++) {
      const back = head.length - k;
      let word = spellings[back];
      if (word === undefined) {
        word = spellingOf(text.slice(tokens.start(first + k), tokens.end(first + k)));
        spellings[back] = word;
      }
      if (word !== head[k]) break;
    }
    if (k === head.length) return true;
  }
  return false;
}

/** The words before word `from` are a Vietnamese head naming another feature ("sông", "đại lộ"). */
const featureHead = (text: string, tokens: Tokens, from: number): boolean =>
  wordsBefore(text, tokens, from, FEATURE_HEADS);

/** Most capitalised words between a place and the head of the organisation it is a part of. */
const MAX_ORG_AHEAD = 4;

/** Word `w` is the head of an organisation's name ("Exchange", "Committee"). */
const orgHead = (tokens: Tokens, w: number): boolean =>
  // The heads are in the vocabulary (context.ts): other words are not folded.
  tokens.id(w) !== 0 && ORG_HEADS.has(tokens.key(w) as string);

/**
 * The capitalised words from word `k` are words of an organisation's own and its head ("Ho Chi
 * Minh City | Stock Exchange", "Hoa Binh | Provincial Party Committee"): the place before them is
 * a part of that name, which local-orgs.ts reads, not a word of another proper name. (With the
 * head right after the place, "Kyoto University", the place's words are read as the name's.)
 */
function orgHeadAhead(text: string, tokens: Tokens, k: number): boolean {
  if (orgHead(tokens, k)) return false;
  for (let w = k; w < tokens.length && w - k < MAX_ORG_AHEAD && tokens.capital(w); w++) {
    if (orgHead(tokens, w)) return true;
    // A possessive is one word of the name ("People's Court").
    if (gluedPossessive(text, tokens, w + 1) && spaced(text, tokens, w + 1)) w++;
    else if (!spaced(text, tokens, w)) return false;
  }
  return false;
}

/** Word `k` is the "s" of a possessive glued to the word before ("People's", "Women’s"). */
export function gluedPossessive(text: string, tokens: Tokens, k: number): boolean {
  if (k >= tokens.length || tokens.word(k) !== 's') return false;
  const a = tokens.end(k - 1);
  const c = text.charCodeAt(a);
  return (c === 39 || c === 0x2019) && tokens.start(k) === a + 1;
}

/**
 * A Japanese prefecture's name as the name of its city ("Wakayama City", "thành phố Wakayama"):
 * not the prefecture, and left to local-places.ts, which reads the city.
 */
function prefectureCity(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  ids: readonly string[],
): boolean {
  return ids.every((id) => id.startsWith('subdivision:jp-')) && cityWordAround(text, tokens, from, to);
}

/** No entity is a sea: a sea is no part of an organisation's name ("Pacific Tsunami Warning Center"). */
const notSea = (ids: readonly string[]): boolean => !ids.some((id) => id.startsWith('sea:'));

/** Every entity is a region (a continent, "Đông Á"). */
const allRegions = (ids: readonly string[]): boolean => ids.every((id) => id.startsWith('region:'));
/** Every id is a country's. */
const allCountries = (ids: readonly string[]): boolean =>
  ids.length > 0 && ids.every((id) => id.startsWith('country:'));

/**
 * Word `to` is "Party" after the name of a Vietnamese province or city: its Party organisation
 * ("Bac Ninh Party Secretary", "the Hanoi Party chief"), which names the place, not a longer name.
 */
function provincialParty(tokens: Tokens, to: number, ids: readonly string[]): boolean {
  return (
    tokens.is(to, 'party') &&
    ids.length > 0 &&
    ids.every((id) => id.startsWith('vn-province-') || id.startsWith('city:'))
  );
}

/**
 * Whether the name at words `from`..`to` is part of a longer proper name, so not itself: a
 * capitalised word that starts no name of its own continues it ("Mỹ Tho", "Saigon Times",
 * "Peking-OS") or leads into it ("Nam Mỹ", "Thanh Huế" in a person's name). In Vietnamese the
 * name must be one syllable and the other word a syllable standing alone (a run of capitalised
 * words after a country is a person: "Ngoại trưởng Mỹ Marco Rubio"); in en/sv a Title Case line
 * proves nothing. The first word of a sentence is capitalised anyway and leads into nothing.
 */
function partOfLonger(
  text: string,
  tokens: Tokens,
  starts: Starts,
  from: number,
  to: number,
  previousEnd: number,
  language: string | null,
  ids: readonly string[],
): boolean {
  const n = tokens.length;
  const vietnamese = language === 'vi' || tokens.marked(from, to);
  let after = false;
  if (
    to < n &&
    tokens.capital(to) &&
    !samePlace(tokens, to) &&
    !bodyHeadAfter(text, tokens, to) &&
    !provincialParty(tokens, to, ids) &&
    // (A facility named after the place keeps it as a part: "Tokyo Station"; local-orgs.ts.)
    !(facilityPlace(ids) && facilityEnd(tokens, to) >= 0)
  ) {
    const joined = spaced(text, tokens, to - 1) || (!vietnamese && tokens.hyphenated(to - 1));
    if (joined && !(upper(tokens, to - 1) && upper(tokens, to))) {
      // A common word is a word of the sentence, capitalised at a glued sentence start
      // ("Thành phố Hồ Chí Minh Về vị trí …"), not more of the name.
      const nextSyllable = vietnamese && syllable(tokens, to);
      after = vietnamese
        ? (nextSyllable &&
            !commonSyllable(text, tokens, to) &&
            !(to + 1 < n && tokens.capital(to + 1) && spaced(text, tokens, to))) ||
          // A foreign place's name before a foreign word is a company's or a thing's name
          // ("Hamamatsu Photonics"), unless a person's name follows ("tỉnh Gunma Yamamoto Ichita"),
          // as it often does after a country ("người đồng cấp Australia Malcolm Turnbull").
          (!nextSyllable &&
            !syllable(tokens, to - 1) &&
            tokens.oneSpace(to - 1) &&
            !ids.some((id) => id.startsWith('country:')) &&
            !personNameAt(text, tokens, to))
        : !titleCase(text, tokens, from, to + 1) &&
          !personNameAt(text, tokens, to) &&
          !(
            language !== OTHER_LANGUAGE &&
            spaced(text, tokens, to - 1) &&
            notSea(ids) &&
            orgHeadAhead(text, tokens, to)
          );
      if (after) {
        // Two one-syllable places side by side are one name ("Mỹ Đức", a district; "Anh Đức", a
        // person): lists separate them ("Mỹ, Đức").
        const next = longestAt(text, tokens, starts, to, language);
        after = next < 0 || (vietnamese && to - from === 1 && next === to + 1 && placesOnly(found));
      }
    }
  }
  if (after) return true;
  // In Swedish, Vietnamese syllables before a word for a zone in lower case name the zone
  // ("Quang Chau industripark" in Bắc Giang, not Guangzhou): local-places.ts reads it.
  if (language === 'sv' && swedishZoneAfter(text, tokens, from, to)) return true;
  const k = from - 1;
  // (Not a station's or an airport's named after the place, which keeps it as a part: "ga Hà Nội",
  // local-orgs.ts.)
  if (
    vietnamese &&
    featureHead(text, tokens, from) &&
    !(facilityPlace(ids) && facilityHeadBefore(text, tokens, from) >= 0)
  )
    return true;
  // A neighbourhood named after a far city is no mention of the city ("Little Tokyo" in Ho Chi
  // Minh City, "Little Saigon", "Lilla Tokyo").
  if (k >= 0 && spaced(text, tokens, k) && tokens.capital(k) && LITTLE_WORDS.some((w) => tokens.is(k, w)))
    return true;
  // A Japanese place named after another with a prefix and a hyphen is another place: a station
  // or a city ("Shin-Aomori", "Shin-Osaka", "Higashi-Osaka", "Kita-Kyushu").
  if (k >= 0 && japanesePrefixBefore(tokens, from)) return true;
  // A ship named after a place ("JS Ise", "USS Ronald Reagan", "BRP Sierra Madre"): the prefix in
  // capitals, one space before, makes the name the ship's.
  if (
    k >= 0 &&
    upper(tokens, k) &&
    tokens.end(k) - tokens.start(k) <= MAX_SHIP_PREFIX &&
    text.charCodeAt(tokens.end(k)) === 32 &&
    tokens.end(k) + 1 === tokens.start(from) &&
    SHIP_PREFIXES.has(text.slice(tokens.start(k), tokens.end(k)))
  )
    return true;
  // A region right after an institution's head is part of its name ("Ngân hàng Đông Á").
  if (vietnamese && allRegions(ids) && wordsBefore(text, tokens, from, INSTITUTION_HEADS, true)) return true;
  // A one-syllable name after a word of address is a given name ("chị Mỹ", "anh Đức"); after
  // "châu" it is a continent ("châu Mỹ").
  if (vietnamese && to - from === 1 && k >= 0 && spaced(text, tokens, k)) {
    const word = spellingOf(text.slice(tokens.start(k), tokens.end(k)));
    if (ADDRESS_WORDS.has(word) || CONTINENT_WORDS.has(word)) return true;
  }
  // A country's name after "tiếng" or before "ngữ" is its language ("tiếng Nhật", "tieng Anh",
  // "Nhật ngữ"), no mention of it.
  if (vietnamese && allCountries(ids)) {
    if (k >= 0 && spaced(text, tokens, k) && tokens.is(k, 'tieng')) return true;
    if (to < tokens.length && spaced(text, tokens, to - 1) && tokens.is(to, 'ngu') && !tokens.capital(to))
      return true;
  }
  if (k < 1 || previousEnd > k || !tokens.capital(k) || !spaced(text, tokens, k) || generic(tokens, k))
    return false;
  // The word before must itself be inside a phrase: not the first of a sentence or a line.
  if (!spaced(text, tokens, k - 1) || upper(tokens, k)) return false;
  // In Vietnamese only a one-syllable name ("Nam Mỹ"): a longer one after a capitalised word
  // is a dedicatee ("Lăng Chủ tịch Hồ Chí Minh", "Đại học Quốc gia Hà Nội"). After an
  // institution's head, the place ends the institution's name ("Đại học Nông Lâm Huế").
  return vietnamese
    ? to - from === 1 &&
        syllable(tokens, k) &&
        !commonSyllable(text, tokens, k) &&
        !institutionQualifier(text, tokens, k)
    : !titleCase(text, tokens, k, to);
}

/**
 * Words `from - 1` and `from` are both Vietnamese family names, capitalised (not in capitals), one
 * space apart, and `ids` are people's: the person's name of the knowledge base at `from` is the end
 * of a longer one, whose bearer has two family names.
 */
function secondFamilyName(tokens: Tokens, from: number, ids: readonly string[]): boolean {
  const k = from - 1;
  if (!tokens.capital(k) || upper(tokens, k) || !tokens.oneSpace(k)) return false;
  if (!ids.every((id) => id.startsWith('person:'))) return false;
  return isFamilyNameKey(tokens.word(k) as string) && isFamilyNameKey(tokens.word(from) as string);
}

/** Words `from`..`to` are Vietnamese syllables and a Swedish word for a zone follows ({@link SWEDISH_ZONE_TAILS}). */
function swedishZoneAfter(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (to >= tokens.length || tokens.capital(to) || !spaced(text, tokens, to - 1)) return false;
  const key = tokens.key(to) as string;
  const pair = to + 1 < tokens.length ? `${key} ${tokens.key(to + 1)}` : '';
  if (!SWEDISH_ZONE_TAILS.has(key) && !SWEDISH_ZONE_TAILS.has(pair)) return false;
  for (let k = from; k < to; k++) if (!syllable(tokens, k)) return false;
  return true;
}

/** Word `from - 1` is a capitalised Japanese prefix joined to word `from` by a hyphen alone ("Shin-"). */
function japanesePrefixBefore(tokens: Tokens, from: number): boolean {
  const k = from - 1;
  if (!tokens.hyphenated(k) || !tokens.capitalisedWord(k)) return false;
  return JAPANESE_PREFIXES.has(tokens.word(k) as string);
}

/** Longest of {@link SHIP_PREFIXES}. */
const MAX_SHIP_PREFIX = 4;
/** Prefixes of the names of navies' ships, as written: Japan, the US, the UK, Australia, Canada, India, the Philippines, Korea, Indonesia, Singapore, China. */
const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'JS',
  'USS',
  'USNS',
  'HMS',
  'HMAS',
  'HMCS',
  'INS',
  'BRP',
  'ROKS',
  'KRI',
  'RSS',
  'CNS',
]);

/**
 * The capitalised words from `k` have the shape of a person's name, not of more of a place's:
 * two Japanese words ("… Ho Chi Minh City Ono Masuo hailed"), or a Vietnamese family name and one to
 * three syllables ("… in Hanoi Nguyen Van Binh said"), followed by no other capitalised word.
 */
function personNameAt(text: string, tokens: Tokens, k: number): boolean {
  const n = tokens.length;
  let to = k;
  while (
    to < n &&
    to - k < 5 &&
    tokens.capital(to) &&
    !upper(tokens, to) &&
    (to === k || spaced(text, tokens, to - 1))
  )
    to++;
  if (to - k < 2 || to - k > 4 || (to < n && tokens.capital(to) && spaced(text, tokens, to - 1)))
    return false;
  const first = tokens.word(k) as string;
  if (foldedFamilyName(first)) {
    for (let w = k + 1; w < to; w++) if (!syllable(tokens, w)) return false;
    return true;
  }
  return to - k === 2 && romajiMorae(first) >= 2 && romajiMorae(tokens.word(k + 1) as string) >= 2;
}

/**
 * The knowledge base's organisation a title ends on: "Thứ trưởng Bộ Ngoại giao", a title of the
 * knowledge base's offices, names "Bộ Ngoại giao" in its last words. Its first word and passing
 * forms, or null when the title ends on no organisation's name.
 */
export function bodyClosingTitle(
  text: string,
  tokens: Tokens,
  starts: Starts,
  from: number,
  to: number,
  language: string | null,
): { from: number; passing: Passing } | null {
  for (let j = from + 1; j < to; j++) {
    if (longestAt(text, tokens, starts, j, language) !== to) continue;
    if (found.ids.length > 0 && found.ids.every((id) => id.startsWith('org:')))
      return { from: j, passing: found };
  }
  return null;
}

/** How a name is followed by a small number (see {@link numbered}). */
const NOT_NUMBERED = 0;
/** The number ends a phrase ("Fukushima 1.", "Việt Nam – Singapore 1,"): a numbered name. */
const NUMBERED = 1;
/** Every entity of the passing forms is an office. */
const officesOnly = (match: Passing): boolean =>
  match.ids.length > 0 && match.ids.every((id) => id.startsWith('office:'));

/** A word follows the number: a numbered name ("Fukushima 1 har …") or a count ("Kuala Lumpur 2 tàu"). */
const MAYBE_NUMBERED = 2;

/**
 * A name followed by a small number may be part of a numbered proper name ("Fukushima 1", a
 * power plant; "Việt Nam – Singapore 1", an industrial park): one digit, or two after a dashed
 * pair, that ends a phrase (or, after a dashed pair, comes before a word). "Việt Nam 1-0 Thái
 * Lan" is a score, "Hà Nội 28°C" a temperature.
 */
function numbered(text: string, tokens: Tokens, to: number, dashed: boolean): number {
  let c = tokens.end(to - 1);
  if (text.charCodeAt(c) !== 32) return NOT_NUMBERED;
  c++;
  let digits = 0;
  while (digits < 3 && c < text.length && text.charCodeAt(c) >= 48 && text.charCodeAt(c) <= 57) {
    c++;
    digits++;
  }
  if (digits === 0 || digits > (dashed ? 2 : 1)) return NOT_NUMBERED;
  if (c === text.length) return NUMBERED;
  const next = text.charCodeAt(c);
  if (next === 10 || next === 44 || next === 46 || next === 59 || next === 41) return NUMBERED;
  if (next === 32 && /\p{L}/u.test(text[c + 1] ?? '')) return dashed ? NUMBERED : MAYBE_NUMBERED;
  return NOT_NUMBERED;
}

/** The name and its number, for matching the same numbered name elsewhere in the text. */
function numberedKey(text: string, tokens: Tokens, from: number, to: number): string {
  const end = tokens.end(to - 1);
  let c = end + 1;
  while (c < end + 3 && text.charCodeAt(c) >= 48 && text.charCodeAt(c) <= 57) c++;
  return `${text.slice(tokens.start(from), end).toLowerCase()}#${text.slice(end + 1, c)}`;
}

/**
 * A Swedish compound on a name: "San Francisco-fördraget" is the treaty, "Peking-OS" the games.
 * A generic last part ("Ho Chi Minh-staden") leaves the place.
 */
function compound(tokens: Tokens, to: number, language: string | null): boolean {
  return (
    language === 'sv' &&
    to < tokens.length &&
    tokens.hyphenated(to - 1) &&
    !tokens.capital(to) &&
    !generic(tokens, to)
  );
}

/**
 * One of `suffixes`, in lower case, joined to the name ending before word `to` by a hyphen: a
 * Japanese honorific ("Gunma-chan", a mascot; "Osaka-san": a person's or a character's name, not
 * the place) or a word for a unit below a prefecture ("Kanagawa-ku", a ward of Yokohama:
 * that unit, not the prefecture).
 */
function suffixAfter(tokens: Tokens, to: number, suffixes: ReadonlySet<string>): boolean {
  return (
    to < tokens.length &&
    tokens.hyphenated(to - 1) &&
    !tokens.capital(to) &&
    suffixes.has(tokens.word(to) as string)
  );
}

/** A Japanese prefecture's id. */
const isPrefecture = (id: string): boolean => id.startsWith('subdivision:jp-');

/**
 * The English word "ward" after the name ending before word `to`: a city's ward ("Fukushima ward,
 * Osaka"), not the prefecture.
 */
function wardAfter(tokens: Tokens, to: number): boolean {
  return to < tokens.length && tokens.spaced(to - 1) && tokens.word(to) === 'ward';
}

/** A city's id. */
const isCity = (id: string): boolean => id.startsWith('city:');

/** Japanese words for a ward or a town below a city, after another city's name ("Kanazawa-ku", of Yokohama). */
const WARD_UNITS: ReadonlySet<string> = new Set(['ku', 'cho', 'machi']);

/** Japanese words for a unit below a prefecture ("-ku", "-shi", "-cho", "-machi", "-mura", "-gun"). */
const LOWER_UNITS: ReadonlySet<string> = new Set(['ku', 'shi', 'cho', 'machi', 'mura', 'gun']);

/** Two matches joined by a dash ("Việt Nam – Singapore"). */
function dashedPair(text: string, matches: Matches, from: number, tokens: Tokens): boolean {
  const last = matches.length - 1;
  if (last < 0 || matches.to[last] !== from) return false;
  const gap = text.slice(tokens.end(from - 1), tokens.start(from));
  return /^ ?[-\u2013\u2014] ?$/u.test(gap);
}

/** Characters that join a name to the rest of a web address ("…/ve-Hoang-Sa/…", "Vietnam.vn"). */
const URL_JOINERS: ReadonlySet<number> = new Set([...'-/._=?&#%'].map((c) => c.charCodeAt(0)));
const joinsAddress = (code: number): boolean => URL_JOINERS.has(code);

/** `text[a, b)` holds "www.". */
function hasWww(text: string, a: number, b: number): boolean {
  for (let k = a; k + 4 <= b; k++)
    if (text.charCodeAt(k + 3) === 46 && text.charCodeAt(k) === 119 && text.startsWith('www', k)) return true;
  return false;
}

/** How far {@link address} looks for the rest of a web address. */
const URL_REACH = 256;

/** The characters before `end` are a domain's label in capitals ("XEMIENTRUNG", "BAO-MOI"). */
function capitalLabelBefore(text: string, end: number): boolean {
  let a = end;
  while (a > 0 && end - a < URL_REACH && /[\p{Lu}\p{N}-]/u.test(text[a - 1] as string)) a--;
  return a < end && !/[\p{L}\p{N}]/u.test(text[a - 1] ?? '');
}

/**
 * The name is part of an address: a site name ("Vietnam.vn", "nhandan.vn"), its country code
 * ("XEMIENTRUNG.VN"), a handle
 * ("@hanoi", "Toyota_nha_que"), or words of a web address ("…/Se-nhac-nho-ve-Hoang-Sa/…"). A slash alone is no
 * sign: photo credits write "Kyodo/AP/TT".
 */
function address(text: string, tokens: Tokens, from: number, to: number): boolean {
  const start = tokens.start(from);
  const end = tokens.end(to - 1);
  if (text.charCodeAt(start - 1) === 64) return true;
  // A word of a user name or a file name, joined by underscores ("Toyota_nha_que", "Hanoi_2024.jpg").
  if (text.charCodeAt(start - 1) === 95 || text.charCodeAt(end) === 95) return true;
  // A country code ending a domain in capitals ("XEMIENTRUNG.VN"): two or three letters right
  // after a dot that follows a word in capitals. (After a word in lower case the dot ends a
  // sentence written without a space: "… của tỉnh.RFA nhắc rằng".)
  if (
    text.charCodeAt(start - 1) === 46 &&
    end - start <= 3 &&
    !/[\p{L}\p{N}]/u.test(text[end] ?? '') &&
    capitalLabelBefore(text, start - 1)
  )
    return true;
  if (text.charCodeAt(end) === 46) {
    let c = end + 1;
    while (c < text.length && c - end <= 7 && text.charCodeAt(c) >= 97 && text.charCodeAt(c) <= 122) c++;
    const letters = c - end - 1;
    if (letters >= 2 && letters <= 6 && !/[\p{L}\p{N}]/u.test(text[c] ?? '')) return true;
  }
  if (!joinsAddress(text.charCodeAt(start - 1)) && !joinsAddress(text.charCodeAt(end))) return false;
  // The run of text without spaces around the name, within reach: an address has a scheme,
  // "www." or a domain followed by a path. Each needs a slash or "www.", which most runs (a name
  // before a full stop) lack: only then is the run copied and read.
  let a = start;
  let slash = false;
  for (; a > 0 && start - a < URL_REACH; a--) {
    const code = text.charCodeAt(a - 1);
    if (whiteSpace(code)) break;
    if (code === 47) slash = true;
  }
  let b = end;
  for (; b < text.length && b - end < URL_REACH; b++) {
    const code = text.charCodeAt(b);
    if (whiteSpace(code)) break;
    if (code === 47) slash = true;
  }
  if (!slash && !hasWww(text, a, b)) return false;
  const run = text.slice(a, b);
  return run.includes('://') || run.includes('www.') || /\.[a-z]{2,6}\//u.test(run);
}

/** Most words of a name that gives way to a longer one its last word opens (see `scan`). */
const MAX_YIELDING_WORDS = 2;
/** Fewest words of that longer name. */
const MIN_LONGER_WORDS = 3;

/**
 * A place's name of {@link MIN_LONGER_WORDS} words or more starts at word `k`, written without
 * marks and going on in lower case, on one line ("Dong bang song Cuu Long"). (Sets `found`.)
 */
function longerPlaceFrom(
  text: string,
  tokens: Tokens,
  starts: Starts,
  k: number,
  language: string | null,
): boolean {
  // (Only a word without marks is shared so, "Đông" and "Đồng" being two words; and the longer
  // name goes on in lower case, as "bằng sông" does.)
  if (tokens.marked(k, k + 1) || k + 1 >= tokens.length || tokens.capital(k + 1)) return false;
  const end = longestAt(text, tokens, starts, k, language);
  if (end - k < MIN_LONGER_WORDS || !placesOnly(found)) return false;
  return !text.slice(tokens.start(k), tokens.end(end - 1)).includes('\n');
}

/**
 * Finds the longest passing surface form at each word, left to right, without overlaps: walks
 * the trie word by word from each word that starts a name (see {@link Starts}). A name that is part of a longer proper name the knowledge
 * base does not know ("Mỹ Tho", "Saigon Times"), of an address ("Vietnam.vn") or of a numbered
 * name ("Việt Nam – Singapore 1") is not matched.
 */
export function scan(text: string, tokens: Tokens, starts: Starts, language: string | null): Matches {
  // News names an entity every ten words or so: room for one match in eight words.
  const matches = new Matches(Math.max(16, tokens.length >> 3), true);
  const n = tokens.length;
  let previousEnd = 0;
  /** Numbered names seen ("fukushima#1"), and matches that may be one of them. */
  let names: Set<string> | undefined;
  let maybe: number[] | undefined;
  /** The entities of the longest name at word j, for the homograph rules. */
  const nameAt = (j: number): readonly string[] | null =>
    longestAt(text, tokens, starts, j, language) < 0 ? null : found.ids;
  /** Words j and j + 1 are a name's genitive, its last word's s cut ("EU-kommissionens"). */
  const genitiveAt = (j: number): boolean => {
    const key = j + 1 < n ? tokens.key(j + 1) : undefined;
    if (key === undefined || key.length < 3 || !key.endsWith('s')) return false;
    return starts.nodes[tokens.id(j)]?.next?.get(key.slice(0, -1))?.forms != null;
  };
  for (let i = 0; i < n; ) {
    const to = longestAt(text, tokens, starts, i, language);
    if (to < 0) {
      i++;
      continue;
    }
    const ok = found;
    // A Vietnamese person's name of three syllables with a fourth right after it is another
    // person's, a namesake's ("Nguyễn Thị Thanh | Nga"): its words are read as a name of the text.
    if (to - i === 3 && ok.ids.length > 0 && ok.ids.every(isPerson) && fourthSyllable(tokens, i, to)) {
      i = to;
      continue;
    }
    // So is a name with another family name right before it, a bearer of two family names
    // ("Lương Nguyễn Minh Triết", "Luong Nguyen Minh Triet").
    if (i > 0 && ok.ids.length > 0 && secondFamilyName(tokens, i, ok.ids)) {
      i = to;
      continue;
    }
    // A form that opens on an article ("the Pacific") gives way to a longer name from the next word
    // ("The Pacific Islands Forum").
    if (to - i >= 2 && tokens.is(i, 'the') && longestAt(text, tokens, starts, i + 1, language) > to) {
      i++;
      continue;
    }
    // A short place's name whose last word opens a longer place's name gives way to it: "ven bien
    // Dong bang song Cuu Long" (a text without marks) is the Mekong Delta's coast, not the East Sea.
    if (
      to - i <= MAX_YIELDING_WORDS &&
      placesOnly(ok) &&
      longerPlaceFrom(text, tokens, starts, to - 1, language)
    ) {
      i = to - 1;
      continue;
    }
    // A deputy's title names no office: the names inside it are read on ("Deputy Chairman of the |
    // Hanoi People's Committee").
    if (officesOnly(ok) && deputyBefore(text, tokens, i)) {
      i++;
      continue;
    }
    // Only places are read as part of a longer proper name: people's names follow titles
    // ("General Phan Van Giang"), and an outlet's or organisation's name is its own ("Kyodo News").
    const place = placesOnly(ok);
    if (
      (place && partOfLonger(text, tokens, starts, i, to, previousEnd, language, ok.ids)) ||
      (place && prefectureCity(text, tokens, i, to, ok.ids)) ||
      address(text, tokens, i, to) ||
      notTheName(
        text,
        tokens,
        i,
        to,
        ok,
        language,
        previousEnd,
        matches.length > 0 ? (matches.passing[matches.length - 1] as Passing).ids : null,
        nameAt,
        genitiveAt,
      )
    ) {
      i = to;
      continue;
    }
    const dashed = place && dashedPair(text, matches, i, tokens);
    // (A site, a park or a landmark with a number is one of its own: "VSIP 1", "VSIP II".)
    const number = place && !ok.ids.every(isSite) ? numbered(text, tokens, to, dashed) : NOT_NUMBERED;
    if (
      number === NUMBERED ||
      (place &&
        (compound(tokens, to, language) ||
          suffixAfter(tokens, to, JAPANESE_NAME_SUFFIXES) ||
          (ok.ids.every(isPrefecture) && (suffixAfter(tokens, to, LOWER_UNITS) || wardAfter(tokens, to))) ||
          (ok.ids.every(isCity) && suffixAfter(tokens, to, WARD_UNITS))))
    ) {
      if (number === NUMBERED) {
        names ??= new Set();
        names.add(numberedKey(text, tokens, i, to));
      }
      // The first of a numbered dashed pair goes too: "Việt Nam – Singapore 1" names neither.
      if (number === NUMBERED && dashed && matches.passing[matches.length - 1]?.ids.every(isPlace))
        matches.pop();
      i = to;
      continue;
    }
    if (number === MAYBE_NUMBERED) {
      maybe ??= [];
      maybe.push(matches.length);
    }
    matches.push(i, to, ok);
    previousEnd = to;
    i = to;
  }
  // "Fukushima 1 har …" is the plant where the text also writes "Fukushima 1." alone.
  if (maybe && names) {
    const drop = new Set(
      maybe.filter((k) =>
        names?.has(numberedKey(text, tokens, matches.from[k] as number, matches.to[k] as number)),
      ),
    );
    if (drop.size > 0) {
      const kept = new Matches(matches.length);
      for (let k = 0; k < matches.length; k++)
        if (!drop.has(k))
          kept.push(matches.from[k] as number, matches.to[k] as number, matches.passing[k] as Passing);
      return kept;
    }
  }
  return matches;
}
