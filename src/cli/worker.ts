// The worker-thread entry of the CLI's pool: each call processes one document.
import { runTask, type Task, type TaskResult } from './task.js';

/** Tinypool calls the default export with each task. */
export default function process(task: Task): Promise<TaskResult> {
  return runTask(task);
}
