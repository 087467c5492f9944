// People the text names by one name after an honorific, a Vietnamese word of address or a word for
// kin, and never in full: "chú Hà", "ông Vinh", "Mr Sato", "dottern Lan". Each is an entity local to the text, like the people of
// local-people.ts (which reads full names, and the short references to them, first).
import { markedSpelling } from '../text/marks.js';
import { HONORIFICS, JAPANESE_NAME_SUFFIXES, JAPANESE_TITLES, KIN, ROLE_PAIRS, SAID } from './context.js';
import { type Doc, localMention } from './doc.js';
import { englishRank } from './english-words.js';
import { SWEDISH_HONORIFICS } from './homograph-rules.js';
import { addressWordBefore, LOCAL_PERSON } from './local-people.js';
import { formsSpelt } from './local-places.js';
import type { EntityMention } from './mention.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { isFamilyNameKey, isVietnameseSyllable, romajiMorae } from './syllables.js';

/** Vietnamese honorifics of {@link HONORIFICS}, read by addressWordBefore (with their marks) instead. */
const VIETNAMESE_HONORIFICS: ReadonlySet<string> = new Set(['ong', 'ba', 'ngai']);

/**
 * Honorifics of other languages before word `i`: "Mr Sato", "Mrs. Lind", "Dr Tanaka" (capitalised,
 * as written in English and Swedish). Not "Miss", which opens titles ("Miss Saigon", "Miss World").
 */
function foreignHonorificBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (i < 1) return false;
  const key = tokens.key(i - 1) as string;
  // Swedish writes "fru" and "herr" in lower case inside a sentence ("fru Hue").
  if (doc.language === 'sv' && SWEDISH_HONORIFICS.has(key) && !tokens.capital(i - 1))
    return tokens.oneSpace(i - 1);
  // Capitalised, not in capitals ("DR Nyheder" is the Danish broadcaster's news).
  if (!tokens.capital(i - 1) || tokens.allCaps(i - 1)) return false;
  if (!HONORIFICS.has(key) || VIETNAMESE_HONORIFICS.has(key) || key === 'miss') return false;
  const gap = doc.text.slice(tokens.end(i - 1), tokens.start(i));
  // ("Rev." only with its full stop: "Int Rev Cytol" is a journal's abbreviation.)
  return gap === '. ' || (gap === ' ' && key !== 'rev');
}

/** A word for kin in lower case stands right before word `i`, one space apart, in Swedish or English text. */
function kinBefore(doc: Doc, i: number, language: string | null): boolean {
  if (language !== 'sv' && language !== 'en') return false;
  const { tokens } = doc;
  // (The words for kin are in the vocabulary: read by key, with no copy.)
  if (!KIN[language].has(tokens.key(i - 1) as string) || tokens.capital(i - 1)) return false;
  return tokens.oneSpace(i - 1);
}

/**
 * The people named by one capitalised word after an honorific ("Mr Sato") or, in Vietnamese, one
 * syllable after a word of address ("chú Hà", "ông Vinh"), on words no other stage read, and not
 * followed by more of a name. Repeated names are one local entity (`local:person:ha`), named as
 * written.
 */
