import { describe, expect, it } from 'vitest';
import { VIETNAMESE_DISTRICTS } from './data/vietnamese-districts.js';
import { recognize } from './recognize.js';

const places = (text: string, language = 'vi') =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:place:'))
    .map((m) => m.text);

describe('Vietnamese districts named alone', () => {
  it('holds the district-level units of more than one word, with their provinces before and after 2025', () => {
    const entries = VIETNAMESE_DISTRICTS.split(';');
    expect(entries).toContain('Thanh Liêm|35|37');
    expect(entries).toContain('Yên Phong|27|24');
    // A city of its province is marked: its name may be its province's too.
    expect(entries).toContain('Hải Dương|30|31|c');
    expect(entries.every((e) => /^[^|]+ [^|]+\|\d\d\|\d\d(?:\|c)?$/u.test(e))).toBe(true);
  });

  it("reads a district's name in a text that names its province, by either system", () => {
    expect(places('The delegation toured Ha Nam: Phu Ly, Duy Tien and Thanh Liem.', 'en')).toEqual([
      'Phu Ly',
      'Duy Tien',
      'Thanh Liem',
    ]);
    // Bắc Ninh is a unit before and after 1 July 2025.
    expect(places('Đoàn công tác của tỉnh Bắc Ninh về Yên Phong và Quế Võ.')).toEqual([
      'Yên Phong',
      'Quế Võ',
    ]);
  });

  it('reads a name some of whose words lost their marks, as partly stripped pages write it', () => {
    expect(places('Đoàn công tác của tỉnh Bắc Ninh về Yen Phong và Quế Vo.')).toEqual([
      'Yen Phong',
      'Quế Vo',
    ]);
    // Marks of their own on a word are another word's.
    expect(places('Đoàn công tác của tỉnh Bắc Ninh về Yến Phong.')).toEqual([]);
  });

  it('reads nothing where the province is not named, or the marks are another word', () => {
    expect(places('Đoàn công tác về Yên Phong và Quế Võ.')).toEqual([]);
    // Thanh Hà is a district of Hải Dương, and a name: a by-line, a credit, a person addressed.
    expect(places('Tỉnh Hải Dương.\nThanh Hà\n')).toEqual([]);
    expect(places('Tỉnh Hải Dương. Ảnh: Thanh Hà')).toEqual([]);
    expect(places('Tỉnh Hải Dương. Thanh Hà/VNA')).toEqual([]);
    expect(places('Ở Hải Dương, chị Thanh Hà cho biết.')).toEqual([]);
    // Part of a longer name is no district.
    expect(places('Ở Hải Dương, ông Nguyễn Thanh Hà cho biết.')).toEqual([]);
  });

  it("reads a province's capital named like it as the city, not the province", () => {
    const ids = (text: string, language = 'vi') =>
      recognize(text, { language }).map((m) => [m.text, m.id.replace(/^vn-province-\d+/u, 'province')]);
    expect(ids('Nhà máy ở thành phố Hải Dương, cách TP Thanh Hóa 100 km.')).toEqual([
      ['Hải Dương', 'local:place:hai-duong'],
      ['Thanh Hóa', 'local:place:thanh-hoa'],
    ]);
    expect(ids('The MoU was signed in Thanh Hoa city, Thanh Hoa province.', 'en')).toEqual([
      ['Thanh Hoa', 'local:place:thanh-hoa'],
      ['Thanh Hoa province', 'province:38'],
    ]);
    // A city governed from the centre is the province-level unit itself.
    expect(ids('Hội nghị tại thành phố Hải Phòng.')).toEqual([['thành phố Hải Phòng', 'province:31']]);
    // Other cities after "TP" too ("TP Móng Cái").
    expect(places('Đoàn tới TP Móng Cái, tỉnh Quảng Ninh.')).toEqual(['Móng Cái']);
  });
});

describe('Vietnamese districts: a word of address and a given name', () => {
  it('reads "Anh Sơn" before a verb of saying as the man, not the district', () => {
    const text = 'Anh Nguyễn Văn Sơn ở Nghệ An mở xưởng mộc. Anh Sơn cho biết, điều quý nhất là kỷ luật.';
    const ids = recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);
    expect(ids).toContainEqual(['Sơn', 'local:person:nguyen-van-son']);
    expect(ids.map((m) => m[1])).not.toContain('local:place:anh-son');
    // The district itself, in a text that names its province.
    expect(
      recognize('Huyện Anh Sơn, tỉnh Nghệ An có 20 xã. Anh Sơn có nhiều đồi chè.', { language: 'vi' }).map(
        (m) => m.id,
      ),
    ).toContain('local:place:anh-son');
  });
});
