import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInvisible, sourceBoundary, sourceEnd, sourceStart, visibleView } from './invisible.js';

const RUNS = Number(process.env.VIETNORM_PROPERTY_RUNS ?? 1000);
const text = fc
  .array(fc.constantFrom('a', 'ệ', ' ', '\n', '\u00AD', '\u200B', '\u200D', '\uFEFF', '\u034F'), {
    maxLength: 60,
  })
  .map((chars) => chars.join(''));

describe('visibleView', () => {
  it('maps every index of the view back to the same character of the source, with only invisible ones between', () => {
    fc.assert(
      fc.property(text, (source) => {
        const view = visibleView(source);
        expect([...view.text].some((c) => isInvisible(c.charCodeAt(0)))).toBe(false);
        let previous = -1;
        for (let i = 0; i < view.text.length; i++) {
          const at = sourceStart(view, i);
          expect(source[at]).toBe(view.text[i]);
          for (let k = previous + 1; k < at; k++) expect(isInvisible(source.charCodeAt(k))).toBe(true);
          expect(sourceEnd(view, i + 1)).toBe(at + 1);
          if (i > 0) expect(sourceBoundary(view, i)).toBe(at);
          previous = at;
        }
        expect(sourceStart(view, view.text.length)).toBe(source.length);
        expect(sourceEnd(view, 0)).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('removes exactly the code units isInvisible names, whichever comes first', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const view = visibleView(`a${String.fromCharCode(c)}b`);
      if (view.text.length !== (isInvisible(c) ? 2 : 3)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('keeps two numbers per run of invisible characters, not one per character', () => {
    const source = `${'word '.repeat(10_000)}\u00AD\u200B${'word '.repeat(10_000)}\u00AD`;
    const view = visibleView(source);
    expect(view.map?.at).toHaveLength(2);
    expect(view.text).toBe(source.replace(/[\u00AD\u200B]/gu, ''));
    expect(sourceStart(view, view.text.length)).toBe(source.length);
  });
});
