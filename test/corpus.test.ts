// Our own corpus (corpus/*.txt, written by us in the layouts of real pages) against the facts a
// careful reader states in each corpus/*.expected.json. See corpus/README.md for the format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, analyze, findEntities } from '../src/index.js';

interface Expected {
  language: string;
  diacritics: string | null;
  title: string | null;
  published: { iso: string; precision: string } | null;
  outlet: string | null;
  dateline: string | null;
  captions: { startsWith: string; credit: string | null }[];
  paragraphCount: number;
  firstParagraphStartsWith: string;
  lastParagraphStartsWith: string;
  boilerplate: string[];
  keyEntities: string[];
}

const dir = join(import.meta.dirname, '../corpus');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Fields we know we get wrong today, per file, each with the reason. Empty is the goal. */
const KNOWN_MISSES: Record<string, Partial<Record<keyof Expected, string>>> = {};

describe('corpus', () => {
  it('has at least 12 articles in each of en, sv and vi, one of them Vietnamese without diacritics', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const expected = files.map((f) =>
      JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/u, '.expected.json')), 'utf8')),
    );
    for (const lng of ['en', 'sv', 'vi']) expect(expected.some((e) => e.language === lng)).toBe(true);
    expect(expected.some((e) => e.language === 'vi' && e.diacritics === 'none')).toBe(true);
  });

  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const exp: Expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/u, '.expected.json')), 'utf8'),
    );
    const misses = KNOWN_MISSES[file] ?? {};
    const field = (name: keyof Expected, check: () => void) => {
      if (misses[name]) it.fails(`${file}: ${name} (known miss: ${misses[name]})`, check);
      else it(`${file}: ${name}`, check);
    };
    const article = analyze(text);

    field('language', () => {
      expect(v.safeParse(ArticleSchema, article).success).toBe(true);
      expect(article.language.code).toBe(exp.language);
    });
    if (exp.diacritics) field('diacritics', () => expect(article.language.diacritics).toBe(exp.diacritics));
    field('title', () => expect(article.title?.text ?? null).toBe(exp.title));
    field('published', () =>
      expect(
        article.published && { iso: article.published.iso, precision: article.published.precision },
      ).toEqual(exp.published),
    );
    field('outlet', () => expect(article.outlet?.text ?? null).toBe(exp.outlet));
    field('dateline', () => expect(article.dateline?.place?.text ?? null).toBe(exp.dateline));
    field('captions', () => {
      expect(article.captions.map((c) => c.credit?.text ?? null)).toEqual(exp.captions.map((c) => c.credit));
      for (const [i, c] of article.captions.entries()) {
        expect(c.text.startsWith(exp.captions[i]?.startsWith ?? '')).toBe(true);
      }
    });
    field('paragraphCount', () => {
      expect(article.paragraphs).toHaveLength(exp.paragraphCount);
      expect(article.paragraphs[0]?.text.startsWith(exp.firstParagraphStartsWith)).toBe(true);
      expect(article.paragraphs.at(-1)?.text.startsWith(exp.lastParagraphStartsWith)).toBe(true);
    });
    field('keyEntities', () => {
      const found = new Set(article.entities.map((e) => e.id));
      const missing = exp.keyEntities.filter(
        (name) => !findEntities(name).some((m) => found.has(m.entity.id)),
      );
      expect(missing).toEqual([]);
    });
    field('boilerplate', () => {
      const kinds = new Set(article.blocks.map((b) => b.kind));
      for (const k of ['blank', 'title', 'paragraph', 'credit']) kinds.delete(k as never);
      expect([...kinds].sort()).toEqual([...exp.boilerplate].sort());
    });
  }
});
