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

  it('reads a Swedish genitive inside a name', () => {
    expect(parts('Vietnams kommunistiska partis centralkommitté', 'sv')).toEqual([
      ['org:cpv-central-committee', [['Vietnams kommunistiska partis', 'org:cpv']]],
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
