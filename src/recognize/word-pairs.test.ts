import { describe, expect, it } from 'vitest';
import { WordPairs } from './word-pairs.js';

describe('WordPairs', () => {
  it('holds every pair added, in its order', () => {
    const pairs = new WordPairs(16);
    for (let a = 1; a < 200; a++) pairs.add(a, a * 7 + 3);
    for (let a = 1; a < 200; a++) expect(pairs.has(a, a * 7 + 3)).toBe(true);
  });

  it('turns away nearly every pair not added', () => {
    const pairs = new WordPairs(16);
    for (let a = 1; a < 2000; a++) pairs.add(a, a + 1);
    let wrong = 0;
    for (let a = 1; a < 2000; a++) if (pairs.has(a + 1, a)) wrong++;
    expect(wrong / 2000).toBeLessThan(0.1);
  });
});
