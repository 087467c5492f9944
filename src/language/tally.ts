// The detector's tally: what the features of a stretch of a scanned text add up to, per label.
// A token's features (its n-grams and its word) are those of every other token with the same letters,
// so they are summed once per distinct word into a cache of word vectors: per label the score of the
// whole run with the floors of the features the label lacks, the score of its n-grams alone, the
// labels whose word table knows the word, and what the word's shape says. A token then costs one
// look-up, and a tally one pass over the labels per distinct word (times the word's summed weight).
// The sums are those of `features()` (which the model's trainer reads) fed through the model;
// tally.test.ts checks that the two agree.

import { viFoldOf } from './chars.js';
import {
  MARKED_EVIDENCE,
  NAME_WEIGHT,
  nameShape,
  TITLE_CASE_SHARE,
  TOKEN_FLAGS,
  type TokenView,
  tokenFold,
  tokenView,
  UPPER_SHARE,
  WORD_WEIGHT,
} from './features.js';
import { mix, ORDERS, PAD, SEED_GRAM } from './hash.js';
import { DELTA_SCALE, featureKey, LABEL_MASK, type Model } from './model.js';

const { CAP, START, BULLET, ASCII, VIMARK, FOLDABLE, UPPER, IGNORE } = TOKEN_FLAGS;

/** The order index of whole-word features (orders below it are character n-grams). */
const WORD_ORDER = ORDERS - 1;

// ---- layout of a tally ------------------------------------------------------------------------------

// A tally is `size` numbers from some offset of a Float64Array: per label, the score of all features
// (with floors); then the counts below (the two KNOWN entries are bit masks of labels, combined with
// OR); then letters per script. The score of the lower-case tokens' n-grams alone is needed for one
// label only (the answer's, to check its fit), so a tally lists the words of its lower-case tokens
// instead (see {@link lowerScore}).
export const T_EVIDENCE = 0;
export const T_LOWER_EVIDENCE = 1;
export const T_MARKED = 2;
export const T_UNMARKED = 3;
export const T_SYL_YES = 4;
export const T_SYL_NO = 5;
export const T_LOWER_SYL_YES = 6;
export const T_LOWER_SYL_NO = 7;
export const T_VI_NAMES = 8;
export const T_JA_NAMES = 9;
export const T_LETTERS = 10;
export const T_TOKENS = 11;
/** Evidence the features can tell a language by (unknown names left out). */
export const T_OWN_EVIDENCE = 12;
/** N-gram features of lower-case tokens. */
export const T_LOWER_FEATURES = 13;
/** Labels 0..31 and 32..63 whose word table knows a lower-case word of the tally (int32 bit masks). */
export const T_KNOWN_LO = 14;
export const T_KNOWN_HI = 15;
const T_COUNTS = 16;
/** Labels per KNOWN mask. */
const MASK_BITS = 32;

export interface Layout {
  L: number;
  /** Offsets inside a tally: counts, letters per script. */
  counts: number;
  scripts: number;
  size: number;
}

let layoutOf: Layout | undefined;

/** The layout of a tally for model `m`. */
export function layout(m: Model, scriptCount: number): Layout {
  const L = m.labels.length;
  if (layoutOf?.L === L) return layoutOf;
  const counts = L;
  const scripts = counts + T_COUNTS;
  layoutOf = { L, counts, scripts, size: scripts + scriptCount };
  return layoutOf;
}

/** Whether label `li` is in the KNOWN masks of the tally at `at`. */
export function knows(acc: Float64Array, lay: Layout, at: number, li: number): boolean {
  const mask = acc[at + lay.counts + (li < MASK_BITS ? T_KNOWN_LO : T_KNOWN_HI)] as number;
  return (mask & (1 << (li % MASK_BITS))) !== 0;
}

/** Adds the tally at `from` of `src` to the one at `to` of `dst`. */
export function addTally(lay: Layout, dst: Float64Array, to: number, src: Float64Array, from: number): void {
  const lo = lay.counts + T_KNOWN_LO;
  const hi = lay.counts + T_KNOWN_HI;
  const knownLo = (dst[to + lo] as number) | (src[from + lo] as number);
  const knownHi = (dst[to + hi] as number) | (src[from + hi] as number);
  for (let j = 0; j < lay.size; j++) dst[to + j] = (dst[to + j] as number) + (src[from + j] as number);
  dst[to + lo] = knownLo;
  dst[to + hi] = knownHi;
}

