import { describe, expect, it } from 'vitest';
import { FEATURES, LANGUAGES } from './data/model.generated.js';
import { getModel, LABEL_MASK } from './model.js';

describe('language model decode', () => {
  const m = getModel();

  it('sizes its hash table from the generator count and keeps it at most 70% full', () => {
    const slots = m.table.length / 2;
    let used = 0;
    for (let s = 0; s < slots; s++) if (m.table[2 * s] !== 0) used++;
    expect(used).toBeLessThanOrEqual(FEATURES);
    expect(used / slots).toBeLessThanOrEqual(0.7);
  });

  it('keeps every pair of every feature, with a label the model has', () => {
    const slots = m.table.length / 2;
    let pairs = 0;
    let badLabels = 0;
    for (let s = 0; s < slots; s++) {
      const packed = m.table[2 * s + 1] as number;
      const count = packed & 127;
      pairs += count;
      for (let p = packed >> 7; p < (packed >> 7) + count; p++) {
        if (((m.pairs[p] as number) & LABEL_MASK) >= LANGUAGES.length) badLabels++;
      }
    }
    expect(badLabels).toBe(0);
    expect(pairs).toBe(m.pairs.length);
  });
});
