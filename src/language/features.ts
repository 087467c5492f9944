// The detector's features: a text is cut into lower-cased letter tokens (with flags: capitalised, at a
// sentence start, a bullet item, ASCII, Vietnamese marks), and each token gives its character 1- to
// 4-grams (padded with a boundary) and the whole word, as hashes with a weight. Shared by the detector
// and by the generator that trains its model, so both see exactly the same features.
import { ensure, Kind, kindOf, lowerOf, SCRIPT_COUNT, scriptOf, viFoldOf } from './chars.js';
import { mix, PAD, SEED_GRAM, SEED_SYL, SEED_WORD } from './hash.js';

/** Weight of a capitalised token that is not at the start of a sentence (probably a name). */
const NAME_WEIGHT = 0.3;
/** At or above this share of capitalised tokens a text is in title case and capitals say little. */
const TITLE_CASE_SHARE = 0.6;
/**
 * Weight of the whole-word feature: a word is one feature against its many n-grams, which would
 * otherwise drown what the word tables (declaration and frequency lists) know.
 */
const WORD_WEIGHT = 2;
/** Tokens longer than this are cut (binary noise, URLs). */
const MAX_TOKEN = 32;

const F_CAP = 1;
const F_START = 2;
const F_BULLET = 4;
const F_ASCII = 8;
const F_VIMARK = 16;
const F_FOLDABLE = 32;

// Buffers reused across calls (everything here is synchronous, so this is safe).
let cps = new Int32Array(4096);
let tokStart = new Int32Array(1024);
let tokEnd = new Int32Array(1024);
let tokFlags = new Uint8Array(1024);
let tokFold = new Int32Array(1024);

/** A copy of `a` in a typed array of `size` elements (for growing buffers). */
function resized<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function growTokens(n: number): void {
  if (n < tokStart.length) return;
  const size = tokStart.length * 2;
  tokStart = resized(tokStart, size);
  tokEnd = resized(tokEnd, size);
  tokFlags = resized(tokFlags, size);
  tokFold = resized(tokFold, size);
}

/** What {@link scan} found: token count, capitalised tokens, letters per script and in all. */
export interface Scan {
  tokens: number;
  capitals: number;
  scripts: Int32Array;
  letters: number;
}

/** Splits `text` into lower-cased letter tokens with flags; counts letters per script. */
export function scan(text: string): Scan {
  ensure(0);
  if (cps.length < text.length + 1) cps = new Int32Array(text.length + 1);
  const scripts = new Int32Array(SCRIPT_COUNT);
  let n = 0;
  let at = 0;
  let capitals = 0;
  let letters = 0;
  let sentenceStart = true;
  let afterStop = false;
  let lineStart = true;
  let bullet = false;
  let inToken = false;
  let flags = 0;
  let fold = SEED_SYL;
  const close = () => {
    inToken = false;
    tokEnd[n] = at;
    tokFlags[n] = flags;
    tokFold[n] = fold;
    if (flags & F_CAP) capitals++;
    n++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c >= 0xd800 && c <= 0xdfff ? Kind.Other : kindOf(c);
    if (k === Kind.Letter || (k === Kind.Mark && inToken)) {
      const s = scriptOf(c);
      scripts[s] = (scripts[s] ?? 0) + 1;
      letters++;
      lineStart = false;
      const lo = lowerOf(c);
      if (!inToken) {
        growTokens(n);
        inToken = true;
        tokStart[n] = at;
        flags = F_ASCII | F_FOLDABLE;
        if (lo !== c) flags |= F_CAP;
        if (bullet) flags |= F_BULLET;
        else if (sentenceStart) flags |= F_START;
        sentenceStart = false;
        afterStop = false;
        fold = SEED_SYL;
      }
      if (at - (tokStart[n] ?? 0) < MAX_TOKEN) {
        cps[at++] = lo;
        if (lo > 127) flags &= ~F_ASCII;
        const f = viFoldOf(lo);
        if (f === 0) flags &= ~F_FOLDABLE;
        else {
          if (f !== lo) flags |= F_VIMARK;
          fold = mix(fold, f);
        }
      }
      continue;
    }
    if (inToken) close();
    if (k === Kind.Newline) {
      lineStart = true;
      bullet = false;
      sentenceStart = true;
    } else if (k === Kind.Stop) {
      afterStop = true;
    } else if (k === Kind.Space) {
      if (afterStop) sentenceStart = true;
    } else if (k === Kind.Bullet && lineStart) {
      bullet = true;
      lineStart = false;
    } else if (k !== Kind.Other || c > 0x2f) {
      // digits and other symbols end a line start but not a sentence start
      if (k !== Kind.Other || (c >= 0x30 && c <= 0x39)) lineStart = false;
    }
  }
  if (inToken) close();
  return { tokens: n, capitals, scripts, letters };
}

/**
 * The features of the last {@link scan}, in parallel arrays (valid until the next call): feature `i` has
 * hash `hash[i]`, order `order[i]` (0..3 for 1- to 4-grams, 4 for the word), weight `weight[i]` and
 * `lower[i]` = 1 when its token is in lower case. Plus tallies over tokens.
 */
