// Where records go: stdout or a file, written whole with backpressure. A closed pipe (EPIPE, as
// with `| head`) marks the sink broken so that the run ends quietly; `--resume` reads the keys an
// earlier run wrote and cuts off a last line that was left incomplete.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { keyString } from './inputs.js';
import { lines } from './jsonl.js';

/** A place to write output to. */
export interface Sink {
  /** Writes a chunk; resolves when the sink can take more. */
  write(chunk: Uint8Array | string): Promise<void>;
  /** Flushes and closes (stdout is flushed, not closed). */
  close(): Promise<void>;
  /** True once the reader went away (EPIPE): nothing more will be written. */
  readonly broken: boolean;
}

/** A sink over a function (tests, in-process use). */
export function functionSink(out: (s: string) => void): Sink {
  const decoder = new TextDecoder();
  return {
    broken: false,
    write: async (chunk) => out(typeof chunk === 'string' ? chunk : decoder.decode(chunk)),
    close: async () => undefined,
  };
}

/** A sink over a writable stream; `own` streams are ended on close. */
export function streamSink(stream: Writable, own: boolean): Sink {
  let broken = false;
  let failure: Error | undefined;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of waiters) w();
    waiters.clear();
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') broken = true;
    else failure = error;
    wake();
  });
  stream.on('drain', wake);
  stream.on('close', wake);
  return {
    get broken() {
      return broken;
    },
    async write(chunk) {
      if (failure) throw failure;
      if (broken || chunk.length === 0) return;
      if (stream.write(chunk)) return;
      await new Promise<void>((resolve) => {
        waiters.add(resolve);
      });
      if (failure) throw failure;
    },
    async close() {
      if (broken) return;
      if (own) {
        await new Promise<void>((resolve) => stream.end(resolve));
      } else if (stream.writableNeedDrain) {
        await new Promise<void>((resolve) => {
          waiters.add(resolve);
        });
      }
      if (failure) throw failure;
    },
  };
}

/** A sink writing to a file, from its start (`append`: false) or at its end. */
export function fileSink(path: string, append: boolean): Sink {
  return streamSink(createWriteStream(path, { flags: append ? 'a' : 'w' }), true);
}

/**
 * Reads the keys (path or id) of the records in an earlier output, for `--resume`. A last line
 * without its newline (a run killed mid-write) is cut off the file so that appending stays JSONL.
 * A missing file holds no keys.
 */
export async function resumeKeys(path: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const info = await stat(path).catch(() => undefined);
  if (!info) return keys;
  let complete = 0;
  for await (const item of lines(createReadStream(path), Number.MAX_SAFE_INTEGER, 0)) {
    if ('error' in item) continue;
    const key = recordKey(item.bytes);
    if (key) keys.add(key);
  }
  // Find the end of the last complete line.
  const handle = await open(path, 'r+');
  try {
    const size = (await handle.stat()).size;
    const tail = Buffer.alloc(Math.min(size, 1 << 16));
    let end = size;
    while (end > 0) {
      const from = Math.max(0, end - tail.length);
      const { bytesRead } = await handle.read(tail, 0, end - from, from);
      const nl = tail.subarray(0, bytesRead).lastIndexOf(10);
      if (nl !== -1) {
        complete = from + nl + 1;
        break;
      }
      end = from;
    }
    if (complete < size) {
      // The cut line's key was counted above if it happened to parse: drop it again.
      const partial = Buffer.alloc(size - complete);
      await handle.read(partial, 0, partial.length, complete);
      const key = recordKey(partial);
      if (key) keys.delete(key);
      await handle.truncate(complete);
    }
  } finally {
    await handle.close();
  }
  return keys;
}

/** Reads the JSON string or number that starts at `from`; undefined when there is none. */
function leadingValue(text: string, from: number): unknown {
  if (text[from] === '"') {
    for (let i = from + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return JSON.parse(text.slice(from, i + 1));
    }
    return undefined;
  }
  let i = from;
  while (i < text.length && text[i] !== ',' && text[i] !== '}') i++;
  const n = Number(text.slice(from, i));
  return i > from && Number.isFinite(n) ? n : undefined;
}

/**
 * The key of a record line; undefined when the line is not a record. Records start with their
 * key (`{"path":…` or `{"id":…`), so only that field is parsed.
 */
export function recordKey(line: Uint8Array): string | undefined {
  const text = Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
  try {
    if (text.startsWith('{"path":')) {
      const path = leadingValue(text, 8);
      return typeof path === 'string' ? keyString({ path }) : undefined;
    }
    if (text.startsWith('{"id":')) {
      const id = leadingValue(text, 6);
      return typeof id === 'string' || typeof id === 'number' ? keyString({ id }) : undefined;
    }
  } catch {
    // a broken string: not a record
  }
  return undefined;
}
