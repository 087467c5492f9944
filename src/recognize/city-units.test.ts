import { describe, expect, it } from 'vitest';
import { findEntities } from '../kb/kb.js';
import { recognize } from './recognize.js';

const read = (text: string, language: string) => recognize(text, { language }).map((m) => [m.text, m.id]);

describe('a city with the word for its unit', () => {
  it('holds "City" or "-shi" after the name, and "thành phố" or "TP" before it in Vietnamese', () => {
    expect(read('The crew flew from Fukuoka City to Naha City and on to Osaka-shi.', 'en')).toEqual([
      ['Fukuoka City', 'city:fukuoka'],
      ['Naha City', 'city:naha'],
      ['Osaka-shi', 'city:osaka'],
    ]);
    expect(read('Đoàn thăm TP Fukuoka, thành phố Kitakyushu, TP.Hội An và TP. Vinh.', 'vi')).toEqual([
      ['TP Fukuoka', 'city:fukuoka'],
      ['thành phố Kitakyushu', 'city:kitakyushu'],
      ['TP.Hội An', 'city:hoi-an'],
      ['TP. Vinh', 'city:vinh'],
    ]);
  });

  it('leaves the word alone across a line break, in another mention, or in English before the name', () => {
    expect(read('Fukuoka\nCity council news', 'en')).toEqual([['Fukuoka', 'city:fukuoka']]);
    expect(read('Delegates from the city Osaka came.', 'en')).toEqual([['Osaka', 'city:osaka']]);
    // A name that holds the word already is read as written.
    expect(read('Flights to Ho Chi Minh City resumed.', 'en').map((m) => m[0])).toEqual(['Ho Chi Minh City']);
  });

  it('finds the city of a name written with the word for its unit', () => {
    const ids = (name: string) => findEntities(name).map((m) => m.entity.id);
    expect(ids('Fukuoka City')).toEqual(['city:fukuoka']);
    expect(ids('thành phố Kitakyushu')).toEqual(['city:kitakyushu']);
    expect(ids('TP.Hội An')).toEqual(['city:hoi-an']);
    expect(ids('Osaka-shi')).toEqual(['city:osaka']);
    // Only cities: no country or person by the rest of the name, and the word alone is nothing.
    expect(ids('Japan City')).toEqual([]);
    expect(ids('City')).toEqual([]);
    expect(ids('TP')).toEqual([]);
  });
});
