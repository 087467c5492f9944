// One document through one command: read (for a path), run the library, build the record. Runs on
// a worker thread; the main thread only routes documents and writes the lines that come back.
// The library through its public entry: the built CLI imports ./index.js instead of a copy of it.
import {
  analyze,
  analyzeHtml,
  detectLanguage,
  isVietnormError,
  normalize,
  translateTerms,
} from '../index.js';
import type { KbLanguage } from './args.js';
import { DocumentError } from './decode.js';
import { decodeRead, readPath } from './read.js';
import {
  buildRecord,
  errorRecord,
  failure,
  LARGE_DOCUMENT,
  recordLine,
  recordPieces,
  serialize,
  type Task,
  type TaskResult,
} from './records.js';
import { writeInPlace } from './write.js';

const encoder = new TextEncoder();

/** True when the text starts like an HTML document (leading blanks and a BOM skipped; comments are not). */
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

/**
 * True when bytes that are not UTF-8 start like an HTML document: read in the encoding their
 * byte-order mark names, else as windows-1252, which keeps the ASCII of markup as it is.
 */
export function looksLikeHtmlBytes(bytes: Uint8Array): boolean {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const label =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'windows-1252';
  const skip = label === 'windows-1252' && b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return looksLikeHtml(new TextDecoder(label).decode(bytes.subarray(skip, skip + 2048)));
}

/** analyzeHtml on bytes: a charset it cannot read is the document's failure, with its own code. */
function analyzeHtmlBytes(bytes: Uint8Array, url: string | undefined): object {
  try {
    return analyzeHtml(bytes, url ? { url } : {});
  } catch (error) {
    if (isVietnormError(error) && error.code === 'decode-error')
      throw new DocumentError('decode-error', error.message);
    throw error;
  }
}

/**
 * Runs the command of a task on a text, or (analyze of an HTML page that is not UTF-8) on its
 * bytes, which analyzeHtml decodes with the charset the page declares.
 */
export function runCommand(
  task: Task,
  input: string | Uint8Array,
): { result: object; text?: string; changes?: number } {
  if (typeof input !== 'string') {
    const url = typeof task.meta?.url === 'string' ? task.meta.url : undefined;
    if (task.command === 'analyze') return { result: analyzeHtmlBytes(input, url) };
    throw new DocumentError('not-utf8', 'not valid UTF-8 text');
  }
  const text = input;
  switch (task.command) {
    case 'analyze': {
      const html = task.format === 'html' || (task.format !== 'text' && looksLikeHtml(text));
      if (!html) return { result: analyze(text) };
      // A JSONL document's url resolves the page's relative links.
      const url = typeof task.meta?.url === 'string' ? task.meta.url : undefined;
      return { result: analyzeHtml(text, url ? { url } : {}) };
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

/** Processes one document; never throws (a failure comes back as an error record). */
export async function runTask(task: Task): Promise<TaskResult> {
  let bytes = task.bytes ?? 0;
  /** Pieces of the record already went through the port. */
  let streaming = false;
  try {
    let text = task.text;
    let bom = false;
    let raw = task.raw;
    if (raw && task.format !== 'html' && !looksLikeHtmlBytes(raw))
      throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    if (text === undefined) {
      if (!task.undecoded && !('path' in task.key)) throw new DocumentError('failed', 'no text and no path');
      // HTML declares its own encoding: bytes that are not UTF-8 are kept for analyzeHtml to decode.
      const keepBytes = task.command === 'analyze' && task.format !== 'text';
      const read = task.undecoded
        ? decodeRead(task.undecoded, task.maxBytes, { keepBytes })
        : await readPath(
            (task.key as { path: string }).path,
            { maxBytes: task.maxBytes, idleTimeout: task.idleTimeout },
            { keepBytes },
          );
      task.undecoded = undefined;
      text = read.text;
      bytes = read.bytes;
      bom = read.bom;
      raw = read.raw;
      if (raw && task.format !== 'html' && !looksLikeHtmlBytes(raw))
        throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    }
    const ran: Partial<ReturnType<typeof runCommand>> = runCommand(task, raw ?? text);
    const { text: output, changes } = ran;
    if (task.write && 'path' in task.key) {
      if (!changes) return { out: [], bytes };
      await writeInPlace(task.key.path, {
        before: text,
        after: output as string,
        bom,
        maxBytes: task.maxBytes,
      });
      return { out: [], bytes, note: `${changes} name(s) normalized` };
    }
    if (task.record.plain && output !== undefined) return { out: [encoder.encode(output)], bytes };
    const record = buildRecord(task.key, task.meta, ran.result as object, task.record);
    // The record alone holds the result now, and writing it lets go of each part once written.
    ran.result = undefined;
    // A small document's record is small: one string, as fast as JSON.stringify goes.
    if (bytes <= LARGE_DOCUMENT)
      return { out: [encoder.encode(serialize(record, task.record.pretty))], bytes };
    // A large one: back to the event loop first, so that what the library held weakly for the
    // length of the call (the recognizer's scratch buffers) can be collected, then in pieces.
    await new Promise((resolve) => setImmediate(resolve));
    if (!task.port) return { out: recordLine(record, task.record.pretty), bytes };
    // Each piece goes out as it is made: the line's bytes never gather here.
    for (const piece of recordPieces(record, task.record.pretty)) {
      streaming = true;
      task.port.postMessage(piece, [piece.buffer as ArrayBuffer]);
    }
    task.port.postMessage(null);
    return { out: [], bytes, streamed: true };
  } catch (error) {
    const f = failure(error);
    if (task.record.plain || task.write) return { out: [], bytes, error: f };
    const line = serialize(errorRecord(task.key, task.meta, f), task.record.pretty);
    if (!streaming) return { out: [encoder.encode(line)], bytes, error: f };
    // Part of the record is out: its line is ended where it broke, and the error record follows.
    task.port?.postMessage(encoder.encode(`\n${line}`));
    task.port?.postMessage(null);
    return { out: [], bytes, error: f, streamed: true };
  }
}

export type { RecordOptions, Task, TaskResult } from './records.js';
export { buildRecord } from './records.js';
