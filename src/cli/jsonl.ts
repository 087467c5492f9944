// Line-oriented input: JSONL documents ({"id", "text", …} per line) and path lists, split with a
// bounded line length so that one endless line costs at most the read limit.
import type { Readable } from 'node:stream';
import { DocumentError } from './decode.js';
import { chunks } from './read.js';

/** One line of input, or the reason it could not be taken. */
export type Line = { line: number; bytes: Uint8Array } | { line: number; error: DocumentError };

/**
 * Splits a byte stream into lines (LF or CRLF). A line longer than `maxBytes` is skipped up to
 * its end and reported as a `too-large` error; empty lines are left out.
 */
export async function* lines(stream: Readable, maxBytes: number, idleTimeout: number): AsyncGenerator<Line> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let skipping = false;
  let line = 0;
  const finish = (tail: Uint8Array): Line | undefined => {
    line++;
    if (skipping) {
      skipping = false;
      return {
        line,
        error: new DocumentError(
          'too-large',
          `line larger than the read limit of ${maxBytes} bytes (--max-bytes)`,
        ),
      };
    }
    const bytes = held.length === 0 ? tail : Buffer.concat([...held, tail]);
    held = [];
    heldBytes = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    if (end === 0) return undefined;
    return { line, bytes: bytes.subarray(0, end) };
  };
  for await (const chunk of chunks(stream, idleTimeout)) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      if (!skipping) {
        if (heldBytes + piece.length > maxBytes) {
          skipping = true;
          held = [];
          heldBytes = 0;
        }
      }
      if (nl === -1) {
        if (!skipping && piece.length > 0) {
          held.push(Buffer.from(piece));
          heldBytes += piece.length;
        }
        break;
      }
      const out = finish(skipping ? new Uint8Array(0) : piece);
      if (out) yield out;
      from = nl + 1;
    }
  }
  if (skipping || heldBytes > 0) {
    const out = finish(new Uint8Array(0));
    if (out) yield out;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes one line as UTF-8 (a BOM on the first line is dropped). */
export function lineText(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DocumentError('not-utf8', 'not valid UTF-8 text');
  }
}

/** A JSONL document: its id, its text and its other fields. */
export interface JsonlDocument {
  id: string | number;
  text: string;
  /** The record's other fields, unchanged; `undefined` when it has none. */
  meta: Record<string, unknown> | undefined;
}

/**
 * Parses one JSONL line as a document: an object with an `id` (string or finite number) and a
 * `text` (string). Anything else throws a {@link DocumentError} (`bad-json` or `bad-record`).
 */
export function parseDocument(text: string): JsonlDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DocumentError('bad-json', `not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentError('bad-record', 'a JSONL document must be an object {"id": …, "text": …}');
  }
  const { id, text: body, ...rest } = value as Record<string, unknown>;
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
    throw new DocumentError('bad-record', '"id" must be a string or a number');
  }
  if (typeof body !== 'string') throw new DocumentError('bad-record', '"text" must be a string');
  return { id, text: body, meta: Object.keys(rest).length > 0 ? rest : undefined };
}

/** The id of a record that failed to parse, when its line still shows one; else undefined. */
export function salvageId(text: string): string | number | undefined {
  try {
    const value = JSON.parse(text) as { id?: unknown };
    if (typeof value?.id === 'string' || (typeof value?.id === 'number' && Number.isFinite(value.id)))
      return value.id;
  } catch {
    // not JSON: no id to give back
  }
  return undefined;
}
