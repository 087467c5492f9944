import { describe, expect, it } from 'vitest';
import { normalizeToneMarks } from './index.js';

describe('normalizeToneMarks', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['uỷ ban', 'ủy ban'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['Thuỷ', 'Thủy'],
  ])('old %s → new %s and back', (oldStyle, newStyle) => {
    expect(normalizeToneMarks(oldStyle, 'new')).toBe(newStyle);
    expect(normalizeToneMarks(newStyle, 'old')).toBe(oldStyle);
    // Already in the requested style: unchanged.
    expect(normalizeToneMarks(newStyle, 'new')).toBe(newStyle);
    expect(normalizeToneMarks(oldStyle, 'old')).toBe(oldStyle);
  });

  it('defaults to the new style', () => {
    expect(normalizeToneMarks('thuỷ điện Hoà Bình')).toBe('thủy điện Hòa Bình');
  });

  it.each([
    'hoàng',
    'thuyền',
    'ngoài',
    'quý',
    'Quỳnh',
    'hoặc',
    'thuở',
    'khuya',
    'hoa',
    'toán',
    'Nguyễn',
    'Thủ tướng',
  ])('leaves %s alone in both styles', (word) => {
    expect(normalizeToneMarks(word, 'new')).toBe(word);
    expect(normalizeToneMarks(word, 'old')).toBe(word);
  });

  it('accepts NFD input and returns NFC', () => {
    const nfd = 'Hoà Bình, thuỷ, khoẻ'.normalize('NFD');
    const out = normalizeToneMarks(nfd, 'new');
    expect(out).toBe('Hòa Bình, thủy, khỏe');
    expect(out).toBe(out.normalize('NFC'));
    expect(normalizeToneMarks('Hòa'.normalize('NFD'), 'old')).toBe('Hoà');
  });

  it('leaves non-Vietnamese text alone', () => {
    const s = 'Östersjön, Kyodo, Hoa Kỳ, koala, cuy';
    expect(normalizeToneMarks(s, 'new')).toBe(s);
    expect(normalizeToneMarks(s, 'old')).toBe(s);
  });

  it('rejects a bad style', () => {
    expect(() => normalizeToneMarks('hoà', 'middle' as 'new')).toThrow(TypeError);
  });
});
