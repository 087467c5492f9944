// The CLI at batch scale (issue 20): on 20,000 documents made from our own corpus, peak memory, time
// to the first record, throughput and the scaling curve over --jobs, beside what two independent
// processes reach; cold start; peak memory against the largest document; output size. Runs the
// built CLI (npm run build first) and writes bench/CLI.md.
//
//   node bench/cli.mjs [--docs 20000] [--repeat 3] [--jobs 1,2,3,4] [--big 1,5,20] [--out bench/CLI.md]
//                      [--dist dist]   (a build of the library and the CLI: dist/ by default)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    docs: { type: 'string', default: '20000' },
    'scale-docs': { type: 'string' },
    'stream-repeat': { type: 'string' },
    repeat: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '1,2,3,4' },
    big: { type: 'string', default: '1,5,20' },
    out: { type: 'string', default: join(root, 'bench/CLI.md') },
  },
});
const dist = resolve(values.dist);
const cli = join(dist, 'cli.js');
const DOCS = Number(values.docs);
const REPEAT = Number(values.repeat);
const SCALE_DOCS = Math.min(DOCS, Number(values['scale-docs'] ?? DOCS));
const STREAM_REPEAT = Number(values['stream-repeat'] ?? REPEAT);
const JOBS = values.jobs.split(',').map(Number);
const BIG = values.big.split(',').filter(Boolean).map(Number);
const work = mkdtempSync(join(tmpdir(), 'vietnorm-bench-cli-'));
const log = (s) => process.stderr.write(`${s}\n`);

// 1. The batch: corpus pages, each document made unique by a closing line.
const corpus = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
const batch = join(work, 'batch');
mkdirSync(batch);
let inputBytes = 0;
for (let i = 0; i < DOCS; i++) {
  const text = `${corpus[i % corpus.length]}\nDocument ${i}.\n`;
  inputBytes += Buffer.byteLength(text);
  writeFileSync(join(batch, `doc-${String(i).padStart(6, '0')}.txt`), text);
}
log(`${DOCS} documents, ${(inputBytes / 1e6).toFixed(1)} MB in ${batch}`);

/** The first n documents as a --files-from list, and their size. */
function subset(n) {
  const names = readdirSync(batch).sort().slice(0, n);
  const list = join(work, `first-${n}.list`);
  writeFileSync(list, names.map((f) => join(batch, f)).join('\n'));
  const bytes = names.reduce((sum, f) => sum + statSync(join(batch, f)).size, 0);
  return { list, bytes, n };
}
const scaleSet = subset(SCALE_DOCS);
const sizeSet = subset(Math.min(DOCS, 2000));

/**
 * Runs the CLI under GNU time: wall time, peak RSS (main thread and workers share the process),
 * CPU time (user and system, all threads), time to the first byte of output and the output size.
 */
function runCli(args) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let first;
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => {
      first ??= performance.now() - started;
      outBytes += d.length;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      const [rssKb, user, system] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      if (code !== 0 && code !== 2) reject(new Error(`exit ${code}: ${stderr}`));
      else
        resolvePromise({
          wall,
          firstMs: first ?? Number.NaN,
          rssMb: (rssKb ?? Number.NaN) / 1024,
          cpu: (user ?? Number.NaN) + (system ?? Number.NaN),
          outBytes,
        });
    });
  });
}

const range = (xs, digits = 1) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo.toFixed(digits) === hi.toFixed(digits)
    ? lo.toFixed(digits)
    : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 2. Scaling over --jobs.
const scaling = [];
for (const jobs of JOBS) {
  const runs = [];
  for (let r = 0; r < REPEAT; r++) {
    const result = await runCli([
      'analyze',
      ...(SCALE_DOCS < DOCS ? ['--files-from', scaleSet.list] : [batch]),
      '--jobs',
      String(jobs),
      '--no-progress',
      '-o',
      '/dev/null',
    ]);
    runs.push(result);
    log(
      `--jobs ${jobs}: ${result.wall.toFixed(1)} s, ${result.rssMb.toFixed(0)} MB (load ${loadavg()[0].toFixed(1)})`,
    );
  }
  scaling.push({ jobs, runs });
}

