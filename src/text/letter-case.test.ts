import { describe, expect, it } from 'vitest';
import { caseAt, LOWER, NO_CASE, UPPER } from './letter-case.js';

describe('caseAt: the case of one code unit', () => {
  it('reads ASCII letters, digits and punctuation', () => {
    expect([...'Aa1 .Z'].map((_, i) => caseAt('Aa1 .Z', i))).toEqual([
      UPPER,
      LOWER,
      NO_CASE,
      NO_CASE,
      NO_CASE,
      UPPER,
    ]);
  });

  it('reads Vietnamese, Swedish and other letters as their case mappings tell', () => {
    const text = 'ĐđỆệÅåßǅ日';
    expect([...text].map((_, i) => caseAt(text, i))).toEqual([
      UPPER,
      LOWER,
      UPPER,
      LOWER,
      UPPER,
      LOWER,
      LOWER,
      LOWER,
      NO_CASE,
    ]);
  });

  it('is NO_CASE past the end of the text', () => {
    expect(caseAt('A', 1)).toBe(NO_CASE);
    expect(caseAt('', 0)).toBe(NO_CASE);
  });
});
