// Packaging test: what a user gets from npm. Packs the tarball, installs it into a fresh project,
// then imports it from ESM and CJS, type-checks a consumer against the shipped types, runs the
// installed bin on a corpus file and validates its output against the shipped JSON schema, under
// Node 20 (this machine's), 22 and 24. Finally runs publint --strict and attw on the tarball.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { buildSync } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vietnorm-pack-'));
const nodes = (process.env.VIETNORM_NODE_VERSIONS ?? '20,22,24').split(',');
let failures = 0;

const sh = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });

function check(name, fn) {
  try {
    fn();
    process.stdout.write(`ok - ${name}\n`);
  } catch (error) {
    failures++;
    process.stdout.write(
      `not ok - ${name}\n${String(error.stderr ?? '')}${String(error.stdout ?? '')}${error.message}\n`,
    );
  }
}

/** Runs a script under the given Node major: this machine's node for its own major, else the node@N npm package. */
function nodeRun(major, args) {
  const own = process.versions.node.split('.')[0] === major;
  return own ? sh(process.execPath, args) : sh('npx', ['-y', `node@${major}`, ...args]);
}

const tarball = sh('npm', ['pack', root, '--pack-destination', work, '--silent']).trim().split('\n').at(-1);
const tgz = join(work, tarball);
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
);
sh('npm', ['install', '--no-audit', '--no-fund', '--silent', tgz]);

const corpusDir = join(root, 'corpus');
const seedDir = join(root, '../shared/seeds');
const pages = [corpusDir, ...(existsSync(seedDir) ? [seedDir] : [])].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f)),
);
const binary = join(work, 'binary.dat');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
const empty = join(work, 'empty.txt');
writeFileSync(empty, '');

writeFileSync(
  join(work, 'esm.mjs'),
  `import { analyze, detectLanguage, ArticleSchema } from 'vietnorm';
import * as v from 'valibot';
const a = analyze('Ministers meet\\n\\nHÀ NỘI — The ministers met on Monday to discuss trade.');
if (a.dateline?.place?.text !== 'HÀ NỘI') throw new Error('dateline not read');
if (!v.safeParse(ArticleSchema, a).success) throw new Error('article fails its own schema');
if (typeof detectLanguage('The ministers met on Monday to discuss trade.').language !== 'string') throw new Error('detect');
console.log('esm ok');
`,
);
writeFileSync(
  join(work, 'cjs.cjs'),
  `const { analyze, isVietnormError } = require('vietnorm');
const a = analyze('Ministers meet\\n\\nHÀ NỘI — The ministers met on Monday to discuss trade.');
if (a.title?.text !== 'Ministers meet') throw new Error('title not read');
if (typeof isVietnormError !== 'function') throw new Error('exports missing');
console.log('cjs ok');
`,
);
writeFileSync(
  join(work, 'consumer.ts'),
  `import { analyze, type Article, type LanguageResult, detectLanguage } from 'vietnorm';
const article: Article = analyze('text');
const iso: string | undefined = article.published?.iso;
const lang: LanguageResult = detectLanguage('text');
const code: string = lang.language;
// @ts-expect-error analyze takes a string
analyze(42);
export { iso, code };
`,
);
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      skipLibCheck: false,
      types: [],
    },
    files: ['consumer.ts'],
  }),
);
writeFileSync(
  join(work, 'consumer.cts'),
  `import vn = require('vietnorm');\nconst a: vn.Article = vn.analyze('x');\nexport = a;\n`,
);

