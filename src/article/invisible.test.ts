import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../recognize/normalize.js';
import { recognize } from '../recognize/recognize.js';
import { analyze } from './analyze.js';

/** What anti-scraping pages put between letters. */
const INVISIBLE = ['\u034F', '\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF'];

const LINES = [
  'Japan, Vietnam agree to deepen defence cooperation',
  'Thứ hai, 22/05/2023 08:41',
  'TOKYO (VNA) — Prime Minister Pham Minh Chinh met Prime Minister Kishida Fumio in Tokyo on Monday.',
  'The two leaders spoke about trade, investment and the East Sea, and welcomed the new partnership.',
  'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản tại Hà Nội.',
  'The ministers shake hands before the talks. Photo: VGP',
  'Premiärminister Kishida besökte Vietnam och Hanoi på måndagen tillsammans med utrikesministern.',
  'The talks ended with a joint statement on climate and energy./. VNA',
];

/** A page of lines, and the same page with invisible characters inserted inside words. */
const pages = fc
  .tuple(
    fc.shuffledSubarray(LINES, { minLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 40 }),
  )
  .map(([lines, inserts]) => {
    const page = lines.join('\n\n');
    // Insert only between two letters, so no word boundary changes.
    const letters = [...page.matchAll(/\p{L}(?=\p{L})/gu)].map((m) => m.index + 1);
    const at = new Map<number, string>();
    for (const [k, ch] of inserts) {
      const i = letters[k % letters.length] as number;
      at.set(i, (at.get(i) ?? '') + ch);
    }
    let out = '';
    const shift = new Int32Array(page.length + 1);
    for (let i = 0; i <= page.length; i++) {
      out += at.get(i) ?? '';
      shift[i] = out.length;
      if (i < page.length) out += page[i];
    }
    return { page, hidden: out, shift };
  });

describe('invisible characters inside words', () => {
  it('give the same article, with every offset shifted to the input as given', () => {
    fc.assert(
      fc.property(pages, ({ page, hidden, shift }) => {
        const a = analyze(page);
        const b = analyze(hidden);
        const start = (i: number) => shift[i] as number;
        const end = (i: number) => (shift[i - 1] as number) + 1;
        expect(b.language.code).toBe(a.language.code);
        expect(b.title && [b.title.start, b.title.end]).toEqual(
          a.title && [start(a.title.start), end(a.title.end)],
        );
        expect(b.published?.iso).toBe(a.published?.iso);
        expect(b.outlet?.name).toBe(a.outlet?.name);
        expect(b.dateline?.place && b.dateline.place.start).toBe(
          a.dateline?.place && start(a.dateline.place.start),
        );
        expect(b.entities.map((e) => [e.id, e.first])).toEqual(a.entities.map((e) => [e.id, start(e.first)]));
        for (const s of [b.title, b.published, b.outlet, ...b.paragraphs, ...b.captions])
          if (s) expect(hidden.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 150 },
    );
  });

  it('do not hide names from recognize and normalize', () => {
    const text = 'Thủ\u00ADtướng Ph\u034Fạm Minh Chính gặp Kishi\u200Bda Fumio tại Ha No\u2060i.';
    const mentions = recognize(text);
    expect(mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(['person:pham-minh-chinh', 'person:kishida-fumio']),
    );
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(normalize(text, { to: 'vi' }).text).toBe(
      'Thủ\u00ADtướng Ph\u034Fạm Minh Chính gặp Kishi\u200Bda Fumio tại Hà Nội.',
    );
  });
});