// ---- the cache of words -------------------------------------------------------------------------------

/**
 * Words cached between calls. The cache starts small and doubles when full; it is emptied at the
 * start of a call when it holds more than this (a call's own words always stay, see {@link beginTallies}).
 */
const MAX_WORDS = 8192;
const FIRST_WORDS = 512;

/** What a word's shape says (bits of `wordBits`). */
const B_SYLLABLE = 1;
const B_NEEDS_MARKS = 2;
const B_VI_SHAPE = 4;
const B_JA_SHAPE = 8;
/** Some label a name's word may count for (not Vietnamese, not the background) knows the word. */
const B_NAME_WORD = 16;

let cacheModel: Model | undefined;
let capacity = 0;
let words = 0;
/** Open addressing over twice the capacity: entry + 1 per slot, 0 for empty. */
let slots = new Int32Array(0);
let wordKey = new Int32Array(0);
let wordLength = new Uint8Array(0);
let wordBits = new Uint8Array(0);
let wordKnown = new Int32Array(0);
/**
 * Per entry, the labels that do not write one of its letters (outside ASCII, Vietnamese letters aside),
 * as two int32 masks like the KNOWN ones.
 */
let wordForeign = new Int32Array(0);
/** Per entry, its n-gram count. */
let wordGrams = new Uint8Array(0);
/**
 * Per entry, `stride` numbers: per label the score of all its features, then of its n-grams. Single
 * precision (about 1e-5 nats off per word; answers and rounded scores on the dev set are unchanged):
 * half the memory a token's look-up touches.
 */
let wordVec = new Float32Array(0);
let stride = 0;
/**
 * A tally sums each distinct word's vector once, times the word's summed weight: per entry, the weight
 * so far and the tally that set it (`stamp`), and the distinct entries in the order met.
 */
let tallyWeight = new Float64Array(0);
let tallyStamp = new Int32Array(0);
let tallyWords = new Int32Array(0);
let stamp = 0;
/** Per label, 1 if a name's word may count for it. */
let nameLabels = new Uint8Array(0);

/** The words (cache entries) of the lower-case tokens tallied since {@link beginTallies}. */
let lowerWords = new Int32Array(1024);
/** A list longer than this (a huge text's) is let go at the next call. */
const LOWER_WORDS_KEPT = 1 << 16;
let lowerWordCount = 0;

/**
 * Starts the tallies of one call (their word lists, {@link lowerWordsTallied}, count from here). Cache
 * entries stay put until the next call: the cache only grows meanwhile.
 */
export function beginTallies(m: Model): void {
  lowerWordCount = 0;
  if (lowerWords.length > LOWER_WORDS_KEPT) lowerWords = new Int32Array(1024);
  if (cacheModel !== m) resetCache(m, FIRST_WORDS);
  else if (words > MAX_WORDS || capacity > MAX_WORDS) resetCache(m, MAX_WORDS);
}

/** How many lower-case tokens the tallies of this call have listed (a tally's list is a span of them). */
export function lowerWordsTallied(): number {
  return lowerWordCount;
}

/**
 * The score for label `li` of the n-grams of the lower-case tokens listed in the spans `lists` (pairs
 * of {@link lowerWordsTallied} counts), with floors: what the label makes of the prose alone.
 */
export function lowerScore(lists: readonly number[], li: number): number {
  const at = cacheModel ? cacheModel.labels.length + li : li;
  let s = 0;
  for (let k = 0; k < lists.length; k += 2)
    for (let j = lists[k] as number; j < (lists[k + 1] as number); j++)
      s += wordVec[(lowerWords[j] as number) * stride + at] as number;
  return s;
}

/**
 * Of the lower-case tokens listed in the spans `lists`, how many there are and how many hold a letter
 * (outside ASCII, Vietnamese letters aside) that label `li` does not write.
 */
