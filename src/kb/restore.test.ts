import { describe, expect, it } from 'vitest';
import { restoreDiacritics } from './index.js';

describe('restoreDiacritics', () => {
  it.each([
    ['Ha Noi', 'Hà Nội'],
    ['Bui Thanh Son', 'Bùi Thanh Sơn'],
    ['HA NOI —', 'HÀ NỘI —'],
    ['Prime Minister Pham Minh Chinh met', 'Prime Minister Phạm Minh Chính met'],
    ['in Da Nang, Can Tho and Dak Lak.', 'in Đà Nẵng, Cần Thơ and Đắk Lắk.'],
    ['Ha Nôi', 'Hà Nội'], // partly stripped
    ['Ba Ria-Vung Tau', 'Bà Rịa-Vũng Tàu'], // the source's separator is kept
    ['Thua Thien Hue', 'Thừa Thiên Huế'],
    ['Tô Lâm and To Lam', 'Tô Lâm and Tô Lâm'],
  ])('%s → %s', (input, expected) => {
    expect(restoreDiacritics(input)).toBe(expected);
  });

  it('never touches unknown words or words that only look like names', () => {
    const text = 'The son of a hue painter met Minh and Thanh in the ban hall.';
    expect(restoreDiacritics(text)).toBe(text);
    expect(restoreDiacritics('Xyzzy Noi Ha')).toBe('Xyzzy Noi Ha');
  });

  it('leaves forms already written with marks in either tone style', () => {
    expect(restoreDiacritics('Hoà Bình and Hòa Bình')).toBe('Hoà Bình and Hòa Bình');
    // Without a style, the KB's own form (the GSO spelling) is used.
    expect(restoreDiacritics('Hoa Binh')).toBe('Hoà Bình');
  });

  it('can put the tone marks in one style', () => {
    expect(restoreDiacritics('Hoa Binh', { style: 'new' })).toBe('Hòa Bình');
    expect(restoreDiacritics('Hoa Binh', { style: 'old' })).toBe('Hoà Bình');
  });

  it('keeps known English names and longer names intact', () => {
    expect(restoreDiacritics('Ho Chi Minh City and Hanoi')).toBe('Ho Chi Minh City and Hanoi');
    expect(restoreDiacritics('Viet Nam News reported')).toBe('Viet Nam News reported');
    expect(restoreDiacritics('Kishida Fumio')).toBe('Kishida Fumio');
  });

  it('does not restore lower-case words unless asked', () => {
    expect(restoreDiacritics('ha noi')).toBe('ha noi');
    // When asked, a lower-case name gets the name's capitals.
    expect(restoreDiacritics('ha noi', { requireCapitals: false })).toBe('Hà Nội');
  });

  it('accepts NFD input and returns NFC', () => {
    const out = restoreDiacritics('Bùi Thanh Son'.normalize('NFD'));
    expect(out).toBe('Bùi Thanh Sơn');
  });
});
