// Places of Swedish text named with a hyphen and the word for their kind: "Hau-floden", "Cai
// Khe-kanalen", "Phong Chau-bron", "Le Loi-gatan", "Ninh Kieu-distriktet". Swedish joins a foreign
// name to the word so; the knowledge base lacks most of these rivers, bridges, streets and
// districts, and their names alone would be read as people. Units are also named before the word
// in the indefinite form ("Tân Thủy kommun").
import { SWEDISH_PLACE_SUFFIXES, SWEDISH_UNITS_AFTER } from './context.js';
import { type Doc, runStart, spaced } from './doc.js';
import { localPlace } from './local-places.js';
import type { EntityMention } from './mention.js';
import { isVietnameseSyllable, romajiMorae } from './syllables.js';

/** Whether a text may hold one of {@link SWEDISH_PLACE_SUFFIXES} after a hyphen. */
const SUFFIX_IN_TEXT =
  /-(?:floden|älven|kanalen|bron|sjön|berget|viken|templet|pagoden|hamnen|parken|gatan|vägen|tunneln|passet|marknaden|torget|slussen|dammen|distriktet|kommunen|byn|staden)\b/u;

/** Whether a text may hold one of {@link SWEDISH_PLACE_SUFFIXES} in lower case before a capitalised word. */
const HEAD_IN_TEXT =
  /(?:floden|älven|kanalen|bron|sjön|berget|viken|templet|pagoden|hamnen|parken|gatan|vägen|tunneln|passet|marknaden|torget|slussen|dammen|distriktet|kommunen|byn|staden) \p{Lu}/u;

/** Whether a text may hold one of {@link SWEDISH_UNITS_AFTER} after a word. */
const UNIT_AFTER_IN_TEXT = / (?:kommun|distrikt)\b/u;

/** Swedish words that open a sentence and are Vietnamese syllables too ("I", "Han"): no name's. */
const SWEDISH_WORDS: ReadonlySet<string> = new Set([
  'i',
  'han',
  'hon',
  'den',
  'men',
  'som',
  'en',
  'av',
  'mot',
  'ban',
]);

/**
 * Word `k` may be a word of such a name: free, capitalised, a Vietnamese syllable or a romanised
 * Japanese word ("Cai Khe", "Kamo"), so that a Swedish word opening the sentence is left out
 * ("Längs Hau-floden").
 */
function foreignWord(doc: Doc, covered: Uint8Array, k: number): boolean {
  const { tokens } = doc;
  if (covered[k] || !tokens.capitalisedWord(k)) return false;
  const word = tokens.word(k) as string;
  if (SWEDISH_WORDS.has(word)) return false;
  return tokens.marked(k, k + 1) || isVietnameseSyllable(word) || romajiMorae(word) >= 2;
}

/** Most words of such a place's name ("Thua Thien Hue"). */
const MAX_WORDS = 4;

/**
 * Names of one to four capitalised words joined by a hyphen to a word of
 * {@link SWEDISH_PLACE_SUFFIXES}, in Swedish text, that no other stage read: local places. A kind's
 * word is part of the place's name ("Hau-floden"), a unit's is not ("Ninh Kieu"); neither is part
 * of the mention. The same word in lower case before the name heads it ("hamnen Tien Sa",
 * "distriktet Cu Chi"): a name of two words or more, or one romanised Japanese word ("templet
 * Daionji").
 */
export function swedishPlaces(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'sv') return found;
  const hyphened = SUFFIX_IN_TEXT.test(doc.text);
  const headed = HEAD_IN_TEXT.test(doc.text);
  const unitAfter = UNIT_AFTER_IN_TEXT.test(doc.text);
  if (!hyphened && !headed && !unitAfter) return found;
  const { tokens } = doc;
  const n = tokens.length;
  const free = (k: number) => foreignWord(doc, covered, k);
  for (let k = 0; k < n; k++) {
    // A unit's name before its word in the indefinite form ("i Tân Thủy kommun"): two words or
    // more, or one with marks; the word is no part of the name.
    if (unitAfter && k > 0 && SWEDISH_UNITS_AFTER.has(tokens.key(k) as string) && !tokens.capital(k)) {
      const last = k - 1;
      if (!spaced(doc, last) || !free(last)) continue;
      const from = runStart(doc, last, MAX_WORDS, free);
      if (from === last && !tokens.marked(last, k)) continue;
      found.push([from, localPlace(doc, from, k, k)]);
      covered.fill(1, from, k);
      continue;
    }
    const suffix = SWEDISH_PLACE_SUFFIXES.get(tokens.key(k) as string);
    if (suffix === undefined || tokens.capital(k)) continue;
    if (hyphened && k > 0 && tokens.hyphenated(k - 1)) {
      const last = k - 1;
      if (!free(last)) continue;
      const from = runStart(doc, last, MAX_WORDS, free);
      found.push([from, localPlace(doc, from, last + 1, suffix === 'kind' ? k + 1 : last + 1)]);
      covered.fill(1, from, last + 1);
    } else if (headed && k + 1 < n && spaced(doc, k) && free(k + 1)) {
      let to = k + 2;
      while (to < n && to - k <= MAX_WORDS && spaced(doc, to - 1) && free(to)) to++;
      if (to - k - 1 > MAX_WORDS) continue;
      const word = tokens.word(k + 1) as string;
      if (to === k + 2 && (isVietnameseSyllable(word) || romajiMorae(word) < 2)) continue;
      found.push([k + 1, localPlace(doc, k + 1, to, to)]);
      covered.fill(1, k + 1, to);
    }
  }
  return found;
}
