import { describe, expect, it } from 'vitest';
import { whiteSpace } from './white-space.js';

describe('whiteSpace', () => {
  it('agrees with the RegExp class \\s on every BMP code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (whiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });

  it('reads spaces, tabs, line breaks and the no-break space, not letters or NaN past a string', () => {
    expect([' ', '\t', '\n', '\u00a0', '\u3000'].every((c) => whiteSpace(c.charCodeAt(0)))).toBe(true);
    expect(whiteSpace('a'.charCodeAt(0))).toBe(false);
    expect(whiteSpace(''.charCodeAt(0))).toBe(false);
  });
});
