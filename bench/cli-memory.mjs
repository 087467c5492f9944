// Peak memory of the CLI against the size of one large document (issue 21: "under 10× the largest
// single document plus a constant"). Runs the built CLI (npm run build first) with --jobs 1 on
// documents made from our own corpus pages, measures the process's peak RSS (main thread and
// worker together) with GNU time, and writes bench/CLI-MEMORY.md.
//
//   node bench/cli-memory.mjs [--mb 1,2,5,10,20,30] [--repeat 2] [--dist dist] [--out bench/CLI-MEMORY.md]
//
// Two shapes: one page repeated (no invisible characters) and all pages joined then repeated (a
// few soft hyphens and zero-width characters, so analyze reads a view with an offset map). Each
// with --no-text and with the full record. The constant is the peak RSS on one small page with
// the same flags; the figure is (peak − constant) / document size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    mb: { type: 'string', default: '1,2,5,10,20,30' },
    repeat: { type: 'string', default: '2' },
    out: { type: 'string', default: join(root, 'bench/CLI-MEMORY.md') },
  },
});
const cli = join(resolve(values.dist), 'cli.js');
const SIZES = values.mb.split(',').filter(Boolean).map(Number);
const REPEAT = Number(values.repeat);
const work = mkdtempSync(join(tmpdir(), 'vietnorm-bench-cli-memory-'));
const log = (s) => process.stderr.write(`${s}\n`);

const pages = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
/** The corpus's words cut into lines of at most `width` characters, whole words (or a word's start). */
function shortLines(width) {
  const out = [];
  let line = '';
  for (const word of pages.join(' ').split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word.slice(0, width);
  }
  return `${out.join('\n')}\n`;
}
const SHAPES = [
  { name: 'one page repeated', unit: `${pages[0]}\n\n` },
  { name: 'all pages joined, repeated', unit: `${pages.join('\n\n')}\n\n` },
  // Shapes that cost far more than 10× their size in the library (a paragraph per line): the
  // worker's heap limit makes them fail as out-of-memory records rather than grow.
  { name: 'lines of one letter', unit: 'x\n'.repeat(1000), fragmented: true },
  { name: 'lines of 30 characters or less', unit: shortLines(30), fragmented: true },
];
const MODES = [
  { name: '--no-text', args: ['--no-text'] },
  { name: 'full record', args: [] },
];

/** The CLI on one file under GNU time: peak RSS (MB), wall time (s), output bytes. */
function run(path, args) {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, cli, 'analyze', path, '--jobs', '1', '--no-progress', ...args],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const wall = (performance.now() - started) / 1000;
  // 2: the document became an error record (out of memory), which the table says
  if (r.status !== 0 && r.status !== 2) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const rssMb = Number(r.stderr.trim().split('\n').at(-1)) / 1024;
  const error = /"error":\{"code":"([a-z-]+)"/.exec(r.stdout)?.[1] ?? null;
  return { rssMb, wall, outBytes: Buffer.byteLength(r.stdout), error };
}

const small = join(work, 'small.txt');
writeFileSync(small, SHAPES[0].unit);
const rows = [];
for (const mode of MODES) {
  const base = Math.min(...Array.from({ length: Math.max(2, REPEAT) }, () => run(small, mode.args).rssMb));
  log(`${mode.name}: constant (one small page) ${base.toFixed(0)} MB`);
  for (const shape of SHAPES) {
    for (const mb of SIZES) {
      const path = join(work, `doc-${mb}.txt`);
      writeFileSync(path, shape.unit.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(shape.unit))));
      const size = statSync(path).size / 1e6;
      const runs = Array.from({ length: REPEAT }, () => run(path, mode.args));
      const ratios = runs.map((r) => (r.rssMb - base) / size);
      rows.push({
        mode: mode.name,
        shape: shape.name,
        fragmented: shape.fragmented,
        size,
        base,
        runs,
        ratios,
      });
      log(
        `${mode.name}, ${shape.name}, ${size.toFixed(1)} MB: peak ${runs.map((r) => r.rssMb.toFixed(0)).join(', ')} MB, ` +
          `${ratios.map((x) => x.toFixed(1)).join(', ')}× (load ${loadavg()[0].toFixed(1)})`,
      );
    }
  }
}
rmSync(work, { recursive: true, force: true });

