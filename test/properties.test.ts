/**
 * Property tests of the library's promises on any string: no public function throws anything but
 * its documented TypeError or VietnormError, every offset is exact, blocks cover the input, and
 * protected names come back.
 *
 * Runs per property: VIETNORM_PROPERTY_RUNS, else 20,000 in CI (`CI` set) and 2,000 locally.
 * The duration of each property is printed (stderr) so that CI time can be watched.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isVietnormError } from '../src/errors.js';
import { analyze, detectLanguage, normalize, protectTerms, recognize, translateTerms } from '../src/index.js';

const RUNS = Number(process.env.VIETNORM_PROPERTY_RUNS ?? (process.env.CI ? 20_000 : 2_000));
/** Generous: 20,000 runs of analyze on a busy two-core machine. */
const TIMEOUT = Math.max(60_000, RUNS * 20);

/** Characters that break naive text code: controls, lone surrogates, marks, joiners, bidi controls. */
const HOSTILE = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u{1F600}',
  '\u0301',
  '\u0300',
  '\u0323',
  '\u0309',
  '\u0303',
  '\u034F',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u061C',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\uFFFE',
  '\uFFFD',
  'İ',
  'ß',
  'ﬁ',
  'ǅ',
  'Đ',
  'đ',
];

/** News-like fragments, our own: datelines, dates, credits, captions, sign-offs, names, labels. */
const NEWS = [
  'HÀ NỘI (VNA) — ',
  'TOKYO (VNA) - ',
  'Hanoi, March 14 (VNA) – ',
  'Thứ năm, 14/03/2024 10:20 (GMT+7)',
  '14/03/2024',
  'March 14, 2024 2:16 PM GMT+7',
  'den 27 november',
  'ngày 22/5/2023',
  '22023',
  '31/02/2024',
  'Photo: VGP',
  '(Photo: Viet Cuong/VOV)',
  '— VNA/VNS Photo',
  '[File: AP/Pool Photo via AP] |',
  'Ảnh: TTXVN',
  'Anh:',
  'Video:',
  'Foto: ',
  './. VNA',
  '— VNS',
  'Theo TTXVN',
  'Vnexpress.net',
  '(VOVWORLD) -',
  'VGP - ',
  'Read more',
  'Bình luận (0)',
  'Prime Minister Pham Minh Chinh',
  'Thủ tướng Phạm Minh Chính',
  'PM Chinh',
  'Mr. Abe',
  'Shizo Abe',
  'Kishida Fumio',
  'Fumio Kishida',
  'Bộ trưởng Bùi Thanh Sơn',
  'Bui Thanh Son',
  'Hà Nội',
  'Ha Noi',
  'Ho Chi Minh City',
  'TP.HCM',
  'Biển Đông',
  'Östersjön',
  'FN:s',
  'Vietnam-Japan',
  'Viet Nam',
  'Nhật Bản',
  'ASEAN',
  'Mr.',
  'x(',
  'The two ministers signed a memorandum. ',
  'De två ministrarna undertecknade ett avtal. ',
  'Hai bộ trưởng đã ký biên bản ghi nhớ. ',
  '<x id="t1"/>',
  '&amp;',
  '<b>',
  '&',
  ' ',
  '    ',
  '\n\n',
  '\n',
  '|',
  ':',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);
/** A page-like string: news fragments mixed with hostile Unicode and arbitrary characters. */
const page = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const language = fc.constantFrom('en', 'sv', 'vi') as fc.Arbitrary<'en' | 'sv' | 'vi'>;

const durations: string[] = [];
afterAll(() => {
  process.stderr.write(`properties (${RUNS} runs each): ${durations.join('; ')}\n`);
});

/** Runs a property, records its duration, and rethrows any failure. */
function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const started = performance.now();
  fc.assert(fc.property(arbitrary, predicate), { numRuns: RUNS });
  durations.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Every `{ text, start, end }` span in a result, wherever it is nested. */
function spans(value: unknown, out: { text: string; start: number; end: number }[] = []) {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const s = node as Record<string, unknown>;
    if (typeof s.text === 'string' && typeof s.start === 'number' && typeof s.end === 'number')
      out.push(s as { text: string; start: number; end: number });
    for (const child of Object.values(s)) if (typeof child === 'object') stack.push(child);
  }
  return out;
}

/** Mentions-like lists are in text order and never overlap. */
function ordered(list: readonly { start: number; end: number }[], length: number): void {
  let at = 0;
  for (const m of list) {
    expect(m.start).toBeGreaterThanOrEqual(at);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
    at = m.end;
  }
  expect(at).toBeLessThanOrEqual(length);
}

