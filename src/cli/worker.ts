// The worker-thread entry of the CLI's pool: each call processes one document. The heap is left to
// V8's own collector: forcing collections needs `--expose-gc`, which a worker thread cannot be
// given and which, set at run time, makes some Node releases print bootstrap errors on stderr.
import type { Task, TaskResult } from './records.js';
import { runTask } from './task.js';

/** Tinypool calls the default export with each task. */
export default async function process(task: Task): Promise<TaskResult> {
  return runTask(task);
}
