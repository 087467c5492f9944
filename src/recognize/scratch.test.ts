import { describe, expect, it } from 'vitest';
import { ByteScratch } from './scratch.js';

describe('ByteScratch', () => {
  it('gives a zeroed array of the size asked, also when it reuses one that was written', () => {
    const scratch = new ByteScratch();
    const first = scratch.take(100);
    first.fill(7);
    const second = scratch.take(40);
    expect(second.length).toBe(40);
    expect(second.every((b) => b === 0)).toBe(true);
    second.fill(9);
    const third = scratch.take(1000);
    expect(third.length).toBe(1000);
    expect(third.every((b) => b === 0)).toBe(true);
    expect(scratch.take(0).length).toBe(0);
  });
});
