// People the text names by one name after an honorific or a Vietnamese word of address, and never
// in full: "chú Hà", "ông Vinh", "Mr Sato". Each is an entity local to the text, like the people of
// local-people.ts (which reads full names, and the short references to them, first).
import { HONORIFICS } from './context.js';
import { type Doc, localMention } from './doc.js';
import { addressWordBefore, LOCAL_PERSON } from './local-people.js';
import type { EntityMention } from './mention.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { isVietnameseSyllable } from './syllables.js';

/** Vietnamese honorifics of {@link HONORIFICS}, read by addressWordBefore (with their marks) instead. */
const VIETNAMESE_HONORIFICS: ReadonlySet<string> = new Set(['ong', 'ba', 'ngai']);

/**
 * Honorifics of other languages before word `i`: "Mr Sato", "Mrs. Lind", "Dr Tanaka" (capitalised,
 * as written in English and Swedish). Not "Miss", which opens titles ("Miss Saigon", "Miss World").
 */
function foreignHonorificBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  // Capitalised, not in capitals ("DR Nyheder" is the Danish broadcaster's news).
  if (i < 1 || !tokens.capital(i - 1) || tokens.allCaps(i - 1)) return false;
  const key = tokens.key(i - 1) as string;
  if (!HONORIFICS.has(key) || VIETNAMESE_HONORIFICS.has(key) || key === 'miss') return false;
  const gap = doc.text.slice(tokens.end(i - 1), tokens.start(i));
  return gap === ' ' || gap === '. ';
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
    if (!tokens.marked(i - 1, i) && before !== 'anh' && before !== 'em' && !HONORIFICS.has(before)) continue;
    if (!tokens.capitalisedWord(i)) continue;
    // One word: a capitalised word after it makes a longer name, which local-people.ts reads, and
    // so does a hyphen ("Mrs. Zhang-Demir").
    if (i + 1 < n && tokens.capital(i + 1) && (tokens.spaced(i) || tokens.hyphenated(i))) continue;
    const word = tokens.word(i) as string;
    const addressed = tokens.marked(i, i + 1) && isVietnameseSyllable(word) && addressWordBefore(doc, i);
    if (!addressed) {
      if (language === 'vi' || !foreignHonorificBefore(doc, i)) continue;
      // A word of a name of the knowledge base's people ("Mr. Trump") is one of them, not told
      // which. (A Vietnamese given name is everyone's: "chị Hà" is the text's own Hà.)
      if (doc.index.personWords[tokens.id(i)] === 1) continue;
    }
    found.push([i, localMention(doc, i, i + 1, LOCAL_PERSON + word, 'person')]);
    covered[i] = 1;
  }
  return found;
}