// The line through each shape's peaks (least squares over the medians of the repeats, sizes of 2 MB and
// up): memory per MB of document, and the constant it implies. A document of a megabyte or more costs a
// step the small page never pays (the optimising compiler's memory, the recognizer's and the language
// scan's window buffers, the young generation grown to its cap), so the small page's peak is no
// constant of the line; the line's own is. "Under 10× the document plus a constant" is a slope under
// 10 with the constant it implies.
const slopes = [];
const median = (r) => [...r.runs.map((x) => x.rssMb)].sort((a, b) => a - b)[Math.floor(r.runs.length / 2)];
for (const mode of MODES) {
  for (const shape of SHAPES) {
    const mine = rows.filter(
      (r) => r.mode === mode.name && r.shape === shape.name && r.size >= 2 && !r.fragmented,
    );
    if (mine.length < 2) continue;
    const xs = mine.map((r) => r.size);
    const ys = mine.map(median);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
    }
    const slope = sxy / sxx;
    const constant = my - slope * mx;
    // The largest amount by which a measured peak exceeds the line (how well a line fits).
    const above = Math.max(
      ...mine.map((r) => Math.max(...r.runs.map((x) => x.rssMb)) - (constant + slope * r.size)),
    );
    slopes.push({ mode: mode.name, shape: shape.name, sizes: xs, slope, constant, above });
  }
}

const range = (xs, digits = 1) => {
  const lo = Math.min(...xs).toFixed(digits);
  const hi = Math.max(...xs).toFixed(digits);
  return lo === hi ? lo : `${lo}–${hi}`;
};
const lines = [
  '# CLI peak memory against the largest document',
  '',
  `Generated by \`node bench/cli-memory.mjs ${process.argv.slice(2).join(' ')}\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}:`,
  `Node ${process.versions.node}, ${availableParallelism()} cores (load average at the end`,
  `${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' / ',
    )}). \`vietnorm analyze FILE --jobs 1 --no-progress [--no-text]\`, output to a pipe; peak RSS of`,
  'the whole process (main thread and worker) from GNU time, over the repeats. The constant is the peak',
  'on one small corpus page with the same flags. Target (issue 21): (peak − constant) / size under 10.',
  '',
  '| record | document | size (MB) | constant (MB) | peak RSS (MB) | (peak − constant) / size | peak − 10 × size (MB) | result | wall (s) | output (MB) |',
  '| ------ | -------- | --------: | ------------: | ------------: | -----------------------: | --------------------: | ------ | -------: | ----------: |',
  ...rows.map(
    (r) =>
      `| ${r.mode} | ${r.shape} | ${r.size.toFixed(1)} | ${r.base.toFixed(0)} | ${range(
        r.runs.map((x) => x.rssMb),
        0,
      )} | ${range(r.ratios)}× | ${range(
        r.runs.map((x) => x.rssMb - 10 * r.size),
        0,
      )} | ${[...new Set(r.runs.map((x) => x.error ?? 'record'))].join(', ')} | ${range(r.runs.map((x) => x.wall))} | ${(r.runs[0].outBytes / 1e6).toFixed(1)} |`,
  ),
  '',
  `Largest peak − 10 × size over every row: ${Math.max(...rows.flatMap((r) => r.runs.map((x) => x.rssMb - 10 * r.size))).toFixed(0)} MB`,
  '(the constant that "peak under 10× the largest document plus a constant" needs for every shape measured).',
  '',
  ...(slopes.length > 0
    ? [
        '## Memory per MB of document (a line through the peaks)',
        '',
        'Least squares through the median peaks of the sizes of 2 MB and up: the slope (MB of peak RSS per MB of',
        'document), the constant the line implies, and the most a measured peak stands above the line. A document',
        'of a megabyte or more pays a step the small page never does (the optimising compiler, window buffers, the',
        "young generation at its cap), so the line's constant is above the small page's peak. Read as \"peak under",
        '10× the document plus a constant", the target is a slope under 10.',
        '',
        '| record | document | sizes (MB) | slope (MB per MB) | constant (MB) | most above the line (MB) |',
        '| ------ | -------- | ---------- | ----------------: | ------------: | -----------------------: |',
        ...slopes.map(
          (x) =>
            `| ${x.mode} | ${x.shape} | ${x.sizes.map((v) => v.toFixed(0)).join(', ')} | ${x.slope.toFixed(1)}× | ${x.constant.toFixed(0)} | ${x.above.toFixed(0)} |`,
        ),
        '',
      ]
    : []),
];
writeFileSync(values.out, lines.join('\n'));
log(`wrote ${values.out}`);