export function addressedPeople(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language === OTHER_LANGUAGE) return found;
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (i < 1 || covered[i]) continue;
    // The word before first, by its key and its marks: most capitalised words follow none of these.
    const before = tokens.key(i - 1) as string;
    const kin = kinBefore(doc, i, language);
    // A Japanese name with its title or honorific suffix ("shacho Ishizaki", "Yoshida-san").
    if (japaneseTitled(doc, covered, i)) {
      found.push([i, localMention(doc, i, i + 1, LOCAL_PERSON + tokens.word(i), 'person')]);
      covered[i] = 1;
      continue;
    }
    if (
      !kin &&
      !tokens.marked(i - 1, i) &&
      before !== 'anh' &&
      before !== 'em' &&
      !HONORIFICS.has(before) &&
      !tokens.noMarks
    )
      continue;
    if (!tokens.capitalisedWord(i)) continue;
    // One word: a capitalised word after it makes a longer name, which local-people.ts reads, and
    // so does a hyphen ("Mrs. Zhang-Demir").
    if (i + 1 < n && tokens.capital(i + 1) && (tokens.spaced(i) || tokens.hyphenated(i))) continue;
    // Nor a syllable of a name spelt out with hyphens ("ông Mi-da-ki", "I-si-ghê").
    if (i + 1 < n && tokens.hyphenated(i)) continue;
    const word = tokens.word(i) as string;
    // A Vietnamese given name, with marks or, in Vietnamese text, without ("chị Nhung", "ông
    // Vinh"), or a romanised Japanese one ("ông Tanaka", "anh Kenji").
    const vietnameseText = language === 'vi';
    const addressed =
      (isVietnameseSyllable(word)
        ? tokens.marked(i, i + 1) || vietnameseText
        : vietnameseText && romajiMorae(word) >= MIN_ROMAJI_MORAE && formsSpelt(doc, i, i + 1) === null) &&
      addressWordBefore(doc, i) &&
      !(tokens.noMarks && unmarkedCompound(doc, i - 1));
    if (!addressed && !kin) {
      if (language === 'vi' || !foreignHonorificBefore(doc, i)) continue;
      // A word of a name of the knowledge base's people ("Mr. Trump") is one of them, not told
      // which. (A Vietnamese given name is everyone's: "chị Hà", "Mr Vinh", "fru Hue" are the
      // text's own.)
      if (doc.index.personWords[tokens.id(i)] === 1 && !isVietnameseSyllable(word)) continue;
    }
    // A role written with a capital after the word of address is the person's title, not a name
    // ("Ông Thị trưởng cho biết", "Bà Bộ trưởng", "Ông Tổng thống").
    if (roleAt(doc, i, word)) continue;
    found.push([i, localMention(doc, i, i + 1, LOCAL_PERSON + word, 'person')]);
    covered[i] = 1;
  }
  if (language === 'en' || language === 'sv') found.push(...saidPeople(doc, covered));
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return found;
}

/** Roles of two syllables that fold like common words, by their marked spelling: mayor, prime minister, president, governor. */
const MARKED_ROLES: ReadonlySet<string> = new Set(['thị trưởng', 'thủ tướng', 'tổng thống', 'thống đốc']);

/**
 * Word `i` (key `word`) and the lower-case word after it are a role: a pair of {@link ROLE_PAIRS}
 * ("bo truong"), one of {@link MARKED_ROLES} ("Thị trưởng") or a title of the knowledge base that
 * the scan matched there.
 */
function roleAt(doc: Doc, i: number, word: string): boolean {
  const { text, tokens } = doc;
  if (i + 1 >= tokens.length || !tokens.spaced(i) || tokens.capital(i + 1)) return false;
  if (ROLE_PAIRS.has(`${word} ${tokens.word(i + 1)}`)) return true;
  // (By its marks: "thị trưởng" is a mayor, "thị trường" a market.)
  if (MARKED_ROLES.has(markedSpelling(text.slice(tokens.start(i), tokens.end(i + 1))))) return true;
  const m = doc.matches.startingAt(i);
  return m >= 0 && (doc.matches.passing[m]?.titleIds.length ?? 0) > 0;
}

/** Swedish personal pronouns, a closed class, that are also Vietnamese syllables ("Han sade", "Hon sa"). */
const SWEDISH_PRONOUNS: ReadonlySet<string> = new Set([
  'han',
  'hon',
  'hen',
  'man',
  'vi',
  'ni',
  'de',
  'dem',
  'den',
]);

/**
 * Words typed without marks that end a compound on a word of address, or are another word than the
 * word of address there, by folding key: "dia chi" (địa chỉ, an address), "tap chi" (tạp chí, a
 * magazine), "y chi" (ý chí); "co" (có, to have: "co Tong lanh su quan").
 */
const UNMARKED_NOT_ADDRESS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['chi', new Set(['dia', 'tap', 'y'])],
]);

/** Word `k`, typed without marks, is no word of address here: "co" (có), or the end of a compound ("dia chi"). */
function unmarkedCompound(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens.is(k, 'co')) return true;
  const before = UNMARKED_NOT_ADDRESS.get(tokens.key(k) as string);
  return before !== undefined && k > 0 && before.has(tokens.word(k - 1) as string);
}