const schema = JSON.parse(
  readFileSync(join(work, 'node_modules/vietnorm/schema/article.schema.json'), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

for (const major of nodes) {
  check(`node ${major}: import from ESM`, () => nodeRun(major, ['esm.mjs']));
  check(`node ${major}: require from CJS`, () => nodeRun(major, ['cjs.cjs']));
  check(
    `node ${major}: installed bin prints schema-valid JSON for all ${pages.length} corpus and seed pages`,
    () => {
      const out = nodeRun(major, ['node_modules/.bin/vietnorm', 'analyze', '--jsonl', ...pages]);
      const lines = out.trim().split('\n');
      if (lines.length !== pages.length)
        throw new Error(`${lines.length} articles for ${pages.length} pages`);
      for (const [i, line] of lines.entries()) {
        if (!validate(JSON.parse(line)))
          throw new Error(`${pages[i]}: ${JSON.stringify(validate.errors, null, 2)}`);
      }
    },
  );
  check(
    `node ${major}: a binary file exits 2 with a one-line message; an empty file gives an empty article`,
    () => {
      try {
        nodeRun(major, ['node_modules/.bin/vietnorm', 'analyze', binary]);
        throw new Error('binary input did not fail');
      } catch (error) {
        if (error.status !== 2) throw error;
        // npx may add its own warnings for the node@N runtimes: only vietnorm's lines count.
        const own = String(error.stderr)
          .split('\n')
          .filter((line) => line !== '' && !line.startsWith('npm '));
        if (
          own.length !== 1 ||
          !/^vietnorm: .*binary\.dat: binary data \(NUL bytes\), not text$/u.test(own[0])
        ) {
          throw new Error(`unexpected message: ${error.stderr}`);
        }
      }
      const article = JSON.parse(nodeRun(major, ['node_modules/.bin/vietnorm', 'analyze', empty]));
      if (!validate(article) || article.language.code !== 'und' || article.title !== null)
        throw new Error('empty file');
    },
  );
}
const tsc = join(root, 'node_modules/typescript/bin/tsc');
check('types: a consumer type-checks against the shipped .d.ts (ESM and CJS)', () => {
  sh(process.execPath, [tsc, '-p', 'tsconfig.json']);
  sh(process.execPath, [
    tsc,
    '--strict',
    '--noEmit',
    '--module',
    'NodeNext',
    '--moduleResolution',
    'NodeNext',
    'consumer.cts',
  ]);
});
check('tree-shaking: a detect-only import bundles no article labels or locale strings', () => {
  const entry = join(work, 'detect-only.mjs');
  writeFileSync(
    entry,
    "import { detectLanguage } from 'vietnorm';\nconsole.log(detectLanguage('Hej, hur mår du i dag?'));\n",
  );
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    absWorkingDir: work,
    // Characters as they are (esbuild escapes them by default, and "Chú thích ảnh" would never match).
    charset: 'utf8',
  }).outputFiles[0].text;
  for (const marker of ['Bildtext', 'Chú thích ảnh', 'Comment counter']) {
    if (out.includes(marker)) throw new Error(`bundle contains "${marker}"`);
  }
});
check('the shipped JavaScript is ASCII (a one-byte source is decoded and parsed faster)', () => {
  const dist = join(work, 'node_modules/vietnorm/dist');
  for (const f of readdirSync(dist).filter((name) => /\.c?js$/u.test(name))) {
    const at = readFileSync(join(dist, f), 'utf8').search(/[^\0-\x7F]/u);
    if (at >= 0) throw new Error(`${f} has a character outside ASCII at ${at}`);
  }
});
check('publint --strict', () =>
  sh(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', root]),
);
check('attw (are the types wrong)', () =>
  sh(process.execPath, [
    join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
    tgz,
    '--format',
    'table-flipped',
  ]),
);
check('vietnorm/queue: without its optional peer bullmq, importing it names bullmq', () => {
  writeFileSync(
    join(work, 'queue-no-peer.mjs'),
    "import('vietnorm/queue').then(() => process.exit(3), (e) => { if (!/bullmq/.test(String(e))) throw e; });\n",
  );
  sh(process.execPath, ['queue-no-peer.mjs']);
});
check('vietnorm/queue: with bullmq installed, ESM import, CJS require and types', () => {
  const bullmq = JSON.parse(readFileSync(join(root, 'node_modules/bullmq/package.json'), 'utf8')).version;
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', '--prefer-offline', `bullmq@${bullmq}`]);
  writeFileSync(
    join(work, 'queue.mjs'),
    `import { addDocuments, createQueue, createWorker, jobId } from 'vietnorm/queue';
if (typeof addDocuments !== 'function' || typeof createQueue !== 'function' || typeof createWorker !== 'function') throw new Error('exports');
if (jobId('a:b') !== 's-a%3Ab' || jobId(7) !== 'n-7') throw new Error('jobId');
`,
  );
  writeFileSync(
    join(work, 'queue.cjs'),
    `const q = require('vietnorm/queue');\nif (typeof q.createWorker !== 'function') throw new Error('require');\n`,
  );
  writeFileSync(
    join(work, 'queue-consumer.ts'),
    `import { type QueueDocument, addDocuments, createQueue } from 'vietnorm/queue';
const doc: QueueDocument = { id: 'a', text: 'x', url: 'u' };
export const add = (q: ReturnType<typeof createQueue>) => addDocuments(q, [doc]);
`,
  );
  sh(process.execPath, ['queue.mjs']);
  sh(process.execPath, ['queue.cjs']);
  sh(process.execPath, [
    tsc,
    '--strict',
    '--noEmit',
    '--skipLibCheck',
    '--module',
    'NodeNext',
    '--moduleResolution',
    'NodeNext',
    'queue-consumer.ts',
  ]);
});

rmSync(work, { recursive: true, force: true });
process.stdout.write(`${failures === 0 ? 'package test passed' : `${failures} package check(s) failed`}\n`);
process.exit(failures === 0 ? 0 : 1);
