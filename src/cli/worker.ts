// The worker-thread entry of the CLI's pool: each call processes one document. The heap is left to
// V8's own collector: forcing collections needs `--expose-gc`, which a worker thread cannot be
// given and which, set at run time, makes some Node releases print bootstrap errors on stderr.
// The output's buffers are moved to the main thread, not copied: a large record's bytes exist once.
import Tinypool from 'tinypool';
import type { Task, TaskResult } from './records.js';
import { runTask } from './task.js';

/** The buffers of a result's output, each once; a view over part of a buffer is copied out first. */
export function ownBuffers(result: TaskResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  result.out = result.out.map((chunk) => {
    const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
    const own = whole && !buffers.has(chunk.buffer as ArrayBuffer) ? chunk : chunk.slice();
    buffers.add(own.buffer as ArrayBuffer);
    return own;
  });
  return [...buffers];
}

/**
 * A result marked for Tinypool to move its output's buffers. `pool` must be the tinypool module
 * instance that runs this worker (its mark is private to that instance): the source run through
 * tsx passes its own (see dev-worker.mjs).
 */
export function movable(result: TaskResult, pool: typeof Tinypool = Tinypool): TaskResult {
  const moved = { [pool.transferableSymbol]: ownBuffers(result), [pool.valueSymbol]: result };
  return pool.move(moved as never) as unknown as TaskResult;
}

/** Tinypool calls the default export with each task. */
export default async function process(task: Task): Promise<TaskResult> {
  return movable(await runTask(task));
}

export { runTask };
