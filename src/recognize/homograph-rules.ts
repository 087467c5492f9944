/**
 * The homograph rules of data/kb/homograph-rules.yaml (issue 16): a name the scan found is not
 * the name where it is part of a common word ("Mỹ phẩm", "HÒA BÌNH" in a heading), of a longer
 * name ("Cathay Pacific", "Brazil nuts", "hội chứng Stockholm"), of a person's name ("Naomi
 * Osaka", "chị Hà Lan", "Nguyễn Hà Giang"), of a street's ("đường Thanh Niên"), or where an
 * abbreviation is part of a code or of another name ("AP-fonden", "TT-BYT", "AP Biology", "HELP
 * US"), or where a Vietnamese body belongs to another country ("Quốc hội Pháp", "Thailand's
 * Ministry of Foreign Affairs"). Checked only on the scan's matches; every lookup is in a Set or
 * Map built once.
 */

import { detached } from '../text/detached.js';
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import {
  degreeBefore,
  HONORIFICS,
  NAMED_AFTER,
  NOT_NAME_WORDS,
  PERSON_PREDICATES,
  ROLES,
  SAID,
  SWEDISH_CONJUNCTIONS,
  SWEDISH_FOREIGN_ADJECTIVES,
  TITLE_ABBREVIATIONS,
  VI_BODY_HEAD_PAIRS,
} from './context.js';
import { COMMON_VIETNAMESE_SYLLABLES } from './data/common-syllables.js';
import {
  ABBREVIATIONS,
  COMMON_WORD_ALIASES,
  GIVEN_NAMES,
  HOMOGRAPH_WORDS,
  STATE_NAME_ALIASES,
} from './data/homograph-words.js';
import { cityHeadBefore, provincialCity } from './district-names.js';
import { englishRank } from './english-words.js';
import type { Passing } from './gazetteer.js';
import {
  ADDRESS_WORDS,
  DIRECTIONS,
  GENERIC_WORDS,
  isTownId,
  NAMED_FEATURE_HEADS,
  STREET_HEADS,
  STREET_TAILS,
  SUB_PROVINCE_HEADS,
  TITLE_HEADS,
} from './generic.js';
import { institutionHeadBefore, institutionQualifier } from './institution-heads.js';
import { isJapaneseFamilyName } from './japanese-names.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { shipBefore } from './ships.js';
import { statedAge } from './stated-ages.js';
import { isVietnameseSyllable, romajiMorae, VIETNAMESE_FAMILY_NAMES } from './syllables.js';
import { OTHER_WORD, type Tokens, type Vocabulary } from './tokenize.js';
import { WordPairs } from './word-pairs.js';

type Language = 'vi' | 'en' | 'sv';

/** One word or longer name of the lexicon, word by word. */
interface Entry {
  language: Language;
  /** Folding keys of its words. */
  keys: string[];
  /** Marked spellings of its words (lower case). */
  spellings: string[];
  /** Which words are common words (written in lower case). */
  lower: boolean[];
}

/** The lexicon by the folding key of each of its words, with the word's place in the entry. */
let lexicon: Map<string, { entry: Entry; at: number }[]> | undefined;

function lexiconIndex(): Map<string, { entry: Entry; at: number }[]> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const language of ['vi', 'en', 'sv'] as const) {
    for (const phrase of HOMOGRAPH_WORDS[language].split('|')) {
      const words = phrase.split(/[ -]/u);
      const entry: Entry = {
        language,
        keys: words.map((w) => foldKey(w)),
        spellings: words.map((w) => markedSpelling(w)),
        lower: words.map((w) => w === w.toLowerCase()),
      };
      for (const [at, key] of entry.keys.entries()) {
        const slots = lexicon.get(key);
        if (slots) slots.push({ entry, at });
        else lexicon.set(key, [{ entry, at }]);
      }
    }
  }
  return lexicon;
}

let givenNames: Set<string> | undefined;
let familyNames: Set<string> | undefined;
/** Words `k - 1` and `k` are a body's head of two words, the first written with its marks ("Thành Đoàn"). */
function bodyHeadPairAt(text: string, tokens: Tokens, k: number): boolean {
  return (
    k > 0 &&
    tokens.nonAscii(k - 1) &&
    spaced(text, tokens, k - 1) &&
    VI_BODY_HEAD_PAIRS.has(`${tokens.key(k - 1)} ${tokens.key(k)}`)
  );
}

let foldedFamilyNames: Set<string> | undefined;

/** {@link familyName} for a folding key ("nguyen"): text without marks. */
export function foldedFamilyName(key: string): boolean {
  if (!foldedFamilyNames) {
    const common = new Set(COMMON_VIETNAMESE_SYLLABLES.split(' '));
    foldedFamilyNames = new Set(
      VIETNAMESE_FAMILY_NAMES.filter((n) => !common.has(markedSpelling(n))).map((n) => foldKey(n)),
    );
  }
  return foldedFamilyNames.has(key);
}

/**
 * Words `to` and `to + 1` are capitalised (not in capitals: a heading's words are no name),
 * written with Vietnamese marks, in one phrase with the word before.
 */
function markedNameAfter(text: string, tokens: Tokens, to: number): boolean {
  for (let k = to; k < to + 2; k++)
    if (
      k >= tokens.length ||
      !tokens.capital(k) ||
      upper(tokens, k) ||
      !spaced(text, tokens, k - 1) ||
      !tokens.marked(k, k + 1)
    )
      return false;
  return true;
}

/**
 * Vietnamese family names that are no common syllable ("Nguyễn", not "Hà" or "Đoàn"), as
 * marked spellings: one right before a place name starts a person's name.
 */
function familyName(spelling: string): boolean {
  if (!familyNames) {
    const common = new Set(COMMON_VIETNAMESE_SYLLABLES.split(' '));
    familyNames = new Set(
      VIETNAMESE_FAMILY_NAMES.map((n) => markedSpelling(n)).filter((n) => !common.has(n)),
    );
  }
  return familyNames.has(spelling);
}

/** Marked spellings of words seen, bounded. */
const spellings = new Map<string, string>();

function spellingOf(word: string): string {
  let s = spellings.get(word);
  if (s === undefined) {
    if (spellings.size >= 2048) spellings.clear();
    // Kept as copies: the word is a slice of the text, which the cache must not hold alive.
    const own = detached(word);
    s = markedSpelling(own);
    spellings.set(own, s);
  }
  return s;
}

const surface = (text: string, tokens: Tokens, k: number): string =>
  text.slice(tokens.start(k), tokens.end(k));

/** Folding key of word k (copied out of the text only when the vocabulary lacks it). */
function keyOf(text: string, tokens: Tokens, k: number): string {
  const key = tokens.key(k) as string;
  return key === OTHER_WORD ? foldKey(surface(text, tokens, k)) : key;
}

/** Word k and the next are one phrase: one to three spaces, or one hyphen, between them. */
function joined(text: string, tokens: Tokens, k: number): boolean {
  const a = tokens.end(k);
  const b = tokens.start(k + 1);
  if (b - a === 1 && text.charCodeAt(a) === 45) return true;
  if (b - a < 1 || b - a > 3) return false;
  for (let c = a; c < b; c++) {
    const code = text.charCodeAt(c);
    if (code !== 32 && code !== 0xa0 && code !== 9) return false;
  }
  return true;
}

/** Word k and the next are joined by spaces only. */
function spaced(text: string, tokens: Tokens, k: number): boolean {
  return joined(text, tokens, k) && text.charCodeAt(tokens.end(k)) !== 45;
}

/** Word k is written in capitals and has two letters or more ("HÒA", "US"). */
function upper(tokens: Tokens, k: number): boolean {
  return tokens.end(k) - tokens.start(k) > 1 && tokens.allCaps(k);
}

/**
 * Word k starts a sentence, a line or a quotation: nothing before it but punctuation that ends one,
 * or a bar or copyright sign that opens a name ("Trang chủ | Nhật ký …", "© Nhật ký xứ tuyết").
 */
