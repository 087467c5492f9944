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

it('the README examples of recognize, normalize and the knowledge base hold', async () => {
  const v = await import('../src/index.js');
  expect(
    v
      .recognize('Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản', { date: '2023-05-22' })
      .map((m) => [m.text, m.id, m.office]),
  ).toEqual([
    ['Phạm Minh Chính', 'person:pham-minh-chinh', 'office:vn-prime-minister'],
    ['Nhật Bản', 'country:JP', null],
  ]);
  expect(v.normalize('Bo truong Bui Thanh Son den Ha Noi', { to: 'vi' }).text).toBe(
    'Bo truong Bùi Thanh Sơn den Hà Nội',
  );
  expect(
    v.normalize('Fumio Kishida visited Vietnam.', { style: { japaneseNameOrder: 'family-first' } }).text,
  ).toBe('Kishida Fumio visited Viet Nam.');
  expect(v.displayName('sea:bien-dong', 'sv')).toBe('Sydkinesiska havet');
  expect(v.displayName('sea:bien-dong', 'en', { context: 'vn' })).toBe('East Sea');
  expect(v.findEntities('Binh Duong', { date: '2022-05-01' })[0]?.entity.id).toBe('vn-province-2008:74');
  expect(v.successor('vn-province-2008:74', '2025-07-01')).toBe('vn-province-2025:79');
  expect(v.holdersOf('office:jp-prime-minister', '2022-05-01')[0]?.id).toBe('person:kishida-fumio');
  expect(v.kbStats.entities).toBe(
    Number(
      /^(\d+) entities with names/mu.exec(
        readFileSync(join(import.meta.dirname, '../README.md'), 'utf8'),
      )?.[1],
    ),
  );
});

it('the README examples of the translation tools hold', async () => {
  const v = await import('../src/index.js');
  const en = 'Japanese Prime Minister Kishida Fumio arrived in Hanoi.';
  expect(v.translateTerms(en, { to: 'vi' }).text).toBe('Thủ tướng Nhật Bản Kishida Fumio arrived in Hà Nội.');
  expect(v.translateTerms(en, { to: 'sv' }).text).toBe(
    'Japans premiärminister Kishida Fumio arrived in Hanoi.',
  );
  const p = v.protectTerms('Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nhật Bản.');
  expect(p.text).toBe('Bộ trưởng <x id="t1"/> điện đàm với Ngoại trưởng <x id="t2"/>.');
  expect(
    p.restore('Minister <x id="t1"/> spoke with the foreign minister of <x id="t2"/>.', { to: 'en' }),
  ).toEqual({
    text: 'Minister Bùi Thanh Sơn spoke with the foreign minister of Japan.',
    missing: [],
    duplicated: [],
    unknown: [],
    reordered: false,
  });
  const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
  for (const rule of ['missing-diacritics', 'name-order', 'mistranslation', 'misspelt-name']) {
    expect(readme).toContain(`#### ${rule}\n`);
  }
});
