import { VietnormError } from '../errors.js';
import { parseDetectOptions } from '../options.js';
import { ensure, SCRIPT_COUNT, Script, viFoldOf } from './chars.js';
import { features, foreignTokens, type Scan, scan } from './features.js';
import { ORDERS } from './hash.js';
import { DELTA_SCALE, getModel, LABEL_MASK, type Model } from './model.js';
import { detectNonLatin } from './non-latin.js';
import type { DetectOptions, Diacritics, LanguageResult } from './types.js';

/** Default minimum amount of evidence, in (weighted) letters, below which the answer is 'und'. */
export const DEFAULT_MIN_LENGTH = 6;
/** Texts longer than this many UTF-16 code units are sampled. */
const SAMPLE_LIMIT = 8192;
/** Number and size of the evenly spread windows read from a long text. */
const WINDOWS = 8;
const WINDOW_SIZE = 1024;
/** Prior, in nats, for the languages vietnorm is built for (en, sv, vi): they are what it mostly reads. */
const PRIOR = 1.5;
const PRIOR_CODES = new Set(['en', 'sv', 'vi']);
/**
 * Extra prior, in nats, for each language the caller expects ({@link DetectOptions.expect}; the figure
 * in its documentation follows this one). Chosen on bench/langid.mjs: it decides most close calls at 20
 * characters and leaves text in other languages alone from 40 characters on.
 */
const EXPECT_PRIOR = 6;
/** An ISO 639-1 (or 639-3) code as the detector answers them. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
/**
 * Below this mean log-probability per feature, the best language explains the text too badly: it is in
 * a language the model does not know, and the answer is 'und'. Looser for short texts, which vary more.
 */
function fitThreshold(letters: number): number {
  return letters >= 60 ? -6.3 : letters >= 30 ? -6.45 : -6.6;
}
/** The out-of-model check needs at least this many letters of lower-case words. */
const MIN_FIT_LETTERS = 8;
/** Share of lower-case words holding a letter a language does not write, from which it is ruled out. */
const FOREIGN_SHARE = 0.15;
/** Posterior temperature: overlapping n-grams are far from independent. */
const TEMPERATURE = 4;

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

interface Scored {
  scores: Float64Array;
  evidence: number;
  marked: number;
  unmarked: number;
  /** Scores over the n-grams of lower-case tokens only (the out-of-model fit), their weight and letters. */
  lowerScores: Float64Array;
  lowerFeatures: number;
  lowerEvidence: number;
}

/** The order index of whole-word features (orders below it are character n-grams). */
const WORD_ORDER = ORDERS - 1;

// Per-language sums, per-order weights and per-answer scores, reused across calls (the detector is
// synchronous).
let sums = new Float64Array(64);
let answerScores = new Float64Array(64);
/** Per answer, the label that gave its best score. */
let answerLabel = new Int32Array(64);
let scoreBuffer = new Float64Array(64);
let lowerBuffer = new Float64Array(64);
const weightSums = new Float64Array(2 * ORDERS);

/** The prior of each of the model's answers (PRIOR for en, sv and vi), computed once. */
let priors: Float64Array | undefined;
/** The same plus EXPECT_PRIOR for the expected answers, rebuilt per call that expects any. */
let expectPriors = new Float64Array(64);

/** The prior of each of the model's answers, with EXPECT_PRIOR added for the `expected` ones. */
function priorsOf(m: Model, expected: readonly string[]): Float64Array {
  priors ??= Float64Array.from(m.answers, (a) => (PRIOR_CODES.has(a) ? PRIOR : 0));
  if (expected.length === 0) return priors;
  if (expectPriors.length < priors.length) expectPriors = new Float64Array(priors.length);
  expectPriors.set(priors);
  for (const code of expected) {
    const a = m.answers.indexOf(code);
    if (a >= 0) expectPriors[a] = (priors[a] as number) + EXPECT_PRIOR;
  }
  return expectPriors;
}

const NOTHING_EXPECTED: readonly string[] = [];

