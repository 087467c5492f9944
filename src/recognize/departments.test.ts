import { describe, expect, it } from 'vitest';
import { createNormalizer } from '../kb/kb.js';
import { recognize } from './recognize.js';

const departments = (text: string, options = {}) =>
  recognize(text, options)
    .filter((m) => m.id.startsWith('local:org:so-'))
    .map((m) => [m.text, m.name]);

describe("departments of a province-level unit ('Sở' and a ministry's field)", () => {
  it('reads "Sở" and the field of a ministry as a department, the unit after it a mention of its own', () => {
    const ms = recognize('Giám đốc Sở Nội vụ TP Đà Nẵng cho biết Sở Y tế tỉnh Quảng Ninh đã họp.', {
      language: 'vi',
    });
    expect(ms.map((m) => [m.text, m.type])).toEqual([
      ['Sở Nội vụ', 'organisation'],
      ['TP Đà Nẵng', 'province'],
      ['Sở Y tế', 'organisation'],
      ['tỉnh Quảng Ninh', 'province'],
    ]);
  });

  it('names a department by its field in full, however the text abbreviates it', () => {
    const ms = recognize('Sở GD&ĐT và Sở Giáo dục và Đào tạo là một; Sở LĐ-TB&XH thì khác.', {
      language: 'vi',
    });
    expect(ms.map((m) => [m.text, m.id, m.name])).toEqual([
      ['Sở GD&ĐT', 'local:org:so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo'],
      ['Sở Giáo dục và Đào tạo', 'local:org:so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo'],
      ['Sở LĐ-TB&XH', 'local:org:so-lao-dong-thuong-binh-va-xa-hoi', 'Sở Lao động - Thương binh và Xã hội'],
    ]);
  });

  it('knows the field only departments have (foreign affairs: "Sở Ngoại vụ")', () => {
    expect(departments('Đoàn được Sở Ngoại vụ đón tại sân bay.')).toEqual([['Sở Ngoại vụ', 'Sở Ngoại vụ']]);
  });

  it('needs both words capitalised, and a field a ministry is named for', () => {
    // "sở" in lower case is the common noun ("the department"). ("Sở Du lịch", no ministry's field,
    // is still a body by its name's words: see vietnamese-bodies.ts.)
    expect(departments('các sở y tế và Sở Du lịch đã họp.', { language: 'vi' })).toEqual([
      ['Sở Du lịch', 'Sở Du lịch'],
    ]);
    expect(departments('các sở y tế đã họp.', { language: 'vi' })).toEqual([]);
  });

  it('reads the unmarked "So" only in text known to be Vietnamese', () => {
    expect(departments('Giam doc So Noi vu noi.', { language: 'vi' })).toEqual([['So Noi vu', 'Sở Nội vụ']]);
    expect(departments('So Noi vu is a name.', { language: 'en' })).toEqual([]);
  });

  it('follows the knowledge base: a ministry added by the caller gives its field', () => {
    const kb = createNormalizer({
      entities: [
        {
          id: 'org:vn-test-ministry',
          type: 'organisation',
          country: 'country:VN',
          names: { en: 'Ministry of Maritime Affairs', sv: 'Sjöfartsministeriet', vi: 'Bộ Hàng hải' },
        },
      ],
    });
    expect(departments('Sở Hàng hải đã họp.', { kb, language: 'vi' })).toEqual([
      ['Sở Hàng hải', 'Sở Hàng hải'],
    ]);
    // Without it, "Sở Hàng hải" before a comma and a capitalised word is none (the body reading by the
    // name's words takes no name a comma may go on with).
    expect(departments('Theo Sở Hàng hải, Nhật Bản sẽ hỗ trợ.', { kb, language: 'vi' })).toEqual([
      ['Sở Hàng hải', 'Sở Hàng hải'],
    ]);
    expect(departments('Theo Sở Hàng hải, Nhật Bản sẽ hỗ trợ.', { language: 'vi' })).toEqual([]);
  });
});
