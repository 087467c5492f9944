import { ensure, Kind, kindOf, lowerOf, SCRIPT_COUNT, Script, scriptOf, viFoldOf } from './chars.js';
import { getModel, lookup, type Model, mix, ORDERS, PAD, SEED_GRAM, SEED_SYL, SEED_WORD } from './model.js';
import { detectNonLatin } from './non-latin.js';
import type { DetectOptions, Diacritics, LanguageResult } from './types.js';

/** Default minimum amount of evidence, in (weighted) letters, below which the answer is 'und'. */
export const DEFAULT_MIN_LENGTH = 6;
/** Texts longer than this many UTF-16 code units are sampled. */
const SAMPLE_LIMIT = 8192;
/** Number and size of the evenly spread windows read from a long text. */
const WINDOWS = 8;
const WINDOW_SIZE = 1024;
/** Weight of a capitalised token that is not at the start of a sentence (probably a name). */
const NAME_WEIGHT = 0.3;
/** At or above this share of capitalised tokens a text is in title case and capitals say little. */
const TITLE_CASE_SHARE = 0.6;
/** Prior, in nats, for the languages vietnorm is built for (en, sv, vi): they are what it mostly reads. */
const PRIOR = 1.5;
const PRIOR_CODES = new Set(['en', 'sv', 'vi']);
/**
 * Below this mean log-probability per feature, the best language explains the text too badly: it is in
 * a language the model does not know, and the answer is 'und'. Looser for short texts, which vary more.
 */
function fitThreshold(letters: number): number {
  return letters >= 60 ? -6.3 : letters >= 30 ? -6.45 : -6.6;
}
/** The out-of-model check needs at least this many letters of lower-case words. */
const MIN_FIT_LETTERS = 8;
/** Posterior temperature: overlapping n-grams are far from independent. */
const TEMPERATURE = 4;
/** Weight of each feature order (1- to 4-grams, whole words): short grams generalise from little data. */
const ORDER_WEIGHT = [1, 1, 1, 1, 1];
/** Tokens longer than this are cut (binary noise, URLs). */
const MAX_TOKEN = 32;

function und(): LanguageResult {
  return { language: 'und', confidence: 0, diacritics: null, scores: {} };
}

