// Records: what the CLI (and vietnorm/queue) writes for each document, and the task types that the
// main thread and the workers exchange. No library import here: the main thread loads only this.
import type { BatchCommand, KbLanguage } from './args.js';
import { DocumentError } from './decode.js';
import type { Key } from './inputs.js';
import { jsonChunks } from './json-chunks.js';

/** How records are written. */
export interface RecordOptions {
  /** Top-level fields to keep (the key, meta and error always stay); undefined keeps all. */
  fields?: string[] | undefined;
  /** Leave out the Article's `text`. */
  noText?: boolean | undefined;
  /** Indent each record. */
  pretty?: boolean | undefined;
  /** normalize / translate-terms: print the text itself, not a record. */
  plain?: boolean | undefined;
}

/** What one task needs: serializable, sent to a worker thread. */
export interface Task {
  command: BatchCommand;
  key: Key;
  /** The text, when the main thread read it (stdin, JSONL); else the worker reads `key.path`. */
  text?: string | undefined;
  /** analyze: stdin's bytes when they are not UTF-8 (an HTML page in its own charset). */
  raw?: Uint8Array | undefined;
  /**
   * stdin's bytes, read but not decoded: decoded where the task runs, as a file is (moved to the
   * worker, not copied).
   */
  undecoded?: Uint8Array | undefined;
  meta?: Record<string, unknown> | undefined;
  bytes?: number | undefined;
  maxBytes: number;
  idleTimeout: number;
  to?: KbLanguage | undefined;
  from?: KbLanguage | undefined;
  /** analyze: 'html', 'text' or 'auto' (sniff). */
  format?: string | undefined;
  write?: boolean | undefined;
  record: RecordOptions;
  /**
   * Where a large record's pieces go as they are made, instead of in the result (a worker's end of
   * a channel to the main thread): the output of a 20 MB page, about 100 MB, then never exists
   * whole. Every piece is followed by `null` once the record is complete.
   */
  port?: RecordPort | undefined;
}

/** The sending end of a record's pieces (a MessagePort's `postMessage`, its buffers moved). */
export interface RecordPort {
  postMessage(piece: Uint8Array | null, transferList?: readonly ArrayBuffer[]): void;
}

/** What comes back: the output (a record line, or plain text) and what stderr should say. */
export interface TaskResult {
  /**
   * UTF-8 bytes to write to the output, in order, possibly none: a large record comes in pieces
   * (see {@link recordLine}), each with a buffer of its own that a worker hands over without a copy.
   */
  out: Uint8Array[];
  /** Bytes of input read. */
  bytes: number;
  /** The failure, when the document failed. */
  error?: { code: string; message: string } | undefined;
  /** A note for stderr that is not a failure (normalize --write). */
  note?: string | undefined;
  /** The record went through the task's `port` (and `out` is empty). */
  streamed?: boolean | undefined;
}

/** Builds a record: the key first, then meta, then the result's fields (as chosen). */
export function buildRecord(
  key: Key,
  meta: object | undefined,
  result: object,
  options: RecordOptions,
): object {
  const record: Record<string, unknown> = { ...key };
  if (meta !== undefined) record.meta = meta;
  for (const [name, value] of Object.entries(result)) {
    if (name === 'text' && options.noText) continue;
    if (options.fields && !options.fields.includes(name)) continue;
    record[name] = value;
  }
  return record;
}

/** The JSON line of a record (indented with `pretty`). */
export function serialize(record: object, pretty: boolean | undefined): string {
  return `${JSON.stringify(record, null, pretty ? 2 : undefined)}\n`;
}

/**
 * Bytes above which a document's record is written in pieces (see {@link recordPieces}), after a
 * turn of the event loop, and sent through the task's `port` when it has one; below, as one string.
 */
export const LARGE_DOCUMENT = 1 << 20;

/** About how many characters of JSON go into each piece of {@link recordLine}. */
const LINE_CHUNK = 1 << 15;

const encoder = new TextEncoder();

/**
 * The JSON line of a record as UTF-8 bytes in pieces, the same bytes as `serialize` gives, each
 * with a buffer of its own. The record is consumed (see `release` in {@link jsonChunks}): what is
 * written is let go, so a large record never exists as one string, and its parts are freed as its
 * bytes are made.
 */
export function* recordPieces(record: object, pretty: boolean | undefined): Generator<Uint8Array, void> {
  let last: string | undefined;
  for (const chunk of jsonChunks(record, {
    indent: pretty ? 2 : undefined,
    chunkSize: LINE_CHUNK,
    release: true,
  })) {
    if (last !== undefined) yield encoder.encode(last);
    last = chunk;
  }
  yield encoder.encode(`${last ?? ''}\n`);
}

/** {@link recordPieces} gathered: the whole line's bytes, in pieces. */
export function recordLine(record: object, pretty: boolean | undefined): Uint8Array[] {
  return [...recordPieces(record, pretty)];
}

/** An error record for a document. */
export function errorRecord(
  key: Key,
  meta: object | undefined,
  error: { code: string; message: string },
): object {
  return {
    ...key,
    ...(meta !== undefined ? { meta } : {}),
    error: { code: error.code, message: error.message },
  };
}

/** Turns anything thrown while processing a document into its failure. */
export function failure(error: unknown): { code: string; message: string } {
  if (error instanceof DocumentError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      code: 'out-of-memory',
      message: 'ran out of memory (the document is too large or too fragmented)',
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'failed', message };
}
