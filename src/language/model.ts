// The decoded language model: built lazily on first use from the generated strings.
import {
  FEATURE_SETS,
  FEATURE_VALUES,
  FEATURES,
  KEY_BITS,
  KEY_RICE,
  KEYS,
  LABEL_SETS,
  LANGUAGES,
  QUANT,
  VALUES,
  VI_SYLLABLES,
} from './data/model.generated.js';
import { hashString, ORDERS, SEED_SYL } from './hash.js';
import { decodeKeys, decodeRanks, labelIndex, ModelFormatError } from './model-codec.js';

export interface Model {
  /** Labels of the modelled languages ('vi-ascii' is Vietnamese without marks). */
  labels: string[];
  /** ISO 639-1 answer for each label. */
  codes: string[];
  /** The distinct answers, and the index in it of each label's answer and of 'und' (the background). */
  answers: string[];
  answerOf: Int32Array;
  undAnswer: number;
  /** floors[lang * ORDERS + order]: ln p of an unseen feature. */
  floors: Float64Array;
  /** ln p and ln (1 - p) that a token of the language is a valid Vietnamese syllable (folded). */
  sylYes: Float64Array;
  sylNo: Float64Array;
  /**
   * Open-addressing table, two numbers per slot (one cache line serves both): the feature's key
   * ({@link featureKey}; 0 = empty) and its pairs in `pairs` as start × 128 + count. At most 70% full, so a lookup of a
   * feature the model lacks stops within a few slots.
   */
  mask: number;
  table: Int32Array;
  /** (label, delta) pairs packed in one number: label + 64 × round(delta × DELTA_SCALE). */
  pairs: Int32Array;
  /** Per label, the letters outside ASCII that the language writes. */
  letters: Set<number>[];
  /** Hashes of valid syllables folded to ASCII, and of those that are invalid without marks. */
  syllables: Set<number>;
  needsMarks: Set<number>;
}

/** Deltas are stored as integers in units of 1 / DELTA_SCALE nats (far finer than the data's own quantisation). */
export const DELTA_SCALE = 4096;
/** The label of a pair is its low six bits. */
export const LABEL_MASK = 63;

/** How far a feature's hash is shifted right to give its key: the model keeps its top KEY_BITS bits. */
const KEY_SHIFT = 32 - KEY_BITS;

/** The key of a feature hash in the model's table (0 for none: a feature whose key is 0 is not in it). */
export function featureKey(h: number): number {
  return (h >>> KEY_SHIFT) | 0;
}

let model: Model | undefined;

/** The model, decoded on first call (tens of milliseconds) and cached. */
export function getModel(): Model {
  model ??= decode();
  return model;
}

/** The distinct label lists of a feature, flat: list r is labels[start[r]] .. labels[start[r + 1] - 1]. */
interface LabelSets {
  labels: Int8Array;
  start: Int32Array;
}

/** Reads LABEL_SETS: lists of label characters separated by spaces. */
function parseSets(text: string, L: number): LabelSets {
  let lists = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) lists++;
  const labels = new Int8Array(text.length - lists + 1);
  const start = new Int32Array(lists + 1);
  let n = 0;
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      start[++r] = n;
      continue;
    }
    const li = labelIndex(c);
    if (li < 0 || li >= L) throw new ModelFormatError('label');
    labels[n++] = li;
  }
  start[++r] = n;
  return { labels, start };
}

/** Counts the pairs of each label into perLabel[label + 1], and returns the number of all pairs. */
function countPairs(setRanks: Int32Array, sets: LabelSets, perLabel: Int32Array): number {
  const { labels, start } = sets;
  const lists = start.length - 1;
  let count = 0;
  for (let f = 0; f < setRanks.length; f++) {
    const r = setRanks[f] as number;
    if (r >= lists) throw new ModelFormatError('label list');
    for (let j = start[r] as number, end = start[r + 1] as number; j < end; j++) {
      const li = labels[j] as number;
      perLabel[li + 1] = (perLabel[li + 1] as number) + 1;
    }
    count += (start[r + 1] as number) - (start[r] as number);
  }
  return count;
}

/**
 * Puts each key in the table with the start and count of its pairs, and notes per label, in key order,
 * the place of its pair (labelFill: where each label's places start, advanced as they are filled).
 */
