// The CLI's JSONL path as a property: whatever lines come in on stdin, exactly one record goes out
// per non-blank line, in order, keyed by the document's id (or the line number when the line shows
// none), with the other fields passed through unchanged under meta; bad lines become error
// records and set the exit status. Runs VIETNORM_PROPERTY_RUNS times (.ci/run: 20,000).
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { inProcessRunner } from '../src/cli/pool.js';

const RUNS = Number(process.env.VIETNORM_PROPERTY_RUNS ?? 1000);

type Line =
  | { kind: 'doc'; id: string | number; text: string; extra: Record<string, unknown> }
  | { kind: 'bad'; raw: string; id?: string | number }
  | { kind: 'blank'; raw: string };

const id = fc.oneof(
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const text = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.constantFrom(
    'Ministers meet in Tokyo\n\nTOKYO (VNA) — The two foreign ministers met on Monday.',
    'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.',
    `Photo:${' '.repeat(40)}x(`,
    '',
  ),
);
const extraKey = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== 'id' && k !== 'text');
const line: fc.Arbitrary<Line> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('doc' as const),
      id,
      text,
      extra: fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc
        .string({ maxLength: 30 })
        .filter((s) => !s.includes('\n') && s.trim() !== '' && !isJsonObject(s))
        .map((raw) => ({ kind: 'bad' as const, raw })),
      id.map((i) => ({ kind: 'bad' as const, raw: JSON.stringify({ id: i, text: 42 }), id: i })),
      fc.constant({ kind: 'bad' as const, raw: '{"text":"no id"}' }),
      fc.constant({ kind: 'bad' as const, raw: '[1,2]' }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ kind: 'blank' as const, raw: '' }, { kind: 'blank' as const, raw: '\r' }),
  },
);

function isJsonObject(s: string): boolean {
  try {
    const v = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

function render(l: Line): string {
  if (l.kind === 'doc') return JSON.stringify({ ...l.extra, id: l.id, text: l.text });
  return l.raw;
}

describe('the CLI JSONL path (property)', () => {
  it(`gives one record per line, in order, for any input (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 5 }), fc.boolean(), async (lines, crlf) => {
        const input = lines.map(render).join(crlf ? '\r\n' : '\n');
        let stdout = '';
        let stderr = '';
        const code = await main(['analyze', '--jsonl-in', '-', '--no-text', '--fields', 'language,title'], {
          out: (s) => {
            stdout += s;
          },
          err: (s) => {
            stderr += s;
          },
          stdin: () => Readable.from([Buffer.from(input)]),
          runner: inProcessRunner,
        });
        const records = stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l));
        const expected = lines
          .map((l, i) => ({ l, lineNumber: i + 1 }))
          .filter(({ l }) => l.kind !== 'blank');
        expect(records).toHaveLength(expected.length);
        expected.forEach(({ l, lineNumber }, i) => {
          const record = records[i];
          if (l.kind === 'doc') {
            expect(record.error).toBeUndefined();
            expect(record.id).toBe(Object.is(l.id, -0) ? 0 : l.id);
            if (Object.keys(l.extra).length > 0)
              expect(record.meta).toEqual(JSON.parse(JSON.stringify(l.extra)));
            else expect(record).not.toHaveProperty('meta');
            expect(typeof record.language.code).toBe('string');
            expect(record).not.toHaveProperty('text');
          } else if (l.kind === 'bad') {
            expect(record.error.code).toMatch(/^(bad-json|bad-record)$/u);
            if (l.id !== undefined) expect(record.id).toBe(Object.is(l.id, -0) ? 0 : l.id);
            else if (!('id' in record)) expect(record.line).toBe(lineNumber);
          }
        });
        const failed = expected.some(({ l }) => l.kind === 'bad');
        expect(code).toBe(failed ? 2 : 0);
        expect(stderr === '').toBe(!failed);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
