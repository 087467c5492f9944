// Encodes the language model's tables as src/language/model-codec.ts describes: sorted feature keys as
// Rice-coded gaps, per feature the rank of its list of languages, per language the ranks of its values.
// Used by scripts/build-language-model.mjs to write src/language/data/model.generated.ts.
import { tsImport } from 'tsx/esm/api';

const { hashString, SEED_GRAM, SEED_WORD, ORDERS } = await tsImport(
  '../src/language/hash.ts',
  import.meta.url,
);
const { BIT_ALPHABET, MAX_RICE, RANK_ALPHABET, RANK_BASE } = await tsImport(
  '../src/language/model-codec.ts',
  import.meta.url,
);

/** Bits of a feature's hash the model keeps: a feature the model lacks matches a kept one 1 time in 3,400. */
export const KEY_BITS = 28;

/** Rank `r` in base RANK_BASE, the last digit plain and the others flagged to continue. */
export function rankDigits(r) {
  const digits = [];
  let x = r;
  do {
    digits.push(x % RANK_BASE);
    x = Math.floor(x / RANK_BASE);
  } while (x > 0);
  let s = '';
  for (let i = digits.length - 1; i >= 0; i--) s += RANK_ALPHABET[i > 0 ? RANK_BASE + digits[i] : digits[i]];
  return s;
}

/** Items ranked by how often they occur, most often first (ties by `compare`): item → rank, and the list. */
function rankByCount(counts, compare) {
  const list = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([item]) => item);
  return { rankOf: new Map(list.map((item, i) => [item, i])), list };
}

/** Sorted distinct keys ≥ 1 as Rice-coded gaps with parameter `rice`, six bits to a character. */
export function encodeKeys(keys, rice) {
  const bits = [];
  let prev = 0;
  for (const key of keys) {
    const gap = key - prev - 1;
    prev = key;
    for (let q = Math.floor(gap / 2 ** rice); q > 0; q--) bits.push(1);
    bits.push(0);
    for (let b = rice - 1; b >= 0; b--) bits.push(Math.floor(gap / 2 ** b) % 2);
  }
  let s = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + (bits[i + j] ?? 0);
    s += BIT_ALPHABET[v];
  }
  return s;
}

/**
 * The encoded tables of `model` (per language `floors` and `orders`, each order a list of
 * [feature, quantized -ln p]; the last order holds whole words). A value is stored as its distance
 * below the table's floor, so the decoder needs no order. Two features whose keys are equal share
 * one key with the pairs of both; where both have a value for a language, the smaller is kept.
 * @param {Array<{ floors: number[], orders: Array<Array<[string, number]>> }>} model
 * @param {number} [keyBits]
 */
export function encodeModel(model, keyBits = KEY_BITS) {
  if (model.length > BIT_ALPHABET.length) throw new Error(`at most ${BIT_ALPHABET.length} languages fit`);
  const pairsOf = new Map(); // key → [[label, delta]]
  model.forEach((lang, li) => {
    for (let o = 0; o < ORDERS; o++) {
      const seed = o === ORDERS - 1 ? SEED_WORD : SEED_GRAM;
      for (const [g, q] of lang.orders[o] ?? []) {
        const key = (hashString(seed, g) >>> 0) >>> (32 - keyBits);
        if (key === 0) continue; // 0 marks an empty slot in the decoder's table
        if (!pairsOf.has(key)) pairsOf.set(key, []);
        const pairs = pairsOf.get(key);
        const d = lang.floors[o] - q;
        // two features of one language on one key: the key keeps the lower of their values
        const same = pairs.find(([l]) => l === li);
        if (same === undefined) pairs.push([li, d]);
        else same[1] = Math.min(same[1], d);
      }
    }
  });
  const keys = [...pairsOf.keys()].sort((a, b) => a - b);
  // the Rice parameter that codes the gaps in the fewest bits, within what the decoder reads
  const gaps = keys.map((key, i) => key - (i === 0 ? 0 : keys[i - 1]) - 1);
  const bitsFor = (rice) => gaps.reduce((n, gap) => n + Math.floor(gap / 2 ** rice) + 1 + rice, 0);
  let rice = 0;
  for (let r = 1; r < Math.min(keyBits, MAX_RICE + 1); r++) if (bitsFor(r) < bitsFor(rice)) rice = r;
  const coded = encodeKeys(keys, rice);
  const setText = (pairs) => pairs.map(([li]) => BIT_ALPHABET[li]).join('');
  const setCounts = new Map();
  const valueCounts = new Map();
  for (const key of keys) {
    const pairs = pairsOf.get(key).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const s = setText(pairs);
    setCounts.set(s, (setCounts.get(s) ?? 0) + 1);
    for (const [, d] of pairs) valueCounts.set(d, (valueCounts.get(d) ?? 0) + 1);
  }
  const sets = rankByCount(setCounts, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const values = rankByCount(valueCounts, (a, b) => a - b);
  let featureSets = '';
  for (const key of keys) featureSets += rankDigits(sets.rankOf.get(setText(pairsOf.get(key))));
  const perLanguage = model.map(() => []);
  for (const key of keys)
    for (const [li, d] of pairsOf.get(key)) perLanguage[li].push(rankDigits(values.rankOf.get(d)));
  return {
    keyBits,
    features: keys.length,
    rice,
    keys: coded,
    labelSets: sets.list.join(' '),
    featureSets,
    values: values.list,
    featureValues: perLanguage.map((digits) => digits.join('')).join(''),
  };
}