export function sentenceStart(text: string, tokens: Tokens, k: number): boolean {
  if (k === 0) return true;
  const gap = text.slice(tokens.end(k - 1), tokens.start(k));
  if (/[.!?:;\n"“”«»(\u2013\u2014•|©]/u.test(gap)) return true;
  // After the year of a copyright sign: "© 2024 Nhật ký xê dịch của Thảo".
  return gap === ' ' && yearAfterCopyright(text, tokens, k - 1);
}

/** Swedish honorifics, written in lower case inside a sentence ("fru Hue", "herr Vinh"). */
export const SWEDISH_HONORIFICS: ReadonlySet<string> = new Set(['fru', 'herr']);

/**
 * Word `k` comes right after an honorific or a title abbreviated with its full stop ("Dr. Le Quang
 * Binh", "Gov. Le …"): the stop ends no sentence there.
 */
function abbreviatedTitleBefore(text: string, tokens: Tokens, k: number): boolean {
  if (k === 0 || !tokens.capital(k - 1) || text.slice(tokens.end(k - 1), tokens.start(k)) !== '. ')
    return false;
  const key = tokens.key(k - 1) as string;
  return HONORIFICS.has(key) || TITLE_ABBREVIATIONS.has(key);
}

/** Word `y` is a year right after a copyright sign ("© 2024"). */
function yearAfterCopyright(text: string, tokens: Tokens, y: number): boolean {
  const start = tokens.start(y);
  if (tokens.end(y) - start !== 4 || !/^\d{4}$/u.test(text.slice(start, start + 4))) return false;
  const before = text.slice(y > 0 ? tokens.end(y - 1) : 0, start);
  return before.includes('©');
}

/**
 * The name at words `from`..`to` is a city's by the word for one around it: "City" or a hyphen and
 * "shi" after it, or "thành phố" (with or without marks), "TP", "the city of" or Swedish "staden"
 * before it ("Toyota City", "Toyota-shi", "thành phố Wakayama", "TP Toyota", "the city of Toyota",
 * "staden Toyota").
 */
export function cityWordAround(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (to < tokens.length && tokens.key(to) === 'city' && spaced(text, tokens, to - 1)) return true;
  // Japanese "-shi" joined by a hyphen: "Toyota-shi".
  if (to < tokens.length && tokens.word(to) === 'shi' && tokens.hyphenated(to - 1) && !tokens.capital(to))
    return true;
  // "the city of Toyota", Swedish "staden Toyota".
  if (from >= 1 && spaced(text, tokens, from - 1) && !tokens.capital(from - 1)) {
    if (tokens.is(from - 1, 'staden')) return true;
    if (
      from >= 2 &&
      tokens.is(from - 1, 'of') &&
      tokens.is(from - 2, 'city') &&
      spaced(text, tokens, from - 2)
    )
      return true;
  }
  // "TP" (thành phố) in capitals, with or without its full stop: "TP Toyota", "TP. Nagoya".
  if (
    from >= 1 &&
    tokens.is(from - 1, 'tp') &&
    tokens.allCaps(from - 1) &&
    /^\.? $/u.test(text.slice(tokens.end(from - 1), tokens.start(from)))
  )
    return true;
  return (
    from >= 2 &&
    tokens.key(from - 1) === 'pho' &&
    tokens.key(from - 2) === 'thanh' &&
    spaced(text, tokens, from - 2) &&
    spaced(text, tokens, from - 1)
  );
}

/** Words from..to (exclusive) are all in capitals, and a neighbour on the line too: a heading. */
function heading(text: string, tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens.allCaps(k)) return false;
  return (
    (from > 0 && joined(text, tokens, from - 1) && upper(tokens, from - 1)) ||
    (to < tokens.length && joined(text, tokens, to - 1) && upper(tokens, to))
  );
}

/** The words the rules read by key: see {@link lexiconWords}. */
let lexiconKeys: Set<string> | undefined;
/** Keys of the words of the lexicon's entries (and English plurals of their last words). */
const entryKeys = new Set<string>();
/** Keys of the Vietnamese words a rule reads before a name: words of address, street heads, family names. */
const beforeKeys = new Set<string>();
/** First keys of the lexicon's common words, which a heading in capitals writes like a name. */
let headingWords: Set<string> | undefined;

/**
 * The folding keys of the words the rules read — the lexicon's words with English plurals of their
 * last words ("nuts"), words of address, street heads and family names — for the tokenizer's
 * vocabulary: a word outside it is none of them, and is never copied.
 */
export function lexiconWords(): ReadonlySet<string> {
  if (lexiconKeys) return lexiconKeys;
  headingWords = new Set();
  for (const slots of lexiconIndex().values())
    for (const { entry } of slots) {
      for (const key of entry.keys) entryKeys.add(key);
      const last = entry.keys[entry.keys.length - 1] as string;
      if (entry.language === 'en') entryKeys.add(`${last}s`).add(`${last}es`);
      if (entry.lower.every(Boolean)) headingWords.add(entry.keys[0] as string);
    }
  // The words the other rules read before a name, so that their keys need no copy.
  for (const word of [...ADDRESS_WORDS, ...STREET_HEADS, ...SUB_PROVINCE_HEADS, ...VIETNAMESE_FAMILY_NAMES])
    beforeKeys.add(foldKey(word));
  lexiconKeys = new Set([...entryKeys, ...beforeKeys]);
  return lexiconKeys;
}

/** {@link wordBits}: the first word of a common word of the lexicon. */
const HEADING_WORD = 1;
/** {@link wordBits}: a Vietnamese word a rule reads before a name. */
const BEFORE_WORD = 2;
/** {@link wordBits}: the folding key of an abbreviation declared for an entity that is no place. */
const ABBREVIATION_WORD = 4;
/** What {@link wordBits} made for a vocabulary: the bits by id, and the pair table. */
interface WordBits {
  bits: Uint8Array;
  /**
   * Pairs of neighbouring words of the lexicon's entries (with English plurals of the last word),
   * hashed by their vocabulary ids into a table: a pair not there is in no entry. A hash that
   * collides only lets {@link inLexicon} look further.
   */
  pairs: WordPairs;
}
/** {@link WordBits.pairs}: 2^16 bits. */
const PAIR_LOG2 = 16;
/** By vocabulary (one per knowledge base), and the last one read. */
const wordBitsOf = new WeakMap<Vocabulary, WordBits>();
let lastVocabulary: Vocabulary | undefined;
let last: WordBits = { bits: new Uint8Array(0), pairs: new WordPairs(3) };

/**
 * Which of the lexicon's word sets each word of the vocabulary is in, by id, and the table of the
 * entries' word pairs, made once per vocabulary: the rules test bits instead of looking keys up in
 * sets for every match.
 */
function wordBits(tokens: Tokens): WordBits {
  const vocabulary = tokens.vocabulary;
  if (vocabulary === lastVocabulary && last.bits.length === vocabulary.words.length) return last;
  let made = wordBitsOf.get(vocabulary);
  if (!made || made.bits.length !== vocabulary.words.length) {
    lexiconWords();
    const bits = new Uint8Array(vocabulary.words.length);
    vocabulary.words.forEach((key, id) => {
      if (id === 0) return;
      bits[id] =
        ((headingWords as Set<string>).has(key) ? HEADING_WORD : 0) |
        (beforeKeys.has(key) ? BEFORE_WORD : 0) |
        (abbreviationsByAlias().keys.has(key) ? ABBREVIATION_WORD : 0);
    });
    const pairs = new WordPairs(PAIR_LOG2);
    for (const slots of lexiconIndex().values())
      for (const { entry, at } of slots) {
        if (at !== 0) continue;
        const ids = entry.keys.map((key) => vocabulary.id(key));
        for (let j = 0; j + 1 < ids.length; j++) pairs.add(ids[j] as number, ids[j + 1] as number);
        const lastKey = entry.keys[entry.keys.length - 1] as string;
        if (entry.language === 'en' && ids.length >= 2)
          for (const plural of [`${lastKey}s`, `${lastKey}es`])
            pairs.add(ids[ids.length - 2] as number, vocabulary.id(plural));
      }
    made = { bits, pairs };
    wordBitsOf.set(vocabulary, made);
  }
  lastVocabulary = vocabulary;
  last = made;
  return made;
}

/** The folding keys of {@link TITLE_HEADS}, for text typed without marks ("Trung tam Lao dong"). */
let titleHeadKeys: Set<string> | undefined;

/**
 * Word `t` follows a comma inside a title-case name, whose words capitalise their first syllables:
 * "Bộ Y tế, Lao động và Phúc lợi" (a capitalised word one or two words before the comma).
 */
function commaInTitle(text: string, tokens: Tokens, t: number): boolean {
  if (t < 2 || text.slice(tokens.end(t - 1), tokens.start(t)) !== ', ') return false;
  return tokens.capital(t - 1) || (spaced(text, tokens, t - 2) && tokens.capital(t - 2));
}

/** A word of {@link TITLE_HEADS} as written: with its marks, or without any where the head has some. */
function titleHead(word: string): boolean {
  const spelling = spellingOf(word);
  if (TITLE_HEADS.has(spelling)) return true;
  titleHeadKeys ??= new Set([...TITLE_HEADS].map(foldKey));
  return spelling === foldKey(word) && titleHeadKeys.has(spelling);
}

/** The text writes the lexicon entry at words s.. (its words, marks, joins and case). */
function writes(
  text: string,
  tokens: Tokens,
  entry: Entry,
  s: number,
  to: number,
  titleAnd = false,
): boolean {
  const m = entry.keys.length;
  // The words' keys first (most entries fail there), then joins and marks.
  for (let j = 0; j < m; j++) {
    const t = s + j;
    const key = tokens.key(t) as string;
    const want = entry.keys[j] as string;
    if (key === want) continue;
    // An English plural of the last word ("Brazil nuts").
    const plural = j === m - 1 && t >= to && entry.language === 'en';
    if (!plural || (key !== `${want}s` && key !== `${want}es`)) return false;
  }
  for (let j = 0; j < m; j++) {
    const t = s + j;
    if (j < m - 1 && !joined(text, tokens, t)) return false;
    if (tokens.marked(t, t + 1) && spellingOf(surface(text, tokens, t)) !== entry.spellings[j]) return false;
  }
  if (heading(text, tokens, s, s + m)) return true;
  for (let j = 0; j < m; j++) {
    const t = s + j;
    const capital = tokens.capital(t);
    if (!entry.lower[j]) {
      if (!capital) return false;
    } else if (capital) {
      // A common word is capitalised only as the first of a sentence or of a title ("Mỹ phẩm
      // …", "Đại học Mỹ thuật", "Cuốn Nhật ký"), never inside the span.
      if (j > 0) return false;
      const before = t - 1;
      const inTitle =
        before >= 0 &&
        spaced(text, tokens, before) &&
        (tokens.capital(before) || titleHead(surface(text, tokens, before)));
      // Or as the head of the name that follows ("Chủ tịch Tập đoàn Hokuriku Kensetsu").
      const heads = s + m < tokens.length && spaced(text, tokens, s + m - 1) && tokens.capital(s + m);
      if (
        !sentenceStart(text, tokens, t) &&
        !inTitle &&
        !heads &&
        !titleAnd &&
        !partOpenerBefore(text, tokens, t) &&
        !commaInTitle(text, tokens, t)
      )
        return false;
    }
  }
  return true;
}

/**
 * Whether the match at words from..to lies in a word or longer name of the lexicon ("Tập" in "Tập
 * đoàn", a corporation; "Stockholm" in "Stockholm syndrome").
 */
export function inLexicon(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  language: Language | null,
  titleAnd = false,
): boolean {
  const index = lexiconIndex();
  const n = tokens.length;
  // An entry that reaches past the match holds the pair of words across its edge; one that is
  // the match itself is a common word in a heading.
  const { bits, pairs } = wordBits(tokens);
  if (
    !(from > 0 && pairs.has(tokens.id(from - 1), tokens.id(from))) &&
    !(to < n && pairs.has(tokens.id(to - 1), tokens.id(to))) &&
    ((bits[tokens.id(from)] as number) & HEADING_WORD) === 0
  )
    return false;
  // The first and the last word of the match (one word: once).
  for (let k = from; k < to; k = k === to - 1 ? to : to - 1) {
    const slots = index.get(tokens.key(k) as string);
    if (!slots) continue;
    for (const { entry, at } of slots) {
      if (language && entry.language !== language) continue;
      const s = k - at;
      const m = entry.keys.length;
      if (s < 0 || s + m > n || s >= to || s + m <= from) continue;
      const exact = s === from && s + m === to;
      // The entry must reach beyond the match, or be a common word the match spells in a heading.
      if (exact ? !entry.lower.every(Boolean) || !heading(text, tokens, from, to) : false) continue;
      if (!exact && s >= from && s + m <= to) continue;
      if (writes(text, tokens, entry, s, to, titleAnd && s === from)) return true;
    }
  }
  return false;
}

/**
 * The match at word `from` follows "và" inside a title-case name, whose words capitalise their
 * first syllables ("Sở Thương mại, Công nghiệp và Lao động", "Sức khỏe và Y học"): a capitalised
 * word one or two words before "và" that no match ended on (`previousEnd`, a word index). After a
 * name ("Việt Nam và Nhật ký kết …") the capital is the next name's.
 */
function titleAnd(text: string, tokens: Tokens, from: number, previousEnd: number): boolean {
  const and = from - 1;
  if (and < 1 || !tokens.is(and, 'va') || tokens.capital(and) || !spaced(text, tokens, and)) return false;
  if (!spaced(text, tokens, and - 1) || previousEnd >= and) return false;
  return (
    tokens.capital(and - 1) ||
    (and >= 2 && spaced(text, tokens, and - 2) && tokens.capital(and - 2) && previousEnd < and - 1)
  );
}

/** Words for places written before a name, as marked spellings, one word or two, by their last word's key. */
interface HeadWords {
  lastKeys: ReadonlySet<string>;
  heads: readonly (readonly string[])[];
}

function headWords(heads: readonly string[]): HeadWords {
  const split = heads.map((h) => h.split(' '));
  return { lastKeys: new Set(split.map((h) => foldKey(h[h.length - 1] as string))), heads: split };
}

/**
 * The words for an administrative unit: a ward, commune or district ({@link SUB_PROVINCE_HEADS}),
 * or "đặc khu", a special zone (the island units of 1 July 2025).
 */
const UNIT_WORDS: HeadWords = headWords([...SUB_PROVINCE_HEADS, 'đặc khu']);
/** The words for a town, named after a landmark only by a capitalised name ("thành phố Cam Ranh"). */
const TOWN_WORDS: HeadWords = headWords(['thị xã', 'thành phố']);
/** The words for a bay, a cape or a peninsula ("Vinh" is a city: the marks must be written). */
const FEATURE_WORDS: HeadWords = headWords(NAMED_FEATURE_HEADS);

/**
 * Word `k`, one space before the next, ends one of `words`, written with its marks, in lower case
 * (or first in its sentence, where `opening`).
 */
function headWordAt(text: string, tokens: Tokens, k: number, words: HeadWords, opening: boolean): boolean {
  // (By key first: most words before a place are none of these.)
  if (k < 0 || !words.lastKeys.has(tokens.word(k) as string) || !spaced(text, tokens, k)) return false;
  if (tokens.capital(k) && !(opening && sentenceStart(text, tokens, k))) return false;
  const word = spellingOf(surface(text, tokens, k));
  return words.heads.some(
    (head) =>
      head[head.length - 1] === word &&
      (head.length === 1 ||
        (k >= 1 && spaced(text, tokens, k - 1) && spellingOf(surface(text, tokens, k - 1)) === head[0])),
  );
}

/** A hyphen at `at` opens a compound of {@link NAMED_AFTER} ("…-avenyn"). */
export function compoundAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 45) return false;
  let end = at + 1;
  while (end < text.length && end - at <= 14 && /\p{Ll}/u.test(text.charAt(end))) end++;
  return NAMED_AFTER.has(text.slice(at + 1, end));
}

