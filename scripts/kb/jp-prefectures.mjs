/**
 * Japan's 47 prefectures from the npm package `jp-prefecture`: the number (the JIS X 0401 code,
 * which is also the ISO 3166-2 code JP-01 … JP-47), the name in kanji and its romanisation.
 * The kanji suffix gives the kind: 都 (Tokyo, metropolis), 道 (Hokkaido, circuit), 府 (Osaka and
 * Kyoto, urban prefectures), 県 (prefecture).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function jpPrefectureVersion() {
  return require('jp-prefecture/package.json').version;
}

const KIND = { 都: 'metropolis', 道: 'circuit', 府: 'urban-prefecture', 県: 'prefecture' };

/** `{ code: '01', kanji: '北海道', romaji: 'Hokkaido', kind }` for each prefecture, by code. */
export function jpPrefectures() {
  const jp = require('jp-prefecture');
  return jp
    .getAllPref()
    .map((p) => ({
      code: String(p.id).padStart(2, '0'),
      kanji: p.name,
      romaji: p.en.charAt(0).toUpperCase() + p.en.slice(1),
      kind: KIND[p.name.slice(-1)] ?? 'prefecture',
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
