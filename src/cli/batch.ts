// The batch loop: documents go to the runner as the output takes their records, with at most
// `window` in flight, so memory stays bounded whatever the batch size. Records are written in input
// order (a finished record waits only for those before it) or, unordered, as they finish.
import { type Doc, type Key, keyString } from './inputs.js';
import type { Sink } from './output.js';
import type { Runner } from './pool.js';
import type { Progress } from './progress.js';
import { errorRecord, failure, serialize, type Task, type TaskResult } from './records.js';

export interface BatchOptions {
  /** Most documents in flight at once. */
  window: number;
  /** Write records in input order (default) or as they finish. */
  ordered: boolean;
  /** Keys (see `keyString`) to skip: documents an earlier run already wrote (--resume). */
  skip?: Set<string> | undefined;
  /** Stops taking documents (SIGINT, SIGTERM); records not yet written are dropped whole. */
  signal?: AbortSignal | undefined;
  /** Error records are not written (plain text output, --write): failures go to stderr only. */
  quietErrors?: boolean | undefined;
  /** Indent error records. */
  pretty?: boolean | undefined;
}

export interface BatchReport {
  done: number;
  failed: number;
  skipped: number;
  /** Stopped by the signal before every document was done. */
  interrupted: boolean;
  /** Stopped because the reader of the output went away (EPIPE). */
  broken: boolean;
}

/** How a document is named on stderr. */
export function label(key: Key): string {
  if ('path' in key) return key.path === '-' ? 'stdin' : key.path;
  if ('id' in key) return `id ${JSON.stringify(key.id)}`;
  return `line ${key.line}`;
}

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);
const NEWLINE = encoder.encode('\n');

interface Pending {
  /** The document's key only: its text (stdin, a JSONL line) is let go once the task is sent. */
  key: Key;
  result: Promise<TaskResult>;
  settled?: TaskResult;
  /** Pieces of a large record that came before the result, not yet written. */
  pieces: Uint8Array[];
}

