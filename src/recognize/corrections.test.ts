import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const people = (text: string) =>
  recognize(text, { date: '2014-01-01' })
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.id, m.flags.join(',')]);

describe('corrections: misspelt and transliterated names of KB people', () => {
  it('reads a Japanese name transliterated syllable by syllable, flagged corrected', () => {
    expect(people('Thủ tướng Ki-si-đa Phu-mi-ô đến thăm.')).toEqual([
      ['Ki-si-đa Phu-mi-ô', 'person:kishida-fumio', 'corrected'],
    ]);
    expect(people('Cô Ma-ri-a Sa-ra và Xuân-Thu Hà-Nam.')).toEqual([]);
  });

  it('corrects a long name two letters off, but not a Vietnamese one', () => {
    expect(people('Kishida Fumiyo spoke.').map((m) => m[1])).toEqual(['person:kishida-fumio']);
    expect(people('Kishida Fumiyoo spoke.').map((m) => m[2])).toEqual(['corrected']);
    // A given name of the lists one letter changed from the person's, also of the lists, is another
    // person ("Tanaka Mariko" beside Tanaka Makiko).
    expect(people('Tanaka Mariko of JICA spoke.').map((m) => m[1])).not.toContain('person:tanaka-makiko');
    // Two letters off a Vietnamese leader is another person.
    expect(people('Pham Minh Thanh spoke.').map((m) => m[1])).not.toContain('person:pham-minh-chinh');
  });

  it('corrects a name whose short word is spelt right ("Xi Xinping"), never a short word', () => {
    expect(people('President Xi Xinping will visit.').map((m) => m[1])).toEqual(['person:xi-jinping']);
    expect(people('President Xu Jinping will visit.').map((m) => m[1])).not.toContain('person:xi-jinping');
  });

  it('takes no short word off by its first letter or its end for a slip: another name', () => {
    // "Princess Aiko" is a name of the knowledge base; Kiko and Kako are other princesses.
    expect(people('Princess Kiko and Princess Kako attended.').map((m) => m[1])).not.toContain('person:aiko');
    expect(people('Johannes Rauch spoke.').map((m) => m[1])).not.toContain('person:johannes-rau');
    // Longer words keep their slips, first letters included.
    expect(people('Vladimir Poetin met Nguyen Xuann Phuc.').map((m) => m[1])).toEqual([
      'person:vladimir-putin',
      'person:nguyen-xuan-phuc',
    ]);
  });

  it('takes a short Japanese word with two letters changed for another name, but letters swapped for a slip', () => {
    // Okada Katsuya is in the knowledge base; Okada Tetsuya (made up here) is another man.
    expect(people('Ông Okada Tetsuya, Chủ tịch công ty, phát biểu.').map((m) => m[1])).not.toContain(
      'person:okada-katsuya',
    );
    expect(people('Kishida Fumoi spoke.').map((m) => m[1])).toEqual(['person:kishida-fumio']);
    // A word that is a Japanese name of its own is another person's: Akiyama is no slip of Kajiyama.
    expect(people('Giáo sư Akiyama Hiroshi phát biểu.').map((m) => m[1])).not.toContain(
      'person:kajiyama-hiroshi',
    );
  });

  it('takes a Vietnamese syllable in a Vietnamese name for another name, not a slip', () => {
    // Long is a given name of its own; Trần Đức Lương is another man.
    expect(people('Tran Duc Long thanked Japan. Long said so.').map((m) => m[1])).toEqual([
      'local:person:tran-duc-long',
      'local:person:tran-duc-long',
    ]);
  });

  it('reads a misspelt short form of a person named in full: one letter off, or Tr written Ch', () => {
    const found = people('Yoshihide Suga met him. He called on Suda to help, and Sasaki too.');
    expect(found.slice(1)).toEqual([['Suda', 'person:suga-yoshihide', 'short-reference,corrected']]);
    expect(people('Nguyen Phu Trong died. It is noted that Chong died.').map((m) => m[1])).toEqual([
      'person:nguyen-phu-trong',
      'person:nguyen-phu-trong',
    ]);
    // Not at the start of a sentence, and not without the full name.
    expect(people('Yoshihide Suga met him. Suda came.').length).toBe(1);
    expect(people('He called on Suda to help.')).toEqual([]);
    // Not beside a word of another name, even one opening the line ("Masako Ishida" is no Ishiba).
    const other = recognize(
      'Prime Minister Ishiba Shigeru spoke.\nMasako Ishida, who heads a nonprofit, met them.',
      {
        language: 'en',
        date: '2025-01-10',
      },
    );
    expect(other.filter((m) => m.id === 'person:ishiba-shigeru').map((m) => m.text)).toEqual([
      'Ishiba Shigeru',
    ]);
    // Nor a short given name of the lists before a family name of the lists ("Yuko Ishida").
    const short = recognize(
      'Prime Minister Ishiba Shigeru visited in January. Yuko Ishida, general director of Meiwa Precision, said demand is strong.',
      { language: 'en', date: '2025-01-10' },
    );
    expect(short.filter((m) => m.id === 'person:ishiba-shigeru').map((m) => m.text)).toEqual([
      'Ishiba Shigeru',
    ]);
    expect(short.find((m) => m.text === 'Meiwa Precision')?.type).toBe('organisation');
  });

  it("reads a royal's one-word name after a Japanese family name as a namesake's given name", () => {
    const people = (text: string, language: string) =>
      recognize(text, { language })
        .filter((m) => m.type === 'person')
        .map((m) => [m.text, m.id]);
    expect(people('Specialist Yamada Aiko, 46, joined. Princess Aiko visited.', 'en')).toEqual([
      ['Yamada Aiko', 'local:person:yamada-aiko'],
      ['Princess Aiko', 'person:aiko'],
    ]);
    expect(people('Du khách Tanaka Michiko đến từ Nagoya.', 'vi')).toEqual([
      ['Tanaka Michiko', 'local:person:tanaka-michiko'],
    ]);
    // A family name the list lacks, even a city's ("Fukuyama"), in both orders.
    expect(people('She works with head nurse Fukuyama Michiko. Michiko Fukuyama, 58, agreed.', 'en')).toEqual(
      [
        ['Fukuyama Michiko', 'local:person:fukuyama-michiko'],
        ['Michiko Fukuyama', 'local:person:fukuyama-michiko'],
      ],
    );
  });

  it("reads a royal's one-word name before another name word as someone else's full name", () => {
    const text =
      'Masako Ishida, who heads a group in Nagoya, spoke. Ishida said so. Empress Masako Visits Hanoi.';
    expect(
      recognize(text, { language: 'en' })
        .filter((m) => m.type === 'person')
        .map((m) => [m.text, m.id, m.flags.join(',')]),
    ).toEqual([
      ['Masako Ishida', 'local:person:masako-ishida', ''],
      ['Ishida', 'local:person:masako-ishida', 'short-reference'],
      ['Empress Masako', 'person:masako', ''],
    ]);
  });

  it('reads no given name alone of a Vietnamese leader in Vietnamese text, with marks or without them', () => {
    const ids = (text: string) => recognize(text, { language: 'vi' }).map((m) => m.id);
    expect(ids('Thủ tướng Phạm Minh Chính phát biểu. Chinh phu Nhat Ban da ho tro.')).toEqual([
      'person:pham-minh-chinh',
      'country:JP',
    ]);
  });

  it("reads no reference after the person's own family name: the full name the scan refused", () => {
    const ids = recognize('Photo by VnExpress/Quynh Tran\nHo Chi Minh City Urban Railway runs the line.', {
      language: 'en',
    }).map((m) => m.id);
    expect(ids).not.toContain('person:ho-chi-minh');
  });

  it('reads no abbreviated rank before a name as a person ("Gen. Giang" is not Nakatani Gen)', () => {
    expect(
      people(
        'Koizumi replaced Nakatani Gen last year. Gen. Phan Van Giang met him, and Gen. Giang spoke.',
      ).map((m) => m[1]),
    ).toEqual(['person:nakatani-gen', 'person:phan-van-giang', 'person:phan-van-giang']);
  });

  it('reads a Vietnamese given name after a role of two words as the person named in full ("Thứ trưởng Vũ")', () => {
    const ids = recognize(
      'Ông Nguyễn Minh Vũ, Thứ trưởng Thường trực Bộ Ngoại giao, dự họp. Thứ trưởng Vũ khẳng định hai bên không dùng vũ lực.',
      { language: 'vi' },
    ).map((m) => [m.text, m.id]);
    expect(ids).toContainEqual(['Vũ', 'person:nguyen-minh-vu']);
    expect(ids.filter((m) => m[1] === 'person:nguyen-minh-vu')).toHaveLength(3);
  });

  it('reads a family name two people of the text share as the one in office on its date', () => {
    const ids = recognize(
      'Koizumi Shinjiro met Giang. His father, Koizumi Junichiro, led Japan. Koizumi said so.',
      {
        date: '2025-11-01',
        language: 'en',
      },
    )
      .filter((m) => m.type === 'person')
      .map((m) => m.id);
    expect(ids.at(-1)).toBe('person:koizumi-shinjiro');
  });

  it('reads the given name alone of a person known by it (a royal)', () => {
    expect(
      recognize('Kronprinsessan Victoria kom. Victoria och Daniel landar.', { language: 'sv' })
        .filter((m) => m.type === 'person')
        .map((m) => m.id),
    ).toEqual(['person:victoria-of-sweden', 'person:victoria-of-sweden']);
  });

  it('takes no Vietnamese name for a slip of a Sino-Vietnamese one ("Hưng Lợi" is no Hồng Lỗi)', () => {
    expect(people('Dự án trải trên các phường Cái Khế, An Hòa, Hưng Lợi và Tân An.')).toEqual([]);
    expect(people('Người phát ngôn Hồng Lỗi trả lời báo chí.').map((m) => m[1])).toEqual(['person:hong-lei']);
  });
});
