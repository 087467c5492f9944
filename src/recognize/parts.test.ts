import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const parts = (text: string, language: string) =>
  recognize(text, { language }).map((m) => [m.id, (m.parts ?? []).map((p) => [p.text, p.id])]);

describe('parts: the entities named inside a body or an office', () => {
  it('reads the country and the body inside a longer name, each with its own span', () => {
    expect(parts('The Japanese Embassy in Vietnam backs United Nations peacekeeping.', 'en')).toEqual([
      ['org:jp-embassy-vn', [['Vietnam', 'country:VN']]],
      ['org:un-peacekeeping', [['United Nations', 'org:un']]],
    ]);
    const [m] = recognize('joining United Nations peacekeeping', { language: 'en' });
    const part = m?.parts?.[0];
    expect(part && 'joining United Nations peacekeeping'.slice(part.start, part.end)).toBe('United Nations');
  });

  it("reads the countries, bodies and regions inside an agreement's name, not its cities", () => {
    expect(parts('Hai bên tôn trọng Hiến chương Liên Hợp Quốc.', 'vi')).toEqual([
      ['agreement:un-charter', [['Liên Hợp Quốc', 'org:un']]],
    ]);
    expect(
      parts('They cited the Joint Vision Statement on Vietnam-Japan Defence Cooperation.', 'en'),
    ).toEqual([
      [
        'agreement:vn-jp-defence-vision-2018',
        [
          ['Vietnam', 'country:VN'],
          ['Japan', 'country:JP'],
        ],
      ],
    ]);
    // Nor a country inside a sea's name that ends on "Sea" ("China" in "South China Sea").
    expect(
      parts(
        'China named Vietnam and others while they talk about a code of conduct for the South China Sea.',
        'en',
      ),
    ).toContainEqual(['agreement:coc', []]);
    // The city an agreement was signed in is no part of it.
    expect(parts('Japan avsade sig öarna i San Francisco-fördraget 1951.', 'sv')).toContainEqual([
      'agreement:san-francisco-treaty',
      [],
    ]);
    // A province's name inside a common word of an agreement's name is no part ("vì hòa bình").
    const partIds = recognize(
      'Quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng ở châu Á và trên thế giới',
      { language: 'vi' },
    ).flatMap((m) => (m.parts ?? []).map((p) => p.id));
    expect(partIds).not.toContain('vn-province-2008:17');
    // The region it is for is one ("… in Asia and the World").
    expect(
      parts(
        'They upgraded ties to the Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World.',
        'en',
      ),
    ).toEqual([['agreement:vn-jp-comprehensive-strategic-partnership', [['Asia', 'region:asia']]]]);
  });

  it('reads an abbreviation in capitals as the data writes it, and no other exact form', () => {
    expect(parts('Frihandelsavtalet mellan EU och Vietnam har sänkt tullarna.', 'sv')).toEqual([
      [
        'agreement:evfta',
        [
          ['EU', 'org:eu'],
          ['Vietnam', 'country:VN'],
        ],
      ],
    ]);
    // "Hàn" (Korea, an exact form) is a word of "Hàn lâm" (an academy) here.
    expect(
      parts('Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo.', 'vi').flatMap(
        ([, p]) => p as string[][],
      ),
    ).not.toContainEqual(['Hàn', 'country:KR']);
  });

  it('reads the city a body is in or named for', () => {
    expect(parts('Internationella domstolen i Haag avgjorde saken.', 'sv')).toEqual([
      ['org:icj', [['Haag', 'city:the-hague']]],
    ]);
  });

  it('does not read the head of an English name as a second body', () => {
    expect(parts('Vietnam’s Ministry of Foreign Affairs blamed the coast guard.', 'en')).toEqual([
      ['org:vn-mofa', [['Vietnam', 'country:VN']]],
    ]);
    expect(parts('He leads the Liberal Democratic Party.', 'en')).toEqual([['org:ldp', []]]);
    // An office's name ends in its body; Vietnamese puts a body's head first.
    expect(parts('General Secretary of the Communist Party of Vietnam', 'en')).toContainEqual([
      'office:vn-general-secretary',
      [['Communist Party of Vietnam', 'org:cpv']],
    ]);
    expect(parts('tham gia gìn giữ hòa bình Liên Hợp Quốc', 'vi')).toEqual([
      ['org:un-peacekeeping', [['Liên Hợp Quốc', 'org:un']]],
    ]);
  });

  it('reads a Swedish genitive inside a name', () => {
    expect(parts('Vietnams kommunistiska partis centralkommitté', 'sv')).toEqual([
      ['org:cpv-central-committee', [['Vietnams kommunistiska partis', 'org:cpv']]],
    ]);
  });

  it('reads a part only as the name spells its words, marks and all', () => {
    // A word of the lexicon inside the name is that word: "Lao động" is labour, not Laos.
    expect(parts('Tổng Liên đoàn Lao động Việt Nam cho biết', 'vi')).toEqual([
      ['org:vgcl', [['Việt Nam', 'country:VN']]],
    ]);
    // One word without marks inside a name written with them is a word: "Y" (medicine) is no Ý, Italy.
    expect(parts('Thứ trưởng Bộ Y tế cho biết', 'vi')).toEqual([['org:vn-moh', []]]);
    // A body two countries have, inside an office's name: the office's country's.
    expect(parts('Bộ trưởng Bộ Tài chính phát biểu', 'vi')).toEqual([
      ['office:vn-minister-finance', [['Bộ Tài chính', 'org:vn-mof']]],
    ]);
    // "Bộ Tư lệnh" is a command; "Bộ Tứ" the Quad: no part, with marks or without.
    expect(parts('Bộ Tư lệnh Vùng Cảnh sát biển 2 cho biết', 'vi')).toEqual([
      ['org:vn-coast-guard-region-2', []],
    ]);
    expect(parts('Bo Tu lenh Vung Canh sat bien 2 cho biet', 'vi')).toEqual([
      ['org:vn-coast-guard-region-2', []],
    ]);
  });

  it('reads the same name the same way in each language it is read in', () => {
    // Vietnamese writes foreign names in English: "Japan" inside the name is still Japan.
    expect(parts('Lực lượng Japan Coast Guard cho biết', 'vi')).toContainEqual([
      'org:jp-coast-guard',
      [['Japan', 'country:JP']],
    ]);
    expect(parts('Japans försvarsminister besökte Hanoi.', 'sv')[0]).toEqual([
      'office:jp-defence-minister',
      [['Japans', 'country:JP']],
    ]);
  });

  it('leaves out a generic body that the country makes specific', () => {
    expect(parts('Quốc hội Nhật Bản họp.', 'vi')).toEqual([['org:jp-diet', [['Nhật Bản', 'country:JP']]]]);
  });

  it('reads no shorter name of the entity itself as a part', () => {
    expect(parts('hợp tác trong hoạt động gìn giữ hòa bình Liên Hợp Quốc', 'vi')).toEqual([
      ['org:un-peacekeeping', [['Liên Hợp Quốc', 'org:un']]],
    ]);
  });

  it('gives places and people no parts', () => {
    expect(parts('Ho Chi Minh City', 'en')).toEqual([['vn-province-2025:79', []]]);
  });
});

describe('one-word display names the other languages share', () => {
  it('matches "Reuters" in Vietnamese text, whose Vietnamese name holds the word', () => {
    expect(recognize('Theo Reuters, thỏa thuận này', { language: 'vi' }).map((m) => m.id)).toEqual([
      'outlet:reuters',
    ]);
  });

  it('keeps a marked name apart from its unmarked form ("Hue" in English text)', () => {
    expect(
      recognize('They travelled to Hue, the former citadel.', { language: 'en' }).map((m) => m.text),
    ).toEqual(['Hue']);
  });
});
