import { describe, expect, it } from 'vitest';
// The generator's side of the encoding: what it writes, the decoder must read back.
import { encodeKeys, encodeModel, rankDigits } from '../../scripts/encode-language-model.mjs';
import { hashString, SEED_GRAM, SEED_WORD } from './hash.js';
import { decodeKeys, decodeRanks, MAX_RICE, ModelFormatError, RANK_ALPHABET } from './model-codec.js';

describe('language model codec', () => {
  it('reads back sorted keys for every Rice parameter, gaps of zero and long unary runs included', () => {
    const keys = [1, 2, 3, 70, 71, 5000, 5001, 1 << 20, (1 << 27) + 12345, (1 << 28) - 1];
    for (const rice of [8, 11, 20, 24])
      expect(Array.from(decodeKeys(encodeKeys(keys, rice), keys.length, rice))).toEqual(keys);
    const small = [1, 2, 3, 9, 40];
    for (const rice of [0, 1, 2])
      expect(Array.from(decodeKeys(encodeKeys(small, rice), small.length, rice))).toEqual(small);
  });

  it('reads back ranks of one, two and three digits, and writes only the 90 safe characters', () => {
    const ranks = [0, 1, 44, 45, 46, 2024, 2025, 91124, 7, 0];
    const text = ranks.map(rankDigits).join('');
    expect([...text].every((ch) => RANK_ALPHABET.includes(ch))).toBe(true);
    expect(RANK_ALPHABET).not.toMatch(/["'`\\]/);
    expect(rankDigits(44)).toHaveLength(1);
    expect(rankDigits(45)).toHaveLength(2);
    expect(Array.from(decodeRanks(text, ranks.length))).toEqual(ranks);
  });

  it('refuses a damaged stream with a typed error instead of reading garbage', () => {
    expect(() => decodeRanks('ab"', 3)).toThrow(ModelFormatError);
    expect(() => decodeRanks('abc', 2)).toThrow(ModelFormatError); // text left over
    expect(() => decodeKeys('A', 5, 11)).toThrow(ModelFormatError); // stream ends early
  });

  it('keeps one value per language where two features of a language share a key', () => {
    // two n-grams whose kept bits are equal: the first pair of words that collide, found by enumeration
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; pair === undefined; i++) {
      const g = [0, 1, 2, 3].map((d) => letters.charAt(Math.floor(i / 26 ** d) % 26)).join('');
      const key = (hashString(SEED_GRAM, g) >>> 0) >>> 4;
      const other = seen.get(key);
      if (other !== undefined) pair = [other, g];
      else seen.set(key, g);
    }
    const [a, b] = pair;
    const model: Parameters<typeof encodeModel>[0] = [
      {
        floors: [80, 80, 80, 80, 90],
        orders: [
          [],
          [],
          [],
          [
            [a, 60],
            [b, 70],
          ],
          [[a, 50]],
        ],
      },
      { floors: [80, 80, 80, 80, 90], orders: [[], [], [], [[b, 75]], []] },
    ];
    const enc = encodeModel(model, 28);
    // a model this small still gets a Rice parameter the decoder reads, and its keys read back sorted
    expect(enc.rice).toBeLessThanOrEqual(MAX_RICE);
    const keys = Array.from(decodeKeys(enc.keys, enc.features, enc.rice));
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
    // the two n-grams are one feature, the word another
    expect(enc.features).toBe(
      new Set([(hashString(SEED_WORD, a) >>> 0) >>> 4, (hashString(SEED_GRAM, a) >>> 0) >>> 4]).size,
    );
    const sets = enc.labelSets.split(' ');
    const perFeature = Array.from(decodeRanks(enc.featureSets, enc.features), (r) => sets[r] as string);
    expect(perFeature.sort()).toEqual(['A', 'AB']);
    // floor minus value; label 0: the merged n-gram keeps the smaller of 80-60 and 80-70, the word 90-50
    const values = Array.from(decodeRanks(enc.featureValues, 4 - 1), (r) => enc.values[r]);
    expect(values.slice(0, 2).sort()).toEqual([10, 40]);
    expect(values[2]).toBe(5);
  });
});
