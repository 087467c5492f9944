// The detector's features: a text is cut into lower-cased letter tokens (with flags: capitalised, at a
// sentence start, a bullet item, ASCII, Vietnamese marks, all capitals, ignored), and each token gives
// its character 1- to 4-grams (padded with a boundary) and the whole word, as hashes with a weight.
// Shared by the detector and by the generator that trains its model, so both see exactly the same
// features. Names are not evidence: capitalised tokens shaped like romanised Vietnamese or Japanese
// names give only their whole word (scored for languages whose word tables know it), and acronyms and
// agency credits in capitals (VNA, AFP) give nothing.

import { safeNormalize } from '../text/safe-normalize.js';
import {
  charInfo,
  ensure,
  infoFold,
  infoKind,
  infoLower,
  infoScript,
  Kind,
  kindOf,
  lowerOf,
  SCRIPT_COUNT,
  viFoldOf,
} from './chars.js';
import { mix, PAD, SEED_GRAM, SEED_SYL, SEED_WORD } from './hash.js';
import { japaneseShape, vietnameseShape } from './names.js';

/** Weight of a capitalised token that is not at the start of a sentence (probably a name). */
const NAME_WEIGHT = 0.3;
/** At or above this share of capitalised tokens a line is in title case and capitals say little. */
const TITLE_CASE_SHARE = 0.6;
/** At or above this share of tokens in capitals, a line is written in capitals (a shouted headline). */
const UPPER_SHARE = 0.6;
/**
 * Weight of the whole-word feature: a word is one feature against its many n-grams, which would
 * otherwise drown what the word tables (declaration and frequency lists) know.
 */
const WORD_WEIGHT = 2;
/** Weight in the evidence of the letters of a word with Vietnamese marks. */
const MARKED_EVIDENCE = 2;
/** Tokens longer than this are cut (binary noise, URLs). */
const MAX_TOKEN = 32;

const F_CAP = 1;
const F_START = 2;
const F_BULLET = 4;
const F_ASCII = 8;
const F_VIMARK = 16;
const F_FOLDABLE = 32;
/** Every letter a capital, two letters or more (VNA, AFP, HANOI). */
const F_UPPER = 64;
/** Inside a span the caller asked to ignore (a recognised name). */
const F_IGNORE = 128;

/** Feature kinds: of a capitalised token, of a lower-case token, the word of a name-shaped token. */
export const KIND_CAP = 0;
export const KIND_LOWER = 1;
/**
 * The whole word of a capitalised token shaped like a Vietnamese or Japanese name: scored only as the
 * difference it makes for the languages whose word table holds it (never Vietnamese, never the
 * background), with no floor for the others, so an unknown name is no evidence at all.
 */
export const KIND_NAME = 2;

// Buffers reused across calls (everything here is synchronous, so this is safe).
let cps = new Int32Array(4096);
let tokStart = new Int32Array(1024);
let tokEnd = new Int32Array(1024);
let tokFlags = new Uint8Array(1024);
/** Each token's whole-word hash (as {@link wordHash} gives it). */
let tokWord = new Int32Array(1024);
/** Offset in the text of each token's first code unit, its letter count, line and script. */
let tokPos = new Int32Array(1024);
let tokLetters = new Int32Array(1024);
let tokLine = new Int32Array(1024);
let tokScript = new Uint8Array(1024);
/** Per line: tokens, capitalised tokens, tokens in capitals. */
let lineTokens = new Int32Array(256);
let lineCaps = new Int32Array(256);
let lineUpper = new Int32Array(256);

/** A copy of `a` in a typed array of `size` elements (for growing buffers). */
function resized<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}

function growTokens(n: number): void {
  if (n < tokStart.length) return;
  const size = tokStart.length * 2;
  tokStart = resized(tokStart, size);
  tokEnd = resized(tokEnd, size);
  tokFlags = resized(tokFlags, size);
  tokWord = resized(tokWord, size);
  tokPos = resized(tokPos, size);
  tokLetters = resized(tokLetters, size);
  tokLine = resized(tokLine, size);
  tokScript = resized(tokScript, size);
}

/** Buffers of more elements than these are let go after the call that grew them ({@link trimBuffers}). */
const KEPT_CHARS = 1 << 18;
const KEPT_TOKENS = 1 << 15;
const KEPT_LINES = 1 << 13;

/**
 * Lets go of the scan's buffers where a long text grew them past what an ordinary page needs (a
 * megabyte page grows them to tens of megabytes), so that they are not held for the rest of the
 * process. Call only between scans.
 */
