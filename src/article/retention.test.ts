import { readdirSync, readFileSync } from 'node:fs';
import { getHeapSnapshot, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../html/index.js';
import { normalize } from '../recognize/normalize.js';
import { recognize } from '../recognize/recognize.js';
import { analyze } from './analyze.js';

// The library memoises short lines, names and words across calls. A memo that keeps a slice of
// the text keeps the whole text alive (V8 cuts substrings as views of their parent): a pipeline
// that analyses a 20 MB page and lets it go would still hold it. These tests let go of large texts
// and check that the heap does not keep them.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const corpus = new URL('../../corpus/', import.meta.url);
const pages = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, corpus), 'utf8'));

/**
 * A fresh text of about `chars` characters (two bytes each: the corpus has Vietnamese letters), its
 * pages in another order each round so that no string of it existed before, with a short line and
 * capitalised words of its own that the memos have not seen (so they store something of each
 * text). `invisible` puts a soft hyphen inside a word of every page (analyze then reads a copy
 * without them).
 */
function freshText(round: number, chars: number, invisible: boolean): string {
  const order = pages.map((_, i) => pages[(i + round) % pages.length] as string);
  const own = `Kelvor${'abcdefghij'[round]}`;
  const lines = `${own} Weekly Bulletin\n\nMinister Tran Van ${own} met ${own} Holdings and ${own} Trading in Ha Noi.`;
  const body = order.map((p) => (invisible ? p.replace('Viet', 'Vi\u00ADet') : p)).join('\n\n');
  const unit = `${lines}\n\n${body}\n\n`;
  return unit.repeat(Math.ceil(chars / unit.length));
}

const CHARS = 600_000;

/**
 * How many strings of at least `min` bytes that start with `prefix` the heap holds, from a heap
 * snapshot (a kept text shows there as its whole flat string, whatever views point into it; the
 * snapshot cuts the characters it shows, not the size).
 */
async function stringsInHeap(prefix: string, min: number): Promise<number> {
  gc();
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const stringType = types[0].indexOf('string');
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    if (snapshot.nodes[i + typeAt] !== stringType) continue;
    const text = snapshot.strings[snapshot.nodes[i + nameAt] as number] as string;
    if (text.startsWith(prefix) && (snapshot.nodes[i + sizeAt] as number) >= min) count++;
  }
  return count;
}

/**
 * {@link stringsInHeap} once V8 is done with its own work: its optimising compiler, on a thread of
 * its own, holds the context of a function it compiles (a long call's locals, the text among them)
 * until the main thread installs or drops the code, which it does between calls. A text the
 * library keeps is still there after a second of calls and pauses; one the compiler held is not.
 */
async function settledCount(prefix: string, min: number): Promise<number> {
  let count = await stringsInHeap(prefix, min);
  for (let tries = 0; count > 0 && tries < 10; tries++) {
    await new Promise((done) => setTimeout(done, 100));
    count = await stringsInHeap(prefix, min);
  }
  return count;
}

/**
 * Four fresh texts, two with invisible characters, then a short one: V8 keeps the last string a
 * regular expression ran on (for RegExp.lastMatch), which must not be the last large text.
 */
function runRounds(run: (text: string) => unknown): void {
  for (let round = 0; round < 4; round++) run(freshText(round, CHARS, round % 2 === 1));
  run('Ha Noi, 3 May 2024. Talks on trade went on.');
}

describe.each([
  ['analyze', (t: string) => analyze(t)],
  ['analyzeHtml', (t: string) => analyzeHtml(`<html><body><pre>${t}</pre></body></html>`)],
  ['recognize', (t: string) => recognize(t)],
  ['normalize', (t: string) => normalize(t)],
])('%s', (_name, run) => {
  it('keeps no text it was given once the caller lets go of it', async () => {
    // In a function of its own: the test's async frame would keep its temporaries (the last text).
    runRounds(run);
    expect(await settledCount('Kelvor', CHARS)).toBe(0);
  });
});
