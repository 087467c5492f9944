import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string, language: string | null = 'sv') =>
  recognize(text, { language }).map((m) => [m.text, m.id, m.inflection ?? null]);

describe('inflection: Swedish genitive and definite forms', () => {
  it('reads the genitive s of any name, keeping it inside the span', () => {
    expect(read('Japans, Kinas och Rysslands ledare talade om Sveriges och Ukrainas roll.')).toEqual([
      ['Japans', 'country:JP', 'genitive'],
      ['Kinas', 'country:CN', 'genitive'],
      ['Rysslands', 'country:RU', 'genitive'],
      ['Sveriges', 'country:SE', 'genitive'],
      ['Ukrainas', 'country:UA', 'genitive'],
    ]);
  });

  it("reads the genitive after an abbreviation's colon, and on the last word of a longer name", () => {
    expect(read('USA:s och FN:s svar')).toEqual([
      ['USA:s', 'country:US', 'genitive'],
      ['FN:s', 'org:un', 'genitive'],
    ]);
    expect(read('Vietnams kommunistiska partis kongress')).toEqual([
      ['Vietnams kommunistiska partis', 'org:cpv', 'genitive'],
    ]);
    expect(read('besökte Ho Chi Minhs hus')[0]?.slice(0, 2)).toEqual(['Ho Chi Minhs', 'person:ho-chi-minh']);
  });

  it('reads the other definite head noun of a sea ("Sydkinesiska sjön")', () => {
    expect(read('fartyg i Sydkinesiska sjön')[0]?.[0]).toBe('Sydkinesiska sjön');
  });

  it('never reads a genitive on a lower-case word, a short stem, or outside Swedish text', () => {
    expect(read('kinas och japans')).toEqual([]);
    expect(read('Mals och Las')).toEqual([]);
    expect(read('The two Koreas and Japans', 'en').filter((m) => m[2] !== null)).toEqual([]);
  });

  it('reads a genitive on a name whose title is in lower case ("prins Daniels")', () => {
    expect(read('prins Daniels officiella besök')[0]?.[0]).toBe('prins Daniels');
  });
});
