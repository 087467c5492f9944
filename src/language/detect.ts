import { VietnormError } from '../errors.js';
import { parseDetectOptions, parseDetectRangesOptions } from '../options.js';
import { ensure, SCRIPT_COUNT, Script } from './chars.js';
import { CALIBRATION } from './data/calibration.generated.js';
import { scan, tokenPosition, trimBuffers } from './features.js';

import { getModel, type Model } from './model.js';
import { detectNonLatin } from './non-latin.js';
import {
  addTally,
  beginTallies,
  foreignShare,
  knows,
  type Layout,
  layout,
  lowerScore,
  lowerWordsTallied,
  T_EVIDENCE,
  T_JA_NAMES,
  T_LETTERS,
  T_LOWER_EVIDENCE,
  T_LOWER_FEATURES,
  T_LOWER_SYL_NO,
  T_LOWER_SYL_YES,
  T_MARKED,
  T_OWN_EVIDENCE,
  T_SYL_NO,
  T_SYL_YES,
  T_TOKENS,
  T_UNMARKED,
  T_VI_NAMES,
  tally,
} from './tally.js';
import type {
  DetectOptions,
  DetectRangesOptions,
  Diacritics,
  LanguageResult,
  RangesResult,
  TextRange,
} from './types.js';

/** Default minimum amount of evidence, in (weighted) letters, below which the answer is 'und'. */
export const DEFAULT_MIN_LENGTH = 6;
/** Texts longer than this many UTF-16 code units are sampled by {@link detectLanguage}. */
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
  return letters >= 60 ? -6.6 : letters >= 30 ? -6.75 : -6.9;
}
/** Share of the minimum evidence that must come from words rather than unknown names. */
const MIN_OWN_SHARE = 0.5;
/**
 * The background model (other languages pooled) competes only from this many letters of lower-case
 * words: on news, a rare word alone ("bilaterala") is explained no better by it than by its language.
 */
const BACKGROUND_LETTERS = 12;
/** From this many lower-case words, the answer's word table must know one of them… */
const KNOWN_MIN_WORDS = 2;
/**
 * … unless their n-grams fit the answer this well (mean log-probability per feature): everyday
 * words the table lacks ("deepest condolences", "asserted colonial") are still the language's,
 * where a language vietnorm does not model fits worse ("personoliaeth, trwy", Welsh: -6.7).
 * Chosen on the calibration split of the news windows and on bench/langid.mjs's declaration.
 */
const KNOWN_FIT = -6.1;
/** The out-of-model check needs at least this many letters of lower-case words. */
const MIN_FIT_LETTERS = 8;
/** Share of lower-case words holding a letter a language does not write, from which it is ruled out. */
const FOREIGN_SHARE = 0.15;
/** Posterior temperature: overlapping n-grams are far from independent. */
const TEMPERATURE = 4;
/** Below this (tempered) log-ratio to the best answer, a term of the softmax is too small to count. */
const NEGLIGIBLE = -45;
/** The five best answers of the last reading. */
const bestFive = new Int32Array(5);

// ---- priors and options -----------------------------------------------------------------------------

/** The prior of each of the model's answers (PRIOR for en, sv and vi), computed once. */
let priors: Float64Array | undefined;

/** Priors with expected languages, by their codes joined (a few sets in practice; bounded). */
const expectedPriors = new Map<string, Float64Array>();
const EXPECTED_PRIORS_SIZE = 64;

/** The prior of each of the model's answers, with EXPECT_PRIOR added for the `expected` ones. */
function priorsOf(m: Model, expected: readonly string[]): Float64Array {
  priors ??= Float64Array.from(m.answers, (a) => (PRIOR_CODES.has(a) ? PRIOR : 0));
  if (expected.length === 0) return priors;
  const key = expected.length === 1 ? (expected[0] as string) : expected.join(',');
  let out = expectedPriors.get(key);
  if (out !== undefined) return out;
  out = Float64Array.from(priors);
  for (const code of expected) {
    const a = m.answers.indexOf(code);
    if (a >= 0) out[a] = (priors[a] as number) + EXPECT_PRIOR;
  }
  if (expectedPriors.size >= EXPECTED_PRIORS_SIZE) expectedPriors.clear();
  expectedPriors.set(key, out);
  return out;
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

/** `{ start, end }` spans checked against `length` (a VietnormError naming `option` otherwise). */
function checkedSpans(value: unknown, length: number, option: string): TextRange[] {
  if (!Array.isArray(value))
    throw new VietnormError('invalid-option', `${option} must be an array of { start, end } spans`, {
      option,
    });
  return value.map((span: unknown, i) => {
    const s = span as { start?: unknown; end?: unknown } | null;
    const start = s?.start;
    const end = s?.end;
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end < start ||
      end > length
    )
      throw new VietnormError(
        'invalid-option',
        `${option}[${i}] must be { start, end } with 0 ≤ start ≤ end ≤ ${length} (integers)`,
        { option, index: i },
      );
    return { start, end };
  });
}

