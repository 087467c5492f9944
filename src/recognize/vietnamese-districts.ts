// Vietnamese districts named without their word for the unit ("Phu Ly, Duy Tien, Thanh Liem",
// "về Yên Phong"): the knowledge base holds the provinces, and local-places.ts reads a district
// after "huyện" or before "district"; a district's name alone is read only where the text names
// its province, before or after 1 July 2025 (data/vietnamese-districts.ts, from vn-admin).
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { CREDIT_WORDS, HONORIFICS } from './context.js';
import { AFTER, BEFORE, cityHeadBefore, districts } from './district-names.js';
import { type Doc, spaced } from './doc.js';
import { addressWordBefore, saysAt } from './local-people.js';
import { localPlace } from './local-places.js';
import type { EntityMention } from './mention.js';
import { agrees } from './scan.js';

/** Most words of a district's name ("Đông Hòa", "Bắc Trà My", "Ba Chẽ"). */
const MAX_WORDS = 4;
/** Longest word of a district's name in code units, marks written as combining characters included ("M'Đrắk"). */
const MAX_SYLLABLE = 10;

/**
 * The province codes the text names: before 1 July 2025 and after it. A name both systems share
 * ("Bắc Ninh") matches both units until it is resolved: either counts here.
 */
function namedProvinces(doc: Doc): { before: Set<string>; after: Set<string> } {
  const before = new Set<string>();
  const after = new Set<string>();
  const { passing, length } = doc.matches;
  for (let k = 0; k < length; k++) {
    for (const id of passing[k]?.ids ?? []) {
      if (id.startsWith(BEFORE)) before.add(id.slice(BEFORE.length));
      else if (id.startsWith(AFTER)) after.add(id.slice(AFTER.length));
    }
  }
  return { before, after };
}

/** Words `from`..`to` are a by-line alone on its line, or a credit ("Ảnh: Thanh Hà", "Thanh Hà/VNA", "Thanh Hà (TTXVN)"). */
function creditLike(doc: Doc, from: number, to: number): boolean {
  const { text, tokens } = doc;
  let p = tokens.start(from) - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
  const before = p < 0 ? '\n' : text[p];
  let q = tokens.end(to - 1);
  while (q < text.length && (text[q] === ' ' || text[q] === '\u00a0')) q++;
  const after = q >= text.length ? '\n' : text[q];
  if (after === '/' || after === '(') return true;
  if (before === ':' && from > 0 && CREDIT_WORDS.has(tokens.word(from - 1) as string)) return true;
  return (before === '\n' || before === '\r') && (after === '\n' || after === '\r');
}

/**
 * District-level units named alone, in a text that names their province: a whole run of two to
 * four capitalised words, no other stage's, that spells a district's name (with its marks, where
 * the text writes marks), not after a word of address or an honorific ("anh Thanh Hà") and not a
 * credit or a by-line. Each is a place local to the text (`local:place:thanh-liem`), as the
 * districts local-places.ts reads after their word for the unit.
 */
export function vietnameseDistricts(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== null && language !== 'en' && language !== 'vi' && language !== 'sv') return found;
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  // The provinces the text names, gathered once a run spells a district (most texts have none).
  let provinces: { before: Set<string>; after: Set<string> } | undefined;
  for (let c = 0; c < capitals.length; c++) {
    const from = capitals[c] as number;
    // Runs start at a capitalised word with none right before it, but "TP" ("TP Hải Dương").
    const afterCity = cityHeadBefore(doc.text, tokens, from);
    if (from > 0 && spaced(doc, from - 1) && tokens.capital(from - 1) && !afterCity) continue;
    let to = from + 1;
    while (to < n && to - from <= MAX_WORDS && spaced(doc, to - 1) && tokens.capital(to)) to++;
    // (A city's name before "City": "Hai Duong City".)
    if (to - from > 2 && tokens.is(to - 1, 'city')) to--;
    if (to - from < 2 || to - from > MAX_WORDS) continue;
    // Each word a free, capitalised syllable: no longer than a Vietnamese one ("Nghiêng", "Khuyến").
    let free = true;
    for (let k = from; k < to && free; k++)
      free = covered[k] === 0 && tokens.end(k) - tokens.start(k) <= MAX_SYLLABLE && tokens.capitalisedWord(k);
    if (!free) continue;
    const list = districts().get(foldKey(doc.text.slice(tokens.start(from), tokens.end(to - 1))));
    if (!list) continue;
    provinces ??= namedProvinces(doc);
    const { before, after } = provinces;
    const marked = tokens.marked(from, to);
    const written = marked
      ? markedSpelling(doc.text.slice(tokens.start(from), tokens.end(to - 1))).toLowerCase()
      : '';
    // (A city after "thành phố" or "TP", or before "City", needs no province named: "TP Hải Dương".)
    const named =
      list.some((d) => before.has(d.before) || after.has(d.after)) ||
      (list.some((d) => d.city) && (afterCity || (to < n && tokens.is(to, 'city'))));
    // Written with marks, the marks agree with the name's, a word that lost them aside ("Quỳnh Luu").
    if (
      !named ||
      (marked && !list.some((d) => agrees(written.split(' '), written, d.marked, tokens.partialMarks)))
    )
      continue;
    if (addressWordBefore(doc, from)) continue;
    // A district says nothing: a word of address and a given name opening the sentence before a verb
    // of saying are a person's ("Anh Sơn cho biết", beside the district Anh Sơn).
    if (addressWordBefore(doc, from + 1) && saysAt(doc, to)) continue;
    if (from > 0 && spaced(doc, from - 1) && HONORIFICS.has(tokens.word(from - 1) as string)) continue;
    if (creditLike(doc, from, to)) continue;
    found.push([from, localPlace(doc, from, to, to)]);
    covered.fill(1, from, to);
  }
  return found;
}
