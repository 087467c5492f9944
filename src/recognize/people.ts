import type { Normalizer } from '../kb/kb.js';
import type { Entity } from '../kb/types.js';
import { PERSON_BEFORE, ROLE_PAIRS, TITLE_ABBREVIATIONS } from './context.js';
import { typo } from './corrections.js';
import { type Doc, mention } from './doc.js';
import { englishRank } from './english-words.js';
import { type Form, Gazetteer, type Passing } from './gazetteer.js';
import { compoundAfter, inLexicon, streetAfter } from './homograph-rules.js';
import { japaneseName } from './japanese-names.js';
import { levenshtein } from './levenshtein.js';
import { addressWordBefore } from './local-people.js';
import { type EntityMention, FAMILY_NAME_REFERENCE, type MentionFlag, SHORT_REFERENCE } from './mention.js';
import { commonSyllable, joinable } from './scan.js';
import { isVietnameseSyllable, romajiMorae } from './syllables.js';
import { nameKeys } from './tokenize.js';

/** Shortest short form read through a misspelling: shorter names are too close to other words. */
const MIN_NEAR = 4;

const CORRECTED_REFERENCE: readonly MentionFlag[] = Object.freeze(['short-reference', 'corrected']);

/** Whether word `i` is inside a sentence: the text before it, on its line, ends in a letter, digit or comma. */
function midSentence(doc: Doc, i: number): boolean {
  if (i === 0) return false;
  const text = doc.text;
  let k = doc.tokens.start(i) - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0) return false;
  const c = text[k] as string;
  return c === ',' || c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');
}

/**
 * Whether word `k`, right beside a one-word short form (before it, or `after`), is a word of
 * another name, so that the short form is no reference on its own: "Minh" in the photo credit
 * "Ảnh: VGP/Hải Minh" is the photographer Hải Minh, not Phạm Bình Minh; "Park Minwoo" is no Park
 * Geun-hye. The word is capitalised but not all capitals, not
 * matched, one or two spaces away, and no common English word or Vietnamese syllable; and it
 * carries Vietnamese marks or stands inside a sentence (a capital that starts a sentence, "When
 * Chinh arrived", says nothing).
 */
function otherNameWord(doc: Doc, covered: Uint8Array, k: number, id: string, after = false): boolean {
  const tokens = doc.tokens;
  if (k < 0 || k >= tokens.length || covered[k] || !tokens.capital(k) || tokens.allCaps(k)) return false;
  if (!tokens.spaced(after ? k - 1 : k)) return false;
  const key = tokens.word(k) as string;
  // A word of the same person's name makes the pair that name, misspelt ("Dao Xuan Hung" for
  // Đoàn Xuân Hưng, "Murayama Tomoiichi"): the reference stands.
  if (englishRank(key) >= 0) return false;
  // (A Vietnamese name misspelt is written in full: one syllable off before the given name alone is
  // another name's, "Thang Long" beside Nguyễn Thanh Long.)
  const fuzzy =
    after ||
    doc.kb.getEntity(id)?.country !== 'country:VN' ||
    (k > 0 && tokens.capital(k - 1) && tokens.spaced(k - 1));
  for (const word of doc.index.personNameWords.get(id) ?? [])
    if (word === key || (fuzzy && key.length >= 4 && levenshtein(word, key, 2) <= 2)) return false;
  // (A common Vietnamese syllable is a word only in Vietnamese text: "Foto: Tuan Viet" is a name.)
  if ((doc.language === 'vi' || doc.language === null) && commonSyllable(doc.text, tokens, k)) return false;
  // A Japanese name word stands for itself even first in a sentence ("Masako Ishida, who heads …"
  // is no Ishiba Shigeru): English words seldom read as three morae of romaji and no Vietnamese
  // syllable; a shorter given name does beside a family name of the lists ("Yuko Ishida").
  return (
    tokens.marked(k, k + 1) ||
    midSentence(doc, k) ||
    // (In English or Swedish, a Vietnamese syllable is a name's: "Foto: Tuan Viet" is no Đỗ Hùng Việt.)
    ((doc.language === 'en' || doc.language === 'sv') && isVietnameseSyllable(key)) ||
    (romajiMorae(key) >= MIN_NAME_MORAE && !isVietnameseSyllable(key)) ||
    japaneseName(after ? [tokens.word(k - 1) as string, key] : [key, tokens.word(k + 1) as string])
  );
}