export function trimBuffers(): void {
  // The view holds the arrays too: made again from the kept ones on the next call.
  view = undefined;
  if (cps.length > KEPT_CHARS) cps = new Int32Array(4096);
  if (tokStart.length > KEPT_TOKENS) {
    tokStart = new Int32Array(1024);
    tokEnd = new Int32Array(1024);
    tokFlags = new Uint8Array(1024);
    tokWord = new Int32Array(1024);
    tokPos = new Int32Array(1024);
    tokLetters = new Int32Array(1024);
    tokLine = new Int32Array(1024);
    tokScript = new Uint8Array(1024);
  }
  if (lineTokens.length > KEPT_LINES) {
    lineTokens = new Int32Array(256);
    lineCaps = new Int32Array(256);
    lineUpper = new Int32Array(256);
  }
}

function growLines(n: number): void {
  if (n < lineTokens.length) return;
  const size = lineTokens.length * 2;
  lineTokens = resized(lineTokens, size);
  lineCaps = resized(lineCaps, size);
  lineUpper = resized(lineUpper, size);
}

/** Letters per script of the last scan (reused: valid until the next one). */
const scanScripts = new Int32Array(SCRIPT_COUNT);

/** What {@link scan} found: token count, capitalised tokens, letters per script (valid until the next scan) and in all. */
export interface Scan {
  tokens: number;
  capitals: number;
  scripts: Int32Array;
  letters: number;
}

/** The offset in the text of token `t`'s first code unit (tokens are in text order). */
export function tokenPosition(t: number): number {
  return tokPos[t] ?? 0;
}

/** Letters and script of token `t` (its first letter's script). */
export function tokenLetters(t: number): number {
  return tokLetters[t] ?? 0;
}
export function tokenScript(t: number): number {
  return tokScript[t] ?? 0;
}

/**
 * The last {@link scan}'s token arrays (valid until the next scan), for the detector's tally, which
 * sums each token's features from a cache of words instead of listing them as {@link features} does.
 */
export interface TokenView {
  /** Lower-case code units of all tokens; token `t` is `cps[start[t]..end[t])`. */
  cps: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** F_* flags (see {@link TOKEN_FLAGS}). */
  flags: Uint8Array;
  /** Hash of the token's whole word. */
  word: Int32Array;
  letters: Int32Array;
  line: Int32Array;
  script: Uint8Array;
  /** Per line: tokens, capitalised tokens, tokens in capitals. */
  lineTokens: Int32Array;
  lineCaps: Int32Array;
  lineUpper: Int32Array;
}

let view: TokenView | undefined;

export function tokenView(): TokenView {
  // the same object while the arrays stay (they are replaced only when they grow)
  if (view !== undefined && view.cps === cps && view.start === tokStart && view.lineTokens === lineTokens)
    return view;
  view = {
    cps,
    start: tokStart,
    end: tokEnd,
    flags: tokFlags,
    word: tokWord,
    letters: tokLetters,
    line: tokLine,
    script: tokScript,
    lineTokens,
    lineCaps,
    lineUpper,
  };
  return view;
}

/**
 * The hash of token `t` of the last scan folded to ASCII (đ → d, ệ → e): the key of a Vietnamese
 * syllable (meaningful for tokens flagged foldable, whose every letter Vietnamese writes).
 */
export function tokenFold(t: number): number {
  let h = SEED_SYL;
  const end = tokEnd[t] as number;
  for (let j = tokStart[t] as number; j < end; j++) {
    const f = viFoldOf(cps[j] as number);
    if (f !== 0) h = mix(h, f);
  }
  return h;
}

/** The token flags, and the shares and weights that {@link features} reads them with. */
export const TOKEN_FLAGS = {
  CAP: F_CAP,
  START: F_START,
  BULLET: F_BULLET,
  ASCII: F_ASCII,
  VIMARK: F_VIMARK,
  FOLDABLE: F_FOLDABLE,
  UPPER: F_UPPER,
  IGNORE: F_IGNORE,
} as const;
export { MARKED_EVIDENCE, NAME_WEIGHT, TITLE_CASE_SHARE, UPPER_SHARE, WORD_WEIGHT };

/** Whether `text[i]` is a dot joining two letters with no space (a domain or file name: "vnexpress.net"). */
function isDomainDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i < 1 || i + 1 >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return kindOf(before) === Kind.Letter && kindOf(after) === Kind.Letter && lowerOf(after) === after;
}

