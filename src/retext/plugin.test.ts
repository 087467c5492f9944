import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { type RetextVietnormOptions, retextVietnorm } from './plugin.js';

async function lint(text: string, options?: RetextVietnormOptions, english = false) {
  const processor = english
    ? unified().use(retextEnglish).use(retextVietnorm, options)
    : unified().use(retextLatin).use(retextVietnorm, options);
  const file = new VFile({ path: 'page.txt', value: text });
  await processor.run(processor.parse(file), file);
  return file;
}

describe('retextVietnorm', () => {
  it('reports Vietnamese names without diacritics in Vietnamese text, with a full message', async () => {
    const file = await lint('Bộ trưởng Bui Thanh Son tiếp Đại sứ Nhật Bản tại Hà Nội.');
    expect(file.messages).toHaveLength(1);
    const [m] = file.messages;
    expect(m).toMatchObject({
      ruleId: 'missing-diacritics',
      source: 'vietnorm',
      actual: 'Bui Thanh Son',
      expected: ['Bùi Thanh Sơn'],
      url: 'https://www.npmjs.com/package/vietnorm#missing-diacritics',
      reason: 'Write `Bui Thanh Son` with its Vietnamese diacritics: `Bùi Thanh Sơn`',
      line: 1,
      column: 11,
      place: { start: { line: 1, column: 11, offset: 10 }, end: { line: 1, column: 24, offset: 23 } },
    });
  });

  it('leaves Vietnamese names without marks alone in English, unless asked', async () => {
    const text = 'Foreign Minister Bui Thanh Son met his Japanese counterpart in Ha Noi.';
    expect((await lint(text, {}, true)).messages).toEqual([]);
    expect((await lint(text, { diacritics: 'always' }, true)).messages.map((m) => m.expected)).toEqual([
      ['Bùi Thanh Sơn'],
      ['Hà Nội'],
    ]);
  });

  it('reports Japanese names in the other order than the chosen style, in sv', async () => {
    const file = await lint('Premiärminister Fumio Kishida höll samtal med Vo Van Thuong.', {
      japaneseNameOrder: 'family-first',
      messageLanguage: 'sv',
    });
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected, m.reason])).toEqual([
      [
        'name-order',
        'Fumio Kishida',
        ['Kishida Fumio'],
        'Skriv det japanska namnet `Fumio Kishida` i ordningen efternamn först: `Kishida Fumio`',
      ],
    ]);
  });

  it('reports Östersjön used for Biển Đông and a misspelt leader, with messages in Vietnamese', async () => {
    const sv = await lint('Vietnam och Japan oroas över läget i Östersjön enligt UNCLOS.', {
      messageLanguage: 'vi',
    });
    expect(sv.messages.map((m) => [m.ruleId, m.expected])).toEqual([['mistranslation', ['Östhavet']]]);
    expect(sv.messages[0]?.reason).toContain('là biển Baltic');
    const en = await lint('Japanese Prime Minister Shizo Abe spoke.', {}, true);
    expect(en.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['misspelt-name', 'Shizo Abe', ['Shinzo Abe']],
    ]);
  });

  it('works with vfile-reporter', async () => {
    const file = await lint('Bộ trưởng Bui Thanh Son đến Hà Nội.');
    const report = reporter([file], { color: false });
    expect(report).toContain('page.txt');
    expect(report).toMatch(/1:11-1:24\s+warning\s+Write `Bui Thanh Son`/u);
    expect(report).toContain('missing-diacritics');
    expect(report).toContain('vietnorm');
  });
});
