import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const regions = (text: string, language: string) =>
  recognize(text, { language })
    .filter((m) => m.type === 'region')
    .map((m) => `${m.text}=${m.id}`);

describe('world regions (CLDR names in en, sv and vi)', () => {
  it('reads continents and regions in Vietnamese, "châu" in lower case as news writes it', () => {
    expect(regions('Các nước châu Âu và khu vực Đông Nam Á tăng cường hợp tác với châu Phi.', 'vi')).toEqual([
      'châu Âu=region:europe',
      'Đông Nam Á=region:southeast-asia',
      'châu Phi=region:africa',
    ]);
  });

  it('reads "Nam Mỹ" and "Mỹ Latinh" as the regions, not the United States', () => {
    const found = recognize('Đội tuyển tập huấn ở Nam Mỹ, rồi sang các nước Mỹ Latinh.', { language: 'vi' });
    expect(found.map((m) => m.id)).toEqual(['region:south-america', 'region:latin-america']);
  });

  it('reads the regions news names in English and Swedish, with curated ones CLDR lacks', () => {
    expect(regions('Tensions in the Middle East and East Asia worry Southeast Asia.', 'en')).toEqual([
      'Middle East=region:middle-east',
      'East Asia=region:eastern-asia',
      'Southeast Asia=region:southeast-asia',
    ]);
    expect(regions('Oron i Mellanöstern sprider sig till Sydostasien och Europa.', 'sv')).toEqual([
      'Mellanöstern=region:middle-east',
      'Sydostasien=region:southeast-asia',
      'Europa=region:europe',
    ]);
    expect(regions('Hợp tác khu vực châu Á - Thái Bình Dương.', 'vi')).toEqual([
      'châu Á - Thái Bình Dương=region:asia-pacific',
    ]);
  });

  it('leaves a region in a Vietnamese institution’s name alone, but not in lower-case prose', () => {
    expect(regions('Ngân hàng Đông Á và Ngân hàng TMCP Đông Nam Á công bố kết quả.', 'vi')).toEqual([]);
    expect(regions('Các ngân hàng châu Âu tăng lãi suất.', 'vi')).toEqual(['châu Âu=region:europe']);
  });

  it('leaves a region inside a longer proper name, and a person so named, alone', () => {
    expect(regions('He spoke to Radio Free Europe on Monday.', 'en')).toEqual([]);
    expect(regions('Actor Asia Kensington said the film was ready.', 'en')).toEqual([]);
  });
});

describe("Viet Nam's regions", () => {
  const read = (text: string, language: string) =>
    recognize(text, { language }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id).join(',')]);

  it('reads the North, Centre and South in each language, the country inside a part of the region', () => {
    expect(read('Bão đổ bộ vào miền Bắc rồi các tỉnh miền Trung và Đông Nam Bộ.', 'vi')).toEqual([
      ['miền Bắc', 'place:northern-vietnam', ''],
      ['miền Trung', 'place:central-vietnam', ''],
      ['Đông Nam Bộ', 'place:southeast-vietnam', ''],
    ]);
    expect(read('Heavy rain hit central Vietnam.', 'en')).toEqual([
      ['central Vietnam', 'place:central-vietnam', 'country:VN'],
    ]);
    expect(read('Regnet drabbade norra Vietnam.', 'sv')).toEqual([
      ['norra Vietnam', 'place:northern-vietnam', 'country:VN'],
    ]);
  });

  it("reads another country's part as that country's, and a bare direction as none", () => {
    expect(read('Động đất ở miền Bắc Nhật Bản.', 'vi')).toEqual([['Nhật Bản', 'country:JP', '']]);
    expect(
      read('Phía Đông giáp tỉnh Đồng Nai, Tây Bắc giáp tỉnh Tây Ninh.', 'vi').map((m) => m[1]),
    ).not.toContain('place:northwest-vietnam');
  });
});
