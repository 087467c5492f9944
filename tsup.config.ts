import { defineConfig, type Options } from 'tsup';

/**
 * Dependencies published as ESM only. The CJS build bundles them, so `require('vietnorm')` works
 * on every Node 20 (require() of ESM arrived only in 20.19); the ESM build leaves them external.
 */
const ESM_ONLY = [
  'franc',
  'unified',
  'retext-latin',
  'retext-english',
  'vfile-location',
  'character-entities',
  'character-entities-legacy',
  'character-reference-invalid',
];

const library: Options = {
  entry: { index: 'src/index.ts' },
  dts: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
};

/**
 * Lets the CLI and queue bundles import the library's own build (`./index.js`, or `./index.cjs` from
 * CommonJS) rather than inline a second copy.
 */
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-external',
  setup(build) {
    const path = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path, external: true }));
  },
};

export default defineConfig([
  // The library: browser-safe core, each format with its own declarations.
  { ...library, format: ['esm'] },
  { ...library, format: ['cjs'], noExternal: ESM_ONLY },
  {
    // The command-line tool and its worker-thread entry: the only code that touches node: modules.
    entry: { cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryAsExternal],
  },
  // vietnorm/queue: the BullMQ worker and producer (bullmq is an optional peer, never bundled).
  {
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    external: ['bullmq'],
    esbuildPlugins: [libraryAsExternal],
  },
]);
