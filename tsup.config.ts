import { defineConfig, type Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

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

/**
 * ASCII-only output. esbuild escapes the characters outside ASCII in strings but leaves them in
 * regular expression literals, and one of them makes the whole file a two-byte string for the
 * engine: Node decodes it and V8 parses it more slowly (importing the library ran 9.5% more
 * instructions under callgrind), and it takes twice the memory in every thread that loads it. Each
 * such character is written as its \u escape (a surrogate pair beyond U+FFFF), which is the same
 * character in a string, a regular expression (with or without the u flag) and an identifier. (The
 * raw text of a template literal would change; esbuild has already escaped those.) A character
 * right after a backslash would change meaning, so it stops the build.
 */
const asciiOutput: TsupPlugin = {
  name: 'ascii-output',
  renderChunk(code, chunk) {
    if (!/[^\0-\x7F]/u.test(code)) return;
    if (/\\[^\0-\x7F]/u.test(code))
      throw new Error(`ascii-output: ${chunk.path} escapes a character outside ASCII with a backslash`);
    const unicodeEscape = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
    return {
      code: code.replace(/[^\0-\x7F]/gu, (c) => {
        let out = '';
        for (let i = 0; i < c.length; i++) out += unicodeEscape(c.charCodeAt(i));
        return out;
      }),
    };
  },
};

const library: Options = {
  entry: { index: 'src/index.ts' },
  plugins: [asciiOutput],
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
    plugins: [asciiOutput],
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
    plugins: [asciiOutput],
  },
]);
