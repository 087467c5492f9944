// The decoded language model: built lazily on first use from the generated strings.
import { LANGUAGES, QUANT, VI_SYLLABLES } from './data/model.generated.js';
import { hashString, ORDERS, SEED_GRAM, SEED_SYL, SEED_WORD } from './hash.js';

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
   * Open-addressing table, two numbers per slot (one cache line serves both): the feature hash
   * (0 = empty) and its pairs in `pairs` as start × 128 + count. Sized for a load of at most one
   * half, so a lookup of a feature the model lacks usually stops at the first empty slot.
   */
  mask: number;
  table: Int32Array;
  /** (label, delta) pairs packed in one number: label + 64 × round(delta × DELTA_SCALE). */
  pairs: Int32Array;
  /** Hashes of valid syllables folded to ASCII, and of those that are invalid without marks. */
  syllables: Set<number>;
  needsMarks: Set<number>;
}

/** Deltas are stored as integers in units of 1 / DELTA_SCALE nats (far finer than the data's own quantisation). */
export const DELTA_SCALE = 4096;
/** The label of a pair is its low six bits. */
export const LABEL_MASK = 63;

let model: Model | undefined;

/** The model, decoded on first call (a few milliseconds) and cached. */
export function getModel(): Model {
  model ??= decode();
  return model;
}

function decode(): Model {
  const L = LANGUAGES.length;
  const floors = new Float64Array(L * ORDERS);
  const sylYes = new Float64Array(L);
  const sylNo = new Float64Array(L);
  // Pass 1: every (feature hash, language, delta) triple, in flat arrays (no object per feature).
  const hashes: number[] = [];
  const langs: number[] = [];
  const deltas: number[] = [];
  LANGUAGES.forEach((lang, li) => {
    sylYes[li] = Math.log(lang.pSyl);
    sylNo[li] = Math.log(1 - lang.pSyl);
    for (let o = 0; o < ORDERS; o++) {
      const floor = -(lang.floors[o] ?? 0) / QUANT;
      floors[li * ORDERS + o] = floor;
      const seed = o === ORDERS - 1 ? SEED_WORD : SEED_GRAM;
      for (const group of (lang.orders[o] ?? '').split('|')) {
        const parts = group.split(' ');
        const delta = -Number(parts[0]) / QUANT - floor;
        for (let i = 1; i < parts.length; i++) {
          const h = hashString(seed, parts[i] ?? '');
          // 0 marks an empty slot; a feature hashing to 0 is simply dropped.
          if (h === 0) continue;
          hashes.push(h);
          langs.push(li);
          deltas.push(delta);
        }
      }
    }
  });
  // Pass 2: an open-addressing table of the distinct hashes, counting the languages of each.
  let distinct = 0;
  {
    const seen = new Set<number>();
    for (const h of hashes) seen.add(h);
    distinct = seen.size;
  }
  let size = 1;
  while (size < distinct * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const counts = new Int32Array(size);
  const slotOf = new Int32Array(hashes.length);
  for (let f = 0; f < hashes.length; f++) {
    const h = hashes[f] as number;
    let slot = h & mask;
    while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    keys[slot] = h;
    counts[slot] = (counts[slot] as number) + 1;
    slotOf[f] = slot;
  }
  // Pass 3: each slot's pairs, contiguous, and the table that points at them.
  if (L > LABEL_MASK + 1) throw new Error(`vietnorm: the language model has ${L} labels, at most 64 fit`);
  const table = new Int32Array(2 * size);
  const fill = new Int32Array(size);
  let at = 0;
  for (let slot = 0; slot < size; slot++) {
    const count = counts[slot] as number;
    table[2 * slot] = keys[slot] as number;
    table[2 * slot + 1] = at * 128 + count;
    fill[slot] = at;
    at += count;
  }
  const pairs = new Int32Array(hashes.length);
  for (let f = 0; f < hashes.length; f++) {
    const slot = slotOf[f] as number;
    const p = fill[slot] as number;
    pairs[p] = (langs[f] as number) + (LABEL_MASK + 1) * Math.round((deltas[f] as number) * DELTA_SCALE);
    fill[slot] = p + 1;
  }
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
