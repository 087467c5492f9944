/**
 * A set of pairs of vocabulary ids, as one bit per hashed pair: `has` is false for every pair not
 * added, and true for the pairs added and for a few others whose hash collides. For filters in
 * front of slower, exact tests, which a collision only lets run.
 */
export class WordPairs {
  readonly #bits: Uint8Array;
  readonly #shift: number;

  /** A table of 2^`log2` bits. */
  constructor(log2: number) {
    this.#bits = new Uint8Array(Math.max(1, (1 << log2) >> 3));
    this.#shift = 32 - log2;
  }

  #slot(first: number, second: number): number {
    return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) >>> this.#shift;
  }

  add(first: number, second: number): void {
    const slot = this.#slot(first, second);
    (this.#bits[slot >> 3] as number) |= 1 << (slot & 7);
  }

  /** The pair was added, or collides with one that was. */
  has(first: number, second: number): boolean {
    const slot = this.#slot(first, second);
    return ((this.#bits[slot >> 3] as number) & (1 << (slot & 7))) !== 0;
  }
}
