// The pool's worker entry when the CLI runs from source (tsx, vitest): loads worker.ts through tsx.
// The built CLI uses dist/cli-worker.js instead; this file is not shipped.
import { tsImport } from 'tsx/esm/api';

const { default: run } = await tsImport('./worker.ts', import.meta.url);

export default run;