/** A spaced dash, arrow, bar or slash: what opens a new part of a title, a name or a breadcrumb. */
const PART_OPENER = /^ (?:[-–—>»›|/]|>>) $/u;

/**
 * A part opener stands right before word `t`: a new part of a title, a name or a breadcrumb starts
 * there ("Khoa Điện tử - Viễn thông", "Hà Nội – Viện trợ …", "Tin tức >> Lao động - Việc làm").
 */
function partOpenerBefore(text: string, tokens: Tokens, t: number): boolean {
  if (t < 1) return false;
  const from = tokens.end(t - 1);
  const to = tokens.start(t);
  return to - from <= 4 && PART_OPENER.test(text.slice(from, to));
}

/**
 * Whether words `from`..`to` hold a proper name of the lexicon ("Thái Bình Thiên Quốc", "Cathay
 * Pacific"): a run of capitalised words around it is that name, not a person's.
 */
export function holdsLexiconName(text: string, tokens: Tokens, from: number, to: number): boolean {
  const index = lexiconIndex();
  // Every entry holds a name of the knowledge base, so one of its words is in the vocabulary:
  // words outside it (most of a run) are never copied.
  for (let k = from; k < to; k++) {
    const key = tokens.key(k) as string;
    if (key === OTHER_WORD) continue;
    const slots = index.get(key);
    if (!slots) continue;
    for (const { entry, at } of slots) {
      const s = k - at;
      const m = entry.keys.length;
      if (s < from || m < 2 || s + m > to || entry.lower.some(Boolean)) continue;
      if (writes(text, tokens, entry, s, s + m)) return true;
    }
  }
  return false;
}

/** How many words after a name {@link personPredicate} reads. */
const PREDICATE_REACH = 4;

/** A predicate only a person has follows word `to` closely, in the same phrase ("vừa tốt nghiệp"). */
export function personPredicate(text: string, tokens: Tokens, to: number): boolean {
  let previous = '';
  for (let t = to; t < Math.min(tokens.length, to + PREDICATE_REACH + 1); t++) {
    if (!spaced(text, tokens, t - 1)) return false;
    const word = spellingOf(surface(text, tokens, t));
    if (previous && PERSON_PREDICATES.has(`${previous} ${word}`)) return true;
    previous = word;
  }
  return false;
}

/** Ids of places, by prefix. */
const PLACE = /^(?:country|vn-province-\d+|city|sea|island-group|region|subdivision|place):/u;
/** Ids of Viet Nam's own bodies and offices. */
const VIETNAMESE_BODY = /^(?:org|office):vn-/u;

/**
 * Street heads read by their folded key in Vietnamese typed without any marks ("duong", "pho",
 * "hem"): there "đường" has no marks to tell it by. Not "ngo", also the family name Ngô.
 */
const UNMARKED_STREET_HEADS: ReadonlySet<string> = new Set(['duong', 'pho', 'hem']);
/**
 * Heads of wards and districts read so ("phuong Hoi An"). Not "xa" ("cách xa Hà Nội", far from)
 * or "quan" ("cơ quan", a body).
 */
const UNMARKED_UNIT_HEADS: ReadonlySet<string> = new Set(['phuong', 'huyen']);

/**
 * Words `k - 1` and `k` are "thi xa" (thị xã, a town) without their marks, in lower case, in any
 * Vietnamese text: no other words are spelt so.
 */
function unmarkedTownHead(text: string, tokens: Tokens, k: number): boolean {
  return (
    k > 0 &&
    tokens.is(k, 'xa') &&
    tokens.is(k - 1, 'thi') &&
    !tokens.capital(k) &&
    !tokens.capital(k - 1) &&
    !tokens.marked(k - 1, k + 1) &&
    spaced(text, tokens, k - 1)
  );
}

/** Word `k` is one of `heads`, in lower case, in Vietnamese text typed without any marks. */
function unmarkedHead(tokens: Tokens, k: number, heads: ReadonlySet<string>): boolean {
  if (!tokens.noMarks || tokens.capital(k)) return false;
  for (const head of heads) if (tokens.is(k, head)) return true;
  return false;
}

/** A city's or a subdivision's id (not a province of Viet Nam: zones are named after those). */
const cityOrSubdivision = (id: string): boolean => id.startsWith('city:') || id.startsWith('subdivision:');

/**
 * The words for an industrial or economic zone end one space before word `from`, by key, in any
 * case and with or without marks: "khu công nghiệp", "cụm công nghiệp", "khu kinh tế", "KCN", "KKT".
 */
function zoneHeadBefore(text: string, tokens: Tokens, from: number): boolean {
  const k = from - 1;
  if (k < 0 || !spaced(text, tokens, k)) return false;
  if (tokens.is(k, 'kcn') || tokens.is(k, 'kkt')) return true;
  if (k < 2 || !(tokens.is(k - 2, 'khu') || tokens.is(k - 2, 'cum'))) return false;
  return (
    (tokens.is(k - 1, 'cong') && tokens.is(k, 'nghiep')) || (tokens.is(k - 1, 'kinh') && tokens.is(k, 'te'))
  );
}

/** Every entity is a group of islands ("Hoàng Sa", "Trường Sa"), as streets are often named. */
const islandsOnly = (ids: readonly string[]): boolean => ids.every((id) => id.startsWith('island-group:'));

/** Word `k` is a capitalised middle name (Văn, Thị) after a capitalised Vietnamese family name. */
function middleNameAfterFamily(text: string, tokens: Tokens, k: number): boolean {
  if (!tokens.capital(k) || !tokens.capital(k - 1) || upper(tokens, k)) return false;
  if (!tokens.is(k, 'thi') && !tokens.is(k, 'van')) return false;
  if (!spaced(text, tokens, k) || !spaced(text, tokens, k - 1)) return false;
  return foldedFamilyName(tokens.word(k - 1) as string);
}

/** The words before `end` are followed by an age in apposition ("Le Thai Binh, 41, a bank clerk"). */
const ageAfter = (text: string, end: number): boolean => statedAge(text, end) !== null;

/** Words for a deputy before a title, as folding keys ("Deputy", "Vice", "Phó", "biträdande"). */
const DEPUTY_WORDS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'pho',
  'bitradande',
  'stallforetradande',
]);

/**
 * A word for a deputy stands right before word `from`, after a space or joined by a hyphen: a
 * deputy's title is not the office itself ("Deputy Chairman of the Hanoi People's Committee",
 * "Phó Chủ tịch UBND TP Hà Nội"). The knowledge base names deputies' offices whole where it has them.
 */
export function deputyBefore(text: string, tokens: Tokens, from: number): boolean {
  if (from === 0) return false;
  const gap = text.slice(tokens.end(from - 1), tokens.start(from));
  if (gap !== ' ' && gap !== '-' && gap !== '\u00a0') return false;
  for (const word of DEPUTY_WORDS) if (tokens.is(from - 1, word)) return true;
  return false;
}

/** {@link kindOf}: some entity is a place. */
const SOME_PLACE = 1;
/** {@link kindOf}: every entity is a place. */
const ALL_PLACES = 2;
/** {@link kindOf}: every entity is a body or office of a country, some of Viet Nam. */
const VIETNAMESE_BODIES = 4;
/** {@link kindOf}: every entity is a person. */
const PEOPLE = 8;
/** {@link kindOf}: every entity is a province-level unit of Viet Nam or a city. */
const PROVINCES_OR_CITIES = 16;
/** {@link kindOf}: every entity is a sea. */
const SEAS = 32;
/** {@link kindOf}: every entity is an organisation (a body or a company). */
const ORGANISATIONS = 64;
/** {@link kindOf}: every entity is a first-level subdivision of a country (a Chinese province, a prefecture). */
const SUBDIVISIONS = 128;
/** The kinds of the scan's entity lists: the lists are shared by the matches of a trie node. */
const kinds = new WeakMap<readonly string[], number>();

