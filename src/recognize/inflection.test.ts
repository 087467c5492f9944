import { describe, expect, it } from 'vitest';
import { translateTerms } from '../translate/terms.js';
import { normalize } from './normalize.js';
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
    // A genitive before the word that goes on a longer name is that name ("Fukuoka flygplats").
    expect(read('Planet landade på Fukuokas flygplats.')[0]?.slice(0, 2)).toEqual([
      'Fukuokas flygplats',
      'place:fukuoka-airport',
    ]);
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

describe('compounds: a Swedish word on an acronym written as a word', () => {
  const compound = (text: string, language: string | null = 'sv') =>
    recognize(text, { language })
      .filter((m) => m.flags.includes('compound'))
      .map((m) => [m.text, m.id, text.slice(m.start, m.end)]);

  it('reads the acronym that starts the compound, spanning that part alone', () => {
    expect(
      compound('Turkiets besked i Natofrågan och Aseanländernas möte om Unescoskyddade platser.'),
    ).toEqual([
      ['Nato', 'org:nato', 'Nato'],
      ['Asean', 'org:asean', 'Asean'],
      ['Unesco', 'org:unesco', 'Unesco'],
    ]);
  });

  it('reads a city\'s greater area glued to "Stor" as the city, the whole word its mention', () => {
    expect(
      compound('Bostäderna i Stortokyo och Storgöteborg blir dyrare, men inte i Storbritannien.'),
    ).toEqual([
      ['Stortokyo', 'city:tokyo', 'Stortokyo'],
      ['Storgöteborg', 'city:gothenburg', 'Storgöteborg'],
    ]);
  });

  it('leaves the rewriting tools nothing to change in the compound', () => {
    const text = 'Regeringen drev Natofrågan hårt.';
    expect(normalize(text, { to: 'sv' }).text).toBe(text);
    expect(translateTerms(text, { from: 'sv', to: 'vi' }).text).toBe(text);
  });

  it('reads no compound outside Swedish, on a short second part, or on an acronym not written as a word', () => {
    expect(compound('The Natofragan file', 'en')).toEqual([]);
    expect(compound('Natos chef och Nator')).toEqual([]);
    expect(compound('Imfregeln och Whoplanen')).toEqual([]);
  });
});