describe(`properties on any string (${RUNS} runs each)`, () => {
  it(
    'analyze: never throws, every span exact, blocks cover the input once',
    () => {
      check('analyze', page, (input) => {
        const article = analyze(input);
        expect(article.text).toBe(input);
        for (const s of spans(article)) expect(input.slice(s.start, s.end)).toBe(s.text);
        let at = 0;
        for (const b of article.blocks) {
          expect(b.start).toBe(at);
          expect(b.end).toBeGreaterThan(b.start);
          at = b.end;
        }
        expect(at).toBe(input.length);
        for (const p of article.paragraphs) {
          const cover = article.blocks.find((b) => b.start <= p.start && p.end <= b.end);
          expect(cover?.kind).toBe('paragraph');
        }
      });
    },
    TIMEOUT,
  );

  it('analyze: a page of invisible characters only is one blank block', () => {
    for (const input of ['\u200B', '\u061C', '\uFEFF\u200C', '\u034F\u00AD'])
      expect(analyze(input).blocks, JSON.stringify(input)).toEqual([
        { kind: 'blank', start: 0, end: input.length },
      ]);
  });

  it(
    'recognize: never throws, mentions exact, in order and not overlapping',
    () => {
      check(
        'recognize',
        fc.tuple(page, fc.option(language, { nil: null }), fc.constantFrom(null, '2023-05-22', '2025-07-01')),
        ([text, lang, date]) => {
          const mentions = recognize(text, { language: lang, date, titles: date !== null });
          for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          ordered(mentions, text.length);
        },
      );
    },
    TIMEOUT,
  );

  it(
    'normalize: never throws, changes exact on both sides, nothing else changes',
    () => {
      check('normalize', fc.tuple(page, fc.option(language, { nil: undefined })), ([text, to]) => {
        const r = normalize(text, { to });
        let rebuilt = '';
        let at = 0;
        for (const c of r.changes) {
          expect(text.slice(c.start, c.end)).toBe(c.from);
          expect(r.text.slice(c.outputStart, c.outputEnd)).toBe(c.to);
          expect(c.outputStart).toBe(rebuilt.length + c.start - at);
          rebuilt += text.slice(at, c.start) + c.to;
          at = c.end;
        }
        expect(rebuilt + text.slice(at)).toBe(r.text);
        ordered(r.changes, text.length);
      });
    },
    TIMEOUT,
  );

  it(
    'protectTerms + restore: the untouched text restores to the source with canonical names, exactly the source when they were canonical',
    () => {
      let exact = 0;
      check('protectTerms+restore', fc.tuple(page, language), ([s, to]) => {
        const p = protectTerms(s);
        for (const t of p.terms) expect(s.slice(t.start, t.end)).toBe(t.text);
        // The protected text is XML text plus placeholders: no other '<', every '&' a reference.
        expect(p.text.replace(/<x id="t\d+"\/>/gu, '')).not.toMatch(/[<>\r]|&(?!amp;|lt;|gt;|#13;)/u);
        const r = p.restore(p.text, { to });
        expect(r.missing).toEqual([]);
        expect(r.duplicated).toEqual([]);
        expect(r.unknown).toEqual([]);
        expect(r.reordered).toBe(false);
        let expected = '';
        let at = 0;
        let canonical = true;
        for (const t of p.terms) {
          const name = p.restore(`<x id="${t.id}"/>`, { to }).text;
          canonical &&= name === t.text;
          expected += s.slice(at, t.start) + name;
          at = t.end;
        }
        expect(r.text).toBe(expected + s.slice(at));
        if (canonical) {
          expect(r.text).toBe(s);
          if (p.terms.length > 0) exact++;
        }
        // Whatever an engine returns, restore answers without throwing.
        p.restore(`${p.text.slice(0, 40)}<x id="t9"/>${s}`, { to });
      });
      // The exact case was met with names in it, not only on name-free strings.
      expect(exact).toBeGreaterThan(RUNS / 100);
    },
    TIMEOUT,
  );

  it(
    'translateTerms and detectLanguage: never throw; replacements exact; confidence in 0..1',
    () => {
      check('translateTerms+detectLanguage', fc.tuple(page, language), ([text, to]) => {
        const r = translateTerms(text, { to });
        for (const x of r.replacements) {
          expect(text.slice(x.start, x.end)).toBe(x.from);
          expect(r.text.slice(x.outputStart, x.outputEnd)).toBe(x.to);
        }
        const d = detectLanguage(text, { expect: to });
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
      });
    },
    TIMEOUT,
  );

  it('a non-string throws the documented TypeError, nothing else', () => {
    const calls: ((x: never) => unknown)[] = [
      (x) => analyze(x),
      (x) => recognize(x),
      (x) => normalize(x),
      (x) => detectLanguage(x),
      (x) => translateTerms(x, { to: 'en' }),
      (x) => protectTerms(x),
      (x) => protectTerms('Hà Nội').restore(x, { to: 'en' }),
    ];
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true }).filter((x) => typeof x !== 'string'),
        fc.nat(calls.length - 1),
        (x, which) => {
          let error: unknown;
          try {
            (calls[which] as (x: never) => unknown)(x as never);
          } catch (e) {
            error = e;
          }
          expect(error, String(error)).toBeInstanceOf(TypeError);
          expect(isVietnormError(error)).toBe(false);
          expect((error as Error).message).toMatch(/^Expected .*string/u);
        },
      ),
      { numRuns: Math.min(RUNS, 2_000) },
    );
  });
});
