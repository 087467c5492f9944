import { describe, expect, it } from 'vitest';
import { JAPANESE_MUNICIPALITIES } from './data/japanese-municipalities.js';
import { recognize } from './recognize.js';

const places = (text: string, language?: string) =>
  recognize(text, language ? { language } : {})
    .filter((m) => m.id.startsWith('local:place:'))
    .map((m) => [m.text, m.name]);

describe('Japanese municipalities the knowledge base lacks', () => {
  it('holds cities and Tokyo wards from GeoNames, not English words or short names', () => {
    const names = new Set(JAPANESE_MUNICIPALITIES.split(' '));
    for (const name of ['kariya', 'toyohashi', 'honjo', 'suita', 'shinjuku']) expect(names).toContain(name);
    // "Mine" and "Date" are cities, and English words; "Ise" is too short.
    for (const name of ['mine', 'date', 'ise']) expect(names).not.toContain(name);
  });

  it('reads a city after a word of place, in English, Vietnamese and Swedish text that names Japan', () => {
    expect(places('She works at a parts plant in Kariya, Japan.', 'en')).toEqual([['Kariya', 'Kariya']]);
    expect(places('Anh làm việc tại Toyohashi, Nhật Bản.', 'vi')).toEqual([['Toyohashi', 'Toyohashi']]);
    expect(places('Hon bor i Suita i Japan.', 'sv')).toEqual([['Suita', 'Suita']]);
  });

  it('reads a city before a comma and its prefecture, or a word for the unit', () => {
    expect(places('A temple in Honjo, in Japan’s Saitama Prefecture, took them in.', 'en')).toEqual([
      ['Honjo', 'Honjo'],
    ]);
    expect(places('Toyohashi, Aichi has a large Vietnamese community.', 'en')).toEqual([
      ['Toyohashi', 'Toyohashi'],
    ]);
    expect(places('Em học ở Kariya-shi, tỉnh Aichi.', 'vi')).toEqual([['Kariya', 'Kariya-shi']]);
    // "sang", "bên" (to, over in) before it, as posts without marks write them.
    expect(
      places('O Nhat em chuyen sang Kariya, ben Toyohashi luong cao hon.', 'vi').map((p) => p[0]),
    ).toEqual(['Kariya', 'Toyohashi']);
  });

  it('reads a city after a Vietnamese verb of going ("lên", "xuống", "ra"), not after "qua" (also "by way of")', () => {
    expect(
      places('O Nhat, cuoi tuan minh bat tau xuong Anjo roi ra Hirosaki.', 'vi').map((p) => p[0]),
    ).toEqual(['Anjo', 'Hirosaki']);
    expect(places('Ở Nhật, chiều mình lên Morioka ăn mì.', 'vi').map((p) => p[0])).toEqual(['Morioka']);
    expect(places('O Nhat minh gui hang qua Yamato cho nhanh.', 'vi')).toEqual([]);
  });

  it('reads the next items of a list of Japanese places, and a list after "towns such as"', () => {
    expect(places('In Japan, trainees live in Kariya, Toyohashi and Suita.', 'en').map((p) => p[0])).toEqual([
      'Kariya',
      'Toyohashi',
      'Suita',
    ]);
    expect(
      places('In Japan, plants in towns such as Honjo and Kariya hire them.', 'en').map((p) => p[0]),
    ).toEqual(['Honjo', 'Kariya']);
    // Names before "prefectures" are prefectures' (or a writer's slip), not cities'.
    expect(places('Japan: ties with Hyogo, Wakayama and Kariya prefectures.', 'en')).toEqual([]);
  });

  it('leaves the name alone where it is a family name or the prefecture', () => {
    // A person: no word of place around the name, or a given name after it.
    expect(places('Takahashi said the plant in Aichi would hire more.', 'en')).toEqual([]);
    expect(places('Interns met Okazaki Tomoko in Aichi, Japan.', 'en')).toEqual([]);
    // "Yamanashi prefecture" is the prefecture, though a city has the name too.
    expect(places('The governor of Yamanashi prefecture visited Japan’s partners.', 'en')).toEqual([]);
  });

  it('reads nothing where the text does not name Japan', () => {
    expect(places('He grew up in Kariya and moved away.', 'en')).toEqual([]);
  });

  it('reads a prefecture whose name alone the knowledge base lacks, in a list of Japanese places', () => {
    const ids = (text: string, language: string) =>
      recognize(text, { language })
        .filter((m) => m.id.startsWith('subdivision:jp-'))
        .map((m) => [m.text, m.id]);
    expect(ids('The firm placed caregivers in Aichi, Gifu and Mie, Japan.', 'en')).toContainEqual([
      'Mie',
      'subdivision:jp-24',
    ]);
    expect(ids('Họ làm việc tại Nhật Bản, ở các tỉnh Osaka, Nara, Shiga và Wakayama.', 'vi')).toContainEqual([
      'Shiga',
      'subdivision:jp-25',
    ]);
    // A city's name too is the city's, unless the word for prefectures follows.
    expect(ids('Japan: trainees in Fukuoka, Saga and Kumamoto prefectures.', 'en')).toContainEqual([
      'Saga',
      'subdivision:jp-41',
    ]);
    expect(places('In Japan, trainees in Shizuoka, Nagano and Gunma went home.', 'en')).toEqual([
      ['Nagano', 'Nagano'],
    ]);
    expect(ids('Japan: trainees in Shizuoka, Yamanashi and Nagano prefectures.', 'en')).toContainEqual([
      'Nagano',
      'subdivision:jp-20',
    ]);
    // A family name is no prefecture without a place around it.
    expect(ids('In Japan, Ishikawa Yuko and Mie Tanaka met Aichi officials.', 'en')).toEqual([
      ['Aichi', 'subdivision:jp-23'],
    ]);
    expect(ids('Ai o Nagoya, Gifu, Mie thi bay tu Chubu cho re o Nhat.', 'vi')).toContainEqual([
      'Mie',
      'subdivision:jp-24',
    ]);
  });
});
