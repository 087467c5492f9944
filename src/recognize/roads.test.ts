import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const roads = (text: string, language: string) =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:place:'))
    .map((m) => [m.text, m.id]);

describe('numbered roads', () => {
  it('reads a Vietnamese national or provincial road by its words and number, with the marks', () => {
    expect(roads('Nhà máy nằm dọc Quốc lộ 5, gần quốc lộ 1A và tỉnh lộ 741.', 'vi')).toEqual([
      ['Quốc lộ 5', 'local:place:quoc-lo-5'],
      ['quốc lộ 1A', 'local:place:quoc-lo-1a'],
      ['tỉnh lộ 741', 'local:place:tinh-lo-741'],
    ]);
    // Without marks only in a text typed without any: "lo" is also lò, lọ.
    expect(roads('Xe chay tren quoc lo 5 moi ngay.', 'vi')).toEqual([]);
    expect(
      recognizeChecked('Xe chay tren quoc lo 5 moi ngay.', { language: 'vi', noMarks: true }).map(
        (m) => m.text,
      ),
    ).toEqual(['quoc lo 5']);
  });

  it('reads an English highway or route capitalised before its number, not a number that goes on', () => {
    expect(roads('Trucks use National Highway 5 and Highway 1A, then National Route 18.', 'en')).toEqual([
      ['National Highway 5', 'local:place:national-highway-5'],
      ['Highway 1A', 'local:place:highway-1a'],
      ['National Route 18', 'local:place:national-route-18'],
    ]);
    expect(roads('The highway 5 km away opened. Highway 5/2 figures rose.', 'en')).toEqual([]);
  });
});