export function foreignShare(lists: readonly number[], li: number): { lower: number; foreign: number } {
  const at = li < MASK_BITS ? 0 : 1;
  const bit = 1 << (li % MASK_BITS);
  let lower = 0;
  let foreign = 0;
  for (let k = 0; k < lists.length; k += 2) {
    lower += (lists[k + 1] as number) - (lists[k] as number);
    for (let j = lists[k] as number; j < (lists[k + 1] as number); j++)
      if (((wordForeign[2 * (lowerWords[j] as number) + at] as number) & bit) !== 0) foreign++;
  }
  return { lower, foreign };
}

/** Fresh (zeroed) cache arrays for `size` entries, at the current stride. */
function allocateCache(size: number): void {
  capacity = size;
  slots = new Int32Array(2 * size);
  wordKey = new Int32Array(size);
  wordLength = new Uint8Array(size);
  wordBits = new Uint8Array(size);
  wordKnown = new Int32Array(2 * size);
  wordForeign = new Int32Array(2 * size);
  wordGrams = new Uint8Array(size);
  wordVec = new Float32Array(size * stride);
  tallyWeight = new Float64Array(size);
  tallyStamp = new Int32Array(size);
  tallyWords = new Int32Array(size);
}

/** Grows the cache to `size` entries, keeping every entry where it is. */
function growCache(size: number): void {
  const keep = words;
  const old = {
    wordKey,
    wordLength,
    wordBits,
    wordKnown,
    wordForeign,
    wordGrams,
    wordVec,
    tallyWeight,
    tallyStamp,
    tallyWords,
  };
  allocateCache(size);
  wordForeign.set(old.wordForeign.subarray(0, 2 * keep));
  wordGrams.set(old.wordGrams.subarray(0, keep));
  wordKey.set(old.wordKey.subarray(0, keep));
  wordLength.set(old.wordLength.subarray(0, keep));
  wordBits.set(old.wordBits.subarray(0, keep));
  wordKnown.set(old.wordKnown.subarray(0, 2 * keep));
  wordVec.set(old.wordVec.subarray(0, keep * stride));
  tallyWeight.set(old.tallyWeight);
  tallyStamp.set(old.tallyStamp);
  tallyWords.set(old.tallyWords);
  const mask = slots.length - 1;
  for (let e = 0; e < keep; e++) {
    const h = wordKey[e] as number;
    let s = (h ^ (h >>> 13)) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  }
}

function resetCache(m: Model, size: number): void {
  cacheModel = m;
  const L = m.labels.length;
  stride = 2 * L;
  words = 0;
  allocateCache(size);
  stamp = 0;
  nameLabels = Uint8Array.from(m.codes, (c) => (c === 'vi' || c === 'und' ? 0 : 1));
}

