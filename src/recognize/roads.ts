// Numbered roads: "Quốc lộ 5", "quốc lộ 1A", "tỉnh lộ 741", "National Highway 5", "Highway 1A",
// "National Route 18". The number is no name alone, so the words for the road are part of both the
// mention and the name, as in a numbered district ("Quận 1"; local-places.ts).
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import type { Tokens } from './tokenize.js';

/**
 * Words for a numbered road before its number: Vietnamese ones as marked spellings (without marks
 * they count only in a text typed without any: "quoc lo 1A"), English ones capitalised.
 */
const ROAD_HEADS: readonly (readonly string[])[] = [
  ['quốc', 'lộ'],
  ['tỉnh', 'lộ'],
  ['national', 'highway'],
  ['national', 'route'],
  ['highway'],
];

/** The folding keys of the roads' words, for the vocabulary (context.ts). */
export const ROAD_WORDS: readonly string[] = [...new Set(ROAD_HEADS.flat().map(foldKey))];

/** The folding keys of the heads' last words: the word before a number is looked up by key first. */
const LAST_WORDS: ReadonlySet<string> = new Set(
  ROAD_HEADS.map((head) => foldKey(head[head.length - 1] as string)),
);

/** A road's number: one to three digits and maybe a letter ("5", "1A", "14B"). */
const ROAD_NUMBER = /^[0-9]{1,3}[A-Fa-f]?$/u;

/** A number that goes on after the road's ("5/2", "1.5", "3,4"): no road's. */
const GOES_ON = /^[/.,:\-\u2013][0-9]/u;

/** Whether word `k` is written so: in English capitalised, in Vietnamese with the head's marks (or in a plain text). */
function headWord(text: string, tokens: Tokens, k: number, spelling: string): boolean {
  const written = text.slice(tokens.start(k), tokens.end(k));
  // (An English word is its own key: "highway"; a Vietnamese one has marks: "lộ".)
  if (foldKey(spelling) === spelling) return tokens.capital(k) && written.toLowerCase() === spelling;
  return (
    markedSpelling(written) === spelling ||
    (tokens.noMarks && !tokens.marked(k, k + 1) && tokens.is(k, foldKey(spelling)))
  );
}

/**
 * The numbered roads of a text: spans from the head's first word past the number, each word one
 * space from the next. The text's words are visited by their first character (a digit) first.
 */
export function roadSpans(text: string, tokens: Tokens, covered: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  const n = tokens.length;
  for (let k = 1; k < n; k++) {
    const start = tokens.start(k);
    const first = text.charCodeAt(start);
    if (first < 48 || first > 57 || covered[k] || !LAST_WORDS.has(tokens.key(k - 1) as string)) continue;
    if (!ROAD_NUMBER.test(text.slice(start, tokens.end(k)))) continue;
    if (GOES_ON.test(text.slice(tokens.end(k), tokens.end(k) + 2))) continue;
    for (const head of ROAD_HEADS) {
      const from = k - head.length;
      if (from < 0) continue;
      let ok = true;
      for (let j = 0; j < head.length && ok; j++)
        ok =
          !covered[from + j] &&
          tokens.spaced(from + j) &&
          headWord(text, tokens, from + j, head[j] as string);
      if (!ok) continue;
      out.push([from, k + 1]);
      break;
    }
  }
  return out;
}
