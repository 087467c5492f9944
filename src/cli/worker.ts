// The worker-thread entry of the CLI's pool: each call processes one document. Between documents
// the worker collects its garbage once the heap passes a soft limit, so that a long batch stays
// near its live size instead of growing toward the (generous) hard heap limit that only a single
// large document may need.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Task, TaskResult } from './records.js';
import { runTask } from './task.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Collect when the heap passes this, or twice the live size after the last collection. */
const SOFT_LIMIT = 96 * 2 ** 20;
let threshold = SOFT_LIMIT;

/** Tinypool calls the default export with each task. */
export default async function process(task: Task): Promise<TaskResult> {
  const result = await runTask(task);
  if (collect && getHeapStatistics().used_heap_size > threshold) {
    collect();
    threshold = Math.max(SOFT_LIMIT, 2 * getHeapStatistics().used_heap_size);
  }
  return result;
}
