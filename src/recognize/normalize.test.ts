import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVietnormError } from '../errors.js';
import { normalize } from './normalize.js';

describe('normalize', () => {
  it('restores Vietnamese diacritics of known names in a vi text, and nothing else', () => {
    const r = normalize('Bo truong Bui Thanh Son den Ha Noi va gap doan Nhat Ban', { to: 'vi' });
    expect(r.text).toBe('Bo truong Bùi Thanh Sơn den Hà Nội va gap doan Nhật Bản');
    expect(r.changes.map((c) => [c.from, c.to, c.id])).toEqual([
      ['Bui Thanh Son', 'Bùi Thanh Sơn', 'person:bui-thanh-son'],
      ['Ha Noi', 'Hà Nội', expect.stringMatching(/^vn-province-20(08|25):01$/u)],
      ['Nhat Ban', 'Nhật Bản', 'country:JP'],
    ]);
  });

  it('unifies Viet Nam / Vietnam and Japanese name order as the style says', () => {
    const text = 'Fumio Kishida visited Vietnam.';
    expect(normalize(text, { style: { japaneseNameOrder: 'family-first' } }).text).toBe(
      'Kishida Fumio visited Viet Nam.',
    );
    expect(
      normalize('Kishida Fumio visited Viet Nam.', {
        style: { japaneseNameOrder: 'given-first', vietnam: 'Vietnam' },
      }).text,
    ).toBe('Fumio Kishida visited Vietnam.');
  });

  it('writes Biển Đông as East Sea or South China Sea as the style says', () => {
    expect(normalize('Tensions in the South China Sea rose.', { to: 'en' }).text).toBe(
      'Tensions in the East Sea rose.',
    );
    expect(
      normalize('Tensions in the East Sea rose.', { to: 'en', style: { sea: 'international' } }).text,
    ).toBe('Tensions in the South China Sea rose.');
    expect(normalize('Tensions in the East China Sea rose.', { to: 'en' }).changes).toEqual([]);
  });

  it('repairs a Swedish mistranslation and a misspelt leader, keeping the order written', () => {
    expect(
      normalize('Vietnam och Japan oroas över läget i Östersjön enligt UNCLOS.', { to: 'sv' }).text,
    ).toBe('Vietnam och Japan oroas över läget i Östhavet enligt UNCLOS.');
    expect(normalize('Prime Minister Shizo Abe said', { to: 'en' }).text).toBe(
      'Prime Minister Shinzo Abe said',
    );
  });

  it('keeps capitals in datelines and leaves short references alone', () => {
    const r = normalize('HA NOI — Thu tuong Pham Minh Chinh. Ong Chinh noi.', { to: 'vi' });
    expect(r.text).toBe('HÀ NỘI — Thu tuong Phạm Minh Chính. Ong Chinh noi.');
  });

  it('reports offsets on both sides', () => {
    const input = 'Tin tu Ha Noi: Bui Thanh Son';
    const r = normalize(input, { to: 'vi' });
    for (const c of r.changes) {
      expect(input.slice(c.start, c.end)).toBe(c.from);
      expect(r.text.slice(c.outputStart, c.outputEnd)).toBe(c.to);
    }
  });

  it('rejects an unknown target language with a typed error', () => {
    try {
      normalize('x', { to: 'de' as never });
      expect.unreachable();
    } catch (error) {
      expect(isVietnormError(error) && error.code).toBe('invalid-option');
    }
  });

  it('never alters text outside recognized mentions, for any input', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 15 }),
      fc.constantFrom('Ha Noi', 'Viet Nam', 'Östersjön', 'Bui Thanh Son'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom('en', 'sv', 'vi'), (parts, to) => {
        const input = parts.join(' ');
        const r = normalize(input, { to: to as 'en' });
        let rebuilt = '';
        let at = 0;
        for (const c of r.changes) {
          rebuilt += input.slice(at, c.start) + c.to;
          at = c.end;
        }
        expect(rebuilt + input.slice(at)).toBe(r.text);
      }),
      { numRuns: 200 },
    );
  });
});
