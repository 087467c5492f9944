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
 * The heap a worker is given for a document of `bytes` bytes, in MB: 10 times the document, plus
 * room for the library and its knowledge base (about 30 MB live once warm) and for the garbage a
 * document leaves (128 MB in all). A document that needs more fails alone, as an `out-of-memory`
 * record, so that no shape of input (a page of a million one-letter lines) takes the process much
 * past 10× its largest document plus a constant: bench/CLI-MEMORY.md measures at most 10× plus
 * 320 MB on every shape up to 30 MB, one document a run (memory outside the heap, such as typed
 * arrays, is not capped; the pool's thread for small documents, when a batch has some, adds about
 * 70 MB).
 */
export function heapLimitMb(bytes: number): number {
  return Math.ceil(HEAP_FLOOR_MB + (HEAP_FACTOR * bytes) / 2 ** 20);
}

/** See {@link heapLimitMb}: MB of heap for any document, and MB of heap per MiB of document. */
const HEAP_FLOOR_MB = 128;
const HEAP_FACTOR = 10;

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
 * The size of a task's document in bytes as far as it is known before it is read: the text's (the
 * main thread read it), the undecoded bytes', or the file's; undefined for what cannot be looked up
 * (a FIFO, a device, a path that fails).
 */
export function documentBytes(task: Task): number | undefined {
  if (task.text !== undefined) return task.bytes ?? task.text.length * 3;
  if (task.undecoded) return task.undecoded.byteLength;
  if (!('path' in task.key)) return undefined;
  const info = statSync(task.key.path, { throwIfNoEntry: false });
  return info?.isFile() ? info.size : undefined;
}

/**
 * A tinypool of up to `threads` threads whose heaps hold `heapMb` MB each; one starts at once.
 * Each thread holds up to `perThread` documents: the one it runs and the others waiting their turn.
 */
function threadPool(threads: number, heapMb: number, perThread = 1): Tinypool {
  return new Tinypool({
    filename: workerEntry(),
    // Tinypool adds threads up to maxThreads as tasks wait for one.
    minThreads: 1,
    maxThreads: threads,
    concurrentTasksPerWorker: perThread,
    idleTimeout: 60_000,
    resourceLimits: {
      maxOldGenerationSizeMb: heapMb,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
}

/**
 * Runs a task on `pool`. With `onPiece` and a document that may be large, its record comes through
 * a channel of the task's own, piece by piece as the worker makes it.
 */
function send(
  pool: Tinypool,
  task: Task,
  large: boolean,
  onPiece?: (piece: Uint8Array) => void,
): Promise<TaskResult> {
  const transferList: TransferListItem[] = task.undecoded ? [task.undecoded.buffer as ArrayBuffer] : [];
  if (!onPiece || !large) return pool.run(task, { transferList }) as Promise<TaskResult>;
  // The channel is closed by the last piece (null) or when the task ends without streaming.
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
}

/**
 * Worker threads for the CLI's documents. Documents up to {@link LARGE_DOCUMENT} run on a pool of
 * up to `jobs` threads whose heaps are sized for that largest document. A larger document, or one
 * whose size cannot be known before it is read (a FIFO), runs alone on a thread of its own whose
 * heap is sized for it ({@link heapLimitMb}; the read limit `maxBytes` when the size is unknown),
 * up to `jobs` such documents at a time: no document can use more than 10× its size plus a
 * constant, whatever its shape, and one that would fails alone. (A thread costs a cold start,
 * about half a second, against the seconds a document of megabytes takes.)
 *
 * The pool's first thread starts with the first document that is not large; the others start once
 * that document is done. Started together, the threads' cold starts (import,
 * index, first analyze) share the cores, and the first record waits for all of them: on two
 * cores, about 1.4 s against 0.95 s for one thread alone.
 */
export function workerRunner(jobs: number, maxBytes: number): Runner {
  // Made with the first document that is not large: a run of one large file starts no other thread.
  let pool: Tinypool | undefined;
  // Settles when the first task does: until then, later tasks wait here rather than in the pool,
  // where they would start the other threads.
  let warm: Promise<unknown> | undefined;
  // Large documents running (at most `jobs`), those waiting for a turn, and all not yet settled.
  let running = 0;
  const waiting: (() => void)[] = [];
  const unsettled = new Set<Promise<unknown>>();
  const turn = (): Promise<void> => {
    if (running >= jobs) return new Promise<void>((go) => waiting.push(go));
    running++;
    return Promise.resolve();
  };
  const done = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const alone = (task: Task, bytes: number, onPiece?: (piece: Uint8Array) => void): Promise<TaskResult> => {
    const result = turn().then(async () => {
      const own = threadPool(1, heapLimitMb(bytes));
      try {
        return await send(own, task, true, onPiece);
      } finally {
        await own.destroy();
        done();
      }
    });
    const settled = result.catch(() => undefined);
    unsettled.add(settled);
    void settled.then(() => unsettled.delete(settled));
    return result;
  };
  return {
    run: (task, onPiece) => {
      const bytes = documentBytes(task);
      if (bytes === undefined || bytes > LARGE_DOCUMENT)
        return alone(task, Math.min(bytes ?? maxBytes, maxBytes), onPiece);
      // A second document waits in each thread: the thread takes it as soon as the first is done,
      // not after its result has gone to this thread and a task come back (a round trip through
      // both event loops per document, idle time for the worker). It is not read until then: a
      // document runs without a break, and the next waits as a message with its path.
      pool ??= threadPool(jobs, heapLimitMb(LARGE_DOCUMENT), 2);
      const shared = pool;
      // A thread that runs out of memory fails the document waiting in it too: that one, and the
      // culprit, are run again alone, each on a thread whose heap is sized for it (where the
      // culprit fails again, alone).
      const viaPool = (): Promise<TaskResult> =>
        send(shared, task, false, onPiece).catch((error: unknown) => {
          if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
          return alone(task, Math.min(bytes, maxBytes), onPiece);
        });
      if (warm) return warm.then(viaPool);
      const first = viaPool();
      warm = first.catch(() => undefined);
      return first;
    },
    close: async () => {
      await Promise.all(unsettled);
      await pool?.destroy();
    },
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