/** Words `k` and `k + 1` are capitalised and joined by a dash alone, no space ("Linh–Ha"). */
function dashJoined(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  if (k < 0 || k + 1 >= tokens.length || tokens.start(k + 1) !== tokens.end(k) + 1) return false;
  const dash = text.charCodeAt(tokens.end(k));
  return (dash === 45 || dash === 0x2013 || dash === 0x2014) && tokens.capital(k) && tokens.capital(k + 1);
}

/** Morae of a romanised Japanese word that makes it a name's even first in a sentence ("Masako"). */
const MIN_NAME_MORAE = 3;

/** Whether person `id` died before the text's date (an undated text: never). */
function diedBefore(doc: Doc, id: string): boolean {
  if (doc.day === null) return false;
  const died = doc.kb.getEntity(id)?.died;
  return died !== undefined && died < doc.day;
}

/**
 * Where the word of word `i`, a capitalised one, stands capitalised in the text, in order (a name's
 * words are capitalised: only those are visited); `positions` caches the list by word id.
 */
function positionsOf(doc: Doc, i: number, positions: Map<number, number[]>): number[] {
  const word = doc.tokens.id(i);
  let at = positions.get(word);
  if (at === undefined) {
    at = [];
    const capitals = doc.tokens.capitals();
    for (let c = 0; c < capitals.length; c++) {
      const k = capitals[c] as number;
      if (doc.tokens.id(k) === word) at.push(k);
    }
    positions.set(word, at);
  }
  return at;
}

/** Words that say the person named next is dead: "the late", "cố", "framlidne", "avlidne". */
const LATE: ReadonlySet<string> = new Set(['late', 'cố', 'framlidne', 'avlidne']);

/** Whether a word for the dead stands before word `i`, or before the title right before it. */
function lateBefore(doc: Doc, i: number): boolean {
  const title = doc.titles.endingAt(i);
  const k = (title >= 0 ? doc.titles.from(title) : i) - 1;
  if (k < 0) return false;
  return LATE.has(doc.text.slice(doc.tokens.start(k), doc.tokens.end(k)).toLowerCase());
}

/**
 * Whether the word at `i` stands elsewhere in the text before a capitalised word of another name
 * than person `id`'s ("Obuchi Yuko" where `id` is Obuchi Keizo): another person bears it.
 */
function otherBearer(
  doc: Doc,
  covered: Uint8Array,
  i: number,
  id: string,
  positions: Map<number, number[]>,
): boolean {
  for (const k of positionsOf(doc, i, positions))
    if (k !== i && otherNameWord(doc, covered, k + 1, id, true)) return true;
  return false;
}

/**
 * Whether the nearest full name before word `i` that ends with the same word is not person `id`'s
 * (a name of capitalised words, the word the last of them, none of it covered; other names the scan
 * read, a place's, are passed over): another person of the text goes by that given name, and was
 * named last.
 */
function otherNameNearest(
  doc: Doc,
  covered: Uint8Array,
  i: number,
  id: string,
  positions: Map<number, number[]>,
): boolean {
  const { tokens } = doc;
  const at = positionsOf(doc, i, positions);
  // The occurrences before `i`, nearest first: the first that ends a full name decides.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo - 1; j >= 0; j--) {
    const k = at[j] as number;
    if (covered[k]) {
      // The known person's full name: theirs. Another name the scan read ("Vĩnh Long"): no person's.
      const m = doc.matches.endingAt(k + 1);
      if (m >= 0 && (doc.matches.passing[m] as Passing).ids.includes(id)) return false;
      continue;
    }
    if (k > 0 && tokens.capital(k - 1) && tokens.spaced(k - 1) && !covered[k - 1] && midSentence(doc, k - 1))
      return true;
  }
  return false;
}