export interface Features {
  n: number;
  hash: Int32Array;
  order: Uint8Array;
  weight: Float64Array;
  lower: Uint8Array;
  /** Weighted letters, and letters of lower-case tokens. */
  evidence: number;
  lowerEvidence: number;
  /** Tokens with Vietnamese marks, and ASCII syllables that are not valid without them. */
  marked: number;
  unmarked: number;
  /** Weighted tokens that are (not) valid Vietnamese syllables once folded; the same, lower case only. */
  sylYes: number;
  sylNo: number;
  lowerSylYes: number;
  lowerSylNo: number;
}

let fHash = new Int32Array(8192);
let fOrder = new Uint8Array(8192);
let fWeight = new Float64Array(8192);
let fLower = new Uint8Array(8192);

function growFeatures(n: number): void {
  if (n <= fHash.length) return;
  let size = fHash.length;
  while (size < n) size *= 2;
  fHash = resized(fHash, size);
  fOrder = resized(fOrder, size);
  fWeight = resized(fWeight, size);
  fLower = resized(fLower, size);
}

/**
 * Features of the tokens of the last {@link scan}. `syllables` and `needsMarks` are the hashes of valid
 * Vietnamese syllables folded to ASCII and of those that need marks.
 */
export function features(
  sc: Scan,
  syllables: ReadonlySet<number>,
  needsMarks: ReadonlySet<number>,
): Features {
  const titleCase = sc.capitals >= TITLE_CASE_SHARE * sc.tokens;
  let n = 0;
  let evidence = 0;
  let lowerEvidence = 0;
  let marked = 0;
  let unmarked = 0;
  let sylYes = 0;
  let sylNo = 0;
  let lowerSylYes = 0;
  let lowerSylNo = 0;
  for (let t = 0; t < sc.tokens; t++) {
    const flags = tokFlags[t] ?? 0;
    const start = tokStart[t] ?? 0;
    const end = tokEnd[t] ?? 0;
    const isSyllable = (flags & F_FOLDABLE) !== 0 && syllables.has(tokFold[t] ?? 0);
    if (flags & F_VIMARK) marked++;
    else if (isSyllable && flags & F_ASCII && needsMarks.has(tokFold[t] ?? 0)) unmarked++;
    let w = 1;
    if (flags & F_CAP) {
      if (flags & F_BULLET) w = NAME_WEIGHT;
      else if (!(flags & F_START) && !(titleCase && !isSyllable)) w = NAME_WEIGHT;
    }
    const isLower = (flags & F_CAP) === 0 ? 1 : 0;
    evidence += w * (end - start);
    if (isSyllable) sylYes += w;
    else sylNo += w;
    if (isLower) {
      lowerEvidence += end - start;
      if (isSyllable) lowerSylYes++;
      else lowerSylNo++;
    }
    // at most 4 grams start at each position from the boundary before the token to its end, plus the word
    growFeatures(n + 4 * (end - start + 2) + 1);
    for (let i = start - 1; i <= end; i++) {
      let h = SEED_GRAM;
      for (let o = 0; o < 4; o++) {
        const j = i + o;
        if (j > end) break;
        const cp = j < start || j === end ? PAD : (cps[j] ?? 0);
        h = mix(h, cp);
        if (o === 0 && cp === PAD) continue;
        fHash[n] = h;
        fOrder[n] = o;
        fWeight[n] = w;
        fLower[n] = isLower;
        n++;
      }
    }
    let h = SEED_WORD;
    for (let j = start; j < end; j++) h = mix(h, cps[j] ?? 0);
    fHash[n] = h;
    fOrder[n] = 4;
    fWeight[n] = w * WORD_WEIGHT;
    fLower[n] = isLower;
    n++;
  }
  return {
    n,
    hash: fHash,
    order: fOrder,
    weight: fWeight,
    lower: fLower,
    evidence,
    lowerEvidence,
    marked,
    unmarked,
    sylYes,
    sylNo,
    lowerSylYes,
    lowerSylNo,
  };
}

/**
 * Lower-case tokens of the last {@link scan} (`sc`), and how many of them hold a letter outside
 * ASCII that `foreign` rejects (a letter the candidate language does not write).
 */
export function foreignTokens(
  sc: Scan,
  foreign: (cp: number) => boolean,
): { lower: number; foreign: number } {
  let lower = 0;
  let count = 0;
  for (let t = 0; t < sc.tokens; t++) {
    const flags = tokFlags[t] ?? 0;
    if (flags & F_CAP) continue;
    lower++;
    if (flags & F_ASCII) continue;
    const end = tokEnd[t] ?? 0;
    for (let j = tokStart[t] ?? 0; j < end; j++) {
      const cp = cps[j] ?? 0;
      if (cp > 127 && foreign(cp)) {
        count++;
        break;
      }
    }
  }
  return { lower, foreign: count };
}
