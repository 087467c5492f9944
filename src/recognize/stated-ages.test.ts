import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';
import { statedBirthYear } from './stated-ages.js';

const bornAfter = (text: string, name: string, day: string | null) =>
  statedBirthYear(text, text.indexOf(name) + name.length, day);

describe('ages and years of birth stated after a name', () => {
  it('reads an age counted back from the text day, or a year of birth as written', () => {
    expect(bornAfter('anh Nguyễn Văn Hùng (34 tuổi, quê Hải Dương)', 'Hùng', '2024-05-01')).toBe(1990);
    expect(bornAfter('Le Thai Binh, 41, a bank clerk', 'Binh', '2025-01-01')).toBe(1984);
    expect(bornAfter('Tran Van Nam (SN 1990, trú tại xã Yên Hòa)', 'Nam', null)).toBe(1990);
    expect(bornAfter('Sato Ken, född 1988, bor i Lund', 'Ken', null)).toBe(1988);
    expect(bornAfter('chi Lan (28 tuoi) cho biet', 'Lan', '2023-09-09')).toBe(1995);
  });

  it('reads nothing else after a name, and no age of an undated text', () => {
    expect(bornAfter('anh Nguyễn Văn Hùng (34 tuổi)', 'Hùng', null)).toBeNull();
    expect(bornAfter('Nguyen Van Hung, 2024, Hanoi', 'Hung', '2024-05-01')).toBeNull();
    expect(bornAfter('Nguyen Van Hung (Hanoi) said', 'Hung', '2024-05-01')).toBeNull();
    expect(bornAfter('Nguyen Van Hung, 34 workers', 'Hung', '2024-05-01')).toBeNull();
    // Nor a list of numbers.
    expect(bornAfter('Nguyen Van Hung, 12, 13 và 14', 'Hung', '2024-05-01')).toBeNull();
  });
});

describe('namesakes of people of the knowledge base', () => {
  const people = (text: string, language: string, date: string) =>
    recognize(text, { language, date })
      .filter((m) => m.type === 'person')
      .map((m) => [m.text, m.id]);

  it('reads a name whose stated age rules the person out as a local person, with its short references', () => {
    // The knowledge base's Nguyễn Văn Hùng, a minister, was born in 1961.
    expect(
      people(
        'Anh Nguyễn Văn Hùng sang Nhật năm 2019. Anh Nguyễn Văn Hùng (34 tuổi) kể lại. Về nước, anh Hùng mở xưởng.',
        'vi',
        '2025-03-01',
      ),
    ).toEqual([
      ['Nguyễn Văn Hùng', 'local:person:nguyen-van-hung'],
      ['Nguyễn Văn Hùng', 'local:person:nguyen-van-hung'],
      ['Hùng', 'local:person:nguyen-van-hung'],
    ]);
    expect(people('The victim, Nguyen Van Hung, 24, came from Nghe An.', 'en', '2024-07-01')).toEqual([
      ['Nguyen Van Hung', 'local:person:nguyen-van-hung'],
    ]);
  });

  it('keeps the person whose age the text states right', () => {
    expect(people('Bộ trưởng Nguyễn Văn Hùng (63 tuổi) phát biểu.', 'vi', '2025-03-01')).toEqual([
      ['Nguyễn Văn Hùng', 'person:nguyen-van-hung'],
    ]);
  });
});
