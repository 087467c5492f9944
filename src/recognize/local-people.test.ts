import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const people = (text: string, language: string | null = 'en') =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:'))
    .map((m) => [m.text, m.id, m.flags.join(','), m.name]);

describe('local people: names the knowledge base lacks', () => {
  it('makes a Vietnamese full name a local person, and its given name a short reference', () => {
    expect(people('Mai Tien Dung chaired the meeting. Later, Dung said the plan was ready.')).toEqual([
      ['Mai Tien Dung', 'local:person:mai-tien-dung', '', 'Mai Tien Dung'],
      ['Dung', 'local:person:mai-tien-dung', 'short-reference', 'Mai Tien Dung'],
    ]);
  });

  it('is one person written with and without marks, named in the marked form', () => {
    const found = people('Mai Tien Dung arrived. Ông Mai Tiến Dũng phát biểu.', 'vi');
    expect(new Set(found.map((m) => m[1]))).toEqual(new Set(['local:person:mai-tien-dung']));
    expect(found.every((m) => m[3] === 'Mai Tiến Dũng')).toBe(true);
  });

  it('reads a Japanese or Western name only with a cue: title, honorific, role or a verb of saying', () => {
    expect(people('Ambassador Ishii Chikahisa visited the port. Chikahisa noted the progress.')).toEqual([
      ['Ishii Chikahisa', 'local:person:ishii-chikahisa', '', 'Ishii Chikahisa'],
      ['Chikahisa', 'local:person:ishii-chikahisa', 'short-reference', 'Ishii Chikahisa'],
    ]);
    expect(people('Sakura Mitsui opened a new branch.')).toEqual([]);
    expect(people('Aller Media said nothing.')).toEqual([]);
  });

  it('resolves "Mr. Anh" and "ông Dũng" to the person named in full', () => {
    const en = people('Chu Ngoc Anh, the minister, spoke first. Mr. Anh then left.');
    expect(en.map((m) => m[0])).toEqual(['Chu Ngoc Anh', 'Anh']);
    const vi = people('Ông Trần Văn Dũng cho biết kế hoạch đã xong. Ông Dũng nói thêm.', 'vi');
    expect(vi.map((m) => [m[0], m[1]])).toEqual([
      ['Trần Văn Dũng', 'local:person:tran-van-dung'],
      ['Dũng', 'local:person:tran-van-dung'],
    ]);
  });

  it('never makes a province or a two-syllable place a person, nor a name before a place word', () => {
    expect(people('Phu Tho and Long An reported floods.')).toEqual([]);
    expect(people('He lives on Le Loi Street in Hue.')).toEqual([]);
    expect(people('Tỉnh Phú Thọ và huyện Mai Châu.', 'vi')).toEqual([]);
    expect(people('the Hoang Hoa Cuong-kyrkogården', 'sv')).toEqual([]);
  });

  it('reads a by-line alone on its line as a person', () => {
    expect(people('The bridge opened on Monday.\nGiang Huy\n').map((m) => m[1])).toEqual([
      'local:person:giang-huy',
    ]);
  });

  it('keeps the Swedish genitive inside the span, outside the name', () => {
    const [m] = recognize('Enligt Pham Hong Thais dagbok.', { language: 'sv' }).filter((x) =>
      x.id.startsWith('local:'),
    );
    expect(m).toMatchObject({
      text: 'Pham Hong Thais',
      id: 'local:person:pham-hong-thai',
      inflection: 'genitive',
    });
  });

  it('reads a name one letter off another of the text as a misspelling of the more frequent', () => {
    const found = people('Doan Xuan Hung spoke. Doan Xuan Hung left. Dao Xuan Hung returned.');
    expect(found.map((m) => [m[1], m[2]])).toEqual([
      ['local:person:doan-xuan-hung', ''],
      ['local:person:doan-xuan-hung', ''],
      ['local:person:doan-xuan-hung', 'corrected'],
    ]);
  });
});