function kindOf(ids: readonly string[]): number {
  let kind = kinds.get(ids);
  if (kind === undefined) {
    kind = 0;
    if (ids.length > 0) {
      if (ids.some((id) => PLACE.test(id))) kind |= SOME_PLACE;
      if (ids.every((id) => PLACE.test(id))) kind |= ALL_PLACES;
      if (ids.some((id) => VIETNAMESE_BODY.test(id)) && ids.every((id) => BODY.test(id)))
        kind |= VIETNAMESE_BODIES;
      if (ids.every((id) => id.startsWith('person:'))) kind |= PEOPLE;
      if (ids.every((id) => id.startsWith('vn-province-') || id.startsWith('city:')))
        kind |= PROVINCES_OR_CITIES;
      if (ids.every((id) => id.startsWith('sea:'))) kind |= SEAS;
      if (ids.every((id) => id.startsWith('org:'))) kind |= ORGANISATIONS;
      if (ids.every((id) => id.startsWith('subdivision:'))) kind |= SUBDIVISIONS;
    }
    kinds.set(ids, kind);
  }
  return kind;
}

/**
 * "PM" or "AM" right after a number is the time of day ("01:28 PM", "9 PM"), not a prime
 * minister's title.
 */
function timeOfDay(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const start = tokens.start(from);
  if (tokens.end(from) - start !== 2 || text.charCodeAt(start + 1) !== 77) return false;
  const first = text.charCodeAt(start);
  if (first !== 80 && first !== 65) return false;
  let c = start - 1;
  if (c >= 0 && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 0xa0)) c--;
  // An hour of one or two digits, or minutes after a colon ("9 PM", "01:28 PM"; not "2010 PM").
  let digits = 0;
  while (c >= 0 && digits < 3 && isDigit(text.charCodeAt(c))) {
    c--;
    digits++;
  }
  if (digits === 0 || digits > 2) return false;
  return c < 0 || !isDigit(text.charCodeAt(c));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** {@link kindOf} a match's entities, kept on the match's passing forms (shared by its node). */
function kindOfMatch(match: Passing): number {
  if (match.kind < 0) match.kind = kindOf(match.ids);
  return match.kind;
}

/** Every entity of a match is a place (and there is one). */
export const placesOnly = (match: Passing): boolean => (kindOfMatch(match) & ALL_PLACES) !== 0;

/**
 * The longest name the scan matches at word `i` (its ids), or null: lets a rule see the name
 * next to a match ("Quốc hội Pháp").
 */
export type NameAt = (i: number) => readonly string[] | null;

/** A country's id ("country:DE"). */
const isCountry = (id: string): boolean => id.startsWith('country:');

/** Words of address as folding keys, for text that may be written without marks ("chi Duc Anh"). */
let addressKeys: ReadonlySet<string> | undefined;

/**
 * A person's name may open at word `k`: first in its phrase (after a line break or punctuation) or
 * after a word of address ("chị Đức Anh", "a Duc Anh"), "là" or "tên"; not after another word of the sentence ("tiếng Nhật",
 * "tờ báo Mỹ", "Phố Nhật").
 */
function nameOpens(text: string, tokens: Tokens, k: number): boolean {
  if (k === 0 || !spaced(text, tokens, k - 1)) return true;
  // (With "là", "tên" (is, named: "em là Đức Anh"), "bạn" (friend: "bạn Đức Anh") and the
  // letters chat writes for anh, chị, em.)
  addressKeys ??= new Set([...[...ADDRESS_WORDS].map(foldKey), 'la', 'ten', 'ban', 'a', 'c', 'e']);
  return addressKeys.has(tokens.word(k - 1) as string);
}

/** English words for a ward or commune after its name. */
const WARD_TAILS: ReadonlySet<string> = new Set(['ward', 'commune']);

/** An English word for a ward or commune stands right after the name ending before word `to` ("Nha Trang ward"). */
function wardAfter(text: string, tokens: Tokens, to: number): boolean {
  // ("ward" and "commune" are in the vocabulary: read by key.)
  return to < tokens.length && WARD_TAILS.has(tokens.key(to) as string) && spaced(text, tokens, to - 1);
}

/** Words before a ward's name in a list or after its head: "and", "và", "och", "phường", "xã" (folded). */
const WARD_LIST_WORDS: ReadonlySet<string> = new Set(['and', 'va', 'och', 'phuong', 'xa']);

/**
 * A direction, capitalised, in no other match, stands right before the name at word `from`, itself
 * after a comma, a conjunction or a ward's head ("Nha Trang, Bac Nha Trang, Tay Nha Trang and Nam
 * Nha Trang"): a ward named after the city. Not after another word ("phía Tây TP.HCM" is the west of
 * the city, "thủy lợi Nam Nghệ An" the south of the province).
 */
function directionBefore(text: string, tokens: Tokens, from: number, previousEnd: number): boolean {
  const k = from - 1;
  if (
    k < 1 ||
    previousEnd > k ||
    !tokens.capital(k) ||
    upper(tokens, k) ||
    !spaced(text, tokens, k) ||
    !DIRECTIONS.has(tokens.key(k) as string)
  )
    return false;
  if (text.slice(tokens.end(k - 1), tokens.start(k)).trim() === ',') return true;
  return spaced(text, tokens, k - 1) && WARD_LIST_WORDS.has(tokens.word(k - 1) as string);
}

/** Words `from`..`to` are Vietnamese syllables: a Vietnamese place's name ("Nha Trang"; not "Osaka ward", a ward of Osaka). */
function vietnameseWords(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isVietnameseSyllable(tokens.word(k) as string)) return false;
  return true;
}

/** Viet Nam's regions named by a word for a part of any country ("miền Bắc", "northern Vietnam"). */
const VIETNAM_PARTS: ReadonlySet<string> = new Set([
  'place:northern-vietnam',
  'place:central-vietnam',
  'place:southern-vietnam',
]);

/** Countries of one syllable that are also common Vietnamese given names (Đức, Nhật, Nga, Mỹ, Anh): folding keys. */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['duc', 'nhat', 'nga', 'my', 'anh']);

/** Ids of a country's bodies and offices, with its code: `org:vn-mofa`, `office:jp-prime-minister`. */
const BODY = /^(?:org|office):([a-z]{2})-/u;

/**
 * The name next to bodies of Viet Nam (`ids`) is a country none of them belongs to: "Quốc hội
 * Pháp" is not Viet Nam's National Assembly (but "Bộ Ngoại giao Nhật Bản" may be Japan's, when the
 * knowledge base has it among `ids`).
 */
function foreignCountry(country: readonly string[] | null, ids: readonly string[]): boolean {
  if (country === null || country.length === 0) return false;
  for (const c of country) {
    if (!c.startsWith('country:') || c === 'country:VN') return false;
    const code = c.slice(8).toLowerCase();
    if (ids.some((id) => BODY.exec(id)?.[1] === code)) return false;
  }
  return true;
}

/** Words after a name that make it a city's ("Toyota City", "Toyota city"): folding keys. */
const CITY_TAILS: ReadonlySet<string> = new Set(['city']);

/**
 * The word after the name ending before word `to` is "City": the name is the city's. Not after an
 * acronym, nor before "of" ("a UNESCO City of Literature" is a title the body gives).
 */
function cityAfter(text: string, tokens: Tokens, to: number): boolean {
  if (to >= tokens.length || !spaced(text, tokens, to - 1) || !CITY_TAILS.has(tokens.key(to) as string))
    return false;
  if (tokens.allCaps(to - 1)) return false;
  return !(to + 1 < tokens.length && spaced(text, tokens, to) && tokens.key(to + 1) === 'of');
}

/**
 * "bờ" (shore) stands before the sea's name starting at word `from`, itself "biển" in lower case:
 * "bờ biển Nhật Bản" is Japan's coast. Without marks ("bo bien") only in Vietnamese text.
 */
function coastBefore(text: string, tokens: Tokens, from: number, lang: string | null): boolean {
  const k = from - 1;
  if (k < 0 || tokens.capital(from) || tokens.key(from) !== 'bien' || tokens.key(k) !== 'bo') return false;
  if (!spaced(text, tokens, k)) return false;
  return tokens.marked(k, k + 1) ? spellingOf(surface(text, tokens, k)) === 'bờ' : lang === 'vi';
}

/**
 * The person's name at words `from`..`to` is a Vietnamese name (a family name, then syllables) and
 * one more capitalised syllable follows it in the same phrase, not opening a name of its own (no
 * capital after it): the name goes on.
 */
function longerVietnameseName(text: string, tokens: Tokens, from: number, to: number): boolean {
  const n = tokens.length;
  if (to - from < 2 || to >= n || !spaced(text, tokens, to - 1) || !tokens.capitalisedWord(to)) return false;
  if (to + 1 < n && tokens.capital(to + 1) && spaced(text, tokens, to)) return false;
  const first = tokens.marked(from, from + 1)
    ? familyName(spellingOf(surface(text, tokens, from)))
    : foldedFamilyName(tokens.word(from) as string);
  if (!first) return false;
  for (let k = from + 1; k <= to; k++) if (!isVietnameseSyllable(tokens.word(k) as string)) return false;
  // Marked text marks the next syllable too (an English word after the name is no syllable of it).
  return !tokens.marked(from, to) || tokens.marked(to, to + 1);
}

/**
 * A person of the knowledge base known by one word (a royal: "Masako", "Aiko") right before
 * another capitalised word that starts no name of the knowledge base and is no frequent English
 * word (one of the 3,000 most frequent) is someone else's given name ("Masako Ishida", "Aiko
 * Shimizu"): the two words are one person's name. Not in Vietnamese text, where {@link longerVietnameseName} reads such names.
 */
function longerForeignName(text: string, tokens: Tokens, from: number, to: number, nameAt: NameAt): boolean {
  if (to - from !== 1 || to >= tokens.length || !spaced(text, tokens, from)) return false;
  // (A frequent English word is a title-case headline's next word: "Masako Visits".)
  return properWord(text, tokens, to) && nameAt(to) === null;
}

