import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldWithMap, nfc } from './index.js';

describe('nfc', () => {
  it('composes NFD Vietnamese', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(nfd).not.toBe('Hà Nội');
    expect(nfc(nfd)).toBe('Hà Nội');
  });
  it('rejects non-strings', () => {
    expect(() => nfc(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('foldKey', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['HÀ NỘI', 'ha noi'],
    ['Ha Noi', 'ha noi'],
    ['Đà Nẵng', 'da nang'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Bùi Thanh Sơn', 'bui thanh son'],
    ['Östersjön', 'ostersjon'],
    ['Åland Ärö', 'aland aro'],
    ['Nguyễn   Phú\tTrọng\n', 'nguyen phu trong'],
    ['  Việt\u00A0Nam  ', 'viet nam'],
    ['Bà Rịa - Vũng Tàu', 'ba ria-vung tau'],
    ['Bà Rịa–Vũng Tàu', 'ba ria-vung tau'],
    ['Mekong — Japan', 'mekong-japan'],
    ['COVID‑19', 'covid-19'],
    ['People’s Army', "people's army"],
    ['People`s Army', "people's army"],
    ['«Biển Đông»', '"bien dong"'],
    ['“East Sea”', '"east sea"'],
    ['Kōno Tarō', 'kono taro'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Søren Æbeltoft', 'soren aebeltoft'],
    ['soft\u00ADhyphen', 'softhyphen'],
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('gives the same key for NFC, NFD and combining sequences', () => {
    const words = ['Hà Nội', 'Thủy', 'Khoẻ', 'Đồng Tháp', 'Lương Cường', 'Östhavet', 'Nhật Bản'];
    for (const w of words) {
      expect(foldKey(w.normalize('NFD'))).toBe(foldKey(w));
      expect(foldKey(w.normalize('NFKD'))).toBe(foldKey(w));
    }
    // A base letter with stacked combining marks in non-canonical order.
    expect(foldKey('a\u0302\u0323')).toBe('a');
    expect(foldKey('A\u0323\u0302')).toBe('a');
  });

  it('treats đ as a letter (NFD does not decompose it)', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldKey('đ')).toBe('d');
    expect(foldKey('Đ')).toBe('d');
    expect(foldKey('Đ'.normalize('NFD'))).toBe('d');
  });

  it('is idempotent and never longer than needed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const k = foldKey(s);
        expect(foldKey(k)).toBe(k);
        expect(k).toBe(k.trim());
        expect(k).not.toMatch(/\s{2}/u);
      }),
    );
  });

  it('is fast on megabytes of text', () => {
    const text = 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản — Östersjön. '.repeat(30_000);
    const t0 = performance.now();
    const k = foldKey(text);
    const ms = performance.now() - t0;
    expect(k.startsWith('thu tuong pham minh chinh')).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});

describe('foldWithMap', () => {
  it('maps key spans back to the original text (NFC)', () => {
    const text = 'Tại  Hà Nội, Bà Rịa – Vũng Tàu';
    const { key, map, ends } = foldWithMap(text);
    expect(key).toBe(foldKey(text));
    expect(map).toHaveLength(key.length);
    const a = key.indexOf('ha noi');
    const b = a + 'ha noi'.length;
    expect(text.slice(map[a], ends[b - 1])).toBe('Hà Nội');
    const c = key.indexOf('ba ria-vung tau');
    expect(text.slice(map[c], ends[c + 'ba ria-vung tau'.length - 1])).toBe('Bà Rịa – Vũng Tàu');
  });

  it('covers trailing combining marks of NFD input', () => {
    const text = 'ở Hà Nội'.normalize('NFD');
    const { key, map, ends } = foldWithMap(text);
    const a = key.indexOf('ha noi');
    const span = text.slice(map[a], ends[a + 5]);
    expect(span.normalize('NFC')).toBe('Hà Nội');
  });

  it('maps expanded characters to the same source index', () => {
    const { key, map } = foldWithMap('Æ');
    expect(key).toBe('ae');
    expect(map).toEqual([0, 0]);
  });
});
