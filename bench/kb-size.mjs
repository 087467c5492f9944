// Size of the knowledge base in browser bundles (`npm run bench:kb-size`).
// Bundles two entry points from src with esbuild (minified, ESM, browser platform), as an app would:
//   - `analyze`: the whole pipeline, KB included;
//   - `detectLanguage` alone: must hold no KB data at all.
// The KB part of the analyze bundle is the gzipped size of the bundle minus that of the same
// bundle with the KB's data modules (src/kb/data/*.generated.ts, locales/*/entities.json)
// replaced by empty ones. Writes bench/KB-SIZE.md and exits 1 if the detect-only bundle holds KB
// data or the KB part passes its budget.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
/** The KB part of an analyze bundle must stay under this many gzipped bytes (issue 18). */
const BUDGET = 150 * 1024;
const KB_DATA = /(src[\\/]kb[\\/]data[\\/][^\\/]+\.generated\.ts|locales[\\/](en|sv|vi)[\\/]entities\.json)$/;

async function bundle(contents, { stubKb = false } = {}) {
  const stub = {
    name: 'stub-kb-data',
    setup(b) {
      b.onLoad({ filter: KB_DATA }, (args) =>
        args.path.endsWith('.json')
          ? { contents: '{}', loader: 'json' }
          : {
              contents:
                'export const KB_STATS = {}; export const SOURCES = []; export const ENTITIES = []; export const AMBIGUITIES = []; export const UNVERIFIED = []; export const NAMES = { en: {}, sv: {}, vi: {} };',
              loader: 'ts',
            },
      );
    },
  };
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: stubKb ? [stub] : [],
  });
  const code = result.outputFiles[0].contents;
  // Modules that put bytes into the output (the metafile's inputs also list tree-shaken ones).
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path]) => path);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

const analyzeEntry = "export { analyze } from './src/index.ts';";
const detectEntry = "export { detectLanguage } from './src/index.ts';";
const full = await bundle(analyzeEntry);
const withoutKb = await bundle(analyzeEntry, { stubKb: true });
const detect = await bundle(detectEntry);
const kbInDetect = detect.inputs.filter((p) => KB_DATA.test(p));
const kbPart = full.gzip - withoutKb.gzip;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const report = `# Knowledge-base size in browser bundles

Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. esbuild, minified ESM for the browser; gzip level 9 (\`npm run bench:kb-size\`).

| bundle | raw | gzipped |
| --- | ---: | ---: |
| \`analyze\` (KB included) | ${kib(full.raw)} | ${kib(full.gzip)} |
| \`analyze\` with the KB data emptied | ${kib(withoutKb.raw)} | ${kib(withoutKb.gzip)} |
| **KB part of \`analyze\`** | ${kib(full.raw - withoutKb.raw)} | **${kib(kbPart)}** (budget ${kib(BUDGET)}) |
| \`detectLanguage\` only | ${kib(detect.raw)} | ${kib(detect.gzip)} |

KB data modules in the detect-only bundle: ${kbInDetect.length === 0 ? 'none' : kbInDetect.join(', ')}.
`;
writeFileSync(join(root, 'bench/KB-SIZE.md'), report);
process.stdout.write(report);
if (kbInDetect.length > 0 || kbPart > BUDGET) process.exit(1);