/** `options.ignore` as sorted, merged pairs of offsets, or null. */
function ignorePairs(value: unknown, length: number): number[] | null {
  if (value === undefined) return null;
  const spans = checkedSpans(value, length, 'ignore').filter((s) => s.end > s.start);
  if (spans.length === 0) return null;
  spans.sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const { start, end } of spans) {
    const last = out.length - 1;
    if (last > 0 && start <= (out[last] as number)) out[last] = Math.max(out[last] as number, end);
    else out.push(start, end);
  }
  return out;
}

function checkedText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new TypeError(`Expected a string, got ${got}`);
  }
}

function und(): LanguageResult {
  return { language: 'und', confidence: 0, diacritics: null, scores: {} };
}

/** Evenly spread windows of a long text, cut at spaces, as pairs of offsets (the whole text if short). */
function sampleWindows(text: string): number[] | null {
  if (text.length <= SAMPLE_LIMIT) return null;
  const out: number[] = [];
  const step = (text.length - WINDOW_SIZE) / (WINDOWS - 1);
  for (let i = 0; i < WINDOWS; i++) {
    let start = Math.floor(i * step);
    let end = Math.min(text.length, start + WINDOW_SIZE);
    const s = text.indexOf(' ', start);
    if (s !== -1 && s - start < 64) start = s + 1;
    const e = text.lastIndexOf(' ', end);
    if (e > start && end - e < 64) end = e;
    out.push(start, end);
  }
  return out;
}

// ---- deciding from a tally --------------------------------------------------------------------------

let answerScores = new Float64Array(64);
/** Per answer, the label that gave its best score. */
let answerLabel = new Int32Array(64);
let scoreBuffer = new Float64Array(64);

/** The answer with the best score (the first of equals). */
function bestAnswer(count: number): number {
  let best = 0;
  for (let a = 1; a < count; a++) if ((answerScores[a] as number) > (answerScores[best] as number)) best = a;
  return best;
}

/**
 * Whether at least FOREIGN_SHARE of the prose (lower-case) words listed in `lists` hold a letter outside
 * ASCII that label `li` does not write (Vietnamese letters never count).
 */
function lacksLetters(lists: readonly number[], li: number): boolean {
  const { lower, foreign } = foreignShare(lists, li);
  return foreign >= 1 && foreign >= FOREIGN_SHARE * lower;
}

function diacriticsOf(marked: number, unmarked: number): Diacritics {
  if (marked === 0) return 'none';
  if (unmarked <= 0.03 * (marked + unmarked)) return 'full';
  return 'partial';
}

/**
 * What a tally reads as: the tally at offset `at` of `acc`, the spans of its lower-case words (`lists`,
 * see lowerScore) and its text (for other scripts).
 */
interface Reading {
  acc: Float64Array;
  at: number;
  lists: readonly number[];
  /** The text it read: `text` itself, or the stretches `texts` of it (joined, in text order). */
  text: string;
  texts: readonly TextRange[] | null;
}

/** The text of a reading (for other scripts): at most about 2,048 code units of it. */
function textOf(reading: Reading): string {
  const { text, texts } = reading;
  if (texts === null) return text;
  let s = '';
  for (const r of [...texts].sort((a, b) => a.start - b.start)) {
    if (s.length >= 2048) break;
    s += (s ? '\n' : '') + text.slice(r.start, r.end);
  }
  return s;
}