/** Runs every document through `runner` and writes the results to `sink`. */
export async function runBatch(
  docs: AsyncIterable<Doc>,
  makeTask: (doc: Extract<Doc, { kind: 'path' | 'text' }>) => Task,
  runner: Runner,
  sink: Sink,
  err: (s: string) => void,
  progress: Progress,
  options: BatchOptions,
): Promise<BatchReport> {
  const report: BatchReport = { done: 0, failed: 0, skipped: 0, interrupted: false, broken: false };
  /** The record whose line is partly written: it is finished whatever the signal says. */
  let writing: Pending | undefined;
  const stopped = () => {
    if (sink.broken) report.broken = true;
    else if (options.signal?.aborted && writing === undefined) report.interrupted = true;
    return report.broken || report.interrupted;
  };
  const failedResult = (key: Key, meta: object | undefined, error: unknown, bytes: number): TaskResult => {
    const f = failure(error);
    const out = options.quietErrors
      ? []
      : [encoder.encode(serialize(errorRecord(key, meta, f), options.pretty))];
    return { out, bytes, error: f };
  };
  const start = (doc: Doc): Pending => {
    const { key } = doc;
    if (doc.kind === 'failed')
      return { key, pieces: [], result: Promise.resolve(failedResult(key, undefined, doc.error, doc.bytes)) };
    const task = makeTask(doc);
    const { meta, bytes } = task;
    const pieces: Uint8Array[] = [];
    // Only the key, meta and size are kept for a failure: not the task, which may hold the text.
    const result = runner
      .run(task, (piece) => {
        pieces.push(piece);
        poke();
      })
      .catch((error: unknown) => failedResult(key, meta, error, bytes ?? 0));
    return { key, pieces, result };
  };
  /** The record's pieces and result to the sink, each piece let go once the sink has it. */
  const write = async (pieces: Uint8Array[]) => {
    for (let i = 0; i < pieces.length; i++) {
      if (sink.broken) return;
      await sink.write(pieces[i] as Uint8Array);
      pieces[i] = EMPTY;
    }
  };
  /**
   * Writes what has come of a record; true once it is whole and counted. The pieces of a streamed
   * record go out as they come, and the record is then finished even if the run is interrupted (a
   * line is never left half-written), unless the reader went away.
   */
  const advance = async (pending: Pending): Promise<boolean> => {
    for (let piece = pending.pieces.shift(); piece !== undefined; piece = pending.pieces.shift()) {
      if (sink.broken) return false;
      writing = pending;
      await sink.write(piece);
    }
    const result = pending.settled;
    if (result === undefined || sink.broken) return false;
    // A worker lost in the middle of a record: its line is ended where it broke.
    if (writing === pending && !result.streamed) await sink.write(NEWLINE);
    await write(result.out);
    writing = undefined;
    if (result.error) {
      report.failed++;
      err(`vietnorm: ${label(pending.key)}: ${result.error.message}\n`);
    } else if (result.note) err(`vietnorm: ${label(pending.key)}: ${result.note}\n`);
    report.done++;
    progress.tick(result.bytes, result.error !== undefined);
    return true;
  };

  // In flight, in input order; `settled` set when the result is in.
  const queue: Pending[] = [];
  // Finished, in the order they finished (for --unordered).
  const ready: Pending[] = [];
  // One waiter, woken by whatever happens next: a task finishes, a document arrives, a piece comes,
  // a signal. (Racing promises per document would pile reactions on the ones that stay pending.)
  let wakeUp: (() => void) | undefined;
  // A poke with nobody waiting is kept, for the loop's next wait: a result can settle while the loop
  // is between its checks and its wait (in a microtask after `flush` returns), and would otherwise
  // be lost.
  let poked = false;
  const poke = () => {
    const wake = wakeUp;
    wakeUp = undefined;
    if (wake) wake();
    else poked = true;
  };
  options.signal?.addEventListener('abort', poke, { once: true });
  /**
   * Writes every record that can go out now: in order, the head of the queue (its pieces as they
   * come, then its end); unordered, the record being written, else any finished one, else any with
   * pieces.
   */
  const flush = async () => {
    for (;;) {
      if (stopped()) return;
      const next = options.ordered
        ? queue[0]
        : (writing ?? ready[0] ?? queue.find((p) => p.pieces.length > 0));
      if (next === undefined || !(await advance(next))) return;
      queue.splice(queue.indexOf(next), 1);
      const at = ready.indexOf(next);
      if (at >= 0) ready.splice(at, 1);
    }
  };

  const iterator = docs[Symbol.asyncIterator]();
  let requesting = false;
  let inputDone = false;
  let arrived: IteratorResult<Doc> | undefined;
  let inputError: { error: unknown } | undefined;
  const request = () => {
    requesting = true;
    iterator.next().then(
      (result) => {
        requesting = false;
        arrived = result;
        poke();
      },
      (error: unknown) => {
        requesting = false;
        inputError = { error };
        poke();
      },
    );
  };
  /**
   * Starts the document that arrived. (A function of its own, so that no variable of the loop,
   * which lives across its awaits, holds the document's text.)
   */
  const take = () => {
    const next = arrived as IteratorResult<Doc>;
    arrived = undefined;
    if (next.done) inputDone = true;
    else if (options.skip?.has(keyString(next.value.key))) report.skipped++;
    else {
      const pending = start(next.value);
      queue.push(pending);
      void pending.result.then((result) => {
        pending.settled = result;
        if (!options.ordered) ready.push(pending);
        poke();
      });
    }
  };
  for (;;) {
    await flush();
    if (stopped()) break;
    if (inputError) throw inputError.error;
    // Interrupted with a record half-written: only that record is finished, nothing new starts.
    const taking = !options.signal?.aborted;
    if (arrived && taking) {
      take();
      continue;
    }
    if (inputDone && queue.length === 0) break;
    if (taking && !inputDone && !requesting && queue.length < options.window) {
      request();
      continue;
    }
    // Nothing to do until something happens, unless it already did.
    if (poked) {
      poked = false;
      continue;
    }
    await new Promise<void>((resolve) => {
      wakeUp = resolve;
    });
  }
  options.signal?.removeEventListener('abort', poke);
  if (!inputDone) void iterator.return?.();
  stopped();
  return report;
}