// 2b. What the machine gives work that shares nothing: two processes side by side, each --jobs 1
// on half of the same documents.
const halves = (() => {
  const names = readFileSync(scaleSet.list, 'utf8').split('\n');
  const middle = Math.ceil(names.length / 2);
  return [names.slice(0, middle), names.slice(middle)].map((part, i) => {
    const list = join(work, `half-${i}.list`);
    writeFileSync(list, part.join('\n'));
    return list;
  });
})();
const independent = [];
for (let r = 0; r < REPEAT; r++) {
  const started = performance.now();
  const runs = await Promise.all(
    halves.map((list) =>
      runCli(['analyze', '--files-from', list, '--jobs', '1', '--no-progress', '-o', '/dev/null']),
    ),
  );
  const wall = (performance.now() - started) / 1000;
  independent.push({ wall, cpu: runs.reduce((sum, run) => sum + run.cpu, 0) });
  log(`two processes, --jobs 1 on half each: ${wall.toFixed(1)} s (load ${loadavg()[0].toFixed(1)})`);
}

// 3. Streaming: first record and memory with output to a pipe.
const streaming = [];
for (let r = 0; r < STREAM_REPEAT; r++) {
  const result = await runCli(['analyze', batch, '--no-progress', '--no-text']);
  streaming.push(result);
  log(
    `streaming: first record ${result.firstMs.toFixed(0)} ms, ${result.wall.toFixed(1)} s, ${result.rssMb.toFixed(0)} MB`,
  );
}

// 4. Output size: the full Article, --no-text, and a few fields.
const sizes = [];
for (const [label, args] of [
  ['full Article (default)', []],
  ['--no-text', ['--no-text']],
  ['--fields title,published,outlet,language', ['--fields', 'title,published,outlet,language']],
]) {
  const r = await runCli(['analyze', '--files-from', sizeSet.list, '--no-progress', ...args]);
  sizes.push({ label, outMb: r.outBytes / 1e6, ratio: r.outBytes / sizeSet.bytes });
}

// 5. Cold start: the library (import + first analyze) and the CLI on one small document.
const coldLib = [];
const coldCli = [];
const page = join(batch, 'doc-000000.txt');
for (let r = 0; r < Math.max(5, REPEAT); r++) {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t0 = performance.now(); const m = await import(${JSON.stringify(join(dist, 'index.js'))}); const t1 = performance.now(); m.analyze(${JSON.stringify(corpus[0])}); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`,
    ],
    { encoding: 'utf8' },
  );
  coldLib.push(JSON.parse(out));
  coldCli.push(await runCli(['analyze', page, '--no-progress']));
}

// 6. Peak memory against the largest document: one article repeated to n MB.
const big = [];
const baseline = (await runCli(['analyze', page, '--jobs', '1', '--no-progress', '--no-text'])).rssMb;
for (const mb of BIG) {
  const path = join(work, `big-${mb}.txt`);
  const unit = `${corpus[0]}\n\n`;
  writeFileSync(path, unit.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(unit))));
  const size = statSync(path).size / 1e6;
  const r = await runCli(['analyze', path, '--jobs', '1', '--no-progress', '--no-text', '-o', '/dev/null']);
  big.push({ mb: size, wall: r.wall, rssMb: r.rssMb, ratio: (r.rssMb - baseline) / size });
  log(`${size.toFixed(1)} MB document: ${r.wall.toFixed(1)} s, ${r.rssMb.toFixed(0)} MB`);
}
rmSync(work, { recursive: true, force: true });

/** The paragraph on two independent processes, against the --jobs 1 runs. */
function independentLines(one) {
  const speedup = median(one.runs.map((r) => r.wall)) / median(independent.map((r) => r.wall));
  return [
    'Two processes side by side, each `--jobs 1` on half of the same documents (work that shares',
    `nothing, not even a process): ${range(independent.map((r) => r.wall))} s, a speed-up of ${speedup.toFixed(2)}×`,
    `over one \`--jobs 1\` process (medians); CPU time ${range(independent.map((r) => r.cpu))} s, one process ${range(
      one.runs.map((r) => r.cpu),
    )} s.${speedup > 2 ? ' Past 2×: each process also reads its documents faster than one process reading all of them.' : ''}`,
    '',
  ];
}