/**
 * Word `i` is an abbreviated title with its full stop, a capitalised word of a name right after it
 * on the line, one space apart ("Gen. Phan Văn Giang", "Gen. Giang"): not a name of its own (not
 * Nakatani Gen). A frequent English word after it opens the next sentence: "… met Nakatani Gen.
 * Then …".
 */
function abbreviationBeforeName(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  if (i + 1 >= tokens.length || text.charCodeAt(tokens.end(i)) !== 46) return false;
  if (!TITLE_ABBREVIATIONS.has(tokens.word(i) as string)) return false;
  if (tokens.start(i + 1) !== tokens.end(i) + 2 || text.charCodeAt(tokens.end(i) + 1) !== 32) return false;
  return tokens.capitalisedWord(i + 1) && englishRank(tokens.word(i + 1) as string) < 0;
}

/** Word `i - 1` is the family name of person `id`, capitalised, free and joined to word `i`. */
function familyBefore(doc: Doc, covered: Uint8Array, i: number, id: string): boolean {
  if (i === 0 || covered[i - 1] || !doc.tokens.capital(i - 1) || !joinable(doc.text, doc.tokens, i - 1))
    return false;
  const person = doc.kb.getEntity(id);
  return person !== null && keysOf(person).family === doc.tokens.word(i - 1);
}

/**
 * The person of the text whose short form a capitalised word outside the knowledge base's words
 * misspells, inside a sentence: a foreign family name with one letter changed ("Suda" for Suga),
 * or, outside Vietnamese text, a Vietnamese given name with "Tr" written "Ch" or back ("Chong"
 * for Trọng). Null unless exactly one person fits.
 */
function nearShortForm(doc: Doc, i: number, near: readonly Near[]): string | null {
  if (!midSentence(doc, i)) return null;
  const word = doc.tokens.word(i) as string;
  let found: string | null = null;
  for (const n of near) {
    if (n.key.length !== word.length) continue;
    let fits: boolean;
    if (n.exact) fits = n.key === word;
    else {
      let diff = 0;
      for (let k = 0; k < word.length && diff < 2; k++)
        if (word.charCodeAt(k) !== n.key.charCodeAt(k)) diff++;
      fits = diff === 1 && word.charCodeAt(0) === n.key.charCodeAt(0);
    }
    if (!fits) continue;
    if (found !== null && found !== n.id) return null;
    found = n.id;
  }
  return found;
}

/**
 * A short form a misspelt word may stand for: `key` is the form a word is compared with (for a
 * Vietnamese given name, with Tr and Ch swapped, matched exactly; else one letter may differ).
 */
interface Near {
  key: string;
  id: string;
  exact: boolean;
}

/** Where the entries for a word of a length and a first letter are kept. */
const nearSlot = (length: number, first: number): number => length * 128 + first;

/** A person's family-name key and misspelling entry, computed once per person. */
const keysByPerson = new WeakMap<Entity, { family: string | null; near: Near | null }>();

function keysOf(p: Entity): { family: string | null; near: Near | null } {
  let found = keysByPerson.get(p);
  if (!found) {
    const vietnamese = p.country === 'country:VN';
    const short = vietnamese ? p.given : p.family;
    let near: Near | null = null;
    if (short && !/\s/u.test(short)) {
      const key = nameKeys(short)[0] as string;
      if (key.length >= MIN_NEAR && !vietnamese) near = { key, id: p.id, exact: false };
      else if (key.length >= MIN_NEAR && (key.startsWith('tr') || key.startsWith('ch')))
        near = { key: (key.startsWith('tr') ? 'ch' : 'tr') + key.slice(2), id: p.id, exact: true };
    }
    found = { family: p.family ? nameKeys(p.family).join(' ') : null, near };
    keysByPerson.set(p, found);
  }
  return found;
}

/** How many of the most frequent English words {@link functionWord} takes. */
const FUNCTION_WORDS = 100;

