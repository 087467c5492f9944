import { markedSpelling } from '../text/marks.js';
import { type Doc, listNeighbours, mention, spaced } from './doc.js';
import type { Passing } from './gazetteer.js';
import { ADDRESS_WORDS } from './generic.js';
import type { EntityMention } from './mention.js';

/** The knowledge base's United Kingdom. */
const UNITED_KINGDOM = 'country:GB';

/**
 * Words before "Anh" that make it a person or the language, not the country: the words of address
 * ("chị Anh", a woman called Anh), kin ("vợ Anh"), and "tiếng" ("tiếng Anh", English).
 */
const NOT_AFTER: ReadonlySet<string> = new Set([
  ...ADDRESS_WORDS,
  'tiếng',
  // (and written without marks: "tieng Anh")
  'tieng',
  'bạn',
  'thầy',
  'cháu',
  'cụ',
  'con',
  'vợ',
  'chồng',
  'bố',
  'mẹ',
  'cha',
]);

/**
 * Syllables that make a word with "anh" ("anh hùng", hero; "Anh ấy", he; "hoa anh đào", cherry
 * blossom; "Anh ngữ", English): "Anh" before them is no country.
 */
const NOT_BEFORE: ReadonlySet<string> = new Set([
  'hùng',
  'dũng',
  'em',
  'ấy',
  'ta',
  'chị',
  'trai',
  'rể',
  'họ',
  'cả',
  'đào',
  'minh',
  'tài',
  'linh',
  'thư',
  'kiệt',
  'hào',
  'túc',
  'ngữ',
  'văn',
]);

/** Words that join the names of a list ("Anh và Pháp", "Anh hoặc Mỹ"). */
const LIST_WORDS: ReadonlySet<string> = new Set(['và', 'hoặc', 'hay', 'cùng', 'với']);

/** The marked spelling of word `i` in lower case. */
const spelling = (doc: Doc, i: number): string =>
  markedSpelling(doc.text.slice(doc.tokens.start(i), doc.tokens.end(i)));

/** The text between word `i` and the next. */
const gapAfter = (doc: Doc, i: number): string => doc.text.slice(doc.tokens.end(i), doc.tokens.start(i + 1));

/** A match of countries alone starts at word `word` (`ends`: ends before it). */
function countryAt(doc: Doc, word: number, ends: boolean): boolean {
  const k = ends ? doc.matches.endingAt(word) : doc.matches.startingAt(word);
  if (k < 0) return false;
  const ids = (doc.matches.passing[k] as Passing).ids;
  return ids.length > 0 && ids.every((id) => id.startsWith('country:'));
}

/** "Anh" at word `i` is one name of a list of countries ("Mỹ, Anh", "Anh và Pháp"). */
function inListOfCountries(doc: Doc, i: number): boolean {
  const n = doc.tokens.length;
  if (i > 0 && /^, ?$/u.test(gapAfter(doc, i - 1)) && countryAt(doc, i, true)) return true;
  if (i + 1 >= n) return false;
  if (/^, ?$/u.test(gapAfter(doc, i))) return countryAt(doc, i + 1, false);
  return (
    i + 2 < n &&
    spaced(doc, i) &&
    spaced(doc, i + 1) &&
    LIST_WORDS.has(spelling(doc, i + 1)) &&
    countryAt(doc, i + 2, false)
  );
}

/** Word `j` is one capitalised word that nothing read, standing alone (no name of several words). */
function unknownWord(doc: Doc, covered: Uint8Array, j: number): boolean {
  const { tokens } = doc;
  if (j < 0 || j >= tokens.length || covered[j] || !tokens.capital(j)) return false;
  if (j > 0 && spaced(doc, j - 1) && tokens.capital(j - 1)) return false;
  return !(j + 1 < tokens.length && spaced(doc, j) && tokens.capital(j + 1));
}

/** "Anh" at word `i` is an item of a list beside a capitalised word nothing read ("Khải và Anh", "Anh, Hằng"). */
function besideUnknownName(doc: Doc, covered: Uint8Array, i: number): boolean {
  const [before, after] = listNeighbours(doc, i, (k) => LIST_WORDS.has(spelling(doc, k)));
  return unknownWord(doc, covered, before) || unknownWord(doc, covered, after);
}

/**
 * Vietnamese "Anh" alone for the United Kingdom ("ở Anh", "Mỹ, Anh và Nhật Bản"). The word is
 * also the commonest pronoun and form of address ("Anh ấy", "anh Đức") and a given name ("Tuấn
 * Anh"), so it is read only where those cannot be: written "Anh" inside a sentence after a word
 * in lower case that is no form of address, kin or "tiếng" (the language), and before no
 * capitalised word (a name) nor a syllable it makes a word with ("Anh hùng"); or in a list with
 * another country. Vietnamese text only: the form of address is lower case inside a sentence, and
 * the words of a list are known.
 *
 * @returns mentions by the word they start at, in text order
 */
export function britain(doc: Doc, covered: Uint8Array, language: string | null): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'vi' || !doc.kb.getEntity(UNITED_KINGDOM)) return found;
  const anh = doc.index.vocabulary.id('anh');
  if (anh === 0) return found;
  const { text, tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (covered[i] || tokens.id(i) !== anh) continue;
    const start = tokens.start(i);
    // Spelt "Anh" exactly: "ANH" in capitals is a heading's word, "Ảnh" a photo.
    if (tokens.end(i) - start !== 3 || text.charCodeAt(start) !== 65 || text.charCodeAt(start + 1) !== 110)
      continue;
    if (i + 1 < n && spaced(doc, i) && (tokens.capital(i + 1) || NOT_BEFORE.has(spelling(doc, i + 1))))
      continue;
    const inSentence =
      i > 0 && spaced(doc, i - 1) && !tokens.capital(i - 1) && !NOT_AFTER.has(spelling(doc, i - 1));
    if (!inSentence && !inListOfCountries(doc, i)) continue;
    // Beside a capitalised word the knowledge base does not know in a list, it is a person's name
    // among others' ("bắt giữ Hằng, Khải và Anh").
    if (inSentence && !inListOfCountries(doc, i) && besideUnknownName(doc, covered, i)) continue;
    found.push([i, mention(doc, i, i + 1, UNITED_KINGDOM)]);
    covered[i] = 1;
  }
  return found;
}
