import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const people = (text: string) =>
  recognize(text, { language: 'en' })
    .filter((m) => m.id.startsWith('local:person:'))
    .map((m) => [m.text, m.name]);

describe('by-lines in capitals', () => {
  it('reads the reporters named in capitals after "By" as people, named in title case', () => {
    expect(people('By HARUKA MORIKAWA/ Staff Writer\nFUKUOKA--The class is full.')).toEqual([
      ['HARUKA MORIKAWA', 'Haruka Morikawa'],
    ]);
    expect(people('By MAI NGUYEN and KENJI TAKAHARA, staff writers\nThe plant opened.')).toEqual([
      ['MAI NGUYEN', 'Mai Nguyen'],
      ['KENJI TAKAHARA', 'Kenji Takahara'],
    ]);
  });

  it('reads "BY" in capitals only before a name that ends its line', () => {
    expect(people('Temples fill gaps\nBY KEIKO MORITANI\nSTAFF WRITER\nThe temple opened.')).toEqual([
      ['KEIKO MORITANI', 'Keiko Moritani'],
    ]);
    expect(people('BY THE NUMBERS\nBY KENJI OTA ON TOUR\nThe temple opened.')).toEqual([]);
  });

  it('reads the reporters named in capitals each with a role between commas, without "By"', () => {
    expect(
      people('YUSUKE KAWAHARA, Nikkei staff writer, and THANH HIEN, Contributing writer\nThe stores opened.'),
    ).toEqual([
      ['YUSUKE KAWAHARA', 'Yusuke Kawahara'],
      ['THANH HIEN', 'Thanh Hien'],
    ]);
    // Not a line in capitals that goes on otherwise, nor one without a role last.
    expect(people('JAPAN AND VIETNAM, OLD FRIENDS\nThe stores opened.')).toEqual([]);
    expect(people('TRADE WAR, MORE TARIFFS, Contributing writer\nThe stores opened.')).toEqual([]);
  });

  it('reads no name in a heading in capitals, or after "By" inside a line', () => {
    expect(people('BY THE NUMBERS\nBy THE NUMBERS we see more.\nSales rose By TEN PERCENT.')).toEqual([]);
  });

  it('reads two reporters in capitals joined by "and" before their shared role, without "By"', () => {
    expect(
      people(
        'Konbini chains race into Vietnam\nYUKI OKADA and NGUYEN HONG NHUNG, Nikkei staff writers\nMarch 3, 2026',
      ),
    ).toEqual([
      ['YUKI OKADA', 'Yuki Okada'],
      ['NGUYEN HONG NHUNG', 'Nguyen Hong Nhung'],
    ]);
  });

  it("reads a photographer's Japanese name in capitals after a caption's bar, though a word of it is a city", () => {
    expect(people('Workers on the oyster line in Kure. | TOMOYA SAKAI\nThe court ruled.')).toEqual([
      ['TOMOYA SAKAI', 'Tomoya Sakai'],
    ]);
    const ids = recognize('Workers in Kure. | TOMOYA SAKAI', { language: 'en' }).map((m) => m.id);
    expect(ids).not.toContain('city:sakai');
    // An outlet or a wire in capitals stays one, and a city alone is the city.
    expect(people('Lanterns on the river. | ASAHI SHIMBUN\nPort of Osaka. | KYODO')).toEqual([]);
    expect(recognize('Lanterns on the river. | SAKAI', { language: 'en' }).map((m) => m.id)).toEqual([
      'city:sakai',
    ]);
  });

  it("reads a photographer's Vietnamese name in capitals after a photo's label, though it spells a province", () => {
    const vi = (text: string) => recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);
    expect(vi('Đoàn công tác thăm nhà máy. (Ảnh: HẢI DƯƠNG)')).toEqual([
      ['HẢI DƯƠNG', 'local:person:hai-duong'],
    ]);
    expect(vi('Doan cong tac tham nha may. Anh: HAI NAM')).toEqual([['HAI NAM', 'local:person:hai-nam']]);
    // An outlet credited stays one, and so does a province named elsewhere in capitals.
    expect(vi('Lễ ký kết. Ảnh: TTXVN')).toEqual([['TTXVN', 'outlet:vna']]);
    expect(vi('TRÊN ĐƯỜNG VỀ HẢI DƯƠNG')).toEqual([['HẢI DƯƠNG', 'vn-province-2008:30']]);
  });
});
