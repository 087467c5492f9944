// Expressways named by the places they join: "cao tốc Hà Nội - Hải Phòng", "đường cao tốc Bến Lức
// – Long Thành", "motorvägen Can Tho - Ca Mau". Without its word
// the name is a list of places; with it, one road, which local-orgs.ts turns into a local place with
// the places the knowledge base knows among its ends as parts.
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { type Doc, spaced } from './doc.js';

/** Most ends of one expressway's name ("TP.HCM - Long Thành - Dầu Giây"). */
const MAX_ENDS = 4;
/** Most capitalised words of one end the knowledge base does not know ("Bến Lức", "Cầu Giẽ"). */
const MAX_END_WORDS = 3;
/** The dash between two ends: a hyphen, an en dash or an em dash, with or without spaces. */
const END_DASH = /^[ \u00a0]?[-\u2013\u2014][ \u00a0]?$/u;

/** "cao tốc" in any case, with or without its mark (composed, as the text is read). */
const CAO_TOC = /[cC][aA][oO] [tT][ốỐoO][cC]/u;

/** The words of the heads, for the vocabulary (context.ts). */
export const EXPRESSWAY_WORDS: readonly string[] = ['cao', 'toc', 'duong', 'bo', 'motorvagen'];

/**
 * Where the ends named from word `at` stop: two or more ends joined by dashes, each a place the
 * knowledge base matched (`placeEnd`) or one to three capitalised words no stage read; -1 otherwise.
 */
function endsFrom(doc: Doc, covered: Uint8Array, at: number, placeEnd: (k: number) => number): number {
  const { text, tokens } = doc;
  const n = tokens.length;
  let k = at;
  let ends = 0;
  while (k < n && ends < MAX_ENDS) {
    let end = -1;
    if (covered[k]) end = placeEnd(k);
    else if (tokens.capital(k)) {
      end = k + 1;
      while (
        end < n &&
        end - k < MAX_END_WORDS &&
        !covered[end] &&
        tokens.capital(end) &&
        tokens.oneSpace(end - 1)
      )
        end++;
    }
    if (end < 0) break;
    ends++;
    k = end;
    if (k >= n || !END_DASH.test(text.slice(tokens.end(k - 1), tokens.start(k)))) break;
  }
  return ends >= 2 ? k : -1;
}

/** Word `k` is written `spelling` (a marked spelling), or is its letters without marks. */
function written(doc: Doc, k: number, spelling: string): boolean {
  const { text, tokens } = doc;
  if (!tokens.is(k, foldKey(spelling))) return false;
  const word = text.slice(tokens.start(k), tokens.end(k));
  return !tokens.marked(k, k + 1) || markedSpelling(word) === spelling;
}

/**
 * Spans `[from, to)` of the expressways a text names by their ends (see the top of this file):
 * after Vietnamese "(đường (bộ)) cao tốc" or Swedish "motorvägen".
 */
export function expresswaySpans(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
  placeEnd: (k: number) => number,
): [number, number][] {
  const out: [number, number][] = [];
  // Most texts name no expressway: one search of the text skips the visit of every word.
  if (language === 'vi' ? !CAO_TOC.test(doc.text) : language !== 'sv' || !doc.text.includes('motorväg'))
    return out;
  const { tokens } = doc;
  const n = tokens.length;
  for (let k = 0; k + 1 < n; k++) {
    if (covered[k]) continue;
    // (By key first: the marks are read only at "cao".)
    if (
      language === 'vi' &&
      tokens.is(k, 'cao') &&
      written(doc, k, 'cao') &&
      spaced(doc, k) &&
      written(doc, k + 1, 'tốc')
    ) {
      if (k + 2 >= n || !spaced(doc, k + 1)) continue;
      const to = endsFrom(doc, covered, k + 2, placeEnd);
      if (to < 0) continue;
      // With the word for a road before it, "đường" or "đường bộ", when written.
      const before = (at: number, spelling: string): boolean =>
        at >= 0 && spaced(doc, at) && written(doc, at, spelling);
      const bo = before(k - 1, 'bộ') ? k - 1 : k;
      out.push([before(bo - 1, 'đường') ? bo - 1 : k, to]);
      k = to - 1;
    } else if (language === 'sv' && tokens.is(k, 'motorvagen') && !tokens.capital(k) && spaced(doc, k)) {
      const to = endsFrom(doc, covered, k + 1, placeEnd);
      if (to < 0) continue;
      out.push([k, to]);
      k = to - 1;
    }
  }
  return out;
}