function fillTable(
  keys: Int32Array,
  setRanks: Int32Array,
  sets: LabelSets,
  table: Int32Array,
  mask: number,
  labelFill: Int32Array,
  placeOf: Int32Array,
): void {
  const { labels, start } = sets;
  let at = 0;
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f] as number;
    const r = setRanks[f] as number;
    const from = start[r] as number;
    const n = (start[r + 1] as number) - from;
    let slot = key & mask;
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = key;
    table[2 * slot + 1] = at * 128 + n;
    for (let j = 0; j < n; j++) {
      const li = labels[from + j] as number;
      const i = labelFill[li] as number;
      placeOf[i] = at + j;
      labelFill[li] = i + 1;
    }
    at += n;
  }
}

/** The packed pairs: label after label, each value (by its rank) put at its place. */
function fillPairs(
  valueRanks: Int32Array,
  shifted: Int32Array,
  labelStart: Int32Array,
  placeOf: Int32Array,
): Int32Array {
  const pairs = new Int32Array(placeOf.length);
  for (let li = 0, i = 0; li + 1 < labelStart.length; li++) {
    for (const end = labelStart[li + 1] as number; i < end; i++) {
      const rank = valueRanks[i] as number;
      if (rank >= shifted.length) throw new ModelFormatError('value');
      pairs[placeOf[i] as number] = li + (shifted[rank] as number);
    }
  }
  return pairs;
}

function decode(): Model {
  const L = LANGUAGES.length;
  const floors = new Float64Array(L * ORDERS);
  const sylYes = new Float64Array(L);
  const sylNo = new Float64Array(L);
  for (let li = 0; li < L; li++) {
    const lang = LANGUAGES[li] as (typeof LANGUAGES)[number];
    sylYes[li] = Math.log(lang.pSyl);
    sylNo[li] = Math.log(1 - lang.pSyl);
    for (let o = 0; o < ORDERS; o++) floors[li * ORDERS + o] = -(lang.floors[o] ?? 0) / QUANT;
  }
  if (L > LABEL_MASK + 1) throw new Error(`vietnorm: the language model has ${L} labels, at most 64 fit`);
  // The features' keys, and per feature its list of labels (model-codec.ts describes the encoding).
  const keys = decodeKeys(KEYS, FEATURES, KEY_RICE);
  const sets = parseSets(LABEL_SETS, L);
  const setRanks = decodeRanks(FEATURE_SETS, FEATURES);
  // Per label, the places in `pairs` of its values in key order (the order of its values' stream).
  const labelStart = new Int32Array(L + 1);
  const count = countPairs(setRanks, sets, labelStart);
  for (let li = 0; li < L; li++)
    labelStart[li + 1] = (labelStart[li] as number) + (labelStart[li + 1] as number);
  // An open-addressing table of the keys; each feature's pairs contiguous in `pairs`, in key order.
  let size = 1;
  // At most 70% full: linear probing stays short, and the table small enough to stay in cache.
  while (size * 0.7 < FEATURES) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(2 * size);
  const placeOf = new Int32Array(count);
  fillTable(keys, setRanks, sets, table, mask, labelStart.slice(0, L), placeOf);
  // The values, label after label, packed with their label: label + 64 × round(delta × DELTA_SCALE).
  const shifted = Int32Array.from(VALUES, (d) => (LABEL_MASK + 1) * Math.round((d / QUANT) * DELTA_SCALE));
  const pairs = fillPairs(decodeRanks(FEATURE_VALUES, count), shifted, labelStart, placeOf);
  const syllables = new Set<number>();
  const needsMarks = new Set<number>();
  for (const s of VI_SYLLABLES.split(' ')) {
    const marked = s.endsWith('*');
    const h = hashString(SEED_SYL, marked ? s.slice(0, -1) : s);
    syllables.add(h);
    if (marked) needsMarks.add(h);
  }
  const codes = LANGUAGES.map((l) => l.code);
  const answers = [...new Set(codes)];
  return {
    labels: LANGUAGES.map((l) => l.label),
    codes,
    answers,
    answerOf: Int32Array.from(codes, (c) => answers.indexOf(c)),
    letters: LANGUAGES.map((l) => new Set(Array.from(l.letters, (ch) => ch.codePointAt(0) ?? 0))),
    undAnswer: answers.indexOf('und'),
    floors,
    sylYes,
    sylNo,
    mask,
    table,
    pairs,
    syllables,
    needsMarks,
  };
}