/**
 * A one-word name of the knowledge base's people (a royal: "Aiko", "Michiko") right after a
 * Japanese family name, spaced: a namesake's given name. The family name is one of the list that no
 * match before took, or any capitalised word that reads as romanised Japanese of three morae or
 * more and is neither a Vietnamese syllable nor a frequent English word ("Fukuyama Michiko").
 */
function royalAfterFamilyName(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  previousEnd: number,
): boolean {
  const k = from - 1;
  if (to - from !== 1 || k < 0 || !spaced(text, tokens, k) || !tokens.capitalisedWord(k)) return false;
  const key = keyOf(text, tokens, k);
  if (previousEnd <= k && isJapaneseFamilyName(key)) return true;
  // A family name the list lacks, even one a match took as a place ("Fukuyama Michiko"): Japanese
  // family names are often places' names.
  return japaneseWord(key);
}

/** A key reads as romanised Japanese of three morae or more, no Vietnamese syllable nor a frequent English word. */
const japaneseWord = (key: string): boolean =>
  romajiMorae(key) >= 3 && !isVietnameseSyllable(key) && englishRank(key) < 0;

/**
 * Words `from`..`to`, which name provinces (`ids`), name the city of one of them named like it,
 * after "thành phố" or "TP", or before "city" outside Vietnamese text ("Thanh Hoa city").
 */
function provincialCapital(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  ids: readonly string[],
  lang: string | null,
): boolean {
  if (!ids.every((id) => id.startsWith('vn-province-'))) return false;
  const city =
    cityHeadBefore(text, tokens, from) ||
    (lang !== 'vi' && to < tokens.length && tokens.is(to, 'city') && spaced(text, tokens, to - 1));
  if (!city) return false;
  let key = tokens.word(from) as string;
  for (let k = from + 1; k < to; k++) key += ` ${tokens.word(k) as string}`;
  return ids.some((id) => provincialCity(key, id));
}

/**
 * Word `k` is a capitalised word of a name: not in capitals, and no frequent English word nor the
 * -s form of one.
 */
function properWord(text: string, tokens: Tokens, k: number): boolean {
  if (!tokens.capitalisedWord(k)) return false;
  const key = keyOf(text, tokens, k);
  return englishRank(key) < 0 && !(key.endsWith('s') && englishRank(key.slice(0, -1)) >= 0);
}

/**
 * A one-word name with capitalised words of names right before and after it, none of them the
 * knowledge base's, is a word inside a longer name ("Chubu Gino Kyodo Kumiai", a cooperative, not
 * the agency Kyodo): not the name. Frequent English words around it ("In Tokyo Governor …") leave
 * it alone.
 */
function insideLongerName(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  previousEnd: number,
  nameAt: NameAt,
): boolean {
  const k = from - 1;
  if (to - from !== 1 || k < 0 || to >= tokens.length || previousEnd > k) return false;
  if (!spaced(text, tokens, k) || !spaced(text, tokens, from)) return false;
  if (!properWord(text, tokens, k) || !properWord(text, tokens, to)) return false;
  return nameAt(to) === null && !titleCaseLine(text, tokens, from);
}

/** How many words on each side {@link titleCaseLine} reads. */
const LINE_REACH = 24;
/** A Vietnamese line of capitalised words is a headline from this many words (fewer: a name's label). */
const MIN_HEADLINE_WORDS = 5;

/**
 * Every word of four letters or more on word `i`'s line is capitalised (within {@link LINE_REACH}
 * words): a headline in title case ("United States to Lift Sudan Sanctions"), whose capitals say
 * nothing of names. `minLetters` sets the length of the words read (Vietnamese syllables are
 * short) and `minWords` how many words the line must hold: fewer make a name's label, a user name
 * or a signature, not a headline.
 */
function titleCaseLine(text: string, tokens: Tokens, i: number, minLetters = 4, minWords = 0): boolean {
  // Words `a` and `a + 1` are on one line: no line break in the gap between them.
  const joinedOnLine = (a: number) => !text.slice(tokens.end(a), tokens.start(a + 1)).includes('\n');
  let words = 1;
  for (let k = i; k > 0 && i - k < LINE_REACH && joinedOnLine(k - 1); k--, words++)
    if (tokens.end(k - 1) - tokens.start(k - 1) >= minLetters && !tokens.capital(k - 1)) return false;
  for (let k = i; k + 1 < tokens.length && k - i < LINE_REACH && joinedOnLine(k); k++, words++)
    if (tokens.end(k + 1) - tokens.start(k + 1) >= minLetters && !tokens.capital(k + 1)) return false;
  return words >= minWords;
}

/**
 * An English word for a street or a bridge ("Street", "Road"; in lower case too, "boulevard")
 * stands right after the name ending before word `to`: the name is the street's ("Le Duan Street",
 * "Vo Van Kiet boulevard"), not the person's.
 */
export function streetAfter(text: string, tokens: Tokens, to: number): boolean {
  return to < tokens.length && spaced(text, tokens, to - 1) && STREET_TAILS.has(tokens.key(to) as string);
}

/**
 * Whether the scan's match at words `from`..`to`, its passing forms `match`, is not the name: it is part of a
 * common word, a longer name, a person's or a street's name, a code, or a foreign body.
 * `previousEnd` is the end of the previous match; `previousIds` its entities.
 */
/** A country, a province, a city or a subdivision: a place that has regions of its own. */
const regionHolder = (id: string): boolean => id.startsWith('country:') || isTownId(id);

