import { describe, expect, it } from 'vitest';
import {
  displayName,
  entityKey,
  entityResources,
  findEntities,
  getEntity,
  holdersOf,
  kbAmbiguities,
  predecessors,
  provinceOf,
  successor,
} from './index.js';

const ids = (query: string, options?: Parameters<typeof findEntities>[1]) =>
  findEntities(query, options).map((m) => m.entity.id);

describe('getEntity / displayName', () => {
  it('returns entities with names in three languages', () => {
    expect(getEntity('country:VN')?.names).toEqual({ en: 'Vietnam', sv: 'Vietnam', vi: 'Việt Nam' });
    expect(getEntity('country:JP')?.names.vi).toBe('Nhật Bản');
    expect(getEntity('person:bui-thanh-son')?.names.en).toBe('Bùi Thanh Sơn');
    expect(getEntity('person:kishida-fumio')?.names).toEqual({
      en: 'Fumio Kishida',
      sv: 'Fumio Kishida',
      vi: 'Kishida Fumio',
    });
  });
  it('returns null for unknown ids, including prototype keys', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString', 'country:XX']) {
      expect(getEntity(id)).toBeNull();
      expect(displayName(id, 'en')).toBeNull();
    }
  });
  it('gives display names and context variants', () => {
    expect(displayName('sea:bien-dong', 'en')).toBe('South China Sea');
    expect(displayName('sea:bien-dong', 'sv')).toBe('Sydkinesiska havet');
    expect(displayName('sea:bien-dong', 'vi')).toBe('Biển Đông');
    expect(displayName('sea:bien-dong', 'en', { context: 'vn' })).toBe('East Sea');
    expect(displayName('sea:bien-dong', 'sv', { context: 'vn' })).toBe('Östhavet');
    expect(displayName('sea:baltic', 'sv', { context: 'vn' })).toBe('Östersjön');
    expect(displayName('vn-province-2008:79', 'sv')).toBe('Ho Chi Minh-staden');
    expect(displayName('vn-province-2025:68', 'sv')).toBe('Lâm Đồng');
  });
  it('exposes i18next resources keyed by entityKey', () => {
    expect(entityKey('vn-province-2025:01')).toBe('vn-province-2025.01');
    expect(entityResources.vi.country?.JP).toBe('Nhật Bản');
    expect(entityResources.en.sea?.['bien-dong_vn']).toBe('East Sea');
  });
});

describe('findEntities', () => {
  it.each([
    ['Vietnam', 'country:VN'],
    ['Viet Nam', 'country:VN'],
    ['Việt Nam', 'country:VN'],
    ['VIỆT NAM', 'country:VN'],
    ['VN', 'country:VN'],
    ['Japan', 'country:JP'],
    ['Nhật Bản', 'country:JP'],
    ['Nhật', 'country:JP'],
    ['Nhat Ban', 'country:JP'],
    ['Sverige', 'country:SE'],
    ['East Sea', 'sea:bien-dong'],
    ['Bien Dong Sea', 'sea:bien-dong'],
    ['Östhavet', 'sea:bien-dong'],
    ['Sydkinesiska havet', 'sea:bien-dong'],
    ['East China Sea', 'sea:east-china-sea'],
    ['Östersjön', 'sea:baltic'],
    ['Paracel Islands', 'island-group:hoang-sa'],
    ['quần đảo Trường Sa', 'island-group:truong-sa'],
    // China's names for the two archipelagos, as news quoting Beijing writes them.
    ['quần đảo Nam Sa', 'island-group:truong-sa'],
    ['Xisha Islands', 'island-group:hoang-sa'],
    // China's foreign-ministry spokespeople, by the Sino-Vietnamese names Vietnamese news uses.
    ['Cảnh Sảng', 'person:geng-shuang'],
    ['Uông Văn Bân', 'person:wang-wenbin'],
    // Hanoi's temple of Confucius; another province's is another place.
    ['Văn Miếu', 'place:temple-of-literature'],
    ['Văn Miếu Trấn Biên', 'place:van-mieu-tran-bien'],
    // The island district is not the islands.
    ['huyện đảo Trường Sa', 'place:truong-sa-district'],
    ['Chau Vien Reef', 'place:cuarteron-reef'],
    ['FN', 'org:un'],
    ['Liên Hợp Quốc', 'org:un'],
    ['UNCLOS', 'agreement:unclos'],
    ['FN:s havsrättskonvention', 'agreement:unclos'],
    ['Mekong-Japan cooperation', 'programme:mekong-japan'],
    ['Mekong–Japan Cooperation', 'programme:mekong-japan'],
    ['COVID-19', 'event:covid-19'],
    ['TTXVN', 'outlet:vna'],
    ['Vnexpress.net', 'outlet:vnexpress'],
    ['VOVWORLD', 'outlet:vovworld'],
    ["People's Army Newspaper", 'outlet:qdnd'],
    ['Pham Minh Chinh', 'person:pham-minh-chinh'],
    ['Kishida Fumio', 'person:kishida-fumio'],
    ['Fumio Kishida', 'person:kishida-fumio'],
    ['Kōno Tarō', 'person:kono-taro'],
    ['TP.HCM', 'vn-province-2025:79'],
    ['Sài Gòn', 'vn-province-2025:79'],
    ['Da Lat', 'city:da-lat'],
    ['Ba Ria Vung Tau', 'vn-province-2008:77'],
    ['Bà Rịa–Vũng Tàu', 'vn-province-2008:77'],
    ['Thua Thien Hue', 'vn-province-2008:46'],
  ])('%s → %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it('matches abbreviations that are also words only with their exact case', () => {
    expect(ids('AP')).toEqual(['outlet:ap']);
    expect(ids('ap')).toEqual([]);
    expect(ids('ấp')).toEqual([]);
    expect(ids('DOC')).toEqual(['agreement:doc']);
    expect(ids('dọc')).toEqual([]);
    expect(ids('vn')).toEqual([]);
    expect(ids('nhân dân')).toEqual([]);
    expect(ids('Nhân Dân')).toEqual(['outlet:nhan-dan']);
  });

  it('records Östersjön as ambiguous: Baltic by default, Biển Đông as a flagged mistranslation', () => {
    const [first, second] = findEntities('Östersjön');
    expect(first?.entity.id).toBe('sea:baltic');
    expect(first?.isDefault).toBe(true);
    expect(second?.entity.id).toBe('sea:bien-dong');
    const alt = first?.ambiguity?.alternatives?.find((a) => a.id === 'sea:bien-dong');
    expect(alt).toMatchObject({ when: 'vietnam-maritime-context', flag: 'mistranslation' });
    expect(kbAmbiguities.some((a) => a.key === 'ostersjon')).toBe(true);
  });

  it('keeps East China Sea apart from Biển Đông', () => {
    expect(ids('East China Sea')).toEqual(['sea:east-china-sea']);
    expect(ids('South China Sea')).toEqual(['sea:bien-dong']);
  });

  it('distinguishes Ho Chi Minh the city from the person, default city', () => {
    const result = ids('Ho Chi Minh');
    expect(result[0]).toBe('vn-province-2025:79');
    expect(result).toContain('person:ho-chi-minh');
    expect(ids('Ho Chi Minh', { types: ['person'] })).toEqual(['person:ho-chi-minh']);
  });

  it('filters province-level units by date', () => {
    expect(ids('Binh Duong', { date: '2022-05-01' })).toEqual(['vn-province-2008:74']);
    expect(ids('Binh Duong', { date: '2025-08-01' })).toEqual([]);
    expect(ids('Ha Noi', { date: '2022-05-01' })).toEqual(['vn-province-2008:01']);
    expect(ids('Ha Noi', { date: new Date('2025-07-01T12:00:00Z') })).toEqual(['vn-province-2025:01']);
  });

  it('returns nothing for unknown words and rejects non-strings', () => {
    expect(ids('Xyzzy Plugh')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('__proto__')).toEqual([]);
    expect(() => findEntities(null as unknown as string)).toThrow(TypeError);
  });
});