/** Whether a folding key is one of the most frequent English words ("the", "and", "with"). */
function functionWord(key: string): boolean {
  const rank = englishRank(key);
  return rank >= 0 && rank < FUNCTION_WORDS;
}

/** The one entity that some forms name, or null when they name none or several. */
function onlyId(forms: readonly Form[]): string | null {
  let only: string | null = null;
  for (const f of forms)
    for (const id of f.ids) {
      if (only === null) only = id;
      else if (id !== only) return null;
    }
  return only;
}

/**
 * Of several people a short form names (a father and his son, both "Koizumi"), the one who holds
 * an office on the text's date, when exactly one does ("Koizumi" in a text on the defence
 * minister Koizumi Shinjiro, which names his father too). Null for undated text.
 */
function inOfficeOf(doc: Doc, forms: readonly Form[]): string | null {
  const day = doc.day;
  if (day === null) return null;
  let found: string | null = null;
  for (const f of forms)
    for (const id of f.ids) {
      // (Given and family names alone are marked "#given"/"#family": never chosen this way.)
      if (id === found || id.includes('#')) continue;
      const p = doc.kb.getEntity(id);
      const inOffice = (p?.offices ?? []).some(
        (t) => (t.from === null || t.from <= day) && (t.to === null || day <= t.to),
      );
      if (!inOffice) continue;
      if (found !== null) return null;
      found = id;
    }
  return found;
}

/** The short forms of a set of people, and the misspelling entries of their short names. */
interface ShortForms {
  shortForms: Gazetteer;
  near: Map<number, Near[]>;
}

/**
 * Short forms by knowledge base and set of people (their ids, sorted): texts of a batch name the
 * same few people, and building the forms is a good part of reading a short text. Bounded.
 */
const shortFormsCache = new WeakMap<Normalizer, Map<string, ShortForms>>();
const MAX_SHORT_FORM_SETS = 256;

function shortFormsOf(kb: Normalizer, full: ReadonlySet<string>): ShortForms {
  let byKey = shortFormsCache.get(kb);
  if (!byKey) {
    byKey = new Map();
    shortFormsCache.set(kb, byKey);
  }
  const key = [...full].sort().join(' ');
  let cached = byKey.get(key);
  if (cached) return cached;
  const shortForms = new Gazetteer();
  const familyCount = new Map<string, number>();
  const persons = [...full].map((id) => kb.getEntity(id)).filter((e): e is Entity => e !== null);
  for (const p of persons) {
    const { family } = keysOf(p);
    if (family !== null) familyCount.set(family, (familyCount.get(family) ?? 0) + 1);
  }
  // Short forms a misspelt word may stand for: a foreign family name one letter off ("Suda" for
  // Suga), a Vietnamese given name as transliterated from Russian or Chinese ("Chong" for Trọng).
  // By length and first letter: most words have none, and are passed over before any copy.
  const near = new Map<number, Near[]>();
  for (const p of persons) {
    const vietnamese = p.country === 'country:VN';
    const { family, near: entry } = keysOf(p);
    if (entry) {
      const slot = nearSlot(entry.key.length, entry.key.charCodeAt(0));
      const list = near.get(slot);
      if (list) list.push(entry);
      else near.set(slot, [entry]);
    }
    // Vietnamese go by the given name (the last syllable); Japanese by the family name.
    if (vietnamese && p.given) shortForms.add(p.given, p.id);
    if (!vietnamese && p.family) shortForms.add(p.family, p.id);
    // The given name alone ("Thủ tướng Fumio") only right after a title or honorific; of a
    // person known by the given name only (a royal: "Kronprinsessan Victoria"), anywhere.
    if (!vietnamese && p.given) shortForms.add(p.given, p.family ? `${p.id}#given` : p.id);
    if (vietnamese && p.family && family !== null && familyCount.get(family) === 1) {
      shortForms.add(p.family, `${p.id}#family`);
    }
  }
  cached = { shortForms, near };
  if (byKey.size >= MAX_SHORT_FORM_SETS) byKey.clear();
  byKey.set(key, cached);
  return cached;
}

