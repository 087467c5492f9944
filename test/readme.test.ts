// The README's analyze() example, kept true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../src/index.js';

it('the README example prints what the README says', () => {
  const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
  const input = /const article = analyze\(`([^`]*)`\);/u.exec(readme)?.[1];
  expect(input).toBeDefined();
  const article = analyze(input as string);
  expect(article.title?.text).toBe('Vietnam, Japan agree to widen labour ties');
  expect(article.published?.iso).toBe('2024-03-14T10:20+07:00');
  expect(article.published?.precision).toBe('minute');
  expect(article.dateline?.place?.text).toBe('TOKYO');
  expect(article.outlet).toMatchObject({ text: 'VNA', source: 'signoff' });
  const kinds = "['title', 'blank', 'date', 'blank', 'paragraph', 'blank', 'paragraph', 'signoff']";
  expect(readme).toContain(kinds);
  expect(
    JSON.stringify(article.blocks.map((b) => b.kind))
      .replaceAll('"', "'")
      .replaceAll(',', ', '),
  ).toBe(kinds);
});