/**
 * Splits `text` into lower-cased letter tokens with flags; counts letters per script. Only the parts
 * of the text in `reads` (pairs of offsets: start, end, start, end …; sorted) are read, each as a
 * fresh line; all of it when null. Tokens overlapping a span of `ignore` (sorted, merged pairs) are
 * flagged and give no features. Tokens written with combining marks (NFD) are composed (NFC) one by one,
 * so offsets stay those of `text`.
 */
export function scan(
  text: string,
  reads: ArrayLike<number> | null = null,
  ignore: ArrayLike<number> | null = null,
): Scan {
  ensure(0);
  if (cps.length < text.length + 1) cps = new Int32Array(text.length + 1);
  const scripts = scanScripts.fill(0);
  const ignoreLength = ignore === null ? 0 : ignore.length;
  let ig = 0;
  let n = 0;
  let at = 0;
  let capitals = 0;
  let letters = 0;
  let line = -1;
  const windows = reads ? reads.length : 2;
  for (let w = 0; w < windows; w += 2) {
    const from = reads ? (reads[w] as number) : 0;
    const to = reads ? (reads[w + 1] as number) : text.length;
    line = newLine(line);
    let sentenceStart = true;
    let afterStop = false;
    let lineStart = true;
    let bullet = false;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      // (surrogates are of kind Other: letters outside the BMP are not read)
      const info = charInfo(c);
      const k = infoKind(info);
      if (k === Kind.Letter) {
        // A token: this letter and every letter (or combining mark) of the same script after it. A
        // change of script starts a new token (Han and kana run together without spaces).
        const script = infoScript(info);
        lineStart = false;
        growTokens(n);
        const tokenAt = at;
        let flags = F_ASCII | F_FOLDABLE;
        if (infoLower(info) !== c) flags |= F_CAP | F_UPPER;
        if (bullet) flags |= F_BULLET;
        else if (sentenceStart) flags |= F_START;
        sentenceStart = false;
        afterStop = false;
        let word = SEED_WORD;
        let count = 0;
        let hasMark = false;
        let j = i;
        let cj = c;
        let ij = info;
        for (;;) {
          const lo = infoLower(ij);
          if (j !== i && lo === cj) flags &= ~F_UPPER;
          count++;
          // the letter joins the token (tokens longer than MAX_TOKEN are cut)
          if (at - tokenAt < MAX_TOKEN) {
            cps[at++] = lo;
            word = mix(word, lo);
            if (lo > 127) flags &= ~F_ASCII;
            const f = infoFold(ij);
            if (f === 0) flags &= ~F_FOLDABLE;
            else if (f !== lo) flags |= F_VIMARK;
          }
          for (;;) {
            j++;
            if (j >= to) {
              ij = 0;
              break;
            }
            cj = text.charCodeAt(j);
            ij = charInfo(cj);
            if (infoKind(ij) !== Kind.Mark) break;
            hasMark = true;
          }
          if (infoKind(ij) !== Kind.Letter || infoScript(ij) !== script) break;
        }
        // the token ends at j
        if (hasMark) {
          // written with combining marks (NFD): composed, and read again
          at = recompose(text, i, j, tokenAt, flags);
          flags = recFlags;
          word = recWord;
        }
        if (count < 2) flags &= ~F_UPPER;
        // parts of a domain or file name ("Vnexpress.net", "blogg.ud.se") are no prose
        if (
          (j < text.length && text.charCodeAt(j) === 46 && isDomainDot(text, j)) ||
          (i >= 2 && text.charCodeAt(i - 1) === 46 && isDomainDot(text, i - 1))
        )
          flags |= F_IGNORE;
        if (ignoreLength > 0) {
          while (ig < ignoreLength && (ignore?.[ig + 1] as number) <= i) ig += 2;
          if (ig < ignoreLength && (ignore?.[ig] as number) < j) flags |= F_IGNORE;
        }
        tokStart[n] = tokenAt;
        tokEnd[n] = at;
        tokPos[n] = i;
        tokScript[n] = script;
        tokFlags[n] = flags;
        tokWord[n] = word;
        tokLetters[n] = count;
        tokLine[n] = line;
        lineTokens[line] = (lineTokens[line] as number) + 1;
        if (flags & F_UPPER) lineUpper[line] = (lineUpper[line] as number) + 1;
        if (flags & F_CAP) {
          lineCaps[line] = (lineCaps[line] as number) + 1;
          capitals++;
        }
        scripts[script] = (scripts[script] as number) + count;
        letters += count;
        n++;
        i = j;
        continue;
      }
      if (k === Kind.Newline) {
        line = newLine(line);
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
      i++;
    }
  }
  return { tokens: n, capitals, scripts, letters };
}