/** Evenly spread windows of a long text, cut at spaces, joined by newlines. */
function sample(text: string): string {
  if (text.length <= SAMPLE_LIMIT) return text;
  const parts: string[] = [];
  const step = (text.length - WINDOW_SIZE) / (WINDOWS - 1);
  for (let i = 0; i < WINDOWS; i++) {
    let start = Math.floor(i * step);
    let end = Math.min(text.length, start + WINDOW_SIZE);
    const s = text.indexOf(' ', start);
    if (s !== -1 && s - start < 64) start = s + 1;
    const e = text.lastIndexOf(' ', end);
    if (e > start && end - e < 64) end = e;
    parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

function hasCombiningMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

// Token buffers, reused across calls (the detector is synchronous, so this is safe).
let cps = new Int32Array(4096);
let tokStart = new Int32Array(1024);
let tokEnd = new Int32Array(1024);
let tokFlags = new Uint8Array(1024);
let tokFold = new Int32Array(1024);
const F_CAP = 1;
const F_START = 2;
const F_BULLET = 4;
const F_ASCII = 8;
const F_VIMARK = 16;
const F_FOLDABLE = 32;

function grow(n: number): void {
  if (n >= tokStart.length) {
    const size = tokStart.length * 2;
    const s = new Int32Array(size);
    s.set(tokStart);
    tokStart = s;
    const e = new Int32Array(size);
    e.set(tokEnd);
    tokEnd = e;
    const f = new Uint8Array(size);
    f.set(tokFlags);
    tokFlags = f;
    const h = new Int32Array(size);
    h.set(tokFold);
    tokFold = h;
  }
}

interface Scan {
  tokens: number;
  capitals: number;
  scripts: Int32Array;
  letters: number;
}

/** Splits `text` into lower-cased letter tokens with flags; counts letters per script. */
function scan(text: string): Scan {
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
        grow(n);
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

interface Scored {
  scores: Float64Array;
  evidence: number;
  marked: number;
  unmarked: number;
  /** Scores over lower-case tokens only, their feature count and letters. */
  lowerScores: Float64Array;
  lowerFeatures: number;
  lowerEvidence: number;
}

// Per-language sums and per-order weights, reused across calls (the detector is synchronous).
let sums = new Float64Array(64);
const weightSums = new Float64Array(2 * ORDERS);

/** Naive-Bayes log-likelihood of the scanned tokens under each modelled language. */
function score(m: Model, sc: Scan): Scored {
  const L = m.labels.length;
  // Sums kept apart for capitalised and for lower-case tokens: the latter alone (the prose, names
  // excluded) tell how well a language explains the text. Buffers are reused across calls.
  if (sums.length < 2 * L) sums = new Float64Array(2 * L);
  sums.fill(0);
  weightSums.fill(0);
  const capPartial = sums.subarray(0, L);
  const lowerPartial = sums.subarray(L, 2 * L);
  const capWeights = weightSums.subarray(0, ORDERS);
  const lowerWeights = weightSums.subarray(ORDERS, 2 * ORDERS);
  let lowerSylYes = 0;
  let lowerSylNo = 0;
  let lowerEvidence = 0;
  let sylYes = 0;
  let sylNo = 0;
  let evidence = 0;
  let marked = 0;
  let unmarked = 0;
  const titleCase = sc.capitals >= TITLE_CASE_SHARE * sc.tokens;
  const { keys, starts, ends, pairLang, pairDelta, syllables } = m;
  for (let t = 0; t < sc.tokens; t++) {
    const flags = tokFlags[t] ?? 0;
    const start = tokStart[t] ?? 0;
    const end = tokEnd[t] ?? 0;
    const foldable = (flags & F_FOLDABLE) !== 0;
    const isSyllable = foldable && syllables.has(tokFold[t] ?? 0);
    if (flags & F_VIMARK) marked++;
    else if (isSyllable && flags & F_ASCII && m.needsMarks.has(tokFold[t] ?? 0)) unmarked++;
    let w = 1;
    if (flags & F_CAP) {
      if (flags & F_BULLET) w = NAME_WEIGHT;
      else if (!(flags & F_START) && !(titleCase && !isSyllable)) w = NAME_WEIGHT;
    }
    evidence += w * (end - start);
    if (isSyllable) sylYes += w;
    else sylNo += w;
    const isLower = (flags & F_CAP) === 0;
    const partial = isLower ? lowerPartial : capPartial;
    const weights = isLower ? lowerWeights : capWeights;
    // character n-grams, n = 1..4, over the token padded with boundaries
    for (let i = start - 1; i <= end; i++) {
      let h = SEED_GRAM;
      for (let o = 0; o < 4; o++) {
        const j = i + o;
        if (j > end) break;
        const cp = j < start || j === end ? PAD : (cps[j] ?? 0);
        h = mix(h, cp);
        if (o === 0 && cp === PAD) continue;
        const wo = w * (ORDER_WEIGHT[o] ?? 1);
        weights[o] = (weights[o] ?? 0) + wo;
        let slot = h & m.mask;
        for (;;) {
          const k = keys[slot];
          if (k === h) {
            const e = ends[slot] ?? 0;
            for (let p = starts[slot] ?? 0; p < e; p++) {
              const li = pairLang[p] ?? 0;
              partial[li] = (partial[li] ?? 0) + wo * (pairDelta[p] ?? 0);
            }
            break;
          }
          if (k === 0) break;
          slot = (slot + 1) & m.mask;
        }
      }
    }
    // the whole word
    let h = SEED_WORD;
    for (let j = start; j < end; j++) h = mix(h, cps[j] ?? 0);
    const ww = w * (ORDER_WEIGHT[4] ?? 1);
    weights[4] = (weights[4] ?? 0) + ww;
    const slot = lookup(m, h);
    if (slot >= 0) {
      const e = ends[slot] ?? 0;
      for (let p = starts[slot] ?? 0; p < e; p++) {
        const li = pairLang[p] ?? 0;
        partial[li] = (partial[li] ?? 0) + ww * (pairDelta[p] ?? 0);
      }
    }
    if (isLower) {
      lowerEvidence += end - start;
      if (isSyllable) lowerSylYes++;
      else lowerSylNo++;
    }
  }
  const scores = new Float64Array(L);
  const lowerScores = new Float64Array(L);
  let lowerFeatures = 0;
  for (let o = 0; o < ORDERS; o++) lowerFeatures += lowerWeights[o] ?? 0;
  for (let li = 0; li < L; li++) {
    let s = (lowerPartial[li] ?? 0) + lowerSylYes * (m.sylYes[li] ?? 0) + lowerSylNo * (m.sylNo[li] ?? 0);
    for (let o = 0; o < ORDERS; o++) s += (lowerWeights[o] ?? 0) * (m.floors[li * ORDERS + o] ?? 0);
    lowerScores[li] = s;
  }
  for (let li = 0; li < L; li++) {
    let s =
      (capPartial[li] ?? 0) +
      (lowerPartial[li] ?? 0) +
      sylYes * (m.sylYes[li] ?? 0) +
      sylNo * (m.sylNo[li] ?? 0);
    for (let o = 0; o < ORDERS; o++) {
      s += ((capWeights[o] ?? 0) + (lowerWeights[o] ?? 0)) * (m.floors[li * ORDERS + o] ?? 0);
    }
    scores[li] = s;
  }
  return { scores, evidence, marked, unmarked, lowerScores, lowerFeatures, lowerEvidence };
}

function diacriticsOf(marked: number, unmarked: number): Diacritics {
  if (marked === 0) return 'none';
  if (unmarked <= 0.03 * (marked + unmarked)) return 'full';
  return 'partial';
}

/**
 * Detect the language of a text: English, Swedish and Vietnamese (with or without its marks) are
 * told apart from each other and from about thirty other languages.
 *
 * Long texts (over 8,192 code units) are read in eight evenly spread windows, so the cost is bounded.
 * Capitalised words inside sentences (names) and capitalised items of bulleted lists weigh less, so
 * English or Swedish prose full of Vietnamese names stays English or Swedish.
 *
 * @param text - The text. Any string is accepted; only non-strings throw.
 * @param options - See {@link DetectOptions}.
 * @returns The language, a calibrated confidence, scores per candidate and, for Vietnamese, how
 *   much of its diacritics the text keeps.
 * @throws TypeError when `text` is not a string.
 * @example
 * detectLanguage('Thu tuong Pham Minh Chinh tiep Dai su Nhat Ban tai Ha Noi');
 * // { language: 'vi', diacritics: 'none', confidence: 0.99…, scores: { vi: 0.99…, … } }
 * @example
 * detectLanguage('ok').language; // 'und' (too short to tell)
 */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageResult {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new TypeError(`Expected a string, got ${got}`);
  }
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  let input = sample(text);
  if (hasCombiningMarks(input)) input = input.normalize('NFC');
  ensure(0);
  const sc = scan(input);
  if (sc.letters === 0) return und();
  let best: number = Script.Latin;
  let bestCount = sc.scripts[Script.Latin] ?? 0;
  for (let s = 2; s < SCRIPT_COUNT; s++) {
    const count = (sc.scripts[s] ?? 0) + (s === Script.Han ? (sc.scripts[Script.Kana] ?? 0) : 0);
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  if (best !== Script.Latin) return detectNonLatin(input, best, sc.scripts, minLength);
  const m = getModel();
  const { scores, evidence, marked, unmarked, lowerScores, lowerFeatures, lowerEvidence } = score(m, sc);
  if (evidence < minLength) return und();
  // best label per answer code
  const byCode = new Map<string, number>();
  let bestLabel = 0;
  m.codes.forEach((code, li) => {
    if ((scores[li] ?? 0) > (scores[bestLabel] ?? 0)) bestLabel = li;
    const s = (scores[li] ?? Number.NEGATIVE_INFINITY) + (PRIOR_CODES.has(code) ? PRIOR : 0);
    const prev = byCode.get(code);
    if (prev === undefined || s > prev) byCode.set(code, s);
  });
  const ranked = [...byCode].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  // Out-of-model check, on the prose only (names are poorly explained by every model).
  // Vietnamese letters with marks are evidence of their own: the marked model is too sparse to judge fit.
  const vietnameseMarks = m.codes[bestLabel] === 'vi' && marked >= 0.3 * sc.tokens;
  if (lowerEvidence >= MIN_FIT_LETTERS) {
    const fit = (lowerScores[bestLabel] ?? 0) / lowerFeatures;
    if (!vietnameseMarks && fit < fitThreshold(lowerEvidence)) return und();
  } else if (evidence < 2 * minLength) {
    // (almost) no lower-case words: capitalised words are mostly names, so ask for twice the evidence
    return und();
  }
  let z = 0;
  for (const [, s] of ranked) z += Math.exp((s - top) / TEMPERATURE);
  const out: Record<string, number> = {};
  for (const [code, s] of ranked.slice(0, 5))
    out[code] = Math.round((Math.exp((s - top) / TEMPERATURE) / z) * 1000) / 1000;
  const language = ranked[0]?.[0] ?? 'und';
  const confidence = Math.round((1 / z) * 1000) / 1000;
  return {
    language,
    confidence,
    diacritics: language === 'vi' ? diacriticsOf(marked, unmarked) : null,
    scores: out,
  };
}