describe('successor / predecessors / provinceOf', () => {
  it('maps a 2008 unit to its successor after 1 July 2025', () => {
    expect(successor('vn-province-2008:74', '2025-06-30')).toBe('vn-province-2008:74');
    expect(successor('vn-province-2008:74', '2025-07-01')).toBe('vn-province-2025:79');
    expect(successor('vn-province-2008:02', '2026-01-01')).toBe('vn-province-2025:08'); // Hà Giang → Tuyên Quang
    expect(successor('vn-province-2008:01', '2026-01-01')).toBe('vn-province-2025:01');
    expect(successor('vn-province-2025:79', '2026-01-01')).toBe('vn-province-2025:79');
    expect(successor('nope:1', '2026-01-01')).toBeNull();
    expect(() => successor('vn-province-2008:74', 'yesterday')).toThrow(TypeError);
  });
  it('lists predecessors', () => {
    expect(predecessors('vn-province-2025:68')).toEqual([
      'vn-province-2008:60',
      'vn-province-2008:67',
      'vn-province-2008:68',
    ]);
    expect(predecessors('vn-province-2025:01')).toEqual(['vn-province-2008:01']);
  });
  it('links cities to their province by date', () => {
    expect(provinceOf('city:da-lat', '2024-01-01')).toBe('vn-province-2008:68');
    expect(provinceOf('city:vung-tau', '2024-01-01')).toBe('vn-province-2008:77');
    expect(provinceOf('city:vung-tau', '2025-07-01')).toBe('vn-province-2025:79');
    expect(provinceOf('city:quy-nhon', '2026-01-01')).toBe('vn-province-2025:52');
  });
});

describe('holdersOf', () => {
  const holders = (office: string, date: string) => holdersOf(office, date).map((p) => p.id);
  it('knows who held an office on a date', () => {
    expect(holders('office:jp-prime-minister', '2022-05-01')).toEqual(['person:kishida-fumio']);
    expect(holders('office:vn-prime-minister', '2022-05-01')).toEqual(['person:pham-minh-chinh']);
    expect(holders('office:jp-foreign-minister', '2015-01-01')).toEqual(['person:kishida-fumio']);
    expect(holders('office:jp-defence-minister', '2021-04-28')).toEqual(['person:kishi-nobuo']);
    expect(holders('office:vn-president', '2024-04-01')).toEqual(['person:vo-thi-anh-xuan']);
    expect(holders('office:vn-general-secretary', '2024-09-01')).toEqual(['person:to-lam']);
  });
  it('treats the end day as the successor’s first day', () => {
    expect(holders('office:jp-prime-minister', '2024-10-01')).toEqual(['person:ishiba-shigeru']);
    expect(holders('office:jp-prime-minister', '2024-09-30')).toEqual(['person:kishida-fumio']);
  });
  it('does not guess across unknown dates', () => {
    // Nguyễn Tấn Dũng's last day is not established: on 2016-04-06 the KB knows no holder.
    expect(holders('office:vn-prime-minister', '2016-04-06')).toEqual([]);
    expect(holders('office:vn-prime-minister', '2016-04-07')).toEqual(['person:nguyen-xuan-phuc']);
  });
});
