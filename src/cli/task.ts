// One document through one command: read (for a path), run the library, build the record. Runs on
// a worker thread; the main thread only routes documents and writes the lines that come back.
// The library through its public entry: the built CLI imports ./index.js instead of a copy of it.
import * as lib from '../index.js';
import { analyze, detectLanguage, normalize, translateTerms } from '../index.js';
import type { BatchCommand, KbLanguage } from './args.js';
import { DocumentError } from './decode.js';
import type { Key } from './inputs.js';
import { readPath } from './read.js';
import { writeInPlace } from './write.js';

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
}

/** What comes back: the output (a record line, or plain text) and what stderr should say. */
export interface TaskResult {
  /** UTF-8 bytes to write to the output, possibly empty. */
  out: Uint8Array;
  /** Bytes of input read. */
  bytes: number;
  /** The failure, when the document failed. */
  error?: { code: string; message: string } | undefined;
  /** A note for stderr that is not a failure (normalize --write). */
  note?: string | undefined;
}

const encoder = new TextEncoder();

/** True when the text starts like an HTML document (after a BOM, blanks and comments are not skipped). */
export function looksLikeHtml(text: string): boolean {
  let i = 0;
  while (i < text.length && i < 1024 && ' \t\r\n\f\uFEFF'.includes(text[i] as string)) i++;
  const head = text.slice(i, i + 15).toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<head') ||
    head.startsWith('<body') ||
    head.startsWith('<meta charset')
  );
}

type AnalyzeHtml = (html: string) => object;

/** The library's HTML entry when this build has it. */
function analyzeHtml(): AnalyzeHtml | undefined {
  const candidate = (lib as unknown as { analyzeHtml?: unknown }).analyzeHtml;
  return typeof candidate === 'function' ? (candidate as AnalyzeHtml) : undefined;
}

/** Runs the command of a task on a text. */
export function runCommand(task: Task, text: string): { result: object; text?: string; changes?: number } {
  switch (task.command) {
    case 'analyze': {
      const html = task.format === 'html' || (task.format !== 'text' && looksLikeHtml(text));
      if (!html) return { result: analyze(text) };
      const fn = analyzeHtml();
      if (!fn) {
        throw new DocumentError(
          'html-unsupported',
          'HTML input needs analyzeHtml, which this build of vietnorm does not have; --format text reads the markup as text',
        );
      }
      return { result: fn(text) };
    }
    case 'detect':
      return { result: detectLanguage(text, task.from ? { expect: task.from } : {}) };
    case 'normalize': {
      const r = normalize(text, task.to ? { to: task.to } : {});
      return { result: r, text: r.text, changes: r.changes.length };
    }
    case 'translate-terms': {
      const r = translateTerms(text, {
        to: task.to as KbLanguage,
        ...(task.from ? { from: task.from } : {}),
      });
      return { result: r, text: r.text };
    }
  }
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

/** Processes one document; never throws (a failure comes back as an error record). */
export async function runTask(task: Task): Promise<TaskResult> {
  let bytes = task.bytes ?? 0;
  try {
    let text = task.text;
    let bom = false;
    if (text === undefined) {
      if (!('path' in task.key)) throw new DocumentError('failed', 'no text and no path');
      const read = await readPath(task.key.path, { maxBytes: task.maxBytes, idleTimeout: task.idleTimeout });
      text = read.text;
      bytes = read.bytes;
      bom = read.bom;
    }
    const { result, text: output, changes } = runCommand(task, text);
    if (task.write && 'path' in task.key) {
      if (!changes) return { out: new Uint8Array(0), bytes };
      await writeInPlace(task.key.path, {
        before: text,
        after: output as string,
        bom,
        maxBytes: task.maxBytes,
      });
      return { out: new Uint8Array(0), bytes, note: `${changes} name(s) normalized` };
    }
    if (task.record.plain && output !== undefined) return { out: encoder.encode(output), bytes };
    return {
      out: encoder.encode(
        serialize(buildRecord(task.key, task.meta, result, task.record), task.record.pretty),
      ),
      bytes,
    };
  } catch (error) {
    const f = failure(error);
    if (task.record.plain || task.write) return { out: new Uint8Array(0), bytes, error: f };
    return {
      out: encoder.encode(serialize(errorRecord(task.key, task.meta, f), task.record.pretty)),
      bytes,
      error: f,
    };
  }
}
