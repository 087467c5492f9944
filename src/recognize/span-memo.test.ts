import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanMemo, SpanStrings } from './span-memo.js';

describe('SpanMemo', () => {
  it('finds a value by the span as written, wherever the text holds it', () => {
    const memo = new SpanMemo<number>(8);
    memo.set('xx Hà Nội yy', 3, 9, 1);
    expect(memo.get('Hà Nội', 0, 6)).toBe(1);
    expect(memo.get('ở Hà Nội', 2, 8)).toBe(1);
    expect(memo.get('ở Ha Noi', 2, 8)).toBeUndefined();
    expect(memo.get('ở Hà Nộ', 2, 7)).toBeUndefined();
  });

  it('agrees with a Map keyed by the sliced span, until its limit', () => {
    const span = fc.tuple(fc.string({ maxLength: 6 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.integer())), fc.integer({ min: 0, max: 12 }), (ops, limit) => {
        const memo = new SpanMemo<number>(limit);
        const map = new Map<string, number>();
        for (const [[text, a, b], value] of ops) {
          const start = Math.min(a % (text.length + 1), b % (text.length + 1));
          const end = Math.max(a % (text.length + 1), b % (text.length + 1));
          const key = text.slice(start, end);
          expect(memo.get(text, start, end)).toBe(map.get(key));
          memo.set(text, start, end, value);
          if (map.has(key) || map.size < limit) map.set(key, value);
          expect(memo.size).toBe(map.size);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('SpanStrings', () => {
  it('gives the span as written, one shared string for every span of the same characters', () => {
    const strings = new SpanStrings();
    const a = strings.get('Thủ tướng Phạm Minh Chính tiếp', 10, 25);
    const b = strings.get('ông Phạm Minh Chính', 4, 19);
    expect(a).toBe('Phạm Minh Chính');
    expect(b).toBe(a);
    expect(strings.get('ông Phạm Minh Chinh', 4, 19)).toBe('Phạm Minh Chinh');
  });

  it('equals the sliced span for any text and range, long spans and a full table included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 90 }), fc.nat(), fc.nat())), (spans) => {
        const strings = new SpanStrings();
        for (const [text, a, b] of spans) {
          const start = Math.min(a % (text.length + 1), b % (text.length + 1));
          const end = Math.max(a % (text.length + 1), b % (text.length + 1));
          expect(strings.get(text, start, end)).toBe(text.slice(start, end));
        }
      }),
      { numRuns: 300 },
    );
    const strings = new SpanStrings();
    for (let k = 0; k < 5000; k++) expect(strings.get(`name ${k}`, 0, `name ${k}`.length)).toBe(`name ${k}`);
  });
});
