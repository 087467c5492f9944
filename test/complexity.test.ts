// Input shapes that once made analyze (or recognize, normalize) quadratic or worse, and a few more:
// each is timed at n and at 8n, and the ratio must stay near linear (an n log n pass gives about 9–10,
// a quadratic one 64). A ratio, not an absolute time, so a slow machine does not fail it; each size
// is timed best of five, so one busy moment of a shared machine does not either.
import { describe, expect, it } from 'vitest';
import { analyze, normalize, recognize } from '../src/index.js';

/**
 * Allowed growth for 8× the input: linear is 8 and n log n about 10; quadratic is 64. Half of that
 * leaves room for a busy shared machine without letting n² through.
 */
const MAX_RATIO = 32;
/** Inputs are grown until the small one takes at least this long, so timer noise does not dominate. */
const MIN_MS = 40;

function best(fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** The ratio of the time for `make(8n)` to the time for `make(n)`, n grown until `make(n)` is measurable. */
function ratio(make: (n: number) => string, run: (text: string) => unknown, start: number): number {
  let n = start;
  let small = best(() => run(make(n)));
  while (small < MIN_MS && n < start * 64) {
    n *= 2;
    small = best(() => run(make(n)));
  }
  const large = best(() => run(make(8 * n)));
  return large / Math.max(small, 0.001);
}

const ARTICLE = [
  'Vietnam, Japan agree to widen labour cooperation',
  'Thứ năm, 14/03/2024 10:20 (GMT+7)',
  'TOKYO (VNA) — Prime Minister Pham Minh Chinh met Japanese Prime Minister Kishida Fumio in Tokyo. Photo: VNA',
  'The two leaders discussed ODA, trade and the East Sea, and agreed to meet again in Hà Nội./. VNA',
].join('\n\n');

/** A made-up name word for index i ("Dadasa"): many distinct people the knowledge base lacks. */
function nameWord(i: number): string {
  const consonants = 'bdgkmnprstz';
  const vowels = 'aeiou';
  let word = '';
  let x = i + 1;
  for (let k = 0; k < 3; k++) {
    word +=
      (consonants[x % consonants.length] as string) +
      vowels[Math.floor(x / consonants.length) % vowels.length];
    x = Math.floor(x / 55) + k * 7 + 1;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const shapes: [string, (n: number) => string][] = [
  ['a credit label followed by spaces and an open bracket', (n) => `Photo:${' '.repeat(n)}x(`],
  ['a run of spaces after a dash credit', (n) => `a — VNA${' '.repeat(n)}Photo x`],
  ['a source label followed by spaces', (n) => `Theo${' '.repeat(n)}x`],
  ['a capitalised word followed by tabs before a dash', (n) => `HANOI${'\t'.repeat(n)}x -`],
  ['a caption followed by spaces before a pipe', (n) => `x${' '.repeat(n)}|x`],
  ['short lines without a final stop', (n) => 'x\n'.repeat(n)],
  ['many sign-offs', (n) => 'The talks ended./. VNA\n'.repeat(n)],
  ['many dates on one line', (n) => '1/1/2020 '.repeat(n)],
  ['many tiny paragraphs', (n) => 'Mr.\n'.repeat(n)],
  ['one long paragraph of sentences', (n) => 'Hà Nội đón đoàn Nhật Bản. Hai bên trao đổi! '.repeat(n)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['stacked combining marks', (n) => `Vie${'\u0301'.repeat(n)}t Nam`],
  ['invisible characters between letters', (n) => 'V\u034Fi\u200Be\u00ADt N\u2060a\u200Dm '.repeat(n)],
  ['a normal article repeated', (n) => `${ARTICLE}\n\n`.repeat(n)],
];

describe('time grows linearly with the input', () => {
  for (const [name, make] of shapes) {
    it(`analyze: ${name}`, () => {
      expect(ratio(make, (t) => analyze(t), 500)).toBeLessThan(MAX_RATIO);
    }, 120_000);
  }

  it('recognize: many people the knowledge base lacks, each named once', () => {
    // Checking local names for misspellings of one another once compared every pair: thousands of
    // names took tens of seconds. Started large, so a quadratic pass shows within the 8× step.
    const make = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Ambassador ${nameWord(i)} ${nameWord(i * 7 + 3)} said the talks went well.`,
      ).join('\n\n');
    expect(ratio(make, (t) => recognize(t), 2000)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  it('recognize and normalize: a normal article repeated', () => {
    const make = (n: number) => `${ARTICLE}\n\n`.repeat(n);
    expect(ratio(make, (t) => recognize(t), 50)).toBeLessThan(MAX_RATIO);
    expect(ratio(make, (t) => normalize(t, { to: 'vi' }), 50)).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
