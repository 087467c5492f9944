// The pool's worker entry when the CLI runs from source (tsx, vitest): loads worker.ts through tsx.
// The built CLI uses dist/cli-worker.js instead; this file is not shipped. Tinypool is imported
// here, not through tsx, whose loader would give worker.ts a second instance of it whose marks
// the pool does not know.
import Tinypool from 'tinypool';
import { tsImport } from 'tsx/esm/api';

const { runTask, movable } = await tsImport('./worker.ts', import.meta.url);

export default async function run(task) {
  return movable(await runTask(task), Tinypool);
}
