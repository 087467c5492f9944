// Facilities named after the place they serve and their kind: in English the kind after the name,
// capitalised with it ("Tokyo Station", "Quy Nhon Port", "Long An International Port", "Ha Noi
// Opera House"), in Swedish after it in lower case ("Hải Phòng hamn"), in Vietnamese before it
// ("ga Hamamatsu", "cảng Hải Phòng", "sân bay Đà Nẵng").
// The scan keeps the place's match before English kinds (a longer name would drop it), and
// local-orgs.ts makes the facility a local place with the place as a part.
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import {
  FACILITY_PAIRS,
  FACILITY_QUALIFIERS,
  FACILITY_TAILS,
  SWEDISH_FACILITY_QUALIFIERS,
  SWEDISH_FACILITY_TAILS,
  VI_FACILITY_HEADS,
} from './context.js';
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

/**
 * The end of a Swedish facility's word in lower case that starts at word `k`, right after a place's
 * name, with a qualifier or none ("Hải Phòng hamn", "Nội Bài internationella flygplats"); -1 when
 * there is none.
 */
export function swedishFacilityEnd(tokens: Tokens, k: number): number {
  const n = tokens.length;
  let to = k;
  if (
    to < n &&
    tokens.spaced(to - 1) &&
    !tokens.capital(to) &&
    SWEDISH_FACILITY_QUALIFIERS.has(tokens.key(to) as string)
  )
    to++;
  if (to >= n || !tokens.spaced(to - 1) || tokens.capital(to)) return -1;
  return SWEDISH_FACILITY_TAILS.has(tokens.key(to) as string) ? to + 1 : -1;
}

/** {@link VI_FACILITY_HEADS} as folding keys, and the keys of their last words. */
const FACILITY_HEAD_KEYS: readonly (readonly string[])[] = VI_FACILITY_HEADS.map((h) => h.map(foldKey));
const FACILITY_HEAD_LAST_KEYS: ReadonlySet<string> = new Set(
  FACILITY_HEAD_KEYS.map((h) => h[h.length - 1] as string),
);

/**
 * The first word of a Vietnamese facility's word that ends right before word `k`, one space from
 * it and from each other, in lower case or opening with a capital ("Cảng Hải Phòng"); -1 when there
 * is none.
 */
export function facilityHeadBefore(text: string, tokens: Tokens, k: number): number {
  // (By the last word's key first: the marks are read only where a head may end.)
  if (k < 1 || !FACILITY_HEAD_LAST_KEYS.has(tokens.key(k - 1) as string)) return -1;
  for (let h = 0; h < VI_FACILITY_HEADS.length; h++) {
    const head = VI_FACILITY_HEADS[h] as readonly string[];
    const keys = FACILITY_HEAD_KEYS[h] as readonly string[];
    const from = k - head.length;
    if (from < 0) continue;
    let ok = true;
    for (let j = 0; j < head.length && ok; j++) ok = tokens.is(from + j, keys[j] as string);
    for (let j = 0; j < head.length && ok; j++) {
      const w = from + j;
      const written = text.slice(tokens.start(w), tokens.end(w));
      ok =
        tokens.spaced(w) &&
        (j === 0 || !tokens.capital(w)) &&
        (markedSpelling(written) === head[j] ||
          ((tokens.noMarks || tokens.partialMarks) && !tokens.marked(w, w + 1)));
    }
    // ("điểm cầu Tokyo" is the videoconference's venue in Tokyo, no bridge.)
    if (
      ok &&
      head[0] === 'cầu' &&
      from > 0 &&
      markedSpelling(text.slice(tokens.start(from - 1), tokens.end(from - 1))) === 'điểm'
    )
      continue;
    if (ok) return from;
  }
  return -1;
}
