import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVietnormError } from '../errors.js';
import { defaultNormalizer } from '../kb/kb.js';
import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { GENERIC_HEADS, GENERIC_WORDS } from './generic.js';
import { normalize } from './normalize.js';
import { recognize } from './recognize.js';
import { headOf } from './respell.js';

describe('normalize', () => {
  it('restores Vietnamese diacritics of known names in a vi text, and nothing else', () => {
    const r = normalize('Bo truong Bui Thanh Son den Ha Noi va gap doan Nhat Ban', { to: 'vi' });
    expect(r.text).toBe('Bo truong Bùi Thanh Sơn den Hà Nội va gap doan Nhật Bản');
    expect(r.changes.map((c) => [c.from, c.to, c.id, c.kind])).toEqual([
      ['Bui Thanh Son', 'Bùi Thanh Sơn', 'person:bui-thanh-son', 'diacritics'],
      ['Ha Noi', 'Hà Nội', expect.stringMatching(/^vn-province-20(08|25):01$/u), 'diacritics'],
      ['Nhat Ban', 'Nhật Bản', 'country:JP', 'diacritics'],
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

  it('rewrites names, never the generic words around them, and keeps their case', () => {
    const r = normalize('Ong den tinh Quang Ninh va thanh pho Hai Phong, roi Quan dao Hoang Sa.', {
      to: 'vi',
    });
    expect(r.text).toBe('Ong den tinh Quảng Ninh va thanh pho Hải Phòng, roi Quan dao Hoàng Sa.');
    expect(r.changes.map((c) => [c.from, c.to, c.kind])).toEqual([
      ['Quang Ninh', 'Quảng Ninh', 'diacritics'],
      ['Hai Phong', 'Hải Phòng', 'diacritics'],
      ['Hoang Sa', 'Hoàng Sa', 'diacritics'],
    ]);
    expect(normalize('TIN TU HA NOI HOM NAY', { to: 'vi' }).text).toBe('TIN TU HÀ NỘI HOM NAY');
  });

  it('restores marks on the whole name the text writes, never on a part of it', () => {
    expect(normalize('Thua Thien Hue province', { to: 'vi' }).text).toBe('Thừa Thiên Huế province');
    expect(normalize('tinh Thua Thien - Hue', { to: 'vi' }).text).toBe('tinh Thừa Thiên - Huế');
    const en = normalize('Thua Thien Hue province', { to: 'en', style: { vietnameseNames: 'restore' } });
    expect(en.text).toBe('Thừa Thiên Huế province');
    expect(normalize('Bac Trieu Tien va Hop chung quoc Hoa Ky', { to: 'vi' }).text).toBe(
      'Bắc Triều Tiên va Hợp chủng quốc Hoa Kỳ',
    );
    expect(normalize('Hue City', { to: 'vi' }).text).toBe('Huế City');
  });

  it('never leaves a name of the knowledge base half marked (every unmarked alias, in vi)', () => {
    const kb = defaultNormalizer();
    const rewritten = new Set(['person', 'country', 'province', 'city', 'sea', 'island-group']);
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    const halves: string[] = [];
    let checked = 0;
    let compared = 0;
    for (const e of kb.listEntities()) {
      if (!rewritten.has(e.type)) continue;
      for (const alias of e.aliases ?? []) {
        if (hasVietnameseMarks(alias) || words(alias).length < 2) continue;
        // The alias read as one name of its entity ("Bien Dong Sea" in "South China Sea (Bien
        // Dong Sea)" is a name of its own).
        const read = recognize(alias, { language: 'vi' });
        if (read.length !== 1 || read[0]?.id !== e.id || read[0].end - read[0].start !== alias.length)
          continue;
        checked++;
        const r = normalize(alias, { to: 'vi' });
        if (!r.changes.some((c) => c.id === e.id)) continue;
        const keys = words(alias).map(foldKey).join(' ');
        const twin = [...Object.values(e.names), ...(e.aliases ?? [])].find(
          (n) => hasVietnameseMarks(n) && words(n).map(foldKey).join(' ') === keys,
        );
        const out = words(r.text);
        // The KB's marked form of the same words tells which words take marks: every word the
        // output writes otherwise is a generic word the name writes so, a head ("tinh" for
        // "tỉnh") or a tail ("City"); "Vinh Phúc" and "Thua Thien Huế" are half marked. Without
        // a marked form, the other words are no Vietnamese name's ("President Hồ Chí Minh").
        if (!twin) continue;
        const spelt = words(twin);
        const head = words(headOf(twin)).length;
        const generic = (w: string, i: number) =>
          i < head || (GENERIC_WORDS.has(foldKey(w)) && !GENERIC_HEADS.flat().includes(foldKey(w)));
        const differs = (w: string, i: number) => markedSpelling(w) !== markedSpelling(spelt[i] ?? '');
        // A name rewritten whole into another form ("Tokyo" for "To-ky-o") is not half marked.
        if (out.length === spelt.length && out.some((w, i) => differs(w, i) && !generic(w, i)))
          halves.push(`${alias} → ${r.text} (${twin})`);
        compared++;
      }
    }
    expect(halves).toEqual([]);
    // 866 aliases read as their entity, 511 of them changed and compared with their marked form.
    expect(checked).toBeGreaterThan(500);
    expect(compared).toBeGreaterThan(200);
  });

  it('leaves correct Vietnamese as written: heads, abbreviations, other names and synonyms', () => {
    for (const text of [
      'Đoàn công tác của tỉnh Quảng Ninh đến Thành phố Hồ Chí Minh.',
      'Ủy ban nhân dân TPHCM và TP.HCM họp với Thừa Thiên Huế.',
      'Ngoại trưởng Mỹ gặp đại diện Nhật tại cố đô Huế.',
      'Tàu cá hoạt động gần Hoàng Sa và Trường Sa trên biển Đông.',
      'Bộ Lao động - Thương binh và Xã hội làm việc với sân Mỹ Đình.',
      'Tỉnh Hoà Bình và tỉnh Hòa Bình.',
    ]) {
      expect(normalize(text, { to: 'vi' }).changes, text).toEqual([]);
    }
  });

  it('moves tone marks and writes official forms only when asked, saying what it did', () => {
    const tone = normalize('Tỉnh Hoà Bình', { to: 'vi', style: { tone: 'new' } });
    expect(tone.text).toBe('Tỉnh Hòa Bình');
    expect(tone.changes[0]?.kind).toBe('tone');
    const official = normalize('Mỹ và Nhật tuần tra gần quần đảo Hoàng Sa và Trường Sa.', {
      to: 'vi',
      officialForms: true,
    });
    expect(official.text).toBe('Hoa Kỳ và Nhật Bản tuần tra gần quần đảo Hoàng Sa và quần đảo Trường Sa.');
    expect(new Set(official.changes.map((c) => c.kind))).toEqual(new Set(['official-form']));
  });

  it('leaves a Vietnamese rendering of a Japanese name as written', () => {
    const text = 'Ông Murayama Tomiichi (Mư-ra-i-a-ma Tô-mi-i-chi) đã qua đời.';
    expect(normalize(text, { to: 'vi' }).changes).toEqual([]);
  });

  it('rejects a bad tone style or officialForms with a typed error', () => {
    for (const options of [{ style: { tone: 'middle' } }, { officialForms: 'yes' }]) {
      try {
        normalize('Hà Nội', { to: 'vi', ...options } as never);
        expect.unreachable();
      } catch (error) {
        expect(isVietnormError(error) && error.code).toBe('invalid-option');
      }
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
  it('leaves a name the Vietnamese text writes in its English form ("Australia", "Vietnam")', () => {
    const text = 'Ông nói rằng Vietnam và Australia là đối tác, theo (Vietnam+).';
    expect(normalize(text, { to: 'vi' }).text).toBe(text);
  });
});