/** The names of a text of names alone: the languages their shapes belong to, most first. */
function nameLanguagesOf(acc: Float64Array, C: number): string[] {
  const vi = acc[C + T_VI_NAMES] as number;
  const ja = acc[C + T_JA_NAMES] as number;
  const out: Array<[string, number]> = [];
  if (vi > 0) out.push(['vi', vi]);
  if (ja > 0) out.push(['ja', ja]);
  return out.sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

function decide(
  m: Model,
  lay: Layout,
  reading: Reading,
  minLength: number,
  expected: readonly string[],
  wantNames: boolean,
): LanguageResult {
  lastRaw = -1;
  const r = read(m, lay, reading, minLength, expected);
  const C = reading.at + lay.counts;
  if (lastRaw >= 0) {
    lastOwn = reading.acc[C + T_OWN_EVIDENCE] as number;
    r.confidence = Math.round(calibrated(lastRaw, lastOwn) * 1000) / 1000;
  }
  if (wantNames && r.language === 'und') r.nameLanguages = nameLanguagesOf(reading.acc, C);
  return r;
}

/** The uncalibrated confidence of the last Latin-script answer of {@link decide} (-1 if none), and its evidence. */
let lastRaw = -1;
let lastOwn = 0;

/**
 * The confidence of an answer on news: a logistic map of the detector's own posterior (`raw`, the
 * softmax of its scores) and of the letters of evidence, fitted on the calibration split of the dev-set
 * news windows by scripts/calibrate-language.mjs (see data/calibration.generated.ts).
 */
function calibrated(raw: number, own: number): number {
  const p = Math.min(Math.max(raw, 1e-9), 1 - 1e-12);
  const x =
    CALIBRATION.raw * Math.log(p / (1 - p)) + CALIBRATION.evidence * Math.log(1 + own) + CALIBRATION.bias;
  return 1 / (1 + Math.exp(-x));
}

/**
 * For scripts/calibrate-language.mjs only (not exported by the package): the answer for `text` with
 * its uncalibrated confidence and its evidence (`raw` is -1 when the answer is not a Latin-script
 * language).
 * @internal
 */
export function detectRaw(
  text: string,
  options: DetectOptions = {},
): { language: string; raw: number; own: number } {
  const r = detectLanguage(text, options);
  return { language: r.language, raw: lastRaw, own: lastOwn };
}

/** The answer for a tally (see {@link decide}). */
function read(
  m: Model,
  lay: Layout,
  reading: Reading,
  minLength: number,
  expected: readonly string[],
): LanguageResult {
  const { acc, at } = reading;
  const { L } = lay;
  const C = at + lay.counts;
  const S = at + lay.scripts;
  const letters = acc[C + T_LETTERS] as number;
  if (letters === 0) return und();
  let best: number = Script.Latin;
  let bestCount = acc[S + Script.Latin] as number;
  for (let s = 2; s < SCRIPT_COUNT; s++) {
    const count = (acc[S + s] as number) + (s === Script.Han ? (acc[S + Script.Kana] as number) : 0);
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  if (best !== Script.Latin) {
    const counts = Int32Array.from(acc.subarray(S, S + SCRIPT_COUNT));
    return detectNonLatin(textOf(reading), best, counts, minLength);
  }
  const evidence = acc[C + T_EVIDENCE] as number;
  const lowerEvidence = acc[C + T_LOWER_EVIDENCE] as number;
  const marked = acc[C + T_MARKED] as number;
  const unmarked = acc[C + T_UNMARKED] as number;
  // Names alone are no language: some of the evidence must be words the model can read.
  if (evidence < minLength || (acc[C + T_OWN_EVIDENCE] as number) < MIN_OWN_SHARE * minLength) return und();
  if (scoreBuffer.length < L) scoreBuffer = new Float64Array(L);
  const scores = scoreBuffer;
  const lowerFeatures = acc[C + T_LOWER_FEATURES] as number;
  const sylYes = acc[C + T_SYL_YES] as number;
  const sylNo = acc[C + T_SYL_NO] as number;
  const lowerSylYes = acc[C + T_LOWER_SYL_YES] as number;
  const lowerSylNo = acc[C + T_LOWER_SYL_NO] as number;
  for (let li = 0; li < L; li++)
    scores[li] =
      (acc[at + li] as number) + sylYes * (m.sylYes[li] as number) + sylNo * (m.sylNo[li] as number);
  // The best score of each answer (with the prior), and the label that gave it.
  const A = m.answers.length;
  if (answerScores.length < A) answerScores = new Float64Array(A);
  if (answerLabel.length < A) answerLabel = new Int32Array(A);
  answerScores.fill(Number.NEGATIVE_INFINITY, 0, A);
  const prior = priorsOf(m, expected);
  for (let li = 0; li < L; li++) {
    const a = m.answerOf[li] as number;
    const withPrior = (scores[li] as number) + (prior[a] as number);
    if (withPrior > (answerScores[a] as number)) {
      answerScores[a] = withPrior;
      answerLabel[a] = li;
    }
  }
  // The background model (other languages pooled) competes only on prose: a line of names is not
  // evidence of another language. When it wins, the text is in some language vietnorm does not model.
  if (lowerEvidence < BACKGROUND_LETTERS && m.undAnswer >= 0)
    answerScores[m.undAnswer] = Number.NEGATIVE_INFINITY;
  let topAnswer = bestAnswer(A);
  if (topAnswer === m.undAnswer) return und();
  // Letters the winning language does not write (Vietnamese letters aside: names and terms from
  // Vietnam appear in every language here) in the prose words: every answer that does not write them
  // is ruled out and the best of the others answers (Swedish "någon annan" is not Tagalog, whatever
  // its n-grams say). When none is left or the background wins, the text is in a language vietnorm does
  // not model that shares most of its spelling (Luxembourgish "dësem" is not English).
  if (m.answers[topAnswer] !== 'vi' && lacksLetters(reading.lists, answerLabel[topAnswer] as number)) {
    answerScores[topAnswer] = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < A; a++)
      if (
        a !== m.undAnswer &&
        answerScores[a] !== Number.NEGATIVE_INFINITY &&
        lacksLetters(reading.lists, answerLabel[a] as number)
      )
        answerScores[a] = Number.NEGATIVE_INFINITY;
    topAnswer = bestAnswer(A);
    if (topAnswer === m.undAnswer || answerScores[topAnswer] === Number.NEGATIVE_INFINITY) return und();
  }
  const topLabel = answerLabel[topAnswer] as number;
  const top = answerScores[topAnswer] as number;
  // Out-of-model check, on the prose only (names are poorly explained by every model).
  // Vietnamese letters with marks are evidence of their own: the marked model is too sparse to judge fit.
  const tokens = acc[C + T_TOKENS] as number;
  const vietnameseMarks = m.codes[topLabel] === 'vi' && marked >= 0.3 * tokens;
  // (Texts with almost no lower-case words need no more evidence than others: the names among their
  // capitalised words are masked or weigh little already.)
  let fit = Number.NEGATIVE_INFINITY;
  if (lowerEvidence >= MIN_FIT_LETTERS) {
    const lowerS =
      lowerScore(reading.lists, topLabel) +
      lowerSylYes * (m.sylYes[topLabel] as number) +
      lowerSylNo * (m.sylNo[topLabel] as number);
    fit = lowerS / lowerFeatures;
    if (!vietnameseMarks && fit < fitThreshold(lowerEvidence)) return und();
  }
  // Prose of which the answer's word table knows no word is not in that language, however its letters
  // look (Welsh "personoliaeth, trwy" has English n-grams and no English word), unless its n-grams
  // fit the language well.
  const lowerTokens = lowerSylYes + lowerSylNo;
  if (lowerTokens >= KNOWN_MIN_WORDS && !vietnameseMarks && fit < KNOWN_FIT && !knows(acc, lay, at, topLabel))
    return und();
  // The softmax's sum, and the five best answers, best first (the first of equals first). Answers more
  // than NEGLIGIBLE nats (tempered) below the best add nothing a double can hold, even all together.
  let z = 0;
  let kept = 0;
  for (let a = 0; a < A; a++) {
    const s = answerScores[a] as number;
    const d = (s - top) / TEMPERATURE;
    if (d > NEGLIGIBLE) z += Math.exp(d);
    if (s === Number.NEGATIVE_INFINITY) continue;
    let k = kept < 5 ? kept++ : 5;
    while (k > 0 && s > (answerScores[bestFive[k - 1] as number] as number)) {
      if (k < 5) bestFive[k] = bestFive[k - 1] as number;
      k--;
    }
    if (k < 5) bestFive[k] = a;
  }
  const out: Record<string, number> = {};
  for (let k = 0; k < kept; k++) {
    const a = bestFive[k] as number;
    const p = Math.exp(((answerScores[a] as number) - top) / TEMPERATURE) / z;
    out[m.answers[a] as string] = Math.round(p * 1000) / 1000;
  }
  const language = m.answers[topAnswer] as string;
  // the posterior of the answer; decide() turns it into the calibrated confidence
  lastRaw = 1 / z;
  const confidence = lastRaw;
  return {
    language,
    confidence,
    diacritics: language === 'vi' ? diacriticsOf(marked, unmarked) : null,
    scores: out,
  };
}

// ---- public entries -----------------------------------------------------------------------------------

/**
 * Detect the language of a text: English, Swedish and Vietnamese (with or without its marks) are
 * told apart from each other and from about thirty other languages.
 *
 * Long texts (over 8,192 code units) are read in eight evenly spread windows, so the cost is bounded.
 * Names are not evidence: capitalised words shaped like romanised Vietnamese or Japanese names
 * ("Pham Minh Chinh", "Kishida Fumio") count only as far as a word table knows them, acronyms and
 * credits in capitals ("VNA") not at all, other capitalised words inside sentences little, and the
 * spans in `options.ignore` (names a recognizer found) not at all: the words around them decide.
 *
 * @param text - The text. Any string is accepted; only non-strings throw.
 * @param options - See {@link DetectOptions}.
 * @returns The language, a calibrated confidence, scores per candidate and, for Vietnamese, how
 *   much of its diacritics the text keeps.
 * @throws TypeError when `text` is not a string; a `VietnormError` ('invalid-option') for a bad option.
 * @example
 * detectLanguage('Thu tuong Pham Minh Chinh tiep Dai su Nhat Ban tai Ha Noi');
 * // { language: 'vi', diacritics: 'none', confidence: 0.99…, scores: { vi: 0.99…, … } }
 * @example
 * detectLanguage('ok').language; // 'und' (too short to tell)
 * @example
 * detectLanguage('Kishida Fumio', { nameLanguages: true }); // { language: 'und', nameLanguages: ['ja'], … }
 */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageResult {
  options = parseDetectOptions(options);
  checkedText(text);
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const expected = expectedCodes(options.expect);
  const ignore = ignorePairs(options.ignore, text.length);
  ensure(0);
  const reads = sampleWindows(text);
  const sc = scan(text, reads, ignore);
  if (sc.letters === 0) return und();
  const m = getModel();
  const lay = layout(m, SCRIPT_COUNT);
  const acc = scratch(lay.size);
  beginTallies(m);
  tally(m, lay, 0, sc.tokens, acc, 0);
  return decide(
    m,
    lay,
    {
      acc,
      at: 0,
      lists: [0, lowerWordsTallied()],
      text: reads ? text.slice(reads[0], reads[1]) : text,
      texts: null,
    },
    minLength,
    expected,
    options.nameLanguages === true,
  );
}

/** Tallies reused from call to call (everything here is synchronous), up to {@link TALLIES_KEPT} numbers. */
let tallies = new Float64Array(0);
/**
 * Largest buffer kept between calls. A page of thousands of paragraphs gets a buffer of its own,
 * which goes with the call: kept, it would hold megabytes through the rest of analyze and after.
 */
const TALLIES_KEPT = 1 << 16;
/** Zeroed tallies for `size` numbers. */
function scratch(size: number): Float64Array {
  if (size > TALLIES_KEPT) return new Float64Array(size);
  if (tallies.length < size)
    tallies = new Float64Array(Math.min(TALLIES_KEPT, Math.max(size, 2 * tallies.length)));
  tallies.fill(0, 0, size);
  return tallies;
}

/** The index of `value` in the sorted `list` (which holds it). */
function indexIn(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token at or after offset `pos` of the last scan (tokens `0..count`), by bisection. */
function tokenAt(pos: number, count: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokenPosition(mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Detect the language of several ranges of one text and of all of them together, reading every
 * character once: the features of the text are extracted once and summed per range and for the whole.
 * `analyze` uses it for a page's paragraphs and the page.
 *
 * The whole is the text of all the ranges together (the entire text when `ranges` is empty), read in
 * full, never sampled. Each range is read with the whole's language expected (as
 * {@link DetectOptions.expect}), unless `options.expectWhole` is false. A token belongs to the range
 * its first letter is in.
 *
 * @param text - The text. Any string is accepted; only non-strings throw.
 * @param ranges - `{ start, end }` offsets into `text` (UTF-16 code units); they may overlap.
 * @param options - See {@link DetectRangesOptions}.
 * @returns `whole` and one result per range, in the order given.
 * @throws TypeError when `text` is not a string; a `VietnormError` ('invalid-option') for a bad range or option.
 * @example
 * const text = 'The ministers met in Tokyo.\n\nDe kom överens om ett nytt avtal.';
 * const { whole, ranges } = detectLanguages(text, [{ start: 0, end: 27 }, { start: 29, end: text.length }]);
 * ranges.map((r) => r.language); // ['en', 'sv']
 */
export function detectLanguages(
  text: string,
  ranges: readonly TextRange[],
  options: DetectRangesOptions = {},
): RangesResult {
  try {
    return detectRanges(text, ranges, options);
  } finally {
    // A page of a megabyte grows the scan's buffers to tens of megabytes: not kept past the call.
    trimBuffers();
  }
}

/**
 * {@link detectLanguages} without letting go of the scan's buffers: for a caller that reads a long
 * text in several calls, and calls {@link trimBuffers} after the last.
 */
export function detectRanges(
  text: string,
  ranges: readonly TextRange[],
  options: DetectRangesOptions = {},
): RangesResult {
  options = parseDetectRangesOptions(options);
  checkedText(text);
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const expected = expectedCodes(options.expect);
  const ignore = ignorePairs(options.ignore, text.length);
  const spans = checkedSpans(ranges, text.length, 'ranges');
  const wantNames = options.nameLanguages === true;
  ensure(0);
  const sc = scan(text, null, ignore);
  const m = getModel();
  const lay = layout(m, SCRIPT_COUNT);
  const { size } = lay;
  beginTallies(m);
  if (spans.length === 0) {
    const acc = scratch(size);
    if (sc.letters > 0) tally(m, lay, 0, sc.tokens, acc, 0);
    const all = [{ start: 0, end: text.length }];
    const whole = decide(
      m,
      lay,
      { acc, at: 0, lists: [0, lowerWordsTallied()], text, texts: all },
      minLength,
      expected,
      wantNames,
    );
    return { whole, ranges: [] };
  }
  // Elementary segments between every range boundary: each token is tallied once, in its segment.
  const cuts: number[] = [];
  for (const r of spans) cuts.push(r.start, r.end);
  cuts.sort((a, b) => a - b);
  let unique = 0;
  for (let k = 0; k < cuts.length; k++)
    if (k === 0 || cuts[k] !== cuts[unique - 1]) cuts[unique++] = cuts[k] as number;
  cuts.length = unique;
  const segments = unique - 1;
  // Which segments some range covers: a sweep over the cuts (linear, however many ranges).
  const depth = new Int32Array(unique + 1);
  for (const r of spans) {
    if (r.end <= r.start) continue;
    const a = indexIn(cuts, r.start);
    const b = indexIn(cuts, r.end);
    depth[a] = (depth[a] as number) + 1;
    depth[b] = (depth[b] as number) - 1;
  }
  const segTokens = new Int32Array(unique);
  /** Per segment, where its lower-case words start in the lists (and end: the next one's start). */
  const segLists = new Int32Array(unique);
  for (let k = 0; k < unique; k++) segTokens[k] = tokenAt(cuts[k] as number, sc.tokens);
  // Tallies in one buffer: the whole at 0, a range's sum at `size`, segment k at (k + 2) × size.
  const acc = scratch((segments + 2) * size);
  const wholeLists: number[] = [];
  let d = 0;
  for (let k = 0; k < segments; k++) {
    d += depth[k] as number;
    segLists[k] = lowerWordsTallied();
    if (d <= 0) continue;
    const from = segTokens[k] as number;
    const to = segTokens[k + 1] as number;
    tally(m, lay, from, to, acc, (k + 2) * size);
    addTally(lay, acc, 0, acc, (k + 2) * size);
    wholeLists.push(segLists[k] as number, lowerWordsTallied());
  }
  segLists[segments] = lowerWordsTallied();
  const whole = decide(
    m,
    lay,
    { acc, at: 0, lists: wholeLists, text, texts: spans },
    minLength,
    expected,
    wantNames,
  );
  const inherit =
    options.expectWhole !== false && whole.language !== 'und' && !expected.includes(whole.language)
      ? [...expected, whole.language]
      : expected;
  const results = spans.map((r) => {
    // The segments of a range are the run of cuts from its start to its end; one is read in place.
    const first = indexIn(cuts, r.start);
    const last = r.end > r.start ? indexIn(cuts, r.end) : first;
    let at = size;
    if (last === first + 1) at = (first + 2) * size;
    else {
      acc.fill(0, size, 2 * size);
      for (let k = first; k < last; k++) addTally(lay, acc, size, acc, (k + 2) * size);
    }
    const lists = [segLists[first] as number, segLists[last] as number];
    return decide(m, lay, { acc, at, lists, text, texts: [r] }, minLength, inherit, wantNames);
  });
  return { whole, ranges: results };
}
