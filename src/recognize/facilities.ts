// Facilities named after the place they serve and their kind, capitalised with it: "Tokyo
// Station", "Quy Nhon Port", "Long An International Port", "Ha Noi Opera House". The scan keeps
// the place's match before such words (a longer name would drop it), and local-orgs.ts makes the
// facility a local place with the place as a part.
import { FACILITY_PAIRS, FACILITY_QUALIFIERS, FACILITY_TAILS } from './context.js';
import type { Tokens } from './tokenize.js';

/** Most words between a place and its facility's kind ("International", "Railway"). */
const MAX_QUALIFIERS = 1;

/** Prefixes of the ids of places a facility is named after: cities, provinces, prefectures, other places. */
const PLACE_PREFIXES: readonly string[] = ['city:', 'place:', 'vn-province-', 'subdivision:'];

/** Every id is a place's a facility may be named after (not a country's: "Japan Airport" is no name news uses). */
export function facilityPlace(ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => PLACE_PREFIXES.some((p) => id.startsWith(p)));
}

/**
 * The end (past its last word) of a facility's kind that starts at word `k`, right after a place's
 * name: a qualifier or none, then {@link FACILITY_TAILS} (the two words of a pair), each word
 * capitalised and one space from the one before, with no capitalised word after that would make a
 * longer name ("Tokyo Station Hotel"); -1 when there is none.
 */
export function facilityEnd(tokens: Tokens, k: number): number {
  const n = tokens.length;
  let to = k;
  while (to - k < MAX_QUALIFIERS && FACILITY_QUALIFIERS.has(tokens.key(to) as string)) to++;
  const key = tokens.key(to) as string;
  if (FACILITY_PAIRS.has(key) || !FACILITY_TAILS.has(key)) {
    // A kind of two words ("Opera House"): its first word here, its last one next.
    const first = FACILITY_PAIRS.get(tokens.key(to + 1) as string);
    if (first === undefined || !tokens.is(to, first)) return -1;
    to++;
  }
  to++;
  if (to > n) return -1;
  for (let j = k; j < to; j++) if (!tokens.capitalisedWord(j) || !tokens.spaced(j - 1)) return -1;
  return to < n && tokens.spaced(to - 1) && tokens.capital(to) ? -1 : to;
}
