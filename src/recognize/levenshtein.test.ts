import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levenshtein } from './levenshtein.js';

/** The textbook full table, for comparison. */
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++)
      curr[j] = Math.min(
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = curr;
  }
  return prev[b.length] as number;
}

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('shizo abe', 'shinzo abe')).toBe(1);
    expect(levenshtein('xi xinping', 'xi jinping', 2)).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
  });

  it('answers max + 1 once the distance exceeds max, whatever the true distance', () => {
    expect(levenshtein('murayama', 'kishida', 1)).toBe(2);
    expect(levenshtein('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the full table for every bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'đ'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.constantFrom(0, 1, 2, 3, Number.POSITIVE_INFINITY), (a, b, max) => {
        const d = reference(a, b);
        expect(levenshtein(a, b, max)).toBe(d > max ? max + 1 : d);
      }),
      { numRuns: 3000 },
    );
  });
});