export function notTheName(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  match: Passing,
  language: string | null,
  previousEnd: number,
  previousIds: readonly string[] | null,
  nameAt: NameAt,
  genitiveAt: (k: number) => boolean = () => false,
): boolean {
  const ids = match.ids;
  const lang = language === 'vi' || language === 'en' || language === 'sv' ? language : null;
  if (timeOfDay(text, tokens, from, to)) return true;
  lexiconWords();
  if (inLexicon(text, tokens, from, to, lang, titleAnd(text, tokens, from, previousEnd))) return true;
  const n = tokens.length;
  const k = from - 1;
  const vietnamese = lang === 'vi' || (lang === null && tokens.marked(from, to));
  const kind = kindOfMatch(match);
  const places = (kind & SOME_PLACE) !== 0;
  // The word before, when a rule reads it: in Vietnamese only a word of address, a street head
  // or a family name (by key first, so that other words are not copied); elsewhere a capitalised
  // word.
  const before =
    (places || (vietnamese && (kind & ALL_PLACES) === 0)) &&
    k >= 0 &&
    previousEnd <= k &&
    (vietnamese
      ? ((wordBits(tokens).bits[tokens.id(k)] as number) & BEFORE_WORD) !== 0
      : tokens.capital(k)) &&
    spaced(text, tokens, k)
      ? surface(text, tokens, k)
      : null;
  // "Lao" (Laos) before "động" is the word for labour, in any case and with or without marks
  // ("Luat Tieu chuan Lao dong", "BÁO LAO ĐỘNG"): Vietnamese writes Laos "Lào".
  if (
    vietnamese &&
    to === from + 1 &&
    to < n &&
    tokens.is(from, 'lao') &&
    tokens.is(to, 'dong') &&
    spaced(text, tokens, from)
  )
    return true;
  // A region of Viet Nam named by its direction ("miền Tây", "miền Trung") right before another
  // place's name is that place's part: "miền Tây Nhật Bản" (western Japan), "miền Tây Hà Tĩnh".
  if (vietnamese && places && tokens.is(from, 'mien') && to < n && spaced(text, tokens, to - 1)) {
    const next = nameAt(to);
    if (next !== null && next.length > 0 && next.every(regionHolder)) return true;
  }
  // A landmark's or an island's name after the word for a unit is the unit's, named after it
  // ("phường Văn Miếu - Quốc Tử Giám", "huyện Lý Sơn", "đặc khu Côn Đảo", "TP Cam Ranh"):
  // local-places.ts reads it.
  if (
    vietnamese &&
    places &&
    previousEnd <= k &&
    (headWordAt(text, tokens, k, UNIT_WORDS, true) ||
      (tokens.capital(from) &&
        (headWordAt(text, tokens, k, TOWN_WORDS, true) || (tokens.is(k, 'tp') && tokens.noLowerCase(k))))) &&
    ids.every((id) => id.startsWith('place:'))
  )
    return true;
  // A town's or a province's name after the word for a bay, a cape or a peninsula is the feature's,
  // named after it ("vịnh Nha Trang", "mũi Cà Mau"): local-places.ts reads it.
  if (
    vietnamese &&
    places &&
    previousEnd <= k &&
    headWordAt(text, tokens, k, FEATURE_WORDS, false) &&
    ids.every(isTownId)
  )
    return true;
  // A title of two syllables after a family name is a person's given names ("Đỗ Nhật Hoàng", "Do
  // Nhat Hoang": not the Emperor's title). Not after "Hoàng", imperial too ("Hoàng Thái tử"). In
  // English and Swedish text, where the title is no word of the language and may be read as its
  // holder, the syllables tell: "FIA director general Do Nhat Hoang" names no emperor.
  if (
    !places &&
    to - from === 2 &&
    k >= 0 &&
    previousEnd <= k &&
    tokens.capital(k) &&
    spaced(text, tokens, k) &&
    !tokens.is(k, 'hoang') &&
    (vietnamese
      ? before !== null &&
        ids.every((id) => id.startsWith('office:')) &&
        (familyName(spellingOf(before)) ||
          (!tokens.marked(k, to) && foldedFamilyName(tokens.key(k) as string)))
      : !tokens.marked(k, to) &&
        foldedFamilyName(tokens.key(k) as string) &&
        isVietnameseSyllable(tokens.key(from) as string) &&
        isVietnameseSyllable(tokens.key(from + 1) as string) &&
        ids.every((id) => id.startsWith('office:') || id.startsWith('person:')))
  )
    return true;
  // Swedish writes its honorifics in lower case: a one-word place after one is a person's name
  // ("fru Hue", "herr Vinh"), as after a capitalised one ("Mr Vinh").
  if (
    lang === 'sv' &&
    places &&
    to - from === 1 &&
    k >= 0 &&
    previousEnd <= k &&
    !tokens.capital(k) &&
    SWEDISH_HONORIFICS.has(tokens.key(k) as string) &&
    spaced(text, tokens, k)
  )
    return true;
  // A degree before it makes it a person's name ("BS Hà Giang nói", "TS. Thái Bình").
  if (
    vietnamese &&
    places &&
    to - from <= 2 &&
    k >= 0 &&
    previousEnd <= k &&
    degreeBefore(text, tokens.start(k), tokens.end(k), tokens.start(from))
  )
    return true;
  if (before !== null && places) {
    if (vietnamese) {
      const word = spellingOf(before);
      // A given name after a word of address ("chị Hà Lan"), a name after a family name
      // ("Nguyễn Hà Giang").
      if (to - from <= 2 && ADDRESS_WORDS.has(word)) return true;
      // (Not the second word of a body's head: "Tỉnh Đoàn Hà Nội" is the city's Youth Union.)
      // (Nor inside an institution's name after its head: "Đại học Nông Lâm Huế".)
      // (Nor before a country of two words, which no one is named: "Đoàn Việt Nam" is the Vietnamese
      // delegation. One-word countries are given names: "Hà My", "Hoàng Đức", "Như Ý".)
      const country = to - from >= 2 && ids.every((id) => id.startsWith('country:'));
      if (
        to - from <= 2 &&
        tokens.capital(k) &&
        !country &&
        familyName(word) &&
        !bodyHeadPairAt(text, tokens, k) &&
        !institutionQualifier(text, tokens, k)
      )
        return true;
      // Without marks, by its folded key ("Than Van Nam" is Thân Văn Nam, not Vân Nam/Yunnan).
      if (
        to - from <= 2 &&
        tokens.capital(k) &&
        !tokens.marked(k, k + 1) &&
        !tokens.marked(from, to) &&
        !country &&
        foldedFamilyName(tokens.key(k) as string) &&
        !institutionQualifier(text, tokens, k)
      )
        return true;
    } else if (
      // A Vietnamese family name written without marks before a place starts a person's name in
      // English, Swedish and unknown text too ("Nguyen Hai Nam", "Tran Quang Nam"); not before a
      // place in capitals (a dateline after a credit: "Photo Dương Giang HÀ NỘI"), and a short one
      // not first in its sentence, where it is more often a word ("Le", "La", "Do").
      language !== OTHER_LANGUAGE &&
      to - from <= 2 &&
      !upper(tokens, k) &&
      !upper(tokens, from) &&
      foldedFamilyName(tokens.key(k) as string) &&
      // (First in its sentence too before a middle name, "Le Van Nam, one of …" is no Yunnan, or
      // after an abbreviated title: "Dr. Le Quang Binh" is no Quang Binh.)
      // (Or before the person's age: "Le Thai Binh, 41, a bank clerk".)
      (before.length > 2 ||
        !sentenceStart(text, tokens, k) ||
        abbreviatedTitleBefore(text, tokens, k) ||
        middleNameAfterFamily(text, tokens, from) ||
        ageAfter(text, tokens.end(to - 1)))
    ) {
      return true;
    } else if (
      // English and Swedish, and other languages but for a short word first in its sentence (an
      // article or preposition there is no given name: French "Les USA", Spanish "Del"); not
      // unknown text, which may be Vietnamese without marks.
      (lang !== null ||
        (language === OTHER_LANGUAGE && (before.length > 3 || !sentenceStart(text, tokens, k)))) &&
      tokens.capital(k) &&
      !upper(tokens, k)
    ) {
      // A given name or an honorific before a place makes a person's name ("Naomi Osaka", "Miss
      // Saigon").
      givenNames ??= new Set(GIVEN_NAMES.split('|'));
      if ((before.length > 2 && givenNames.has(before)) || HONORIFICS.has(tokens.key(k) as string))
        return true;
    }
  }
  if (
    vietnamese &&
    places &&
    to - from === 1 &&
    sentenceStart(text, tokens, from) &&
    personPredicate(text, tokens, to)
  )
    return true;
  // "Vinh" without its marks before a romanised Japanese name is "vịnh", a bay ("Vinh Matsushima",
  // Matsushima Bay), not the city of Vinh.
  if (
    vietnamese &&
    places &&
    to - from === 1 &&
    to < n &&
    tokens.is(from, 'vinh') &&
    !tokens.marked(from, to) &&
    spaced(text, tokens, from) &&
    tokens.capitalisedWord(to) &&
    japaneseWord(keyOf(text, tokens, to))
  )
    return true;
  // A one-syllable place after a capitalised Vietnamese syllable inside a sentence is the end of a
  // longer name ("phuong Thanh Vinh", a ward; "Quang Vinh", a person), not the place.
  if (
    vietnamese &&
    places &&
    to - from === 1 &&
    k >= 0 &&
    previousEnd <= k &&
    tokens.capital(k) &&
    !upper(tokens, k) &&
    spaced(text, tokens, k) &&
    !sentenceStart(text, tokens, k) &&
    isVietnameseSyllable(tokens.word(k) as string) &&
    // (Not after an institution's head: the place ends its name, "Đại học Nông Lâm Huế".)
    !institutionQualifier(text, tokens, k)
  )
    return true;
  // So is one before a capitalised Vietnamese syllable that opens no name of its own: written
  // without marks, "Vinh Bao" is Vĩnh Bảo, a district, not the city of Vinh ("Vinh Nghe An" stays);
  // also where only the place lost its marks ("cửa khẩu Lao Bảo" is no Laos).
  if (
    vietnamese &&
    places &&
    to - from === 1 &&
    to < n &&
    !tokens.marked(from, from + 1) &&
    !upper(tokens, from) &&
    isVietnameseSyllable(tokens.word(from) as string) &&
    spaced(text, tokens, from) &&
    tokens.capital(to) &&
    !upper(tokens, to) &&
    isVietnameseSyllable(tokens.word(to) as string) &&
    // (A family name after it opens a person's name: "UBND TPHCM Nguyen Van Duoc".)
    !foldedFamilyName(tokens.key(to) as string) &&
    nameAt(to) === null
  )
    return true;
  // A one-syllable name written with marks before two capitalised syllables written so opens a
  // longer Vietnamese name ("Hàn Mặc Tử", a poet; "Mỹ Đình Hà Nội"); a country before a foreign
  // name stays ("Mỹ Marco Rubio", "Hàn Yoon Suk Yeol"), and an abbreviation before a person
  // ("UBND TPHCM Nguyễn Văn Được").
  if (
    vietnamese &&
    places &&
    to - from === 1 &&
    tokens.marked(from, from + 1) &&
    markedNameAfter(text, tokens, to)
  )
    return true;
  // A region of Viet Nam named by a word for a part of a country, before another country's name, is
  // that part of the other ("miền Bắc Nhật Bản": northern Japan).
  if (to < n && ids.length > 0 && ids.every((id) => VIETNAM_PARTS.has(id)) && spaced(text, tokens, to - 1)) {
    const next = nameAt(to);
    if (next !== null && next.length > 0 && next.every((id) => isCountry(id) && id !== 'country:VN'))
      return true;
  }
  // A country whose one syllable is also a common given name, before a capitalised Vietnamese
  // syllable in the same phrase, is the first of a person's given names ("Đức Anh", "Duc Anh
  // Nagoya", "Nhật Minh"): not before a place's name ("Nga Sơn" is a district the scan reads
  // whole) nor on a line of five words or more whose every word is capitalised (a headline; a
  // shorter one is a name's label: "Duc Anh Kawasaki", a user name).
  if (
    vietnamese &&
    to - from === 1 &&
    to < n &&
    ids.length > 0 &&
    ids.every(isCountry) &&
    GIVEN_NAME_COUNTRIES.has(tokens.key(from) as string) &&
    tokens.capital(to) &&
    !upper(tokens, to) &&
    !upper(tokens, from) &&
    spaced(text, tokens, to - 1) &&
    isVietnameseSyllable(tokens.word(to) as string) &&
    englishRank(tokens.word(to) as string) < 0 &&
    nameAt(to) === null &&
    !titleCaseLine(text, tokens, from, 2, MIN_HEADLINE_WORDS) &&
    nameOpens(text, tokens, from)
  )
    return true;
  // A city named like a company ("thành phố Toyota", "Toyota City"), not the company; not an
  // acronym ("UNESCO City of Literature").
  if (
    (kind & ORGANISATIONS) !== 0 &&
    to - from === 1 &&
    !upper(tokens, from) &&
    cityWordAround(text, tokens, from, to)
  )
    return true;
  // A street named after a person, a newspaper, a body or islands ("đường Thanh Niên", "đường
  // Hoàng Sa"; "duong Nguyen Van Linh" in text typed without marks).
  if (
    before !== null &&
    vietnamese &&
    ((kind & ALL_PLACES) === 0 || islandsOnly(ids)) &&
    (STREET_HEADS.has(spellingOf(before)) || unmarkedHead(tokens, k, UNMARKED_STREET_HEADS))
  )
    return true;
  // A ward, commune or district named like a province or a city ("phường Bắc Giang", "phường Hội An")
  // or another country's province ("xã Hải Nam", "xã Tân Cương": not Hainan, not Xinjiang), or
  // whose name goes on after a place's ("xã Mỹ Thành": not Mỹ, the United States).
  if (
    before !== null &&
    vietnamese &&
    places &&
    ((kind & (PROVINCES_OR_CITIES | SUBDIVISIONS)) !== 0 ||
      (to < n && tokens.capital(to) && !upper(tokens, to) && spaced(text, tokens, to - 1))) &&
    (SUB_PROVINCE_HEADS.has(spellingOf(before)) ||
      unmarkedHead(tokens, k, UNMARKED_UNIT_HEADS) ||
      unmarkedTownHead(text, tokens, k))
  )
    return true;
  // An industrial or economic zone named like a city or another country's province ("Khu công
  // nghiệp Quang Châu", Bắc Giang's: not Guangzhou; "KCN Quang Châu").
  if (places && ids.every(cityOrSubdivision) && zoneHeadBefore(text, tokens, from)) return true;
  // A ward or commune named like a province or a city, by its English word after it ("Nha Trang
  // ward", "Sai Gon ward": the wards of 1 July 2025), or with a direction before it ("Bac Nha
  // Trang", "Tây Nha Trang"): not the province or the city.
  if (
    (kind & PROVINCES_OR_CITIES) !== 0 &&
    (wardAfter(text, tokens, to) || directionBefore(text, tokens, from, previousEnd)) &&
    vietnameseWords(tokens, from, to)
  )
    return true;
  // A province's capital named like it ("thành phố Hải Dương", "TP Thanh Hóa", "Thanh Hoa city"):
  // the city, not the province. (A city governed from the centre has none: "thành phố Hà Nội".)
  if ((kind & PROVINCES_OR_CITIES) !== 0 && provincialCapital(text, tokens, from, to, ids, lang)) return true;
  // The coast, not the sea: "bờ biển Nhật Bản" ("bo bien Nhat Ban" without marks).
  if ((kind & SEAS) !== 0 && coastBefore(text, tokens, from, lang)) return true;
  // A city named like a company ("Toyota City").
  if ((kind & ORGANISATIONS) !== 0 && cityAfter(text, tokens, to)) return true;
  // A Vietnamese name of the knowledge base with one more syllable after it is another person's
  // ("Nguyen Thi Thanh Hoa" is not Nguyễn Thị Thanh).
  if ((kind & PEOPLE) !== 0 && longerVietnameseName(text, tokens, from, to)) return true;
  // In Swedish, a person's name that opens a compound of a place or an institution is what the
  // compound names ("Vo Van Kiet-avenyn", "Ho Chi Minh-mausoleet").
  if ((kind & PEOPLE) !== 0 && lang === 'sv' && compoundAfter(text, tokens.end(to - 1))) return true;
  // A person's name right after a Vietnamese institution's head is its dedicatee, and the words
  // the institution's name ("Trường Đại học Phạm Văn Đồng", "Bệnh viện Trưng Vương").
  if ((kind & PEOPLE) !== 0 && vietnamese && institutionHeadBefore(text, tokens, from)) return true;
  if (!vietnamese && (kind & PEOPLE) !== 0 && longerForeignName(text, tokens, from, to, nameAt)) return true;
  // After a Japanese family name the royal's word is a namesake's given name ("Yamada Aiko",
  // "Tanaka Michiko"), in any language.
  if ((kind & PEOPLE) !== 0 && royalAfterFamilyName(text, tokens, from, to, previousEnd)) return true;
  if (!vietnamese && (kind & PEOPLE) === 0 && insideLongerName(text, tokens, from, to, previousEnd, nameAt))
    return true;
  // A Vietnamese family name and a middle name before a place make a person's name ("Luu Thi
  // Thanh Hoa" is no Thanh Hóa, "Nguyễn Văn Nam" no south).
  if (places && to - from <= 2 && k >= 1 && previousEnd <= k - 1 && middleNameAfterFamily(text, tokens, k))
    return true;
  // A street or bridge named after a person ("Le Duan Street").
  if (!vietnamese && (kind & PEOPLE) !== 0 && streetAfter(text, tokens, to)) return true;
  // So is an institution named after the person ("Phạm Văn Đồng University", "Le Quy Don High School").
  if ((kind & PEOPLE) !== 0 && namedInstitutionAfter(text, tokens, to)) return true;
  // A ship named after a person ("tàu hộ vệ tên lửa Lý Thái Tổ", "the frigate Ly Thai To").
  if ((kind & PEOPLE) !== 0 && (kind & ~PEOPLE) === 0 && from > 0 && shipBefore(text, tokens, from))
    return true;
  // A Swedish conjunction opening a sentence ("Medan kriget pågick …" is "while").
  if (
    lang === 'sv' &&
    places &&
    to - from === 1 &&
    sentenceStart(text, tokens, from) &&
    SWEDISH_CONJUNCTIONS.has(keyOf(text, tokens, from))
  )
    return true;
  // A Swedish compound on a name ("Ho Chi Minh-leden").
  if (
    lang === 'sv' &&
    places &&
    to < n &&
    tokens.start(to) === tokens.end(to - 1) + 1 &&
    text.charCodeAt(tokens.end(to - 1)) === 45 &&
    !tokens.capital(to) &&
    !GENERIC_WORDS.has(keyOf(text, tokens, to))
  )
    return true;
  // Viet Nam's bodies, named for another country ("Quốc hội Pháp", "Thailand's Ministry of …",
  // "the Ministry of Transport of Singapore").
  if ((kind & VIETNAMESE_BODIES) !== 0) {
    if (vietnamese && to < n && spaced(text, tokens, to - 1) && foreignCountry(nameAt(to), ids)) return true;
    // Swedish: another country's adjective before the body ("det kinesiska utrikesministeriet").
    if (
      lang === 'sv' &&
      k >= 0 &&
      spaced(text, tokens, k) &&
      SWEDISH_FOREIGN_ADJECTIVES.has(keyOf(text, tokens, k))
    )
      return true;
    if (
      !vietnamese &&
      to + 1 < n &&
      spaced(text, tokens, to - 1) &&
      spaced(text, tokens, to) &&
      keyOf(text, tokens, to) === 'of' &&
      foreignCountry(nameAt(to + 1), ids)
    )
      return true;
    if (
      !vietnamese &&
      k >= 1 &&
      previousEnd === k &&
      keyOf(text, tokens, k) === 's' &&
      tokens.start(k) === tokens.end(k - 1) + 1 &&
      foreignCountry(previousIds, ids)
    )
      return true;
  }
  if (!vietnamese && to - from === 1 && coordinatedCommonNoun(text, tokens, from)) return true;
  if (
    places &&
    constituentState(text, tokens, from, vietnamese, lang, previousEnd, previousIds) &&
    newCountries(ids, previousIds)
  )
    return true;
  if (places && townState(text, tokens, from, to, previousEnd)) return true;
  // Abbreviations: the KB's case-sensitive forms, and declared ones it also writes as a display
  // name ("STT", the Finnish agency, is also Vietnamese số thứ tự).
  if (match.allExact || declaredAbbreviation(text, tokens, from, ids))
    return abbreviationElsewhere(text, tokens, from, to, ids, lang, nameAt, genitiveAt);
  return false;
}