/** Short references and misspellings of people named in full in the same text. */
export function people(doc: Doc, covered: Uint8Array, full: Set<string>): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const { shortForms, near } = shortFormsOf(doc.kb, full);
  const keyAt = (i: number) => (covered[i] ? undefined : doc.tokens.key(i));
  const join = (i: number) => joinable(doc.text, doc.tokens, i);
  // Where each word asked about stands in the text, by word id (see positionsOf).
  const positions = new Map<number, number[]>();
  // Whether another person bears a dead person's family name, by word and person (see otherBearer).
  const bearers = new Map<string, boolean>();
  // The gazetteer's walk fills this, shortest match first (reused: no array per word).
  const walked: [number, Form[]][] = [];
  // Names start on capitalised words: only those are visited (a name found covers its words).
  const capitals = doc.tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (covered[i]) continue;
    const wordId = doc.tokens.id(i);
    const nameWord =
      doc.index.personWords[wordId] === 1 ||
      (i + 1 < doc.tokens.length && doc.index.personWords[doc.tokens.id(i + 1)] === 1);
    if (nameWord && typo(doc, covered, found, i)) continue;
    // Short forms are words of full names: a word outside the vocabulary is none of them, but
    // may be a misspelt one.
    if (wordId === 0 || !shortForms.starts(doc.tokens.key(i) as string)) {
      const start = doc.tokens.start(i);
      const first = doc.text.charCodeAt(start) | 0x20;
      const list =
        near.size > 0 && first < 128 ? near.get(nearSlot(doc.tokens.end(i) - start, first)) : undefined;
      const id = list ? nearShortForm(doc, i, list) : null;
      // A word of another name beside it makes it that name's ("Masako Ishida" is no Ishiba).
      if (id && !otherNameWord(doc, covered, i - 1, id) && !otherNameWord(doc, covered, i + 1, id, true)) {
        found.push([i, mention(doc, i, i + 1, id, CORRECTED_REFERENCE)]);
        covered[i] = 1;
      }
      continue;
    }
    const count = shortForms.walk(keyAt, i, join, walked);
    if (count === 0) continue;
    const [to, forms] = walked[count - 1] as [number, Form[]];
    const only = onlyId(forms) ?? inOfficeOf(doc, forms);
    let allCapital = true;
    for (let k = i; k < to; k++) allCapital &&= doc.tokens.capital(k);
    if (only === null || !allCapital) continue;
    // "person:…#given" or "#family": the part of the name the short form is.
    const hash = only.indexOf('#');
    const id = hash < 0 ? only : only.slice(0, hash);
    const part = hash < 0 ? undefined : only.slice(hash + 1);
    // A Vietnamese family name alone is a slip ("PM Pham"), a Japanese given name alone unusual
    // ("Thủ tướng Fumio"): only read as the person right after a title or honorific.
    const before = i > 0 ? doc.tokens.key(i - 1) : undefined;
    // An honorific or a Vietnamese word of address ("anh Hùng", "chị Hạnh", as the addressed-people
    // stage reads it).
    const honorific = (before !== undefined && PERSON_BEFORE.has(before)) || addressWordBefore(doc, i);
    const cued =
      doc.titles.has(i) ||
      honorific ||
      // A Vietnamese role of two words ("Thứ trưởng Vũ", "Đại tướng Giang").
      (i >= 2 && ROLE_PAIRS.has(`${doc.tokens.key(i - 2)} ${before}`));
    if (part && !cued) continue;
    // A family name that a capitalised word follows opens a full name the scan did not read as
    // this person's ("Ông Nguyễn Văn Long" beside Nguyễn Văn Được): someone else's.
    if (part === 'family' && to < doc.tokens.length && doc.tokens.spaced(to - 1) && doc.tokens.capital(to))
      continue;
    // Vietnamese text names a Vietnamese person by one syllable only after a title or a word of
    // address ("Thủ tướng Chính", "ông Chính"): alone the syllable is a word's ("Trụ sở Chính phủ",
    // "Chinh phu" where the marks were lost).
    if (!cued && to === i + 1 && doc.language === 'vi' && doc.kb.getEntity(id)?.country === 'country:VN')
      continue;
    // "Duan" in "Le Duan Street" is the street's name.
    if (streetAfter(doc.text, doc.tokens, to)) continue;
    // A Vietnamese name's syllable right before a name the scan read opens a longer name: "Vu Dong
    // Bac A" (Vụ Đông Bắc Á, a department, where the marks were lost) is no Nguyễn Minh Vũ. (Not
    // after an honorific: "herr Duoc Japans regering".)
    if (
      to === i + 1 &&
      !honorific &&
      to < doc.tokens.length &&
      covered[to] &&
      doc.tokens.capital(to) &&
      doc.tokens.oneSpace(i) &&
      doc.kb.getEntity(id)?.country === 'country:VN'
    )
      continue;
    // A word of a common word is no name: "Chủ tịch Tập đoàn" (a corporation's chairman) is not
    // "President Xi".
    if (
      to === i + 1 &&
      doc.tokens.spaced(i) &&
      !doc.tokens.capital(to) &&
      inLexicon(doc.text, doc.tokens, i, to, doc.language === 'vi' ? 'vi' : null)
    )
      continue;
    // A word joined by a dash to a capitalised word is part of a compound's name, a route's or a
    // pair's ("Cat Linh–Ha Dong", "Lao Cai–Hanoi"), not a person alone.
    if (to === i + 1 && (dashJoined(doc, i - 1) || dashJoined(doc, i))) continue;
    // Nor the last word of a name a Swedish compound of a street or an institution is named after
    // ("Bac Son-gatan"): in Swedish text only.
    if (doc.language === 'sv' && compoundAfter(doc.text, doc.tokens.end(to - 1))) continue;
    // A word with a full stop before a name is an abbreviated title: "Gen. Giang" (General), not
    // Nakatani Gen.
    if (to === i + 1 && abbreviationBeforeName(doc, i)) continue;
    // The person's own family name right before it writes the full name, which the scan refused
    // ("Ho | Chi Minh" in "Ho Chi Minh City Urban Railway"): no reference either.
    if (familyBefore(doc, covered, i, id)) continue;
    // "Hải Minh" in a photo credit is another person than Phạm Bình Minh, "Park Minwoo" than Park Geun-hye;
    // after a word of address too: "bà Obuchi Yuko" is not Obuchi Keizo.
    if (
      to === i + 1 &&
      ((!cued && otherNameWord(doc, covered, i - 1, id)) || otherNameWord(doc, covered, to, id, true))
    )
      continue;
    // A Vietnamese given name whose nearest full name before it is another person's ("Theo ông
    // Phan Văn Long, … Ông Long cho biết" after Phó Thủ tướng Lê Thành Long): that person's.
    if (
      to === i + 1 &&
      doc.kb.getEntity(id)?.country === 'country:VN' &&
      otherNameNearest(doc, covered, i, id, positions)
    )
      continue;
    // A person who died before the text's date, whose family name another person of the text bears
    // in full ("bà Obuchi" beside Obuchi Yuko, in a text that also names her late father Obuchi
    // Keizo): the reference is to the living one, unless the text says "late" ("cố Thủ tướng Obuchi").
    if (to === i + 1 && diedBefore(doc, id) && !lateBefore(doc, i)) {
      const key = `${doc.tokens.id(i)} ${id}`;
      let other = bearers.get(key);
      if (other === undefined) {
        other = otherBearer(doc, covered, i, id, positions);
        bearers.set(key, other);
      }
      if (other) continue;
    }
    // A Vietnamese given name spelt like one of the commonest English words ("Thể" without marks
    // is "The") is that word unless a title or an honorific stands before it.
    if (
      !cued &&
      to === i + 1 &&
      functionWord(doc.tokens.key(i) as string) &&
      doc.kb.getEntity(id)?.country === 'country:VN'
    )
      continue;
    found.push([i, mention(doc, i, to, id, part === 'family' ? FAMILY_NAME_REFERENCE : SHORT_REFERENCE)]);
    covered.fill(1, i, to);
  }
  return found;
}
