// The CLI as a process: worker pool, pipes, signals, FIFOs and resume, through the real executable
// (the TypeScript source run by tsx, so no build is needed).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'vietnorm-cli-process-'));

/** A directory of n small documents of our own. */
function corpus(name: string, n: number): string[] {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = join(folder, `doc-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(
      path,
      `Talks number ${i}\n\nHANOI (VNA) — Officials from Viet Nam and Japan met on day ${i % 28} to talk about trade and labour.\n`,
    );
    return path;
  });
}

function cli(args: string[], options: { stdin?: 'pipe' | 'ignore' } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/index.ts'), ...args], {
    cwd: root,
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  // Decoded as a stream: a character split between two chunks stays whole.
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('vietnorm CLI process', () => {
  it('runs --jobs 2 in input order, and --unordered gives the same records', async () => {
    const paths = corpus('order', 60);
    const ordered = await finished(cli(['analyze', join(dir, 'order'), '--jobs', '2', '--fields', 'title']));
    expect(ordered.code).toBe(0);
    expect(lines(ordered.stdout).map((l) => JSON.parse(l).path)).toEqual(paths);
    const loose = await finished(
      cli(['analyze', join(dir, 'order'), '--jobs', '2', '--unordered', '--fields', 'title']),
    );
    expect(lines(loose.stdout).sort()).toEqual(lines(ordered.stdout).sort());
  }, 120_000);

  it('ends quietly with status 0 when the reader of stdout goes away (| head)', async () => {
    corpus('pipe', 300);
    const child = cli(['analyze', join(dir, 'pipe'), '--jobs', '1']);
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const first = await new Promise<string>((resolve) => {
      child.stdout?.once('data', (d) => resolve(String(d)));
    });
    child.stdout?.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(JSON.parse(lines(first)[0] as string)).toHaveProperty('path');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 120_000);

  it('SIGTERM leaves only complete records, and --resume finishes the rest exactly once', async () => {
    const paths = corpus('resume', 400);
    const out = join(dir, 'resume.jsonl');
    const child = cli(['analyze', join(dir, 'resume'), '--jobs', '2', '-o', out, '--no-text']);
    const done = finished(child);
    const start = Date.now();
    while (!existsSync(out) || lines(readFileSync(out, 'utf8')).length < 20) {
      if (Date.now() - start > 90_000) throw new Error('no output');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGTERM');
    const stopped = await done;
    const written = readFileSync(out, 'utf8');
    expect(stopped.code === 143 || (stopped.code === 0 && lines(written).length === paths.length)).toBe(true);
    expect(written.endsWith('\n')).toBe(true);
    for (const line of lines(written)) expect(JSON.parse(line)).toHaveProperty('path');
    // A run killed mid-write leaves half a line: resume cuts it off.
    writeFileSync(out, `${written}{"path":"${paths.at(-1)}","schemaVer`);
    const resumed = await finished(
      cli(['analyze', join(dir, 'resume'), '--jobs', '2', '--resume', out, '--no-text']),
    );
    expect(resumed.code).toBe(0);
    const all = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l).path);
    expect([...all].sort()).toEqual(paths);
  }, 180_000);

  it('writes a large record piece by piece as the worker makes it, in input order and whole', async () => {
    // Our own corpus page repeated past the size (1 MB) above which a worker streams its record.
    const page = readFileSync(join(root, 'corpus/01-en-pm-receives-hayashi.txt'), 'utf8');
    const paths = corpus('large', 4);
    const large = join(dir, 'large', 'doc-0001x-large.txt');
    writeFileSync(large, `${page}\n\n`.repeat(Math.ceil(1_500_000 / page.length)));
    const expected = [paths[0], paths[1], large, paths[2], paths[3]];
    const ordered = await finished(cli(['analyze', join(dir, 'large'), '--jobs', '2', '--no-text']));
    expect(ordered.code).toBe(0);
    const records = lines(ordered.stdout).map((l) => JSON.parse(l));
    expect(records.map((r) => r.path)).toEqual(expected);
    const { analyze } = await import('../src/index.js');
    const { text: _text, ...article } = analyze(readFileSync(large, 'utf8'));
    expect(records[2]).toEqual(JSON.parse(JSON.stringify({ path: large, ...article })));
    const loose = await finished(
      cli(['analyze', join(dir, 'large'), '--jobs', '2', '--unordered', '--no-text']),
    );
    expect(lines(loose.stdout).sort()).toEqual(lines(ordered.stdout).sort());
  }, 180_000);

  it('SIGTERM in the middle of a large record finishes that line and starts nothing more', async () => {
    const page = readFileSync(join(root, 'corpus/02-en-son-receives-ambassador.txt'), 'utf8');
    mkdirSync(join(dir, 'large-term'), { recursive: true });
    const large = join(dir, 'large-term', 'a-large.txt');
    writeFileSync(large, `${page}\n\n`.repeat(Math.ceil(6_000_000 / page.length)));
    const after = join(dir, 'large-term', 'b-small.txt');
    writeFileSync(after, 'Talks in Ha Noi\n\nOfficials met on Monday to talk about trade.\n');
    const child = cli(['analyze', large, after, '--jobs', '1', '--no-text']);
    const done = finished(child);
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.kill('SIGTERM');
    const r = await done;
    expect(r.code).toBe(143);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(lines(r.stdout).map((l) => JSON.parse(l).path)).toEqual([large]);
  }, 180_000);

  it('reads a FIFO to EOF, and fails one nobody writes to after --idle-timeout', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const idle = await finished(cli(['detect', fifo, '--idle-timeout', '0.5']));
    expect(idle.code).toBe(2);
    expect(JSON.parse(idle.stdout).error.code).toBe('idle-timeout');
    const reader = finished(cli(['detect', fifo]));
    const writer = spawn('sh', [
      '-c',
      `sleep 1; printf 'Politisk debatt om handel och arbete i dag.' > ${fifo}`,
    ]);
    const read = await reader;
    writer.kill();
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ path: fifo, language: 'sv' });
  }, 120_000);

  it('a document that needs more memory than 10× its size fails alone; the batch goes on', async () => {
    // A million one-letter lines (2 MB) are a million paragraphs: the Article alone is about 200 MB,
    // and the worker that reads a 2 MB document has a heap of 10 × 2 MB + 128 MB.
    const fragmented = join(dir, 'fragmented.txt');
    writeFileSync(fragmented, 'x\n'.repeat(1_000_000));
    // Over 1 MiB, and read on a worker of its own as well: it needs what its size allows.
    const large = join(dir, 'large.txt');
    const page = `Talks in Hanoi\n\n${'HANOI (VNA) — Officials from Viet Nam and Japan met to talk about trade and labour. '.repeat(8)}\n\n`;
    writeFileSync(large, page.repeat(Math.ceil(1.5e6 / page.length)));
    const [after] = corpus('after-oom', 1);
    const r = await finished(
      cli(['analyze', fragmented, large, after as string, '--jobs', '1', '--fields', 'title']),
    );
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.path)).toEqual([fragmented, large, after]);
    expect(records[0].error.code).toBe('out-of-memory');
    expect(records[1].title.text).toBe('Talks in Hanoi');
    expect(records[2].title.text).toBe('Talks number 0');
    expect(r.code).toBe(2);
  }, 180_000);

  it('a document under 1 MiB that runs out of memory in the shared thread fails alone, not the one waiting behind it', async () => {
    // Just under the size that gets a thread of its own: it runs on the shared thread, where the
    // next document already waits.
    const fragmented = join(dir, 'fragmented-small.txt');
    writeFileSync(fragmented, 'x\n'.repeat(524_000));
    const [first, behind, last] = corpus('around-oom', 3);
    const r = await finished(
      cli([
        'analyze',
        first as string,
        fragmented,
        behind as string,
        last as string,
        '--jobs',
        '1',
        '--fields',
        'title',
      ]),
    );
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.path)).toEqual([first, fragmented, behind, last]);
    expect(records[1].error.code).toBe('out-of-memory');
    expect(records.filter((x) => x.error).length).toBe(1);
    expect(records[2].title.text).toBe('Talks number 1');
    expect(r.code).toBe(2);
  }, 180_000);

  it('SIGINT while waiting for stdin ends the run with 130', async () => {
    const child = cli(['analyze', '--jsonl-in', '-'], { stdin: 'pipe' });
    const done = finished(child);
    child.stdin?.write(`${JSON.stringify({ id: 1, text: 'Hello from Hanoi, where the ministers met.' })}\n`);
    // Wait for the first record, then interrupt while stdin stays open.
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual([1]);
  }, 120_000);
});
