// The text encoding of the generated language model (src/language/data/model.generated.ts), shared by
// its generator (scripts/encode-language-model.mjs writes it) and the decoder (./model.ts reads it).
//
// The model is a set of features (hashes of n-grams and words), each with the languages that score it
// and a value per language. Written as text, the n-grams themselves cost most of the bytes; the
// detector never needs them, only their hashes. So the model is stored as:
//   - the features' keys (the top KEY_BITS bits of each hash), sorted, as Rice-coded gaps in a bit
//     stream written six bits to a character;
//   - per feature, the rank of its list of languages in a table of the distinct lists;
//   - per language, in key order, the rank of each of its values in a table of the distinct values.
// Ranks are written in base 45 with a continuation flag over 90 printable characters, so that the
// common ones take one character and gzip's Huffman codes see whole symbols.
// Every character is printable ASCII other than quotes and backslash: bundlers copy the strings as
// they are, with no escapes.

/** Six bits per character, most significant first. */
export const BIT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 90 printable ASCII characters other than `"`, `'`, `` ` `` and `\`, in code order. */
export const RANK_ALPHABET =
  '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';

/** Digits of a rank: characters 0..44 end it, 45..89 carry a digit and continue. */
export const RANK_BASE = 45;

/** Values of the characters of an alphabet by char code (-1 for others). */
function valuesOf(alphabet: string): Int8Array {
  const v = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) v[alphabet.charCodeAt(i)] = i;
  return v;
}

const BIT_VALUES = /* @__PURE__ */ valuesOf(BIT_ALPHABET);
const RANK_VALUES = /* @__PURE__ */ valuesOf(RANK_ALPHABET);

/** Largest Rice parameter: the decoder reads a remainder with up to five bits left over in 31. */
export const MAX_RICE = 24;

/** A malformed model string: the generated file is damaged or from another version. */
export class ModelFormatError extends Error {
  constructor(what: string) {
    super(`vietnorm: the generated language model is malformed (${what}); regenerate it`);
    this.name = 'ModelFormatError';
  }
}

/**
 * The `count` sorted keys coded in `bits` (Rice parameter `rice`, at most MAX_RICE): each key is the previous
 * one (0 at the start) plus one plus its gap, the gap written as its quotient by 2^rice in unary (ones
 * ended by a zero) and its remainder in `rice` bits. One tight loop: it runs once, and V8 optimises it
 * while it runs.
 */
export function decodeKeys(bits: string, count: number, rice: number): Int32Array {
  if (rice > MAX_RICE) throw new ModelFormatError('Rice parameter');
  const keys = new Int32Array(count);
  let at = 0; // next character
  let buf = 0; // bits not yet read: the low `n` bits of buf
  let n = 0;
  let prev = 0;
  for (let k = 0; k < count; k++) {
    // the unary quotient: count the ones above the first zero
    let q = 0;
    for (;;) {
      if (n === 0) {
        buf = BIT_VALUES[bits.charCodeAt(at++)] ?? -1;
        if (buf < 0) throw new ModelFormatError('key stream');
        n = 6;
      }
      const ones = Math.clz32(~(buf << (32 - n)));
      if (ones < n) {
        q += ones;
        n -= ones + 1;
        break;
      }
      q += n;
      n = 0;
    }
    // the remainder
    while (n < rice) {
      const v = BIT_VALUES[bits.charCodeAt(at++)] ?? -1;
      if (v < 0) throw new ModelFormatError('key stream');
      buf = ((buf & ((1 << n) - 1)) << 6) | v;
      n += 6;
    }
    n -= rice;
    prev += 1 + q * 2 ** rice + ((buf >>> n) & ((1 << rice) - 1));
    keys[k] = prev | 0;
  }
  return keys;
}

/**
 * The `count` ranks written in `text` (base RANK_BASE, digits 0..44 end a rank, 45..89 carry one and
 * continue), and the whole text must be read. One tight loop, as in {@link decodeKeys}.
 */
export function decodeRanks(text: string, count: number): Int32Array {
  const ranks = new Int32Array(count);
  let at = 0;
  for (let k = 0; k < count; k++) {
    let r = 0;
    let d = RANK_VALUES[text.charCodeAt(at++)] ?? -1;
    while (d >= RANK_BASE) {
      r = r * RANK_BASE + (d - RANK_BASE);
      d = RANK_VALUES[text.charCodeAt(at++)] ?? -1;
    }
    if (d < 0) throw new ModelFormatError('rank stream');
    ranks[k] = r * RANK_BASE + d;
  }
  if (at !== text.length) throw new ModelFormatError('rank stream length');
  return ranks;
}

/** Label indexes are written one character each, from the bit alphabet. */
export function labelIndex(ch: number): number {
  return BIT_VALUES[ch] ?? -1;
}
