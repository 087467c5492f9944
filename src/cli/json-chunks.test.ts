import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { jsonChunks } from './json-chunks.js';
import { buildRecord, type RecordOptions, recordLine, serialize } from './records.js';
import { runTask } from './task.js';

const RUNS = Number(process.env.VIETNORM_PROPERTY_RUNS ?? 1000);

/** What JSON.stringify gives, or the class of what it throws. */
function expected(value: unknown, indent?: number | string): string | undefined | { throws: string } {
  try {
    return JSON.stringify(value, null, indent);
  } catch (error) {
    return { throws: (error as Error).constructor.name };
  }
}

/** The pieces joined (undefined when there are none), or the class of what was thrown. */
function streamed(
  value: unknown,
  options: Parameters<typeof jsonChunks>[1],
): string | undefined | { throws: string } {
  try {
    const pieces = [...jsonChunks(value, options)];
    return pieces.length === 0 ? undefined : pieces.join('');
  } catch (error) {
    return { throws: (error as Error).constructor.name };
  }
}

const indents = fc.constantFrom<number | string | undefined>(
  undefined,
  0,
  2,
  4,
  12,
  -3,
  '\t',
  '--',
  '0123456789abc',
);

describe('jsonChunks', () => {
  it('joins to exactly what JSON.stringify gives, for any value, indentation and piece size', () => {
    const value = fc.anything({
      maxDepth: 4,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withObjectString: true,
      withTypedArray: true,
      withBigInt: true,
    });
    fc.assert(
      fc.property(value, indents, fc.integer({ min: 1, max: 80 }), (v, indent, chunkSize) => {
        expect(streamed(v, { indent, chunkSize })).toEqual(expected(v, indent));
      }),
      { numRuns: RUNS },
    );
  });

  it('cuts long strings between code units but never inside a surrogate pair', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), (s, chunkSize) => {
        expect(streamed({ s, list: [s, s] }, { chunkSize })).toBe(JSON.stringify({ s, list: [s, s] }));
      }),
      { numRuns: RUNS },
    );
    const pairs = 'a😀'.repeat(50);
    for (let size = 1; size < 6; size++)
      expect(streamed(pairs, { chunkSize: size })).toBe(JSON.stringify(pairs));
    expect(streamed('\uD800x\uDC00'.repeat(20), { chunkSize: 2 })).toBe(
      JSON.stringify('\uD800x\uDC00'.repeat(20)),
    );
  });

  it('calls toJSON once, with the key, as JSON.stringify does', () => {
    const seen: string[] = [];
    const inner = { toJSON: () => 'inner called', big: 'y'.repeat(30) };
    const value = {
      list: Array.from({ length: 20 }, (_, i) => ({
        toJSON: (key: string) => {
          seen.push(key);
          return { i, inner };
        },
      })),
      when: new Date(Date.UTC(2024, 0, 2)),
      outer: { toJSON: () => inner },
    };
    const expectedSeen: string[] = [];
    const plain = JSON.stringify(value);
    expectedSeen.push(...seen);
    seen.length = 0;
    expect(streamed(value, { chunkSize: 8 })).toBe(plain);
    expect(seen).toEqual(expectedSeen);
  });

  it('refuses a cycle with a TypeError, like JSON.stringify', () => {
    const a: unknown[] = Array.from({ length: 50 }, (_, i) => i);
    a.push({ back: a });
    expect(() => [...jsonChunks(a, { chunkSize: 4 })]).toThrow(TypeError);
  });

  it('yields a large value in pieces of about the chunk size', () => {
    const value = { rows: Array.from({ length: 2000 }, (_, i) => ({ i, name: `row ${i}` })) };
    const pieces = [...jsonChunks(value, { chunkSize: 1000 })];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1100);
    expect(pieces.join('')).toBe(JSON.stringify(value));
  });

  it('with release, lets go of what it wrote but leaves frozen parts alone', () => {
    const frozen = Object.freeze(Array.from({ length: 40 }, (_, i) => i));
    const rows = Array.from({ length: 40 }, (_, i) => ({ i }));
    const value = { rows, frozen, small: [1] };
    const before = JSON.stringify(value);
    expect([...jsonChunks(value, { chunkSize: 16, release: true })].join('')).toBe(before);
    expect(rows.every((r) => r === undefined)).toBe(true);
    expect(frozen[39]).toBe(39);
    expect(value.rows).toBeUndefined();
  });
});

/** The repo's corpus pages, joined; absent corpus gives ''. */
function corpusText(): string {
  const dir = new URL('../../corpus/', import.meta.url);
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n\n');
  } catch {
    return '';
  }
}

describe('recordLine', () => {
  it("writes a real Article's record as the same bytes as JSON.stringify, in pieces", () => {
    const text = corpusText();
    expect(text.length).toBeGreaterThan(10_000);
    const article = analyze(text.repeat(12));
    const cases: [RecordOptions, boolean][] = [
      [{}, false],
      [{ noText: true }, true],
      [{ fields: ['paragraphs', 'entities'] }, false],
    ];
    for (const [options, pretty] of cases) {
      const key = { path: 'corpus × 12.txt' };
      const whole = serialize(buildRecord(key, { source: 'test' }, article, options), pretty);
      // recordLine consumes what it writes: it gets a copy.
      const pieces = recordLine(
        buildRecord(key, { source: 'test' }, structuredClone(article), options),
        pretty,
      );
      expect(pieces.length).toBeGreaterThan(1);
      expect(Buffer.concat(pieces).toString('utf8')).toBe(whole);
      expect(JSON.parse(Buffer.concat(pieces).toString('utf8'))).toEqual(JSON.parse(whole));
    }
  });

  it('ends a small record with its newline in the one piece', () => {
    const pieces = recordLine({ id: 1, error: { code: 'failed', message: 'x' } }, false);
    expect(pieces).toHaveLength(1);
    expect(new TextDecoder().decode(pieces[0])).toBe('{"id":1,"error":{"code":"failed","message":"x"}}\n');
  });

  it('is how the CLI writes a document over 1 MB: in pieces, the same bytes as JSON.stringify', async () => {
    const page = corpusText();
    const text = page.repeat(Math.ceil(1.2e6 / page.length));
    const key = { id: 'large' };
    const result = await runTask({
      command: 'analyze',
      key,
      text,
      bytes: Buffer.byteLength(text),
      maxBytes: 1 << 25,
      idleTimeout: 0,
      format: 'text',
      record: { noText: true },
    });
    expect(result.error).toBeUndefined();
    expect(result.out.length).toBeGreaterThan(10);
    const whole = serialize(buildRecord(key, undefined, analyze(text), { noText: true }), false);
    expect(Buffer.concat(result.out).toString('utf8')).toBe(whole);
  });
});
