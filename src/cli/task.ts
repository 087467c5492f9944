// One document through one command: read (for a path), run the library, build the record. Runs on
// a worker thread; the main thread only routes documents and writes the lines that come back.
// The library through its public entry: the built CLI imports ./index.js instead of a copy of it.
import { analyze, analyzeHtml, detectLanguage, normalize, translateTerms } from '../index.js';
import type { KbLanguage } from './args.js';
import { DocumentError } from './decode.js';
import { readPath } from './read.js';
import { buildRecord, errorRecord, failure, serialize, type Task, type TaskResult } from './records.js';
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

/** Runs the command of a task on a text. */
export function runCommand(task: Task, text: string): { result: object; text?: string; changes?: number } {
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

export type { RecordOptions, Task, TaskResult } from './records.js';
export { buildRecord } from './records.js';
