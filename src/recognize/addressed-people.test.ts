import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const people = (text: string, language: string) =>
  recognize(text, { language })
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.id]);

describe('people named by one name after an honorific or a word of address', () => {
  it('reads a Vietnamese given name after a word of address as a local person', () => {
    expect(people('Tiếng chú Hà khe khẽ. Sau đó chú Hà cười.', 'vi')).toEqual([
      ['Hà', 'local:person:ha'],
      ['Hà', 'local:person:ha'],
    ]);
  });

  it('reads a given name without marks, or a Japanese one, after a word of address in Vietnamese text', () => {
    expect(people('Hôm qua chị Nhung và ông Tanaka đến, anh Kenji ở lại.', 'vi')).toEqual([
      ['Nhung', 'local:person:nhung'],
      ['Tanaka', 'local:person:tanaka'],
      ['Kenji', 'local:person:kenji'],
    ]);
    // Not a name spelt out in syllables, nor a place of the knowledge base.
    expect(people('Họ gọi ông Mi-da-ki. Anh Osaka cười.', 'vi')).toEqual([]);
    // In a text typed without marks: not "co" (có, to have), nor "chi" ending "dia chi" (an address).
    const plain = (text: string) =>
      recognizeChecked(text, { language: 'vi', noMarks: true })
        .filter((m) => m.type === 'person')
        .map((m) => m.text);
    expect(plain('Hom qua chi Nhung noi vay.')).toEqual(['Nhung']);
    expect(plain('O Fukuoka cung co Tong lanh su quan. Ghi dia chi Toyohashi.')).toEqual([]);
  });

  it('reads a given name after a word of address as the person the text named in full with it', () => {
    // The knowledge base's person whose full name the text wrote, not a new local person "Hùng".
    expect(
      people('Năm 2019, anh Nguyễn Văn Hùng (34 tuổi) sang Nhật. Trở về năm 2024, anh Hùng mở xưởng.', 'vi'),
    ).toEqual([
      ['Nguyễn Văn Hùng', 'person:nguyen-van-hung'],
      ['Hùng', 'person:nguyen-van-hung'],
    ]);
  });

  it('reads no word of address in a marked word spelt like one', () => {
    // "ảnh" (a picture) is no "anh": "hình ảnh Thượng hoàng", "điện ảnh Việt Nam".
    expect(people('Ông nhắc tới hình ảnh Thượng hoàng cúi chào. Phim điện ảnh Việt ra mắt.', 'vi')).toEqual(
      [],
    );
  });

  it('reads a Japanese name after a title in romaji or before an honorific suffix', () => {
    expect(people('Chiều nay shacho Ishizaki xuống, Yoshida-san và Kikuchi-senpai đi cùng.', 'vi')).toEqual([
      ['Ishizaki', 'local:person:ishizaki'],
      ['Yoshida', 'local:person:yoshida'],
      ['Kikuchi', 'local:person:kikuchi'],
    ]);
    // Not a place of the knowledge base, nor a word in lower case ("ooya-san", the landlady).
    expect(people('Ở Tokyo-san rất đông, ooya-san thì hiền.', 'vi')).toEqual([]);
  });

  it('reads no role written with a capital after the word of address as a name', () => {
    expect(
      people('Ông Thị trưởng cho biết. Bà Bộ trưởng nói. Ông Tổng thống cười. Ông Chủ tịch đồng ý.', 'vi'),
    ).toEqual([]);
    // A market is no mayor: the marks tell them apart.
    expect(people('Chú Thị trường cho biết.', 'vi')).toEqual([['Thị', 'local:person:thi']]);
  });

  it('reads one name after Mr, Ms or Dr in English as a local person', () => {
    expect(people('My supervisor, Mr Sato, and Mr. Fujimaki helped.', 'en')).toEqual([
      ['Sato', 'local:person:sato'],
      ['Fujimaki', 'local:person:fujimaki'],
    ]);
    // A Vietnamese given name spelt like a place is the text's own person, in Swedish after "fru"
    // or "herr" in lower case too.
    expect(people('Mr Vinh said Ms Hue had left.', 'en')).toEqual([
      ['Vinh', 'local:person:vinh'],
      ['Hue', 'local:person:hue'],
    ]);
    expect(people('Vi bodde hos fru Hue. Hennes man, herr Vinh, lagade mat.', 'sv')).toEqual([
      ['Hue', 'local:person:hue'],
      ['Vinh', 'local:person:vinh'],
    ]);
  });

  it('reads one name after a word for kin in Swedish or English as a local person', () => {
    expect(people('Hon kom hit 1980 med dottern Lan och syster Moa, 23.', 'sv')).toEqual([
      ['Lan', 'local:person:lan'],
      ['Moa', 'local:person:moa'],
    ]);
    expect(people('She came with her daughter Mai to Osaka.', 'en')).toEqual([['Mai', 'local:person:mai']]);
    // Not a longer name (local-people.ts reads it), nor a place, nor the word capitalised.
    expect(people('Hon reste med dottern till Hanoi. Son La is a province.', 'sv')).toEqual([]);
  });

  it('leaves a longer name, a place, a name of the knowledge base and a capitalised word of address alone', () => {
    // A place's name ("huyện Cô Tô": "Cô" is no word of address there).
    expect(people('Đoàn đến huyện Cô Tô hôm qua.', 'vi')).toEqual([]);
    // "DR" in capitals is the Danish broadcaster, and "Mr. Trump" one of the knowledge base's Trumps.
    expect(people('(Foto: DR Nyheder) Mr. Trump spoke.', 'en')).toEqual([]);
    // A full name is local-people's.
    expect(people('Mr. Kenji Sato spoke.', 'en')).toEqual([['Kenji Sato', 'local:person:kenji-sato']]);
  });

  it('reads a Vietnamese given name used alone beside a verb of saying, then each time it recurs', () => {
    const text =
      'Phuong waits at a temple in Japan. “I had to leave,” said Phuong. Phuong said flights cost too much.';
    expect(people(text, 'en').map((m) => m[1])).toEqual([
      'local:person:phuong',
      'local:person:phuong',
      'local:person:phuong',
    ]);
    // Pronouns, short words, family names and common English words are no given names.
    expect(people('He said so. I said no. Nguyen said yes. Long said nothing.', 'en')).toEqual([]);
    expect(people('Han sade att Japan hjälper. Hon sa nej.', 'sv')).toEqual([]);
    // Not in Vietnamese text, where a word of address names the person.
    expect(people('Phuong nói rằng vé máy bay quá đắt.', 'vi')).toEqual([]);
  });
});
