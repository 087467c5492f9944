import { describe, expect, it } from 'vitest';
import { asciiForm, expandAliases } from './aliases.js';

describe('asciiForm', () => {
  it('drops Vietnamese and other marks and turns đ into d, keeping case', () => {
    expect(asciiForm('Đà Nẵng')).toBe('Da Nang');
    expect(asciiForm('Malmö')).toBe('Malmo');
    expect(asciiForm('Hanoi')).toBe('Hanoi');
  });
});

describe('expandAliases', () => {
  it('adds the ASCII form of every name and alias, after the form it comes from', () => {
    expect(expandAliases(['Hà Nội'], ['Thủ đô Hà Nội'], [])).toEqual([
      'Ha Noi',
      'Thủ đô Hà Nội',
      'Thu do Ha Noi',
    ]);
  });

  it('adds the name spelt the British way and the American way', () => {
    expect(expandAliases(['Ministry of National Defence'], ['Defence Ministry'], [])).toEqual([
      'Ministry of National Defense',
      'Defence Ministry',
      'Defense Ministry',
    ]);
    expect(expandAliases(['International Labour Organization'], [], [])).toEqual([
      'International Labour Organisation',
      'International Labor Organization',
    ]);
    // Only whole words: "Centreville" and "laboratory" stay as written.
    expect(expandAliases(['Centreville laboratory'], [], [])).toEqual([]);
  });

  it('leaves out the names, case-sensitive forms and a second form differing only in case', () => {
    expect(expandAliases(['Biển Đông'], ['BIỂN ĐÔNG', 'East Sea'], ['BĐ'])).toEqual([
      'Bien Dong',
      'East Sea',
    ]);
    expect(expandAliases(['Nhân Dân'], ['Nhân Dân newspaper'], ['Nhân Dân'])).toEqual([
      'Nhân Dân newspaper',
      'Nhan Dan newspaper',
    ]);
  });

  it('keeps a case variant that writes a word in lower case where every form before capitalises it', () => {
    // "Báo Nhân dân": the newspaper's own style; the recognizer then reads the name so written.
    expect(expandAliases(['Báo Nhân Dân'], ['Báo Nhân dân', 'BÁO NHÂN DÂN', 'Báo nhân dân'], [])).toEqual([
      'Bao Nhan Dan',
      'Báo Nhân dân',
      'Bao Nhan dan',
    ]);
    expect(expandAliases(['Biển Đông'], ['biển Đông'], [])).toEqual(['Bien Dong', 'biển Đông', 'bien Dong']);
  });

  it('shortens "Nhật Bản" to "Nhật" in a Vietnamese name of three words or more, as the news writes it', () => {
    expect(expandAliases(['Quốc hội Nhật Bản'], [], [])).toEqual([
      'Quoc hoi Nhat Ban',
      'Quốc hội Nhật',
      'Quoc hoi Nhat',
    ]);
    expect(expandAliases(['Đại sứ quán Nhật Bản tại Việt Nam'], [], [])).toContain(
      'Đại sứ quán Nhật tại Việt Nam',
    );
    // Not a name of two words, nor one that opens in lower case: "biển Nhật" is any sea of Japan's.
    expect(expandAliases(['Biển Nhật Bản'], [], [])).toEqual(['Bien Nhat Ban']);
    expect(expandAliases(['biển Nhật Bản ven bờ'], [], [])).toEqual(['bien Nhat Ban ven bo']);
  });

  it("abbreviates a mission's head as Vietnamese news does (ĐSQ, TLSQ)", () => {
    expect(expandAliases(['Đại sứ quán Việt Nam tại Nhật Bản'], [], [])).toEqual(
      expect.arrayContaining(['ĐSQ Việt Nam tại Nhật Bản', 'DSQ Viet Nam tai Nhat Ban']),
    );
    expect(expandAliases(['Tổng Lãnh sự quán Việt Nam tại Osaka'], [], [])).toContain(
      'TLSQ Việt Nam tại Osaka',
    );
    expect(expandAliases(['Embassy of Vietnam in Japan'], [], [])).not.toContain('ĐSQ');
  });

  it('spells "Viet Nam" as "Vietnam" and back, in the name and its ASCII form, not inside "Vietnamese"', () => {
    expect(expandAliases(['Japan-Viet Nam Economic Partnership Agreement'], [], [])).toEqual([
      'Japan-Vietnam Economic Partnership Agreement',
    ]);
    expect(expandAliases(['Embassy of Vietnam'], ['Vietnamese Embassy'], [])).toEqual([
      'Embassy of Viet Nam',
      'Vietnamese Embassy',
    ]);
    expect(expandAliases(['Đại sứ quán Việt Nam'], [], [])).toEqual([
      'Dai su quan Viet Nam',
      'Dai su quan Vietnam',
      'ĐSQ Việt Nam',
      'DSQ Viet Nam',
    ]);
  });

  it('spells "Hanoi" as "Ha Noi", "Ho Chi Minh City" as "HCM City" and back inside a longer name', () => {
    expect(expandAliases(['Embassy of Japan in Hanoi'], [], [])).toEqual(['Embassy of Japan in Ha Noi']);
    expect(expandAliases(['Vietnam National University, Ha Noi'], [], [])).toEqual([
      'Viet Nam National University, Ha Noi',
      'Vietnam National University, Hanoi',
    ]);
    // The name alone has its own forms; a word that holds it is no name of the capital.
    expect(expandAliases(['Hanoi'], [], [])).toEqual([]);
    expect(expandAliases(['Hanoitimes'], [], [])).toEqual([]);
    expect(expandAliases(['Consulate General of Japan in Ho Chi Minh City'], [], [])).toEqual([
      'Consulate General of Japan in HCM City',
    ]);
  });

  it('keeps a form opening in lower case beside names that open with a capital: the term is written so too', () => {
    expect(expandAliases(['Kỹ năng đặc định'], ['kỹ năng đặc định'], [])).toEqual([
      'Ky nang dac dinh',
      'kỹ năng đặc định',
      'ky nang dac dinh',
    ]);
    // (One such form: a second differing only in case is dropped.)
    expect(expandAliases(['Kỹ năng đặc định'], ['kỹ năng đặc định', 'kỹ năng Đặc định'], [])).toHaveLength(3);
  });

  it('shortens a company\'s "Corporation" as news does, and only at the end of a name', () => {
    expect(expandAliases(['Mitsubishi Corporation'], [], [])).toEqual([
      'Mitsubishi Corp.',
      'Mitsubishi Corp',
    ]);
    expect(expandAliases(['Corporation for Public Broadcasting'], [], [])).toEqual([]);
  });
});

describe('terms written in lower case', () => {
  it("reads Japan's programmes for foreign workers and learners by their names in each language", async () => {
    const { recognize } = await import('../recognize/recognize.js');
    const ids = (text: string, language: string) => recognize(text, { language }).map((m) => m.id);
    expect(
      ids('The technical intern program gives way to employment for skill development (ikusei shuro).', 'en'),
    ).toEqual(['programme:titp', 'programme:esd', 'programme:esd']);
    expect(ids('Em thi JLPT N3 rồi chuyển sang chế độ dục thành lao động.', 'vi')).toEqual([
      'programme:jlpt',
      'programme:esd',
    ]);
  });

  it('reads a term the data lists in lower case in running text ("diện kỹ năng đặc định")', async () => {
    const { recognize } = await import('../recognize/recognize.js');
    expect(
      recognize('Anh chuyển sang diện kỹ năng đặc định từ năm 2023.', { language: 'vi' }).map((m) => m.id),
    ).toEqual(['programme:ssw']);
  });
});
