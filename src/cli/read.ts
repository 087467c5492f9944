// Reading one document with a size limit: regular files are checked against the limit before a byte
// is read; stdin, FIFOs and devices are read as a stream that ends on EOF, is cut off at the limit
// and, with an idle timeout, fails when nothing arrives for that long.
import {
  closeSync,
  constants,
  createReadStream,
  open as openFd,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { DocumentError, Utf8Accumulator } from './decode.js';

/** Limits on reading one document. */
export interface ReadLimits {
  /** Largest document in bytes. */
  maxBytes: number;
  /** Milliseconds a stream may send nothing before the read fails; 0 waits for EOF. */
  idleTimeout: number;
}

/** A document read as text. */
export interface ReadResult {
  text: string;
  /** Bytes read. */
  bytes: number;
  /** True when the bytes started with a UTF-8 BOM (dropped from `text`). */
  bom: boolean;
  /**
   * Read with `keepBytes` and not UTF-8: the bytes, for a decoder that honours the page's own
   * charset (HTML); `text` is then empty.
   */
  raw?: Uint8Array;
  /** Read with `undecoded`: every byte, not yet decoded (`text` is then empty). */
  undecoded?: Uint8Array;
}

/** How a document is read beyond the limits. */
export interface ReadOptions {
  /** Keep bytes that are not UTF-8 (see {@link ReadResult.raw}) instead of refusing them. */
  keepBytes?: boolean;
  /** Check size and NUL bytes only, and give the bytes as they are (see {@link decodeRead}). */
  undecoded?: boolean;
}

/** The text of what was read, or its bytes when they are not UTF-8 and the caller keeps them. */
function finish(acc: Utf8Accumulator, undecoded = false): ReadResult {
  if (undecoded) return { text: '', bytes: acc.bytes, bom: false, undecoded: acc.rawBytes() };
  if (!acc.notUtf8) {
    try {
      return { text: acc.end(), bytes: acc.bytes, bom: acc.bom };
    } catch (error) {
      if (!acc.notUtf8) throw error;
    }
  }
  return { text: '', bytes: acc.bytes, bom: false, raw: acc.rawBytes() };
}

/** Maps a file-system error to a document failure with a short message. */
export function describeFsError(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DocumentError('not-found', 'no such file');
  if (code === 'EISDIR') return new DocumentError('is-directory', 'is a directory');
  if (code === 'EACCES' || code === 'EPERM') return new DocumentError('permission', 'permission denied');
  return new DocumentError('failed', error instanceof Error ? error.message : String(error));
}

const CHUNK = 1 << 20;

/**
 * Opens a FIFO without blocking: a blocking open waits for a writer on a thread that can never be
 * freed, while a non-blocking descriptor read through a socket waits in the event loop, where the
 * idle timeout can end it. Data, then EOF, arrive as the writer sends and closes.
 */
async function openFifo(path: string): Promise<Readable> {
  const fd = await promisify(openFd)(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

/**
 * Reads a file, FIFO or character device by path. Never reads more than `maxBytes + 1` bytes.
 *
 * A regular file is read with synchronous calls: the CLI's workers read one document at a time,
 * and each asynchronous call (stat, open, reads, close) is a round trip through libuv's thread
 * pool, shared by every worker of the process, that leaves the worker idle. FIFOs and devices,
 * which may not end, are read as streams.
 */
export async function readPath(
  path: string,
  limits: ReadLimits,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new DocumentError('is-directory', 'is a directory');
    if (!info.isFile()) {
      if (info.isFIFO()) return await readStream(await openFifo(path), limits, options);
      if (info.isCharacterDevice()) {
        return await readStream(createReadStream(path, { highWaterMark: 64 * 1024 }), limits, options);
      }
      throw new DocumentError('not-a-file', 'not a regular file');
    }
    if (info.size > limits.maxBytes) {
      throw new DocumentError(
        'too-large',
        `${info.size} bytes, larger than the read limit of ${limits.maxBytes} (--max-bytes)`,
      );
    }
    const fd = openSync(path, 'r');
    try {
      const acc = new Utf8Accumulator(limits.maxBytes, options.keepBytes);
      const buffer = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 4096), CHUNK));
      for (;;) {
        const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        acc.push(buffer.subarray(0, bytesRead));
      }
      return finish(acc);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw describeFsError(error);
  }
}

/**
 * Yields a stream's chunks; with `idleTimeout` > 0, fails with `idle-timeout` (and destroys the
 * stream) when no chunk and no EOF arrives for that many milliseconds.
 */
export async function* chunks(stream: Readable, idleTimeout: number): AsyncGenerator<Uint8Array> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  try {
    for (;;) {
      const next = iterator.next();
      let timer: NodeJS.Timeout | undefined;
      const result =
        idleTimeout > 0
          ? await Promise.race([
              next,
              new Promise<never>((_, reject) => {
                timer = setTimeout(
                  () =>
                    reject(
                      new DocumentError(
                        'idle-timeout',
                        `nothing read for ${idleTimeout / 1000} s (--idle-timeout)`,
                      ),
                    ),
                  idleTimeout,
                );
              }),
            ]).finally(() => clearTimeout(timer))
          : await next;
      if (result.done) return;
      yield typeof result.value === 'string' ? Buffer.from(result.value) : result.value;
    }
  } finally {
    stream.destroy();
  }
}

/** Reads a whole stream (stdin, a FIFO) as one document, to EOF, within the limits. */
export async function readStream(
  stream: Readable,
  limits: ReadLimits,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const acc = new Utf8Accumulator(limits.maxBytes, options.keepBytes, options.undecoded);
  try {
    for await (const chunk of chunks(stream, limits.idleTimeout)) acc.push(chunk);
    return finish(acc, options.undecoded);
  } catch (error) {
    throw describeFsError(error);
  }
}

/** Decodes bytes read `undecoded` as a read of them would have (BOM, UTF-8, `keepBytes`). */
export function decodeRead(bytes: Uint8Array, maxBytes: number, options: ReadOptions = {}): ReadResult {
  const acc = new Utf8Accumulator(maxBytes, options.keepBytes);
  acc.push(bytes);
  return finish(acc);
}