/** Starts line `line + 1` (its counts at zero) and returns its index. */
function newLine(line: number): number {
  const next = line + 1;
  growLines(next);
  lineTokens[next] = 0;
  lineCaps[next] = 0;
  lineUpper[next] = 0;
  return next;
}

/** The flags and hashes of the token {@link recompose} wrote. */
let recFlags = 0;
let recWord = 0;

/**
 * Writes token `text[from..to)`, which holds combining marks (NFD), composed (NFC) and lower-cased
 * into `cps` from `at`; returns where it ends. Its flags of case and position stay.
 */
function recompose(text: string, from: number, to: number, at: number, flags: number): number {
  let f0 = (flags & (F_CAP | F_START | F_BULLET | F_UPPER)) | F_ASCII | F_FOLDABLE;
  let word = SEED_WORD;
  let end = at;
  const composed = safeNormalize(text.slice(from, to)).toLowerCase();
  for (let j = 0; j < composed.length; j++) {
    const c = composed.charCodeAt(j);
    const k = c >= 0xd800 && c <= 0xdfff ? Kind.Other : kindOf(c);
    if (k !== Kind.Letter && k !== Kind.Mark) continue;
    if (end - at >= MAX_TOKEN) break;
    cps[end++] = c;
    word = mix(word, c);
    if (c > 127) f0 &= ~F_ASCII;
    const f = viFoldOf(c);
    if (f === 0) f0 &= ~F_FOLDABLE;
    else if (f !== c) f0 |= F_VIMARK;
  }
  recFlags = f0;
  recWord = word;
  return end;
}

/**
 * The features of tokens `from..to` of the last {@link scan}, in parallel arrays (valid until the next
 * call): feature `i` has hash `hash[i]`, order `order[i]` (0..3 for 1- to 4-grams, 4 for the word),
 * weight `weight[i]` and `kind[i]` ({@link KIND_CAP}, {@link KIND_LOWER} or {@link KIND_NAME}); for a
 * name's word, `letters[i]` is its letter count. Plus tallies over the tokens.
 */
export interface Features {
  n: number;
  hash: Int32Array;
  order: Uint8Array;
  weight: Float64Array;
  kind: Uint8Array;
  letters: Uint8Array;
  /**
   * At the first feature of each token's run (its word, then its n-grams), the run's length; a run
   * is one token, so equal words give equal runs.
   */
  run: Int32Array;
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
  /** Name-shaped capitalised tokens: Vietnamese-shaped, Japanese-shaped. */
  viNames: number;
  jaNames: number;
}

/** Weight of a name's letters in the evidence when no word table knows it (see {@link Features}). */
export const NAME_EVIDENCE = NAME_WEIGHT;

let fHash = new Int32Array(8192);
let fOrder = new Uint8Array(8192);
let fWeight = new Float64Array(8192);
let fKind = new Uint8Array(8192);
let fLetters = new Uint8Array(8192);
let fRun = new Int32Array(8192);

function growFeatures(n: number): void {
  if (n <= fHash.length) return;
  let size = fHash.length;
  while (size < n) size *= 2;
  fHash = resized(fHash, size);
  fOrder = resized(fOrder, size);
  fWeight = resized(fWeight, size);
  fKind = resized(fKind, size);
  fLetters = resized(fLetters, size);
  fRun = resized(fRun, size);
}

const noWord = (): boolean => false;

/** The whole-word hash of `cps[start..end)`. */
function wordHash(start: number, end: number): number {
  let h = SEED_WORD;
  for (let j = start; j < end; j++) h = mix(h, cps[j] ?? 0);
  return h;
}

/** Whether token `t` of the last scan is capitalised and shaped like a Vietnamese or Japanese name: 1 vi, 2 ja, 0 neither. */
export function nameShape(t: number, isSyllable: boolean): number {
  const flags = tokFlags[t] as number;
  const start = tokStart[t] as number;
  const end = tokEnd[t] as number;
  if ((flags & F_FOLDABLE) !== 0 && (isSyllable || vietnameseShape(cps, start, end, viFoldOf))) return 1;
  if (japaneseShape(cps, start, end)) return 2;
  return 0;
}

/**
 * Features of tokens `from..to` of the last {@link scan} (all of them by default). `syllables` and
 * `needsMarks` are the hashes of valid Vietnamese syllables folded to ASCII and of those that need marks;
 * `isWord` tells whether a word hash is a word of a language other than Vietnamese (a name-shaped first
 * word of a sentence that is one counts as a word).
 */
