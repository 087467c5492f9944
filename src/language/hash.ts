// The hashes of the language model's features: FNV-1a over code points, one seed per feature kind.
// Shared by the detector and by the generator of its model (scripts/build-language-model.mjs).

/** Seeds for n-grams, whole words and Vietnamese syllables folded to ASCII. */
export const SEED_GRAM = 0x811c9dc5 | 0;
export const SEED_WORD = 0x2f6b5a1d | 0;
export const SEED_SYL = 0x5bd1e995 | 0;
const PRIME = 16777619;
/** Code point standing for a token boundary inside n-grams (`_` in the generated data). */
export const PAD = 32;

/** Feature orders: n-grams n = 1..4 (index 0..3), then whole words (index 4). */
export const ORDERS = 5;

/** Mixes one code point into a hash. */
export function mix(h: number, cp: number): number {
  return Math.imul(h ^ cp, PRIME);
}

/** Hash of a feature written as a string, `_` standing for a token boundary. */
export function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      h = mix(h, s.codePointAt(i) ?? 0);
      i++;
    } else {
      h = mix(h, c === 95 ? PAD : c);
    }
  }
  return h;
}