/**
 * Every one of `ids` is a country that `previousIds` does not name. (A loop, not a closure over
 * `previousIds`: a closure would make every call of {@link notTheName} allocate its context.)
 */
function newCountries(ids: readonly string[], previousIds: readonly string[] | null): boolean {
  for (const id of ids) if (!id.startsWith('country:') || previousIds?.includes(id)) return false;
  return true;
}

let stateNames: ReadonlySet<string> | undefined;

/**
 * The state-name rule: a name declared as also a constituent state's ("Georgia") is the state in
 * a "Town, State" apposition whose town the knowledge base does not know ("Atlanta, Georgia"). A
 * known place before the comma is matched and ends at word `from` ("Tbilisi, Georgia").
 */
function townState(text: string, tokens: Tokens, from: number, to: number, previousEnd: number): boolean {
  const k = from - 1;
  if (to !== from + 1 || k < 0 || previousEnd === from || !tokens.capital(k)) return false;
  const start = tokens.start(from);
  if (start !== tokens.end(k) + 2 || text.charCodeAt(start - 2) !== 44 || text.charCodeAt(start - 1) !== 32)
    return false;
  stateNames ??= new Set(STATE_NAME_ALIASES.split('|'));
  return stateNames.has(text.slice(start, tokens.end(from)));
}

/**
 * A word for a constituent state stands right before word `from`: "bang", "tiểu bang" (vi; not
 * "Liên bang", a federation's name), "delstaten" (sv), or "state of" after a country ("the US
 * state of Georgia"; not "the state of Vietnam's economy"). A country's name there names a state
 * ("bang Georgia", "delstaten Victoria"), not the country.
 */
function constituentState(
  text: string,
  tokens: Tokens,
  from: number,
  vietnamese: boolean,
  lang: Language | null,
  previousEnd: number,
  previousIds: readonly string[] | null,
): boolean {
  const k = from - 1;
  if (k < 0 || !spaced(text, tokens, k)) return false;
  // The word's length first: most words before a place are none of these, and are not copied.
  const length = tokens.end(k) - tokens.start(k);
  if (vietnamese) {
    if (length !== 4 || spellingOf(surface(text, tokens, k)) !== 'bang') return false;
    return !(k > 0 && spaced(text, tokens, k - 1) && spellingOf(surface(text, tokens, k - 1)) === 'liên');
  }
  if (lang === 'sv') return length === 9 && surface(text, tokens, k) === 'delstaten';
  if (length !== 2 || k < 2 || previousEnd !== k - 1 || surface(text, tokens, k) !== 'of') return false;
  if (!spaced(text, tokens, k - 1) || surface(text, tokens, k - 1) !== 'state') return false;
  return (
    previousIds !== null && previousIds.length > 0 && previousIds.every((id) => id.startsWith('country:'))
  );
}

let commonWordAliases: Set<string> | undefined;

/** Words joining two nouns. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'och', 'eller']);
/** Words after "and" that are no noun of their own ("China and its neighbours", "… and other"). */
const NOT_NOUNS: ReadonlySet<string> = new Set([
  'other',
  'others',
  'their',
  'then',
  'also',
  'some',
  'many',
  'most',
  'both',
  'each',
  'that',
  'this',
  'these',
  'those',
  'with',
  'from',
  'into',
  'over',
  'more',
  'less',
  'even',
  'still',
  'only',
  'andra',
  'sina',
  'dess',
  'deras',
  'flera',
  'många',
]);

/**
 * A name declared with the common-word rule ("China", "Hue"), first in its sentence and joined by
 * "and" to a common noun in lower case, is that common word ("China and glassware", "Hue and
 * saturation"); "China and Russia", "China and its neighbours" keep the name.
 */
function coordinatedCommonNoun(text: string, tokens: Tokens, from: number): boolean {
  if (from + 2 >= tokens.length) return false;
  commonWordAliases ??= new Set(COMMON_WORD_ALIASES.split('|').map((a) => foldKey(a)));
  if (!commonWordAliases.has(tokens.key(from) as string) || !sentenceStart(text, tokens, from)) return false;
  if (!spaced(text, tokens, from) || !COORDINATORS.has(keyOf(text, tokens, from + 1))) return false;
  if (!spaced(text, tokens, from + 1) || tokens.capital(from + 2)) return false;
  const noun = surface(text, tokens, from + 2);
  return noun.length >= 4 && !NOT_NOUNS.has(noun);
}

/** English words for an institution named after a person, after the name ("… University"). */
const NAMED_INSTITUTIONS: ReadonlySet<string> = new Set([
  'university',
  'school',
  'college',
  'institute',
  'hospital',
  'academy',
  'foundation',
  'museum',
  'high',
]);

/** A capitalised word for an institution stands right after the name ending before word `to`. */
function namedInstitutionAfter(text: string, tokens: Tokens, to: number): boolean {
  return (
    to < tokens.length &&
    spaced(text, tokens, to - 1) &&
    tokens.capital(to) &&
    NAMED_INSTITUTIONS.has(tokens.key(to) as string)
  );
}