/** The start of feature `h`'s pairs in `m.pairs` times 128 plus their count, or -1 if absent. */
function probe(m: Model, h: number): number {
  const { table, mask } = m;
  const k = featureKey(h);
  if (k === 0) return -1;
  let slot = k & mask;
  for (;;) {
    const key = table[2 * slot];
    if (key === k) return table[2 * slot + 1] as number;
    if (key === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** A word's sums before they are stored (in single precision). */
let fillBuffer = new Float64Array(0);

/** Fills entry `e` with the features of token `t`. */
function fill(m: Model, tv: TokenView, t: number, e: number): void {
  const L = m.labels.length;
  if (fillBuffer.length < stride) fillBuffer = new Float64Array(stride);
  const vec = fillBuffer;
  vec.fill(0, 0, stride);
  const base = 0;
  const { floors, pairs } = m;
  const start = tv.start[t] as number;
  const end = tv.end[t] as number;
  const cp = tv.cps;
  // the word: WORD_WEIGHT times its value (or floor) per label
  let lo = 0;
  let hi = 0;
  let nameWord = false;
  const packed = probe(m, tv.word[t] as number);
  if (packed >= 0) {
    for (let p = packed >> 7, q = (packed >> 7) + (packed & 127); p < q; p++) {
      const v = pairs[p] as number;
      const label = v & LABEL_MASK;
      vec[base + label] = (vec[base + label] as number) + (WORD_WEIGHT * (v >> 6)) / DELTA_SCALE;
      if (label < MASK_BITS) lo |= 1 << label;
      else hi |= 1 << (label - MASK_BITS);
      if (nameLabels[label] === 1) nameWord = true;
    }
  }
  // the n-grams, from the boundary before the token to its end
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  let g3 = 0;
  for (let i = start - 1; i <= end; i++) {
    let h = SEED_GRAM;
    for (let o = 0; o < 4; o++) {
      const j = i + o;
      if (j > end) break;
      const c = j < start || j === end ? PAD : (cp[j] as number);
      h = mix(h, c);
      if (o === 0 && c === PAD) continue;
      if (o === 0) g0++;
      else if (o === 1) g1++;
      else if (o === 2) g2++;
      else g3++;
      const pk = probe(m, h);
      if (pk < 0) continue;
      for (let p = pk >> 7, q = (pk >> 7) + (pk & 127); p < q; p++) {
        const v = pairs[p] as number;
        const label = v & LABEL_MASK;
        const d = (v >> 6) / DELTA_SCALE;
        vec[base + label] = (vec[base + label] as number) + d;
        vec[base + L + label] = (vec[base + L + label] as number) + d;
      }
    }
  }
  for (let l = 0; l < L; l++) {
    const f = l * ORDERS;
    const grams =
      g0 * (floors[f] as number) +
      g1 * (floors[f + 1] as number) +
      g2 * (floors[f + 2] as number) +
      g3 * (floors[f + 3] as number);
    vec[base + l] = (vec[base + l] as number) + grams + WORD_WEIGHT * (floors[f + WORD_ORDER] as number);
    vec[base + L + l] = (vec[base + L + l] as number) + grams;
  }
  wordGrams[e] = g0 + g1 + g2 + g3;
  wordVec.set(vec.subarray(0, stride), e * stride);
  wordKnown[2 * e] = lo;
  wordKnown[2 * e + 1] = hi;
  const flags = tv.flags[t] as number;
  const fold = (flags & FOLDABLE) !== 0 ? tokenFold(t) : 0;
  const syllable = (flags & FOLDABLE) !== 0 && m.syllables.has(fold);
  // the labels that do not write one of its letters (Vietnamese letters aside in a Vietnamese syllable:
  // names and terms from Vietnam appear in every language here; Luxembourgish "géint" is no syllable)
  let foreignLo = 0;
  let foreignHi = 0;
  if ((flags & ASCII) === 0) {
    for (let j = start; j < end; j++) {
      const c = cp[j] as number;
      if (c <= 127 || (syllable && viFoldOf(c) !== 0)) continue;
      for (let l = 0; l < L; l++) {
        if ((m.letters[l] as Set<number>).has(c)) continue;
        if (l < MASK_BITS) foreignLo |= 1 << l;
        else foreignHi |= 1 << (l - MASK_BITS);
      }
    }
  }
  // (a word a language's own word table knows is written in it: English "café")
  wordForeign[2 * e] = foreignLo & ~lo;
  wordForeign[2 * e + 1] = foreignHi & ~hi;
  let bits = 0;
  if (syllable) bits |= B_SYLLABLE;
  if (m.needsMarks.has(fold)) bits |= B_NEEDS_MARKS;
  const shape = nameShape(t, syllable);
  if (shape === 1) bits |= B_VI_SHAPE;
  else if (shape === 2) bits |= B_JA_SHAPE;
  if (nameWord) bits |= B_NAME_WORD;
  wordBits[e] = bits;
}

/** The cache entry of token `t`'s word, filled on first sight. */
function entryOf(m: Model, tv: TokenView, t: number): number {
  const h = tv.word[t] as number;
  const len = (tv.end[t] as number) - (tv.start[t] as number);
  let mask = slots.length - 1;
  let s = (h ^ (h >>> 13)) & mask;
  for (;;) {
    const e = slots[s] as number;
    if (e === 0) break;
    if (wordKey[e - 1] === h && wordLength[e - 1] === len) return e - 1;
    s = (s + 1) & mask;
  }
  if (words === capacity) {
    growCache(2 * capacity);
    mask = slots.length - 1;
    s = (h ^ (h >>> 13)) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
  }
  const e = words++;
  slots[s] = e + 1;
  wordKey[e] = h;
  wordLength[e] = len;
  fill(m, tv, t, e);
  return e;
}

// ---- the tally ------------------------------------------------------------------------------------------

/**
 * Adds the features of tokens `from..to` of the last scan to the tally at offset `at` of `acc` (which
 * holds `lay.size` numbers from there), and lists the words of its lower-case tokens (from
 * {@link lowerWordsTallied} before the call to after it). The rules are those of `features()`: names,
 * acronyms and capitals weigh as it says. Call {@link beginTallies} first, once per call of the detector.
 */
export function tally(m: Model, lay: Layout, from: number, to: number, acc: Float64Array, at: number): void {
  const tv = tokenView();
  const { L } = lay;
  if (stamp === 0x7fffffff) {
    tallyStamp.fill(0);
    stamp = 0;
  }
  const now = ++stamp;
  let distinct = 0;
  const { flags: tokFlags, line: tokLine, lineTokens, lineCaps, lineUpper } = tv;
  const { pairs } = m;
  // Prose written in Vietnamese with its marks: its capitalised syllables are words of the same language.
  let lowerCount = 0;
  let lowerMarked = 0;
  for (let t = from; t < to; t++) {
    const flags = tokFlags[t] as number;
    if (flags & (CAP | IGNORE)) continue;
    lowerCount++;
    if (flags & VIMARK) lowerMarked++;
  }
  const vietnameseProse = lowerMarked > 0 && 2 * lowerMarked >= lowerCount;
  let evidence = 0;
  let lowerEvidence = 0;
  let marked = 0;
  let unmarked = 0;
  let sylYes = 0;
  let sylNo = 0;
  let lowerSylYes = 0;
  let lowerSylNo = 0;
  let viNames = 0;
  let jaNames = 0;
  let nameLetters = 0;
  let nameKnown = 0;
  let lowerFeatures = 0;
  let knownLo = 0;
  let knownHi = 0;
  let letters = 0;
  const S = at + lay.scripts;
  for (let t = from; t < to; t++) {
    const n = tv.letters[t] as number;
    const sc = S + (tv.script[t] as number);
    acc[sc] = (acc[sc] as number) + n;
    letters += n;
    const flags = tokFlags[t] as number;
    if (flags & IGNORE) continue;
    const line = tokLine[t] as number;
    const inLine = lineTokens[line] as number;
    const upperLine = (lineUpper[line] as number) >= UPPER_SHARE * inLine;
    // acronyms and agency credits (VNA, AFP, TTXVN) say nothing of the language around them
    if (flags & UPPER && !upperLine) continue;
    const e = entryOf(m, tv, t);
    const bits = wordBits[e] as number;
    const len = (tv.end[t] as number) - (tv.start[t] as number);
    const syllable = (bits & B_SYLLABLE) !== 0;
    if (flags & VIMARK) marked++;
    else if (syllable && flags & ASCII && bits & B_NEEDS_MARKS) unmarked++;
    let w = 1;
    if (flags & CAP) {
      let shape = upperLine ? 0 : bits & B_VI_SHAPE ? 1 : bits & B_JA_SHAPE ? 2 : 0;
      if (shape === 1 && vietnameseProse) shape = 0;
      // a sentence's first word that some language knows is that word ("The", "In", "Han"), not a name
      if (shape !== 0 && flags & START && bits & B_NAME_WORD) shape = 0;
      if (shape !== 0) {
        // a name: its word counts only where a word table knows it (no floor), and nothing else of it
        if (shape === 1) viNames++;
        else jaNames++;
        nameLetters += len;
        if (bits & B_NAME_WORD) {
          nameKnown += len;
          const packed = probe(m, tv.word[t] as number);
          for (let p = packed >> 7, q = (packed >> 7) + (packed & 127); p < q; p++) {
            const v = pairs[p] as number;
            const label = v & LABEL_MASK;
            if (nameLabels[label] === 0) continue;
            acc[at + label] = (acc[at + label] as number) + (WORD_WEIGHT * (v >> 6)) / DELTA_SCALE;
          }
        }
        continue;
      }
      const titleLine = (lineCaps[line] as number) >= TITLE_CASE_SHARE * inLine;
      if (flags & BULLET) w = NAME_WEIGHT;
      else if (!(flags & START) && !titleLine) w = NAME_WEIGHT;
    }
    // a word written with Vietnamese marks (ệ, ậ, ư …) tells its language more than its letter count says
    evidence += w * len * (flags & VIMARK ? MARKED_EVIDENCE : 1);
    if (syllable) sylYes += w;
    else sylNo += w;
    if (tallyStamp[e] !== now) {
      tallyStamp[e] = now;
      tallyWeight[e] = w;
      tallyWords[distinct++] = e;
    } else tallyWeight[e] = (tallyWeight[e] as number) + w;
    if (flags & CAP) continue;
    lowerEvidence += len;
    if (syllable) lowerSylYes++;
    else lowerSylNo++;
    if (lowerWordCount === lowerWords.length) {
      const grown = new Int32Array(2 * lowerWords.length);
      grown.set(lowerWords);
      lowerWords = grown;
    }
    lowerWords[lowerWordCount++] = e;
    lowerFeatures += wordGrams[e] as number;
    knownLo |= wordKnown[2 * e] as number;
    knownHi |= wordKnown[2 * e + 1] as number;
  }
  // each distinct word's vector once, times its weight
  const vec = wordVec;
  for (let k = 0; k < distinct; k++) {
    const e = tallyWords[k] as number;
    const w = tallyWeight[e] as number;
    const base = e * stride;
    for (let l = 0; l < L; l++) acc[at + l] = (acc[at + l] as number) + w * (vec[base + l] as number);
  }
  const C = at + lay.counts;
  // Unknown names add a little to the evidence (they show the text is text) but are not evidence of a
  // language on their own: T_OWN_EVIDENCE counts only what the features can tell
  // (a name that is also a word somewhere, "Van", "Long", counts little there too).
  acc[C + T_EVIDENCE] =
    (acc[C + T_EVIDENCE] as number) + evidence + nameKnown + NAME_WEIGHT * (nameLetters - nameKnown);
  acc[C + T_OWN_EVIDENCE] = (acc[C + T_OWN_EVIDENCE] as number) + evidence + NAME_WEIGHT * nameKnown;
  acc[C + T_LOWER_EVIDENCE] = (acc[C + T_LOWER_EVIDENCE] as number) + lowerEvidence;
  acc[C + T_MARKED] = (acc[C + T_MARKED] as number) + marked;
  acc[C + T_UNMARKED] = (acc[C + T_UNMARKED] as number) + unmarked;
  acc[C + T_SYL_YES] = (acc[C + T_SYL_YES] as number) + sylYes;
  acc[C + T_SYL_NO] = (acc[C + T_SYL_NO] as number) + sylNo;
  acc[C + T_LOWER_SYL_YES] = (acc[C + T_LOWER_SYL_YES] as number) + lowerSylYes;
  acc[C + T_LOWER_SYL_NO] = (acc[C + T_LOWER_SYL_NO] as number) + lowerSylNo;
  acc[C + T_VI_NAMES] = (acc[C + T_VI_NAMES] as number) + viNames;
  acc[C + T_JA_NAMES] = (acc[C + T_JA_NAMES] as number) + jaNames;
  acc[C + T_LETTERS] = (acc[C + T_LETTERS] as number) + letters;
  acc[C + T_TOKENS] = (acc[C + T_TOKENS] as number) + (to - from);
  acc[C + T_LOWER_FEATURES] = (acc[C + T_LOWER_FEATURES] as number) + lowerFeatures;
  acc[C + T_KNOWN_LO] = (acc[C + T_KNOWN_LO] as number) | knownLo;
  acc[C + T_KNOWN_HI] = (acc[C + T_KNOWN_HI] as number) | knownHi;
}