/**
 * Word `i` is a Japanese name (a capitalised romanised word the knowledge base does not hold) after
 * a title in lower case ("shacho Ishizaki") or before a hyphen and an honorific suffix
 * ("Yoshida-san"), with no other capitalised word joined to it.
 */
function japaneseTitled(doc: Doc, covered: Uint8Array, i: number): boolean {
  const { tokens } = doc;
  const n = tokens.length;
  const titled =
    JAPANESE_TITLES.has(tokens.key(i - 1) as string) && !tokens.capital(i - 1) && tokens.spaced(i - 1);
  const suffixed =
    !titled &&
    i + 1 < n &&
    tokens.hyphenated(i) &&
    JAPANESE_NAME_SUFFIXES.has(tokens.key(i + 1) as string) &&
    !tokens.capital(i + 1) &&
    !(i + 2 < n && tokens.hyphenated(i + 1));
  if (!titled && !suffixed) return false;
  if (covered[i] || !tokens.capitalisedWord(i)) return false;
  if (titled && i + 1 < n && tokens.capital(i + 1) && (tokens.spaced(i) || tokens.hyphenated(i)))
    return false;
  const word = tokens.word(i) as string;
  return romajiMorae(word) >= MIN_ROMAJI_MORAE && formsSpelt(doc, i, i + 1) === null;
}

/** Fewest morae of a Japanese name read alone after a word of address ("Kenji", "Ogata"). */
const MIN_ROMAJI_MORAE = 2;

/** Shortest given name read alone ("Phuong", "Lan"; not "He", "It"). */
const MIN_GIVEN_NAME = 3;

/**
 * Word `i` (key `word`) is a Vietnamese given name: a syllable of three letters or more that is a
 * word of some person's name in the knowledge base, no family name and no common English word
 * ("Phuong", "Thanh"; not "He", "Mum", "Nguyen", "Long", Swedish "Han").
 */
function givenName(doc: Doc, i: number, word: string): boolean {
  return (
    word.length >= MIN_GIVEN_NAME &&
    doc.index.personWords[doc.tokens.id(i)] === 1 &&
    isVietnameseSyllable(word) &&
    !isFamilyNameKey(word) &&
    !SWEDISH_PRONOUNS.has(word) &&
    englishRank(word) < 0
  );
}

/** Word `i` stands alone: no capitalised word joined to it on either side. */
function alone(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (i > 0 && tokens.capital(i - 1) && (tokens.spaced(i - 1) || tokens.hyphenated(i - 1))) return false;
  return !(i + 1 < tokens.length && tokens.capital(i + 1) && (tokens.spaced(i) || tokens.hyphenated(i)));
}

/**
 * Vietnamese given names used alone as a person's name in English or Swedish text, as news does
 * for a source who keeps their family name back ("Phuong said", "said Phuong"): a capitalised
 * Vietnamese syllable that is no common English word, next to a verb of saying at least once;
 * then every free occurrence of it is that person (`local:person:phuong`).
 */
function saidPeople(doc: Doc, covered: Uint8Array): [number, EntityMention][] {
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  const said = new Set<string>();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (covered[i] || !tokens.capitalisedWord(i) || tokens.marked(i, i + 1) || !alone(doc, i)) continue;
    // (The verbs of saying are in the vocabulary: read by key, with no folding.)
    const cued =
      (i > 0 && tokens.spaced(i - 1) && SAID.has(tokens.key(i - 1) as string)) ||
      (i + 1 < n && tokens.spaced(i) && SAID.has(tokens.key(i + 1) as string));
    if (!cued) continue;
    const word = tokens.word(i) as string;
    if (!givenName(doc, i, word)) continue;
    said.add(word);
  }
  const found: [number, EntityMention][] = [];
  if (said.size === 0) return found;
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (covered[i] || !tokens.capitalisedWord(i) || !alone(doc, i)) continue;
    const word = tokens.word(i) as string;
    if (!said.has(word)) continue;
    found.push([i, localMention(doc, i, i + 1, LOCAL_PERSON + word, 'person')]);
    covered[i] = 1;
  }
  return found;
}