/**
 * A Swedish genitive name before a capitalised word for an institution is part of that
 * institution's name ("Norges Bank", "Sveriges Riksbank"), not the country: `to` is the word after
 * the genitive.
 */
export function institutionAfter(text: string, tokens: Tokens, to: number): boolean {
  return (
    to < tokens.length &&
    spaced(text, tokens, to - 1) &&
    tokens.capital(to) &&
    !upper(tokens, to) &&
    NOT_NAME_WORDS.has(keyOf(text, tokens, to))
  );
}

/** English words spelt like an abbreviation of the KB ("US"): in an all-caps line, the word. */
const CAPS_WORDS: ReadonlySet<string> = new Set(['us']);

/**
 * An abbreviation ("AP", "TT", "US") that is part of a code or a compound ("TT-BYT",
 * "AP-fonden"), of another name ("AP Biology"), or a word of an all-caps line ("HELP US").
 */
function abbreviationElsewhere(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  ids: readonly string[],
  language: Language | null,
  nameAt: NameAt,
  genitiveAt: (k: number) => boolean,
): boolean {
  if (to - from !== 1 || !upper(tokens, from)) return false;
  const n = tokens.length;
  const start = tokens.start(from);
  const end = tokens.end(from);
  // Joined by a hyphen or an ampersand to a code that names nothing ("TT-BYT", "TG&VN") or, in
  // Swedish, to a common word, when the abbreviation has other senses: an outlet's or a declared
  // one ("AP-fonden"; but "WTO-avtalet", "EU-länderna" are the body's; English "US-led" is the country),
  // or when the compound is a longer name's genitive, which the inflection stage reads ("EU-kommissionens").
  const otherSense = (): boolean =>
    ids.some((id) => id.startsWith('outlet:')) ||
    declaredAbbreviation(text, tokens, from, ids) ||
    genitiveAt(from);
  if (
    from > 0 &&
    tokens.end(from - 1) === start - 1 &&
    joiner(text.charCodeAt(start - 1)) &&
    codeOrWord(tokens, from - 1, language, nameAt, otherSense)
  )
    return true;
  if (
    from + 1 < n &&
    tokens.start(from + 1) === end + 1 &&
    joiner(text.charCodeAt(end)) &&
    codeOrWord(tokens, from + 1, language, nameAt, otherSense)
  )
    return true;
  const key = tokens.key(from) as string;
  if (CAPS_WORDS.has(key) && from > 0 && spaced(text, tokens, from - 1) && upper(tokens, from - 1)) {
    const previous = keyOf(text, tokens, from - 1);
    if (previous !== 'the') return true;
  }
  // An outlet's abbreviation before a capitalised word is part of another name ("AP Biology").
  if (
    language !== 'vi' &&
    ids.every((id) => id.startsWith('outlet:')) &&
    from + 1 < n &&
    spaced(text, tokens, from) &&
    tokens.capital(from + 1) &&
    !upper(tokens, from + 1) &&
    !CREDIT_OR_NEWS.has(keyOf(text, tokens, from + 1))
  )
    return true;
  if (declaredAbbreviation(text, tokens, from, ids)) {
    if (!shortName(text, tokens, from)) return true;
    // Before a country's name it heads a phrase of that country ("DN Nhật Bản", doanh nghiệp:
    // Japanese firms), where no source stands.
    const next = from + 1 < n && spaced(text, tokens, from) ? nameAt(from + 1) : null;
    if (next !== null && next.length > 0 && next.every((id) => id.startsWith('country:'))) return true;
  }
  return definedOtherwise(text, tokens, from, ids, nameAt);
}

/** A hyphen or an ampersand between two parts of a code ("TT-BYT", "TG&VN"). */
const joiner = (code: number): boolean => code === 45 || code === 38;

/**
 * Word `k`, joined to an abbreviation by a hyphen, makes it part of a code or compound: a code in
 * capitals that names nothing ("TT-BYT") or, in Swedish, a common word ("AP-fonden").
 */
function codeOrWord(
  tokens: Tokens,
  k: number,
  language: Language | null,
  nameAt: NameAt,
  otherSense: () => boolean,
): boolean {
  return (
    (language === 'sv' && !tokens.capital(k) && otherSense()) || (upper(tokens, k) && nameAt(k) === null)
  );
}

/** Small words a spelled-out name may hold that its abbreviation leaves out ("Ministry of …"). */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'a', 'to', '&']);
/** Longest abbreviation that {@link definedOtherwise} spells out. */
const MAX_INITIALS = 6;

/**
 * The abbreviation at word `from` is spelled out in the text as something else: written in
 * brackets right after capitalised words whose initials it is ("Virtual Interventional
 * Radiologist (VIR)"), and those words are not a name of the entity (the knowledge base would
 * read "Vietnam Investment Review (VIR)" as the paper). The text's own definition wins.
 */
function definedOtherwise(
  text: string,
  tokens: Tokens,
  from: number,
  ids: readonly string[],
  nameAt: NameAt,
): boolean {
  const start = tokens.start(from);
  const letters = tokens.end(from) - start;
  if (from === 0 || letters < 2 || letters > MAX_INITIALS) return false;
  // "Words (ABC)": an opening bracket right before, a closing one right after.
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(tokens.end(from)) !== 41) return false;
  const gap = text.slice(tokens.end(from - 1), start - 1);
  if (!/^ ?$/u.test(gap)) return false;
  // Read the initials backwards, over small words, as far as the abbreviation's first letter.
  let k = from - 1;
  for (let c = letters - 1; c >= 0; k--) {
    if (k < 0) return false;
    const word = text.slice(tokens.start(k), tokens.end(k));
    if (INITIALS_SKIP.has(word.toLowerCase()) && c < letters - 1) continue;
    if (word.charCodeAt(0) !== text.charCodeAt(start + c) || !tokens.capital(k)) return false;
    c--;
    if (k > 0 && c >= 0 && !spaced(text, tokens, k - 1)) return false;
  }
  const named = nameAt(k + 1);
  return named === null || !named.some((id) => ids.includes(id));
}

let abbreviations: { byAlias: Map<string, Set<string>>; keys: Set<string> } | undefined;

/** The declared abbreviations of entities that are no place, by alias, and their folding keys. */
function abbreviationsByAlias(): { byAlias: Map<string, Set<string>>; keys: Set<string> } {
  if (!abbreviations) {
    const byAlias = new Map<string, Set<string>>();
    const keys = new Set<string>();
    for (const pair of ABBREVIATIONS.split('|')) {
      const [alias, id] = pair.split(' ') as [string, string];
      if (PLACE.test(id)) continue;
      keys.add(foldKey(alias));
      const set = byAlias.get(alias);
      if (set) set.add(id);
      else byAlias.set(alias, new Set([id]));
    }
    abbreviations = { byAlias, keys };
  }
  return abbreviations;
}

/**
 * Word `from` is an abbreviation declared with the abbreviation rule (data/kb/homograph-rules.yaml)
 * for one of `ids` that is not a place ("AFP", "DOC", "OSA"; not "US"). Its key is asked first, by
 * the word's vocabulary bit (other words are not copied).
 */
function declaredAbbreviation(text: string, tokens: Tokens, from: number, ids: readonly string[]): boolean {
  if (((wordBits(tokens).bits[tokens.id(from)] as number) & ABBREVIATION_WORD) === 0) return false;
  const set = abbreviationsByAlias().byAlias.get(surface(text, tokens, from));
  if (set === undefined) return false;
  // A loop: a closure over `set` would make every call allocate its context, most of them
  // returning above.
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

/**
 * Words before an abbreviation that make it a source ("according to AFP", "enligt AFP", "theo
 * AFP") or name it as an outlet ("newspaper GP", "tidningen GP", "đài VTV").
 */
const SOURCE_BEFORE: ReadonlySet<string> = new Set([
  'according',
  'to',
  'told',
  'via',
  'by',
  'from',
  'enligt',
  'till',
  'theo',
  'cua',
  'bao',
  'hang',
  'dai',
  'newspaper',
  'daily',
  'broadcaster',
  'agency',
  'tidningen',
  'nyhetsbyran',
]);

/** Words that join two sources ("AFP and Reuters", "AFP og Reuters"). */
const SOURCE_LINKS: ReadonlySet<string> = new Set(['and', 'och', 'og', 'va', 'or']);

/**
 * The abbreviation at word `from` is used as a short name: in brackets or next to a slash (a
 * credit: "(AFP)", "Kyodo/AP/TT", "(DOC)"), after a colon ("Ảnh: AFP", "Foto: TT"), as a source
 * ("skriver AFP", "AFP said", "according to AP", "AFP and Reuters"), before "=" or a credit or news
 * word ("AP Photo", "an AFP reporter"), or alone on its line.
 */
function shortName(text: string, tokens: Tokens, from: number): boolean {
  const n = tokens.length;
  const start = tokens.start(from);
  const end = tokens.end(from);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const left = text.slice(Math.max(lineStart, start - 3), start);
  const right = text.slice(end, Math.min(lineEnd, end + 3));
  if (/[(/[:=]\s*$/u.test(left) || /^\s*[)/\]=]/u.test(right)) return true;
  if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') return true;
  // "AFP and Reuters": the word across the link is capitalised, a name as well ("NT and nobody" is
  // no list of sources).
  const linked = (k: number): boolean => k >= 0 && k < n && tokens.capital(k);
  if (from > 0 && spaced(text, tokens, from - 1)) {
    const before = keyOf(text, tokens, from - 1);
    if (SAID.has(before) || SOURCE_BEFORE.has(before)) return true;
    if (SOURCE_LINKS.has(before) && linked(from - 2)) return true;
  }
  if (from + 1 < n && joined(text, tokens, from)) {
    const after = keyOf(text, tokens, from + 1);
    if (SAID.has(after) || ROLES.has(after) || CREDIT_OR_NEWS.has(after)) return true;
    if (SOURCE_LINKS.has(after) && linked(from + 2)) return true;
  }
  // A genitive ("AFP's reporter", "AFP:s").
  return /^['\u2019:]s\b/u.test(right);
}

/** Words after an outlet's abbreviation that keep it the outlet ("AP Photo", "AFP News"). */
const CREDIT_OR_NEWS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'foto',
  'bild',
  'news',
  'nyhetsbyran',
  'images',
  'image',
  'video',
  'reported',
  'reports',
  'said',
  'agency',
  'reporter',
  'reporters',
  'report',
  'interview',
]);
