import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentBytes, heapLimitMb } from './pool.js';
import type { Task } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'vietnorm-pool-'));
const task = (extra: Partial<Task>): Task => ({
  command: 'analyze',
  key: { line: 1 },
  maxBytes: 1 << 25,
  idleTimeout: 0,
  record: {},
  ...extra,
});

describe('the heap a document is given', () => {
  it('grows by 10 MB per MB of document above a fixed floor', () => {
    const floor = heapLimitMb(0);
    expect(heapLimitMb(2 ** 20)).toBe(floor + 10);
    expect(heapLimitMb(20 * 2 ** 20)).toBe(floor + 200);
  });
});

describe('documentBytes', () => {
  it('is the size of a file, of text read by the main thread, and of undecoded bytes', () => {
    const path = join(dir, 'doc.txt');
    writeFileSync(path, 'Hà Nội\n');
    expect(documentBytes(task({ key: { path } }))).toBe(Buffer.byteLength('Hà Nội\n'));
    expect(documentBytes(task({ text: 'abc', bytes: 3 }))).toBe(3);
    // text without a byte count: at most three bytes a code unit
    expect(documentBytes(task({ text: 'abc' }))).toBe(9);
    expect(documentBytes(task({ undecoded: new Uint8Array(5) }))).toBe(5);
  });

  it('is unknown for what cannot be sized before it is read: a FIFO, a missing path, a line of stdin', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(documentBytes(task({ key: { path: fifo } }))).toBeUndefined();
    expect(documentBytes(task({ key: { path: join(dir, 'missing') } }))).toBeUndefined();
    expect(documentBytes(task({ key: { line: 3 } }))).toBeUndefined();
  });
});
