import { describe, expect, it } from 'vitest';
import { runBatch } from './batch.js';
import type { Doc } from './inputs.js';
import type { Sink } from './output.js';
import type { Runner } from './pool.js';
import { NO_PROGRESS } from './progress.js';
import type { Task, TaskResult } from './records.js';

/** A few microtask hops: the order in which in-process results and writes settle. */
async function hops(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

/** A small seeded generator, so that a failure repeats. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const encoder = new TextEncoder();

/** Runs `n` documents whose results and writes settle after a random number of microtask hops. */
async function batchOf(n: number, seed: number, ordered: boolean): Promise<string[]> {
  const random = lcg(seed);
  const lines: string[] = [];
  const sink: Sink = {
    broken: false,
    async write(chunk) {
      await hops(Math.floor(random() * 4));
      lines.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    },
    async close() {},
  };
  const runner: Runner = {
    async run(task: Task): Promise<TaskResult> {
      await hops(Math.floor(random() * 6));
      return { out: [encoder.encode(`${JSON.stringify(task.key)}\n`)], bytes: 1 };
    },
    async close() {},
  };
  async function* docs(): AsyncIterable<Doc> {
    for (let i = 0; i < n; i++) yield { kind: 'text', key: { line: i + 1 }, text: 'x', bytes: 1 };
  }
  const report = await runBatch(
    docs(),
    (doc) => ({ command: 'analyze', key: doc.key }) as Task,
    runner,
    sink,
    () => undefined,
    NO_PROGRESS,
    { window: 8, ordered },
  );
  expect(report.done).toBe(n);
  return lines;
}

describe('runBatch with a runner that answers within microtasks (in-process)', () => {
  it('finishes and writes every record in input order, whenever results settle', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lines = await batchOf(50, seed, true);
      expect(lines).toEqual(Array.from({ length: 50 }, (_, i) => `{"line":${i + 1}}\n`));
    }
  });

  it('finishes unordered too, with every record once', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lines = await batchOf(50, seed, false);
      expect([...lines].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `{"line":${i + 1}}\n`).sort());
    }
  });
});
