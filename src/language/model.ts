// The decoded language model: built lazily on first use from the generated strings.
import { FEATURES, LANGUAGES, QUANT, VI_SYLLABLES } from './data/model.generated.js';
import { hashString, mix, ORDERS, PAD, SEED_GRAM, SEED_SYL, SEED_WORD } from './hash.js';

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
   * (0 = empty) and its pairs in `pairs` as start × 128 + count. At most 70% full, so a lookup of a
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

let model: Model | undefined;

/** The model, decoded on first call (tens of milliseconds) and cached. */
export function getModel(): Model {
  model ??= decode();
  return model;
}

/** Number of entries (grams after their group's value) in a table string "value g g|value g …". */
function entriesIn(table: string): number {
  let n = 0;
  for (let i = 0; i < table.length; i++) if (table.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * Reads one table string "value gram gram|value gram …" into `hashes` and `packed` from `count` on, and
 * returns the new count. Each gram's hash is its feature (0 marks an empty slot, so a feature hashing to
 * 0 is dropped); its value v (ln p = -v / QUANT) is stored as the difference to the table's floor,
 * packed with the label: label + 64 × round(delta × DELTA_SCALE). A function of its own with one tight
 * loop, parsed by hand without splitting: decoding runs once, before the code is optimised, and a
 * small function called for each of the model's tables is optimised after a few of them.
 */
function readTable(
  table: string,
  seed: number,
  li: number,
  floor: number,
  hashes: Int32Array,
  packed: Int32Array,
  count: number,
): number {
  const n = table.length;
  let pair = 0;
  let value = 0;
  let sign = 1;
  let inValue = true;
  let h = seed;
  let at = count;
  for (let i = 0; i < n; i++) {
    const c = table.charCodeAt(i);
    if (inValue) {
      if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
      else if (c === 45) sign = -1;
      else {
        // the value ends (at the space before the group's first gram)
        pair = li + (LABEL_MASK + 1) * Math.round(((-sign * value) / QUANT - floor) * DELTA_SCALE);
        inValue = false;
        h = seed;
      }
    } else if (c === 32 || c === 124) {
      if (h !== 0) {
        hashes[at] = h;
        packed[at] = pair;
        at++;
      }
      h = seed;
      if (c === 124) {
        inValue = true;
        value = 0;
        sign = 1;
      }
    } else if (c >= 0xd800 && c <= 0xdbff) {
      h = mix(h, table.codePointAt(i) ?? 0);
      i++;
    } else {
      h = mix(h, c === 95 ? PAD : c);
    }
  }
  // the last gram ends with the string
  if (!inValue && h !== 0) {
    hashes[at] = h;
    packed[at] = pair;
    at++;
  }
  return at;
}

function decode(): Model {
  const L = LANGUAGES.length;
  const floors = new Float64Array(L * ORDERS);
  const sylYes = new Float64Array(L);
  const sylNo = new Float64Array(L);
  // Pass 1: every (feature hash, packed label and delta) pair, in typed arrays sized beforehand (see
  // readTable).
  let total = 0;
  for (const lang of LANGUAGES) for (const table of lang.orders) total += entriesIn(table);
  const hashes = new Int32Array(total);
  const packed = new Int32Array(total);
  let count = 0;
  for (let li = 0; li < L; li++) {
    const lang = LANGUAGES[li] as (typeof LANGUAGES)[number];
    sylYes[li] = Math.log(lang.pSyl);
    sylNo[li] = Math.log(1 - lang.pSyl);
    for (let o = 0; o < ORDERS; o++) {
      const floor = -(lang.floors[o] ?? 0) / QUANT;
      floors[li * ORDERS + o] = floor;
      const seed = o === ORDERS - 1 ? SEED_WORD : SEED_GRAM;
      count = readTable(lang.orders[o] ?? '', seed, li, floor, hashes, packed, count);
    }
  }
  // Pass 2: an open-addressing table of the distinct hashes, counting the languages of each.
  // The generator counts the distinct features (as strings, so never fewer than their distinct
  // hashes): the table is sized without a pass over them, and always has empty slots.
  const distinct = Math.max(FEATURES, 1);
  let size = 1;
  // At most 70% full: linear probing stays short, and the table small enough to stay in cache.
  while (size * 0.7 < distinct) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const counts = new Int32Array(size);
  const slotOf = new Int32Array(count);
  for (let f = 0; f < count; f++) {
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
    const n = counts[slot] as number;
    table[2 * slot] = keys[slot] as number;
    table[2 * slot + 1] = at * 128 + n;
    fill[slot] = at;
    at += n;
  }
  const pairs = new Int32Array(count);
  for (let f = 0; f < count; f++) {
    const slot = slotOf[f] as number;
    const p = fill[slot] as number;
    pairs[p] = packed[f] as number;
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
