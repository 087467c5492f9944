// Where documents come from: paths (files, directories walked recursively, globs expanded here),
// a list of paths (--files-from), stdin as one document ('-'), and JSONL documents (--jsonl-in).
// Paths are handed on as paths: the worker that analyzes a file also reads it.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DocumentError } from './decode.js';
import { type JsonlDocument, lines, lineText, parseDocument, salvageId } from './jsonl.js';
import { type ReadLimits, readStream } from './read.js';

/** What a record is keyed by: the path of a file, or the id of a JSONL document. */
export type Key = { path: string } | { id: string | number } | { line: number };

/** One document to process. */
export type Doc =
  /** A file, FIFO or device, read where it is processed. */
  | { kind: 'path'; key: { path: string } }
  /** Text already read (stdin, a JSONL line). */
  | {
      kind: 'text';
      key: Key;
      text: string;
      bytes: number;
      meta?: Record<string, unknown> | undefined;
      /** stdin read with `keepBytes` that is not UTF-8: its bytes (`text` is then empty). */
      raw?: Uint8Array | undefined;
      /** stdin read `undecoded` (see {@link Sources}): its bytes (`text` is then empty). */
      undecoded?: Uint8Array | undefined;
    }
  /** An input that failed before processing: becomes an error record. */
  | { kind: 'failed'; key: Key; error: DocumentError; bytes: number };

/** A string key for resume: the same for a record and for the document it came from. */
export function keyString(key: Key): string {
  if ('path' in key) return `p:${key.path}`;
  if ('id' in key) return `i:${JSON.stringify(key.id)}`;
  return `l:${key.line}`;
}

/** Where stdin comes from; replaceable in tests. */
export type StdinSource = () => Readable;

/** Lists every file under a directory, depth first in name order, skipping hidden entries. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      // A link to a file is read; a link to a directory is not followed (no cycles).
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) yield path;
    }
  }
}

/**
 * Expands the positional inputs, in order: '-' stays '-', an existing directory becomes its
 * files, a pattern that names no existing path is expanded as a glob (sorted), anything else is
 * a path (read later; a missing one becomes an error record).
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      for await (const file of walk(input)) out.push(file);
    } else if (!info && isDynamicPattern(input)) {
      const found = await glob(input, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute: isAbsolute(input),
      });
      found.sort();
      if (found.length === 0) out.push(input);
      else out.push(...found);
    } else out.push(input);
  }
  return out;
}

/** Reads a stream of paths, one per line (blank lines skipped). */
async function* pathList(stream: Readable, limits: ReadLimits): AsyncGenerator<Doc> {
  for await (const item of lines(stream, Math.min(limits.maxBytes, 64 * 1024), limits.idleTimeout)) {
    if ('error' in item) {
      yield { kind: 'failed', key: { line: item.line }, error: item.error, bytes: 0 };
      continue;
    }
    let path: string;
    try {
      path = lineText(item.bytes);
    } catch (error) {
      yield {
        kind: 'failed',
        key: { line: item.line },
        error: error as DocumentError,
        bytes: item.bytes.length,
      };
      continue;
    }
    if (path.trim() !== '') yield { kind: 'path', key: { path } };
  }
}

/** Reads JSONL documents; a line that is not a document becomes a failed doc keyed by its id or line. */
async function* jsonlDocuments(stream: Readable, limits: ReadLimits): AsyncGenerator<Doc> {
  for await (const item of lines(stream, limits.maxBytes, limits.idleTimeout)) {
    if ('error' in item) {
      yield { kind: 'failed', key: { line: item.line }, error: item.error, bytes: 0 };
      continue;
    }
    let text = '';
    try {
      text = lineText(item.bytes);
      // A line of blanks is no document (as an empty line is not).
      if (text.trim() === '') continue;
      const doc: JsonlDocument = parseDocument(text);
      yield { kind: 'text', key: { id: doc.id }, text: doc.text, bytes: item.bytes.length, meta: doc.meta };
    } catch (error) {
      const id = salvageId(text);
      const key: Key = id === undefined ? { line: item.line } : { id };
      yield { kind: 'failed', key, error: error as DocumentError, bytes: item.bytes.length };
    }
  }
}

/** The sources of one run, in the order their documents are processed. */
export interface Sources {
  /** Expanded positional inputs ('-' is stdin as one document). */
  paths: string[];
  filesFrom: string | undefined;
  jsonlIn: string | undefined;
  /** Keep stdin's bytes when they are not UTF-8 (analyze: HTML declares its own encoding). */
  keepBytes?: boolean | undefined;
  /**
   * Give stdin's bytes undecoded, for the worker that processes it to decode: the main thread then
   * holds no decoded copy of a large document, and hands the bytes over without a copy.
   */
  undecodedStdin?: boolean | undefined;
}

function open(path: string, stdin: StdinSource): Readable {
  return path === '-' ? stdin() : createReadStream(path);
}

/** Every document of the run, lazily: lists and JSONL streams are read as documents are taken. */
export async function* documents(
  sources: Sources,
  limits: ReadLimits,
  stdin: StdinSource,
): AsyncGenerator<Doc> {
  for (const path of sources.paths) {
    if (path !== '-') {
      yield { kind: 'path', key: { path } };
      continue;
    }
    try {
      const { text, bytes, raw, undecoded } = await readStream(stdin(), limits, {
        keepBytes: sources.keepBytes,
        undecoded: sources.undecodedStdin,
      });
      yield {
        kind: 'text',
        key: { path: '-' },
        text,
        bytes,
        ...(raw ? { raw } : {}),
        ...(undecoded ? { undecoded } : {}),
      };
    } catch (error) {
      yield { kind: 'failed', key: { path: '-' }, error: error as DocumentError, bytes: 0 };
    }
  }
  if (sources.filesFrom !== undefined)
    yield* listOrFail(sources.filesFrom, stdin, (s) => pathList(s, limits));
  if (sources.jsonlIn !== undefined)
    yield* listOrFail(sources.jsonlIn, stdin, (s) => jsonlDocuments(s, limits));
}

/** Runs a line reader over a file or stdin; a file that cannot be opened becomes one failed doc. */
async function* listOrFail(
  path: string,
  stdin: StdinSource,
  read: (stream: Readable) => AsyncGenerator<Doc>,
): AsyncGenerator<Doc> {
  try {
    yield* read(open(path, stdin));
  } catch (error) {
    const failure =
      error instanceof DocumentError ? error : new DocumentError('not-found', (error as Error).message);
    const code = (error as NodeJS.ErrnoException).code;
    yield {
      kind: 'failed',
      key: { path },
      error: code === 'ENOENT' ? new DocumentError('not-found', 'no such file') : failure,
      bytes: 0,
    };
  }
}