export function features(
  sc: Scan,
  syllables: ReadonlySet<number>,
  needsMarks: ReadonlySet<number>,
  from = 0,
  to = sc.tokens,
  isWord: (wordHash: number) => boolean = noWord,
): Features {
  let n = 0;
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
  // Prose written in Vietnamese with its marks: its capitalised syllables are words of the same language.
  let lowerCount = 0;
  let lowerMarked = 0;
  for (let t = from; t < to; t++) {
    const flags = tokFlags[t] ?? 0;
    if (flags & (F_CAP | F_IGNORE)) continue;
    lowerCount++;
    if (flags & F_VIMARK) lowerMarked++;
  }
  const vietnameseProse = lowerMarked > 0 && 2 * lowerMarked >= lowerCount;
  for (let t = from; t < to; t++) {
    const flags = tokFlags[t] ?? 0;
    if (flags & F_IGNORE) continue;
    const line = tokLine[t] ?? 0;
    const inLine = lineTokens[line] ?? 0;
    const upperLine = (lineUpper[line] ?? 0) >= UPPER_SHARE * inLine;
    // acronyms and agency credits (VNA, AFP, TTXVN) say nothing of the language around them
    if (flags & F_UPPER && !upperLine) continue;
    const start = tokStart[t] ?? 0;
    const end = tokEnd[t] ?? 0;
    const fold = (flags & F_FOLDABLE) !== 0 ? tokenFold(t) : 0;
    const isSyllable = (flags & F_FOLDABLE) !== 0 && syllables.has(fold);
    if (flags & F_VIMARK) marked++;
    else if (isSyllable && flags & F_ASCII && needsMarks.has(fold)) unmarked++;
    let w = 1;
    if (flags & F_CAP) {
      let shape = upperLine ? 0 : nameShape(t, isSyllable);
      if (shape === 1 && vietnameseProse) shape = 0;
      // a sentence's first word that some language knows is that word ("The", "In", "Han"), not a name
      if (shape !== 0 && flags & F_START && isWord(wordHash(start, end))) shape = 0;
      if (shape !== 0) {
        // a name: its word counts only where a word table knows it, and nothing else of it counts
        if (shape === 1) viNames++;
        else jaNames++;
        growFeatures(n + 1);
        let h = SEED_WORD;
        for (let j = start; j < end; j++) h = mix(h, cps[j] ?? 0);
        fHash[n] = h;
        fOrder[n] = 4;
        fWeight[n] = WORD_WEIGHT;
        fKind[n] = KIND_NAME;
        fLetters[n] = end - start;
        fRun[n] = 1;
        n++;
        continue;
      }
      const titleLine = (lineCaps[line] ?? 0) >= TITLE_CASE_SHARE * inLine;
      if (flags & F_BULLET) w = NAME_WEIGHT;
      else if (!(flags & F_START) && !titleLine) w = NAME_WEIGHT;
    }
    const kind = (flags & F_CAP) === 0 ? KIND_LOWER : KIND_CAP;
    // a word written with Vietnamese marks (ệ, ậ, ư …) tells its language more than its letter count says
    evidence += w * (end - start) * (flags & F_VIMARK ? MARKED_EVIDENCE : 1);
    if (isSyllable) sylYes += w;
    else sylNo += w;
    if (kind === KIND_LOWER) {
      lowerEvidence += end - start;
      if (isSyllable) lowerSylYes++;
      else lowerSylNo++;
    }
    // the word first, then at most 4 grams at each position from the boundary before the token to its
    // end: one run per token, its length in `run` at the run's first feature (the detector caches runs)
    growFeatures(n + 4 * (end - start + 2) + 1);
    const first = n;
    let hw = SEED_WORD;
    for (let j = start; j < end; j++) hw = mix(hw, cps[j] ?? 0);
    fHash[n] = hw;
    fOrder[n] = 4;
    fWeight[n] = w * WORD_WEIGHT;
    fKind[n] = kind;
    n++;
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
        fKind[n] = kind;
        n++;
      }
    }
    fRun[first] = n - first;
  }
  return {
    n,
    hash: fHash,
    order: fOrder,
    weight: fWeight,
    kind: fKind,
    letters: fLetters,
    run: fRun,
    evidence,
    lowerEvidence,
    marked,
    unmarked,
    sylYes,
    sylNo,
    lowerSylYes,
    lowerSylNo,
    viNames,
    jaNames,
  };
}
