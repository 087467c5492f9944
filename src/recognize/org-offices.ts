// An organisation's office in a place, named by the two: "Văn phòng JETRO Hà Nội", "Văn phòng
// UNESCO tại Hà Nội", "Văn phòng đại diện của tỉnh Saga tại Hà Nội", "the JETRO Hanoi office".
// The knowledge base holds the organisation and the place; the office is neither. local-orgs.ts
// turns each span into a local organisation with both as its parts.

import { markedSpelling } from '../text/marks.js';
import { type Doc, spaced } from './doc.js';

/** One office found: its words `from`..`to`, and where its owner and its place start and end. */
export interface OfficeSpan {
  readonly from: number;
  readonly to: number;
  readonly owner: readonly [number, number];
  readonly place: readonly [number, number];
}

/** Word `k` is written `word` (a marked spelling, lower case), or without marks where it has its key. */
function written(doc: Doc, k: number, key: string, word: string): boolean {
  if (k >= doc.tokens.length || !doc.tokens.is(k, key)) return false;
  const spelling = markedSpelling(doc.text.slice(doc.tokens.start(k), doc.tokens.end(k)));
  return spelling === word || spelling === key;
}

/** English words for the office after the place, as keys, longest first: "representative office", "office". */
const ENGLISH_OFFICE: readonly (readonly string[])[] = [['representative', 'office'], ['office']];

/**
 * The offices of the text (see the top of this file), given where the knowledge base's
 * organisation or Japanese prefecture starting at a word ends (`ownerEnd`, -1 for none) and where
 * its place (a city, province or country) does (`placeEnd`):
 * - Vietnamese: "Văn phòng", maybe "đại diện", maybe "của", the owner, maybe "tại", the place;
 * - English: the owner, the place, "office" or "representative office".
 */
export function officeSpans(
  doc: Doc,
  ownerEnd: (k: number) => number,
  placeEnd: (k: number) => number,
  language: string | null,
): OfficeSpan[] {
  const out: OfficeSpan[] = [];
  const english = language === 'en';
  // Most texts name no office: English ones without the word are skipped whole.
  if (english && !doc.text.includes('ffice')) return out;
  const { tokens } = doc;
  // (Words are told by their vocabulary id first: most are neither "văn" nor an owner's first.)
  const van = doc.index.vocabulary.id('van');
  for (let h = 0; h + 2 < tokens.length; h++) {
    if (english ? !tokens.capital(h) : van === 0 || tokens.id(h) !== van) continue;
    const office = english
      ? englishOffice(doc, h, ownerEnd, placeEnd)
      : vietnameseOffice(doc, h, ownerEnd, placeEnd);
    if (!office) continue;
    out.push(office);
    h = office.to - 1;
  }
  return out;
}

/** "Văn phòng (đại diện) (của) OWNER (tại) PLACE" from word `h`, or null. */
function vietnameseOffice(
  doc: Doc,
  h: number,
  ownerEnd: (k: number) => number,
  placeEnd: (k: number) => number,
): OfficeSpan | null {
  const n = doc.tokens.length;
  if (!written(doc, h, 'van', 'văn') || !written(doc, h + 1, 'phong', 'phòng') || !spaced(doc, h))
    return null;
  let k = h + 2;
  if (
    written(doc, k, 'dai', 'đại') &&
    written(doc, k + 1, 'dien', 'diện') &&
    spaced(doc, k - 1) &&
    spaced(doc, k)
  )
    k += 2;
  if (written(doc, k, 'cua', 'của') && spaced(doc, k - 1)) k++;
  if (k >= n || !spaced(doc, k - 1)) return null;
  const ownerTo = ownerEnd(k);
  if (ownerTo < 0 || ownerTo >= n || !spaced(doc, ownerTo - 1)) return null;
  let at = ownerTo;
  if (written(doc, at, 'tai', 'tại') && spaced(doc, at)) at++;
  const placeTo = placeEnd(at);
  return placeTo < 0 ? null : { from: h, to: placeTo, owner: [k, ownerTo], place: [at, placeTo] };
}

/** "OWNER PLACE office" from word `h`, or null. */
function englishOffice(
  doc: Doc,
  h: number,
  ownerEnd: (k: number) => number,
  placeEnd: (k: number) => number,
): OfficeSpan | null {
  const { tokens } = doc;
  const n = tokens.length;
  const ownerTo = ownerEnd(h);
  if (ownerTo < 0 || ownerTo >= n || !spaced(doc, ownerTo - 1)) return null;
  const placeTo = placeEnd(ownerTo);
  if (placeTo < 0 || placeTo >= n || !spaced(doc, placeTo - 1)) return null;
  const words = ENGLISH_OFFICE.find((w) => w.every((key, j) => tokens.is(placeTo + j, key)));
  return words
    ? { from: h, to: placeTo + words.length, owner: [h, ownerTo], place: [ownerTo, placeTo] }
    : null;
}
