// Running tasks on worker threads (tinypool), with a heap limit per worker so that one document that
// needs too much memory becomes an `out-of-memory` error record instead of killing the batch.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type TransferListItem } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { LARGE_DOCUMENT, type Task, type TaskResult } from './records.js';

/** Runs tasks somewhere; `close` ends the workers. */
export interface Runner {
  /**
   * Runs a task. With `onPiece`, a large record may come piece by piece as the worker makes it
   * (the result then says `streamed` and settles after the last piece); without, whole in `out`.
   */
  run(task: Task, onPiece?: (piece: Uint8Array) => void): Promise<TaskResult>;
  close(): Promise<void>;
}

/**
 * The worker's heap limit for a read limit: 10 times the largest document allowed, plus room for
 * the library and its knowledge base (160 MB). A document that needs more fails alone.
 */
export function heapLimitMb(maxBytes: number): number {
  return Math.ceil(160 + (10 * maxBytes) / 2 ** 20);
}

/**
 * Each worker's young generation, in MB. V8 lets it grow to 32–48 MB on a busy thread; most of what
 * analyze allocates dies young, and scavenging a smaller space costs no measurable time (20,000
 * documents: 28.2 s at 8 MB against 28.7–30.6 s by default) while two workers' peak RSS falls by
 * about 50 MB (298 to 246 MB).
 */
const YOUNG_GENERATION_MB = 8;

/** Where the worker entry is: beside the built CLI, or the TypeScript source run through tsx. */
function workerEntry(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './dev-worker.mjs' : './cli-worker.js', here));
}

/**
 * Whether a task's document may be larger than {@link LARGE_DOCUMENT} (its record then comes in
 * pieces through a channel of its own; a channel costs about 35 µs a task, which small documents
 * are spared). A file is looked up; anything that cannot be (a FIFO, a path that fails) may be.
 */
function mayBeLarge(task: Task): boolean {
  if (task.text !== undefined) return (task.bytes ?? task.text.length * 3) > LARGE_DOCUMENT;
  if (task.undecoded) return task.undecoded.byteLength > LARGE_DOCUMENT;
  if (!('path' in task.key)) return true;
  const info = statSync(task.key.path, { throwIfNoEntry: false });
  return !info?.isFile() || info.size > LARGE_DOCUMENT;
}

/**
 * A pool of up to `jobs` worker threads. The first starts at once, so that its import overlaps
 * input listing; the others start once the first document is done. Started together, the
 * threads' cold starts (import, index, first analyze) share the cores, and the first record
 * waits for all of them: on two cores, about 1.4 s against 0.95 s for one thread alone.
 */
export function workerRunner(jobs: number, maxBytes: number): Runner {
  const pool = new Tinypool({
    filename: workerEntry(),
    // Tinypool adds threads up to maxThreads as tasks wait for one.
    minThreads: 1,
    maxThreads: jobs,
    idleTimeout: 60_000,
    resourceLimits: {
      maxOldGenerationSizeMb: heapLimitMb(maxBytes),
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
  const send = (task: Task, onPiece?: (piece: Uint8Array) => void): Promise<TaskResult> => {
    const transferList: TransferListItem[] = task.undecoded ? [task.undecoded.buffer as ArrayBuffer] : [];
    if (!onPiece || !mayBeLarge(task)) return pool.run(task, { transferList }) as Promise<TaskResult>;
    // A channel of the task's own for its record's pieces, closed by the last one (null) or when
    // the task ends without streaming.
    const { port1, port2 } = new MessageChannel();
    let lastPiece: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      lastPiece = resolve;
    });
    port1.on('message', (piece: Uint8Array | null) => {
      if (piece !== null) return onPiece(piece);
      port1.close();
      lastPiece();
    });
    return (
      pool.run({ ...task, port: port2 }, { transferList: [...transferList, port2] }) as Promise<TaskResult>
    ).then(
      async (result) => {
        if (result.streamed) await ended;
        else port1.close();
        return result;
      },
      (error: unknown) => {
        port1.close();
        throw error;
      },
    );
  };
  // Settles when the first task does: until then, later tasks wait here rather than in the pool,
  // where they would start the other threads.
  let warm: Promise<unknown> | undefined;
  return {
    run: (task, onPiece) => {
      if (warm) return warm.then(() => send(task, onPiece));
      const first = send(task, onPiece);
      warm = first.catch(() => undefined);
      return first;
    },
    close: () => pool.destroy(),
  };
}

/**
 * Runs tasks in this thread, one at a time: no isolation and no heap limit, for tests and
 * embedding. The library is imported on first use.
 */
export function inProcessRunner(): Runner {
  return {
    run: async (task) => (await import('./task.js')).runTask(task),
    close: async () => undefined,
  };
}
