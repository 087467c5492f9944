// Speed of `analyze` (`npm run bench:analyze`, after `npm run build`): the figures the throughput
// and robustness issues set. Writes bench/ANALYZE.md.
//
// - Throughput per core, warm, on the dev-set pages (../shared/devset, skipped when absent) and on
//   the corpus pages: whole `analyze`, and the two stages it spends most in, each timed alone
//   through the public API with what analyze gives it (`detectLanguages` with the page's paragraph
//   ranges, `recognize` with the page's language). Timed alone, a stage runs with warmer caches
//   than inside analyze, so the stage figures are not shares of analyze's time. CPU time of this
//   process, best of several passes, so a busy machine counts less.
// - Cold start: a fresh process importing the build and analyzing one corpus page (median of runs).
// - Long inputs: the corpus pages repeated to 20 MB, and 'x\n' repeated 1,000,000 times.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze, detectLanguages, recognize } from '../dist/index.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist', 'index.js');
const args = process.argv.slice(2);
const passes = Number(args[args.indexOf('--passes') + 1]) || 5;
const skipLong = args.includes('--no-long');

const corpusDir = join(root, 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const devsetPath = join(root, '..', 'shared', 'devset', 'docs.jsonl');
const devset = existsSync(devsetPath)
  ? readFileSync(devsetPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l).text)
  : null;

/**
 * Calls of the measured function made before timing starts: V8 compiles a hot function in tiers
 * and on a background thread, whose CPU time counts in this process's. On the dev set the first
 * four or five passes (500–600 calls) ran two to four times slower than the steady state a
 * pipeline runs in, and their compile time was counted.
 */
const WARM_UP_CALLS = 1500;

/** CPU milliseconds (user + system) of `fn` (one pass of `calls` calls), best of `passes` after warming up. */
function cpuBest(fn, calls) {
  for (let done = 0, p = 0; done < WARM_UP_CALLS || p < 2; done += calls, p++) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/** Throughput of analyze and of its two main stages over a set of pages, in MB/s of text. */
function throughput(pages) {
  // What analyze hands the stages: its paragraph ranges, its language.
  const inputs = pages.map((text) => {
    const a = analyze(text);
    return {
      text,
      ranges: a.paragraphs
        .filter((p) => p.language.code !== 'und')
        .map((p) => ({ start: p.start, end: p.end })),
      language: a.language.code,
    };
  });
  const chars = pages.reduce((n, t) => n + t.length, 0);
  const whole = cpuBest(() => {
    for (const t of pages) analyze(t);
  }, pages.length);
  const language = cpuBest(() => {
    for (const i of inputs) detectLanguages(i.text, i.ranges);
  }, pages.length);
  const names = cpuBest(() => {
    for (const i of inputs) recognize(i.text, { language: i.language });
  }, pages.length);
  const rate = (ms) => chars / 1e6 / (ms / 1000);
  return {
    pages: pages.length,
    chars,
    analyze: rate(whole),
    language: rate(language),
    recognize: rate(names),
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Import + first analyze in a fresh process, in ms, per run. */
function coldStart(runs) {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(dist)}); const t1 = performance.now(); m.analyze(${JSON.stringify(corpus[0])}); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const out = [];
  for (let r = 0; r < runs; r++)
    out.push(
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })),
    );
  return out;
}

function timeOnce(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// Warm the JIT and the lazy tables.
for (const t of corpus) analyze(t);
if (devset) for (const t of devset) analyze(t);

const rows = [];
if (devset) rows.push(['dev set (../shared/devset)', throughput(devset)]);
else console.log('bench:analyze: ../shared/devset is absent; the dev-set row is skipped.');
rows.push(['corpus pages', throughput(corpus)]);

const cold = coldStart(5);
const longRows = [];
if (!skipLong) {
  const joined = corpus.join('\n\n');
  const big = joined.repeat(Math.ceil(20e6 / joined.length)).slice(0, 20e6);
  longRows.push(['corpus pages repeated to 20 MB (one document)', timeOnce(() => analyze(big))]);
  longRows.push([
    "'x\\n' × 1,000,000 (2 MB of one-letter lines)",
    timeOnce(() => analyze('x\n'.repeat(1_000_000))),
  ]);
}

const f = (x) => x.toFixed(2);
const load = loadavg().map((x) => x.toFixed(1));
const lines = [
  '# analyze: speed',
  '',
  `Generated by \`npm run bench:analyze\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.versions.node}, ${availableParallelism()} cores, load average ${load.join(' / ')} at the end. Throughput is CPU time of one process (one core), warm (after ${WARM_UP_CALLS.toLocaleString('en')} calls of each function), best of ${passes} passes; MB/s counts millions of characters of text.`,
  '',
  '## Throughput per core',
  '',
  '| pages | n | size (k chars) | analyze (MB/s) | detectLanguages alone (MB/s) | recognize alone (MB/s) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([name, r]) =>
      `| ${name} | ${r.pages} | ${(r.chars / 1000).toFixed(0)} | **${f(r.analyze)}** | ${f(r.language)} | ${f(r.recognize)} |`,
  ),
  '',
  'The stages are timed alone through the public API with the ranges and language analyze gives them (warmer caches than inside analyze: not shares of its time).',
  '',
  '## Cold start',
  '',
  `A fresh process imports dist/index.js and analyzes one corpus page; ${cold.length} runs.`,
  '',
  `- import: median ${median(cold.map((c) => c[0])).toFixed(0)} ms (${Math.min(...cold.map((c) => c[0])).toFixed(0)}–${Math.max(...cold.map((c) => c[0])).toFixed(0)})`,
  `- first analyze: median ${median(cold.map((c) => c[1])).toFixed(0)} ms (${Math.min(...cold.map((c) => c[1])).toFixed(0)}–${Math.max(...cold.map((c) => c[1])).toFixed(0)})`,
  `- together: median ${median(cold.map((c) => c[0] + c[1])).toFixed(0)} ms`,
  '',
];
if (longRows.length > 0)
  lines.push(
    '## Long inputs (wall time, one run)',
    '',
    '| input | analyze (s) |',
    '| --- | ---: |',
    ...longRows.map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(1)} |`),
    '',
  );
writeFileSync(join(root, 'bench', 'ANALYZE.md'), lines.join('\n'));
console.log(lines.join('\n'));