// The report.
const one = scaling.find((s) => s.jobs === 1);
const docsPerSec = (s) => s.runs.map((r) => SCALE_DOCS / r.wall);
const lines = [
  '# CLI at batch scale',
  '',
  `Generated by \`node bench/cli.mjs ${process.argv.slice(2).join(' ')}\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}:`,
  `Node ${process.versions.node}, ${availableParallelism()} cores (load average at the end`,
  `${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}). ${DOCS} documents (${(inputBytes / 1e6).toFixed(1)} MB) made from`,
  "the repo's corpus pages, read from a directory. Ranges are over the repeats; timings on this shared",
  'machine are noisy, so read the ranges, not single figures.',
  '',
  '## Scaling over --jobs',
  '',
  `The first ${SCALE_DOCS} documents (${(scaleSet.bytes / 1e6).toFixed(1)} MB), output to /dev/null.`,
  '',
  "CPU time counts every thread of the process (main thread, workers, the engine's helper threads);",
  'cores busy is CPU time over wall time. A speed-up on this 2-core machine is bounded by 2 over the',
  'cores that --jobs 1 already keeps busy.',
  '',
  '| --jobs | wall time (s) | documents/s | MB/s | speed-up over --jobs 1 (median) | CPU time (s) | cores busy | peak RSS (MB) |',
  '| -----: | ------------: | ----------: | ---: | ------------------------------: | -----------: | ---------: | ------------: |',
  ...scaling.map((s) => {
    const speedup = one
      ? median(one.runs.map((r) => r.wall)) / median(s.runs.map((r) => r.wall))
      : Number.NaN;
    return `| ${s.jobs} | ${range(s.runs.map((r) => r.wall))} | ${range(docsPerSec(s), 0)} | ${range(
      s.runs.map((r) => inputBytes / 1e6 / r.wall),
      2,
    )} | ${speedup.toFixed(2)}× | ${range(s.runs.map((r) => r.cpu))} | ${range(
      s.runs.map((r) => r.cpu / r.wall),
      2,
    )} | ${range(
      s.runs.map((r) => r.rssMb),
      0,
    )} |`;
  }),
  '',
  ...(one ? independentLines(one) : []),
  `## Streaming: all ${DOCS} documents to a pipe (default --jobs, --no-text)`,
  '',
  `- first record after ${range(
    streaming.map((r) => r.firstMs),
    0,
  )} ms`,
  `- whole run ${range(streaming.map((r) => r.wall))} s, peak RSS ${range(
    streaming.map((r) => r.rssMb),
    0,
  )} MB`,
  '',
  '## Output size',
  '',
  `The first ${sizeSet.n} documents: ${(sizeSet.bytes / 1e6).toFixed(1)} MB in.`,
  '',
  '| records | output (MB) | × input |',
  '| ------- | ----------: | ------: |',
  ...sizes.map((s) => `| ${s.label} | ${s.outMb.toFixed(1)} | ${s.ratio.toFixed(2)} |`),
  '',
  '## Cold start',
  '',
  `- library: import ${range(
    coldLib.map((c) => c[0]),
    0,
  )} ms + first analyze ${range(
    coldLib.map((c) => c[1]),
    0,
  )} ms = ${range(
    coldLib.map((c) => c[0] + c[1]),
    0,
  )} ms`,
  `- CLI on one document (process start to exit, one worker): ${range(
    coldCli.map((r) => r.wall * 1000),
    0,
  )} ms, first record after ${range(
    coldCli.map((r) => r.firstMs),
    0,
  )} ms`,
  '',
  '## Peak memory against the largest document (--jobs 1, --no-text)',
  '',
  `Baseline (one small document): ${baseline.toFixed(0)} MB RSS.`,
  '',
  '| document (MB) | wall time (s) | peak RSS (MB) | (RSS − baseline) / size |',
  '| ------------: | ------------: | ------------: | ----------------------: |',
  ...big.map(
    (b) => `| ${b.mb.toFixed(1)} | ${b.wall.toFixed(1)} | ${b.rssMb.toFixed(0)} | ${b.ratio.toFixed(1)}× |`,
  ),
  '',
];
writeFileSync(values.out, lines.join('\n'));
log(`wrote ${values.out}`);
