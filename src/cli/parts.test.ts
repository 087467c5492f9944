import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseBytes } from './args.js';
import { Utf8Accumulator } from './decode.js';
import { lines } from './jsonl.js';
import { recordKey } from './output.js';
import { createProgress, progressLine } from './progress.js';
import { decodeRead, readStream } from './read.js';
import { ownBuffers } from './worker.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function collect(chunks: string[], maxBytes: number) {
  const out: (string | { line: number; code: string })[] = [];
  for await (const item of lines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes, 0)) {
    out.push(
      'error' in item ? { line: item.line, code: item.error.code } : new TextDecoder().decode(item.bytes),
    );
  }
  return out;
}

describe('CLI parts', () => {
  it('splits lines across chunks, drops CR and empty lines, and refuses an over-long line without holding it', async () => {
    expect(await collect(['ab', 'c\r\nd', 'e\n\nf'], 100)).toEqual(['abc', 'de', 'f']);
    expect(await collect(['12345', '6789\nok\n', 'x'.repeat(20)], 5)).toEqual([
      { line: 1, code: 'too-large' },
      'ok',
      { line: 3, code: 'too-large' },
    ]);
  });

  it('decodes UTF-8 split anywhere, keeps note of a BOM, and refuses NUL and bad bytes as they come', () => {
    const bytes = enc('\uFEFFHà Nội');
    const acc = new Utf8Accumulator(100);
    for (const b of bytes) acc.push(Uint8Array.of(b));
    expect(acc.end()).toBe('Hà Nội');
    expect(acc.bom).toBe(true);
    expect(() => new Utf8Accumulator(100).push(Uint8Array.of(0x41, 0))).toThrow('binary data');
    expect(() => new Utf8Accumulator(100).push(Uint8Array.of(0xc3, 0x28))).toThrow('not valid UTF-8');
    const limited = new Utf8Accumulator(3);
    limited.push(enc('abc'));
    expect(() => limited.push(enc('d'))).toThrow('larger than the read limit of 3 bytes');
  });

  it('reads byte counts with K, M and G suffixes', () => {
    expect(parseBytes('5000', 'max-bytes')).toBe(5000);
    expect(parseBytes('512K', 'max-bytes')).toBe(512 * 1024);
    expect(parseBytes('32M', 'max-bytes')).toBe(32 * 1024 * 1024);
    expect(parseBytes('1GiB', 'max-bytes')).toBe(1024 ** 3);
    expect(() => parseBytes('0', 'max-bytes')).toThrow('positive byte count');
    expect(() => parseBytes('-1', 'max-bytes')).toThrow('positive byte count');
  });

  it('reads the key of a record from its first field only', () => {
    expect(recordKey(enc('{"path":"a \\"b\\".txt","schemaVersion":1}'))).toBe('p:a "b".txt');
    expect(recordKey(enc('{"id":42,"error":{}}'))).toBe('i:42');
    expect(recordKey(enc('{"id":"x\\u00e9","meta":{}}'))).toBe('i:"xé"');
    expect(recordKey(enc('{"line":3,"error":{}}'))).toBeUndefined();
    expect(recordKey(enc('{"path":"unterminated'))).toBeUndefined();
  });

  it('draws progress with a bar and ETA when the total is known, a count otherwise', () => {
    expect(progressLine(50, 200, 1, 5e6, 10)).toBe(
      '[#####---------------] 50/200 docs 25%  1 failed  0.5 MB/s  ETA 0:30',
    );
    expect(progressLine(7, undefined, 0, 0, 65)).toBe('7 docs  0.0 MB/s  1:05');
    const written: string[] = [];
    const progress = createProgress((s) => written.push(s), false);
    progress.setTotal(2);
    progress.tick(10, false);
    progress.tick(10, true);
    progress.finish();
    expect(written.at(-1)).toMatch(/^\[#{20}\] 2\/2 docs 100% {2}1 failed .*\n$/u);
  });

  it('hands over each output buffer once, copying out views that share or cut a buffer', () => {
    const whole = enc('{"path":"a"}');
    const shared = new Uint8Array(8);
    const result = { out: [whole, shared.subarray(0, 4), shared.subarray(4), whole], bytes: 0 };
    const buffers = ownBuffers(result);
    expect(result.out[0]).toBe(whole);
    expect(new Set(buffers).size).toBe(4);
    expect(buffers).toEqual(result.out.map((chunk) => chunk.buffer));
    for (const chunk of result.out) expect(chunk.byteLength).toBe(chunk.buffer.byteLength);
    expect(Buffer.concat(result.out)).toEqual(Buffer.concat([whole, shared, whole]));
  });

  it('reads stdin undecoded (size and NUL checked) and decodes it later as a file read would be', async () => {
    const limits = { maxBytes: 64, idleTimeout: 0 };
    const stream = (chunks: number[][]) => Readable.from(chunks.map((c) => Buffer.from(c)));
    const bytes = [...enc('\uFEFFHà Nội')];
    const read = await readStream(stream([bytes.slice(0, 4), bytes.slice(4)]), limits, { undecoded: true });
    expect(read.text).toBe('');
    expect([...(read.undecoded as Uint8Array)]).toEqual(bytes);
    expect((read.undecoded as Uint8Array).byteLength).toBe((read.undecoded as Uint8Array).buffer.byteLength);
    expect(decodeRead(read.undecoded as Uint8Array, 64)).toEqual({
      text: 'Hà Nội',
      bytes: bytes.length,
      bom: true,
    });
    await expect(readStream(stream([[0x41, 0]]), limits, { undecoded: true })).rejects.toThrow('binary data');
    await expect(readStream(stream([new Array(65).fill(0x41)]), limits, { undecoded: true })).rejects.toThrow(
      'larger than the read limit',
    );
    // Not UTF-8: refused, or kept for an HTML decoder with keepBytes.
    expect(() => decodeRead(Uint8Array.of(0xc3, 0x28), 64)).toThrow('not valid UTF-8');
    expect(decodeRead(Uint8Array.of(0xc3, 0x28), 64, { keepBytes: true }).raw).toEqual(
      Uint8Array.of(0xc3, 0x28),
    );
  });
});