/** The codes of `options.expect`, checked (a VietnormError for anything but codes). */
function expectedCodes(expect: unknown): readonly string[] {
  if (expect === undefined) return NOTHING_EXPECTED;
  const list: readonly unknown[] | null =
    typeof expect === 'string' ? [expect] : Array.isArray(expect) ? expect : null;
  if (list === null)
    throw new VietnormError('invalid-option', 'expect must be a language code or an array of them', {
      option: 'expect',
    });
  for (const code of list) {
    if (typeof code !== 'string' || !LANGUAGE_CODE.test(code) || code === 'und')
      throw new VietnormError(
        'invalid-option',
        `expect: ${JSON.stringify(code) ?? String(code)} is not a language code such as 'sv'`,
        { option: 'expect', value: code },
      );
  }
  return list as readonly string[];
}

/** Naive-Bayes log-likelihood of the features of the scanned tokens under each modelled language. */
function score(m: Model, sc: Scan): Scored {
  const L = m.labels.length;
  const f = features(sc, m.syllables, m.needsMarks);
  // Sums kept apart for capitalised tokens, for the n-grams of lower-case tokens and for their whole
  // words: the lower-case n-grams alone (the prose, names excluded; words, whose tables differ in
  // coverage between languages, too) tell how well a language explains the text.
  if (sums.length < 3 * L) sums = new Float64Array(3 * L);
  sums.fill(0);
  weightSums.fill(0);
  const { table, pairs, mask } = m;
  const { hash, order, weight, lower } = f;
  for (let i = 0; i < f.n; i++) {
    const h = hash[i] as number;
    const w = weight[i] as number;
    const o = order[i] as number;
    const base = lower[i] ? (o === WORD_ORDER ? 2 * L : L) : 0;
    const wi = (lower[i] ? ORDERS : 0) + o;
    weightSums[wi] = (weightSums[wi] as number) + w;
    let slot = h & mask;
    for (;;) {
      const k = table[2 * slot];
      if (k === h) {
        const packed = table[2 * slot + 1] as number;
        const e = (packed >> 7) + (packed & 127);
        for (let p = packed >> 7; p < e; p++) {
          const v = pairs[p] as number;
          const li = base + (v & LABEL_MASK);
          // v >> 6 is the delta in units of 1 / DELTA_SCALE: scaled back once, below.
          sums[li] = (sums[li] as number) + w * (v >> 6);
        }
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  for (let i = 0; i < 3 * L; i++) sums[i] = (sums[i] as number) / DELTA_SCALE;
  if (scoreBuffer.length < L) {
    scoreBuffer = new Float64Array(L);
    lowerBuffer = new Float64Array(L);
  }
  const scores = scoreBuffer;
  const lowerScores = lowerBuffer;
  let lowerFeatures = 0;
  for (let o = 0; o < WORD_ORDER; o++) lowerFeatures += weightSums[ORDERS + o] as number;
  for (let li = 0; li < L; li++) {
    let lowerS =
      (sums[L + li] as number) +
      f.lowerSylYes * (m.sylYes[li] as number) +
      f.lowerSylNo * (m.sylNo[li] as number);
    let s =
      (sums[li] as number) +
      (sums[L + li] as number) +
      (sums[2 * L + li] as number) +
      f.sylYes * (m.sylYes[li] as number) +
      f.sylNo * (m.sylNo[li] as number);
    for (let o = 0; o < ORDERS; o++) {
      const floor = m.floors[li * ORDERS + o] as number;
      if (o !== WORD_ORDER) lowerS += (weightSums[ORDERS + o] as number) * floor;
      s += ((weightSums[o] as number) + (weightSums[ORDERS + o] as number)) * floor;
    }
    lowerScores[li] = lowerS;
    scores[li] = s;
  }
  return {
    scores,
    evidence: f.evidence,
    marked: f.marked,
    unmarked: f.unmarked,
    lowerScores,
    lowerFeatures,
    lowerEvidence: f.lowerEvidence,
  };
}

/** The answer with the best score (the first of equals). */
function bestAnswer(count: number): number {
  let best = 0;
  for (let a = 1; a < count; a++) if ((answerScores[a] as number) > (answerScores[best] as number)) best = a;
  return best;
}

/**
 * Whether at least FOREIGN_SHARE of the prose (lower-case) words of the last scan hold a letter outside
 * ASCII that label `li` does not write (Vietnamese letters never count).
 */
function lacksLetters(m: Model, sc: Scan, li: number): boolean {
  const letters = m.letters[li] as Set<number>;
  const { lower, foreign } = foreignTokens(sc, (cp) => viFoldOf(cp) === 0 && !letters.has(cp));
  return foreign >= 1 && foreign >= FOREIGN_SHARE * lower;
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
  options = parseDetectOptions(options);
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new TypeError(`Expected a string, got ${got}`);
  }
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const expected = expectedCodes(options.expect);
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
  // The best score of each answer (with the prior), and the label that gave it.
  const A = m.answers.length;
  if (answerScores.length < A) answerScores = new Float64Array(A);
  if (answerLabel.length < A) answerLabel = new Int32Array(A);
  answerScores.fill(Number.NEGATIVE_INFINITY, 0, A);
  const prior = priorsOf(m, expected);
  for (let li = 0; li < m.labels.length; li++) {
    const s = scores[li] as number;
    const a = m.answerOf[li] as number;
    const withPrior = s + (prior[a] as number);
    if (withPrior > (answerScores[a] as number)) {
      answerScores[a] = withPrior;
      answerLabel[a] = li;
    }
  }
  // The background model (other languages pooled) competes only on prose: a line of names is not
  // evidence of another language. When it wins, the text is in some language vietnorm does not model.
  if (lowerEvidence < MIN_FIT_LETTERS && m.undAnswer >= 0)
    answerScores[m.undAnswer] = Number.NEGATIVE_INFINITY;
  let topAnswer = bestAnswer(A);
  if (topAnswer === m.undAnswer) return und();
  // Letters the winning language does not write (Vietnamese letters aside: names and terms from
  // Vietnam appear in every language here) in the prose words: every answer that does not write them
  // is ruled out and the best of the others answers (Swedish "någon annan" is not Tagalog, whatever
  // its n-grams say). When none is left or the background wins, the text is in a language vietnorm does
  // not model that shares most of its spelling (Luxembourgish "dësem" is not English).
  if (m.answers[topAnswer] !== 'vi' && lacksLetters(m, sc, answerLabel[topAnswer] as number)) {
    answerScores[topAnswer] = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < A; a++)
      if (
        a !== m.undAnswer &&
        answerScores[a] !== Number.NEGATIVE_INFINITY &&
        lacksLetters(m, sc, answerLabel[a] as number)
      )
        answerScores[a] = Number.NEGATIVE_INFINITY;
    topAnswer = bestAnswer(A);
    if (topAnswer === m.undAnswer || answerScores[topAnswer] === Number.NEGATIVE_INFINITY) return und();
  }
  const topLabel = answerLabel[topAnswer] as number;
  const top = answerScores[topAnswer] as number;
  // Out-of-model check, on the prose only (names are poorly explained by every model).
  // Vietnamese letters with marks are evidence of their own: the marked model is too sparse to judge fit.
  const vietnameseMarks = m.codes[topLabel] === 'vi' && marked >= 0.3 * sc.tokens;
  if (lowerEvidence >= MIN_FIT_LETTERS) {
    const fit = (lowerScores[topLabel] ?? 0) / lowerFeatures;
    if (!vietnameseMarks && fit < fitThreshold(lowerEvidence)) return und();
  } else if (evidence < 1.5 * minLength && !(vietnameseMarks && marked >= 2)) {
    // (almost) no lower-case words: capitalised words are mostly names, so ask for half as much evidence again,
    // unless two words carry Vietnamese marks, which few other languages write
    return und();
  }
  let z = 0;
  for (let a = 0; a < A; a++) z += Math.exp(((answerScores[a] as number) - top) / TEMPERATURE);
  // Scores of the five best answers, best first.
  const out: Record<string, number> = {};
  for (let k = 0; k < 5; k++) {
    let best = -1;
    for (let a = 0; a < A; a++) {
      const s = answerScores[a] as number;
      if (s > Number.NEGATIVE_INFINITY && (best < 0 || s > (answerScores[best] as number))) best = a;
    }
    if (best < 0) break;
    const p = Math.exp(((answerScores[best] as number) - top) / TEMPERATURE) / z;
    out[m.answers[best] as string] = Math.round(p * 1000) / 1000;
    answerScores[best] = Number.NEGATIVE_INFINITY;
  }
  const language = m.answers[topAnswer] as string;
  const confidence = Math.round((1 / z) * 1000) / 1000;
  return {
    language,
    confidence,
    diacritics: language === 'vi' ? diacriticsOf(marked, unmarked) : null,
    scores: out,
  };
}
