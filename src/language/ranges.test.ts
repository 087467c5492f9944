import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguages, type TextRange } from './index.js';

describe('detectLanguage: names are not evidence', () => {
  it('reads the words around Japanese and Vietnamese names', () => {
    expect(detectLanguage('Japanese Prime Minister Kishida Fumio').language).toBe('en');
    expect(detectLanguage('Emperor Naruhito, Empress Masako, Prime').language).toBe('en');
    expect(detectLanguage('the prefectures, notably Hyogo, Ibaraki, Wakayama and').language).toBe('en');
    expect(detectLanguage('Statsminister Kishida Fumio besökte Hanoi i går').language).toBe('sv');
  });

  it('leaves agency credits in capitals out', () => {
    const r = detectLanguage('Lao PM Thongloun Sisoulith, in Tokyo on May 30 (Photo: VNA)');
    expect(r.language).not.toBe('vi');
  });

  it("answers 'und' for names alone, and names their languages when asked", () => {
    expect(detectLanguage('Pham Minh Chinh, Kishida Fumio').language).toBe('und');
    expect(detectLanguage('Kishida Fumio, Motegi Toshimitsu', { nameLanguages: true })).toMatchObject({
      language: 'und',
      nameLanguages: ['ja'],
    });
    expect(detectLanguage('Nguyen Phu Trong, Vo Van Thuong', { nameLanguages: true }).nameLanguages).toEqual([
      'vi',
    ]);
    expect(detectLanguage('The talks went well.', { nameLanguages: true }).nameLanguages).toBeUndefined();
  });

  it('keeps Vietnamese with capitalised words Vietnamese', () => {
    expect(detectLanguage('Thủ tướng Nhật Bản đã tiếp Đại sứ').language).toBe('vi');
    expect(detectLanguage('Thu tuong Nhat Ban da tiep Dai su Viet Nam').language).toBe('vi');
  });
});

describe('detectLanguage: prose the answer knows no word of', () => {
  it('is not in that language', () => {
    // Welsh: English-looking letters, no English word
    expect(detectLanguage('personoliaeth drwy gydweithrediad').language).not.toBe('en');
    expect(detectLanguage('deepest condolences to the family').language).toBe('en');
  });
});

describe('detectLanguage: ignore', () => {
  it('leaves the spans a caller knows to be names out of the evidence', () => {
    const text = 'Sisoulith Thongloun Vientiane said';
    const names = { start: 0, end: text.indexOf(' said') };
    expect(detectLanguage(text, { ignore: [names] }).language).toBe('und'); // one word is too little
    const longer = `${text} the talks had gone well`;
    expect(detectLanguage(longer, { ignore: [names] }).language).toBe('en');
  });

  it('changes nothing for an empty list, and throws on spans outside the text', () => {
    const text = 'The committee will publish its annual report next week.';
    expect(detectLanguage(text, { ignore: [] })).toEqual(detectLanguage(text));
    for (const bad of [
      [{ start: 0, end: 999 }],
      [{ start: 5, end: 2 }],
      [{ start: 0.5, end: 2 }],
      'x',
      [null],
    ])
      expect(() => detectLanguage(text, { ignore: bad as never }), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ name: 'VietnormError', code: 'invalid-option' }),
      );
  });
});

describe('detectLanguages: several ranges, features read once', () => {
  const en = 'The two governments agreed to expand trade and investment over the coming years.';
  const sv = 'Regeringen vill att fler ungdomar ska få ett sommarjobb i år, säger ministern.';
  const text = `${en}\n\n${sv}`;
  const rEn = { start: 0, end: en.length };
  const rSv = { start: en.length + 2, end: text.length };

  it('gives each range its own language and the whole the language of all ranges', () => {
    const { whole, ranges } = detectLanguages(text, [rEn, rSv], { expectWhole: false });
    expect(ranges.map((r) => r.language)).toEqual(['en', 'sv']);
    expect(ranges[0]).toEqual(detectLanguage(en));
    expect(ranges[1]).toEqual(detectLanguage(sv));
    expect(['en', 'sv']).toContain(whole.language);
  });

  it('reads ranges expecting the whole language unless told not to', () => {
    const body = `${en} ${en}\n\npolitisk debatt`;
    const range = { start: body.length - 'politisk debatt'.length, end: body.length };
    const all = { start: 0, end: body.length };
    const inherited = detectLanguages(body, [all, range]);
    expect(inherited.ranges[1]).toEqual(detectLanguage('politisk debatt', { expect: 'en' }));
    const alone = detectLanguages(body, [all, range], { expectWhole: false });
    expect(alone.ranges[1]).toEqual(detectLanguage('politisk debatt'));
  });

  it('handles overlapping ranges and an empty list (the whole text)', () => {
    const { ranges } = detectLanguages(text, [rEn, { start: 0, end: text.length }, rEn], {
      expectWhole: false,
    });
    expect(ranges[0]).toEqual(ranges[2]);
    expect(detectLanguages(en, []).whole).toEqual(detectLanguage(en));
    expect(detectLanguages('', []).whole.language).toBe('und');
  });

  it('reads a page of thousands of paragraphs as it reads each alone, and short pages after it', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? en : sv));
    const page = paragraphs.join('\n\n');
    const spans: TextRange[] = [];
    let at = 0;
    for (const p of paragraphs) {
      spans.push({ start: at, end: at + p.length });
      at += p.length + 2;
    }
    const { ranges } = detectLanguages(page, spans, { expectWhole: false });
    expect(ranges).toHaveLength(3000);
    expect(ranges[0]).toEqual(detectLanguage(en));
    expect(ranges[2999]).toEqual(detectLanguage(sv));
    expect(detectLanguages(text, [rEn, rSv], { expectWhole: false }).ranges[1]).toEqual(detectLanguage(sv));
  });

  it('throws on bad ranges and non-strings', () => {
    expect(() => detectLanguages(text, [{ start: 0, end: text.length + 1 }])).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => detectLanguages(42 as never, [])).toThrow(TypeError);
  });
});
