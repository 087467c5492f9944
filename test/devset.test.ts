// The real pages of ../shared/devset, read at run time (their text never enters the repo), scored as
// bench/devset.mjs scores them: the figures may not fall below the floors we reached. Skipped, with a
// note, where ../shared is absent. `npm run bench:devset` gives the full report and every miss.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the benchmark, shared with the test.
import { loadDevset, scoreDevset, summarize } from '../bench/devset-score.mjs';
import { analyze, getEntity, normalize, normalizeToneMarks } from '../src/index.js';

const docs = loadDevset();

/** Floors on the whole set, as fractions. Raise them as the figures rise; never lower one to pass. */
const FLOORS: Record<string, number> = {
  language: 1,
  title: 0.9,
  published: 0.9,
  outlet: 0.9,
  coreEntities: 0.95,
  allEntities: 0.8,
  shortRefs: 0.85,
  mustNot: 1,
};

describe.skipIf(!docs)('dev set (real pages)', () => {
  it('keeps title, date, outlet, language and entity figures at or above their floors', () => {
    const s = summarize(scoreDevset(docs, { analyze, normalize, getEntity, normalizeToneMarks }));
    const all = s.groups.all as Record<string, [number, number]>;
    const below = Object.entries(FLOORS)
      .map(([key, floor]) => {
        const [ok, n] = all[key] as [number, number];
        return { key, share: ok / n, floor };
      })
      .filter((f) => f.share < f.floor)
      .map((f) => `${f.key}: ${(100 * f.share).toFixed(1)}% < ${100 * f.floor}%`);
    expect(below).toEqual([]);
  }, 120_000);
});

if (!docs)
  console.info('dev set: ../shared/devset/docs.jsonl is absent; the real-page figures are not checked here.');
