// Industrial zones named after their head by a brand, an investor or two names joined by a dash:
// "KCN Nomura - Hải Phòng", "Khu công nghiệp DEEP C", "KCN Sakura Đức Hòa". local-places.ts reads
// a zone whose name is Vietnamese syllables alone ("KCN Đình Vũ"); these names mix foreign words,
// words in capitals and places the knowledge base holds, which would otherwise be read as the
// province ("Hải Phòng") or as nothing. local-orgs.ts turns each span into a local place, with the
// places inside it as parts.
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { type Doc, spaced } from './doc.js';

/** Heads of a zone's name, as marked spellings; `caps`: an abbreviation written in capitals. */
const ZONE_HEADS: readonly { words: readonly string[]; caps: boolean }[] = [
  { words: ['khu', 'công', 'nghiệp'], caps: false },
  { words: ['khu', 'chế', 'xuất'], caps: false },
  { words: ['cụm', 'công', 'nghiệp'], caps: false },
  { words: ['kcn'], caps: true },
  { words: ['kcx'], caps: true },
  { words: ['ccn'], caps: true },
];

/** Whether a text may name such a zone: one search of it skips the visit of every word. */
const ZONE_IN_TEXT = /KCN|KCX|CCN|(?:khu|cụm|khu|cum) (?:công|cong|chế|che) (?:nghiệp|nghiep|xuất|xuat)/iu;

/** Most words of a zone's name after its head. */
const MAX_WORDS = 6;

/** The text between words `k` and `k + 1` joins two parts of a name: a space, or a dash or hyphen. */
function joins(doc: Doc, k: number): boolean {
  if (spaced(doc, k)) return true;
  const gap = doc.text.slice(doc.tokens.end(k), doc.tokens.start(k + 1));
  return /^ ?[-\u2013] ?$/u.test(gap);
}

/** The word after a zone's head that ends at word `end - 1`, or -1 when no head ends there. */
function afterHead(doc: Doc, end: number): number {
  const { text, tokens } = doc;
  for (const head of ZONE_HEADS) {
    const from = end - head.words.length;
    if (from < 0) continue;
    let ok = true;
    for (let j = 0; j < head.words.length && ok; j++) {
      const k = from + j;
      const word = text.slice(tokens.start(k), tokens.end(k));
      const spelling = markedSpelling(word);
      const want = head.words[j] as string;
      ok =
        (j === 0 || spaced(doc, k - 1)) &&
        (head.caps
          ? word === want.toUpperCase()
          : spelling === want || (!hasVietnameseMarks(word) && spelling === foldAscii(want)));
    }
    if (ok) return end;
  }
  return -1;
}

/** A head word without its marks ("công" → "cong"). */
function foldAscii(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

/**
 * Spans `[from, to)` of zones' names right after a zone's head: words that are capitalised or in
 * capitals and no other stage read, or places of the knowledge base (`placeEnd(k)`: where the
 * place matched at word `k` ends, or -1), joined by spaces or dashes, up to {@link MAX_WORDS}, at
 * least one of them free. A number after the name ends it outside ("Việt Nam – Singapore 1").
 */
export function zoneSpans(
  doc: Doc,
  covered: Uint8Array,
  placeEnd: (k: number) => number,
): [number, number][] {
  const spans: [number, number][] = [];
  if (!ZONE_IN_TEXT.test(doc.text)) return spans;
  const { tokens } = doc;
  const n = tokens.length;
  for (let k = 1; k < n; k++) {
    if (!tokens.capital(k) || !spaced(doc, k - 1) || afterHead(doc, k) < 0) continue;
    let to = k;
    let free = false;
    while (to < n && to - k < MAX_WORDS && (to === k || joins(doc, to - 1))) {
      if (!tokens.capital(to)) break;
      if (!covered[to]) {
        free = true;
        to++;
        continue;
      }
      const end = placeEnd(to);
      if (end < 0) break;
      to = end;
    }
    if (!free || to === k) continue;
    spans.push([k, to]);
    k = to - 1;
  }
  return spans;
}
