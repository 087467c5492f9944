import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

/** `text=id` of each mention, with its parts in braces. */
function read(text: string, options: Parameters<typeof recognize>[1] = {}): string[] {
  return recognize(text, options).map(
    (m) => `${m.text}=${m.id}${m.parts ? `{${m.parts.map((p) => `${p.text}=${p.id}`).join(',')}}` : ''}`,
  );
}

describe("people's bodies by their head alone", () => {
  it('reads "UBND tỉnh" as the body of the one unit of that kind the text has named', () => {
    const options = { language: 'vi', date: '2020-06-01' };
    expect(
      read('UBND tỉnh Quảng Ngãi họp sáng nay. Chiều qua, UBND tỉnh khuyến cáo ngư dân.', options),
    ).toEqual([
      'UBND tỉnh Quảng Ngãi=vn-ubnd-2008:51{tỉnh Quảng Ngãi=vn-province-2008:51}',
      'UBND tỉnh=vn-ubnd-2008:51',
    ]);
    expect(read('Hà Nội mở rộng đường vành đai. HĐND thành phố đã thông qua.', options)).toEqual([
      'Hà Nội=vn-province-2008:01',
      'HĐND thành phố=vn-hdnd-2008:01',
    ]);
  });

  it('reads nothing when the text named two units, none, or a unit of the other kind', () => {
    const options = { language: 'vi', date: '2020-06-01' };
    expect(read('Quảng Ngãi và Quảng Nam họp. UBND tỉnh cho biết.', options)).toEqual([
      'Quảng Ngãi=vn-province-2008:51',
      'Quảng Nam=vn-province-2008:49',
    ]);
    expect(read('UBND tỉnh cho biết sẽ họp.', options)).toEqual([]);
    // Hà Nội is a city: "UBND tỉnh" is another province's committee.
    expect(read('Hà Nội mở rộng. UBND tỉnh cho biết.', options)).toEqual(['Hà Nội=vn-province-2008:01']);
  });
});

describe("people's bodies of province-level units", () => {
  it('reads the short Vietnamese forms before any name of the unit, with the unit as a part', () => {
    expect(
      read('UBND TPHCM vừa ban hành kế hoạch, HĐND tỉnh Quảng Ngãi họp phiên bất thường.', {
        language: 'vi',
        date: '2019-05-02',
      }),
    ).toEqual([
      'UBND TPHCM=vn-ubnd-2008:79{TPHCM=vn-province-2008:79}',
      'HĐND tỉnh Quảng Ngãi=vn-hdnd-2008:51{tỉnh Quảng Ngãi=vn-province-2008:51}',
    ]);
  });

  it('takes the body of the unit valid on the text’s date, and says when the date is unknown', () => {
    expect(read('Ủy ban nhân dân TP.Đà Nẵng công bố.', { language: 'vi', date: '2025-09-01' })).toEqual([
      'Ủy ban nhân dân TP.Đà Nẵng=vn-ubnd-2025:48{TP.Đà Nẵng=vn-province-2025:48}',
    ]);
    const [undated] = recognize('UBND tỉnh Lào Cai thông báo.', { language: 'vi' });
    expect(undated?.id).toBe('vn-ubnd-2025:15');
    expect(undated?.flags).toContain('undated');
  });

  it("reads a Swedish head after the unit's genitive ('Hanois folkkommitté'), with the unit as a part", () => {
    expect(
      read('Ordföranden för Hanois folkkommitté talade. Quang Ngais folkråd möttes.', {
        language: 'sv',
        date: '2025-08-01',
      }),
    ).toEqual([
      'Hanois folkkommitté=vn-ubnd-2025:01{Hanois=vn-province-2025:01}',
      'Quang Ngais folkråd=vn-hdnd-2025:51{Quang Ngais=vn-province-2025:51}',
    ]);
    expect(
      read('Folkkommittén i provinsen Quang Ninh beslutade.', { language: 'sv', date: '2025-08-01' }),
    ).toEqual(['Folkkommittén i provinsen Quang Ninh=vn-ubnd-2025:22{Quang Ninh=vn-province-2025:22}']);
    // Machine translation's word-for-word heads.
    expect(
      read('Folkets kommitté i provinsen Quang Ninh och Folkets råd i Hanoi möttes.', {
        language: 'sv',
        date: '2025-08-01',
      }),
    ).toEqual([
      'Folkets kommitté i provinsen Quang Ninh=vn-ubnd-2025:22{Quang Ninh=vn-province-2025:22}',
      'Folkets råd i Hanoi=vn-hdnd-2025:01{Hanoi=vn-province-2025:01}',
    ]);
  });

  it('reads text without marks the same way', () => {
    expect(read('HDND TPHCM va UBND tinh Quang Ngai', { date: '2020-01-01' })).toEqual([
      'HDND TPHCM=vn-hdnd-2008:79{TPHCM=vn-province-2008:79}',
      'UBND tinh Quang Ngai=vn-ubnd-2008:51{tinh Quang Ngai=vn-province-2008:51}',
    ]);
  });

  it('reads the full names with the unit inside as a part', () => {
    expect(
      read('Ủy ban nhân dân tỉnh Quảng Ngãi đã báo cáo.', { language: 'vi', date: '2018-07-01' }),
    ).toEqual(['Ủy ban nhân dân tỉnh Quảng Ngãi=vn-ubnd-2008:51{tỉnh Quảng Ngãi=vn-province-2008:51}']);
    expect(
      read("The Quang Ngai Provincial People's Committee met on Monday.", {
        language: 'en',
        date: '2024-03-04',
      }),
    ).toEqual(["Quang Ngai Provincial People's Committee=vn-ubnd-2008:51{Quang Ngai=vn-province-2008:51}"]);
  });

  it('reads English and Swedish heads after or before the unit', () => {
    expect(
      read("The People's Committee of Long An province and the Da Nang City People's Council agreed.", {
        language: 'en',
        date: '2023-07-29',
      }),
    ).toEqual([
      "People's Committee of Long An province=vn-ubnd-2008:80{Long An province=vn-province-2008:80}",
      "Da Nang City People's Council=vn-hdnd-2008:48{Da Nang City=vn-province-2008:48}",
    ]);
    expect(read('Folkkommittén i Hanoi meddelade beslutet.', { language: 'sv', date: '2026-01-10' })).toEqual(
      ['Folkkommittén i Hanoi=vn-ubnd-2025:01{Hanoi=vn-province-2025:01}'],
    );
  });

  it('leaves the bodies of communes and districts, and heads on another line, to the unit alone', () => {
    // (The commune is a place of the text's own: local-places.ts.)
    expect(read('UBND xã Tịnh Khê công bố lịch tiếp dân.', { language: 'vi', date: '2024-01-01' })).toEqual([
      'Tịnh Khê=local:place:tinh-khe',
    ]);
    expect(
      read('UBND huyện Bình Sơn, tỉnh Quảng Ngãi cho biết.', { language: 'vi', date: '2024-01-01' }),
    ).toEqual(['Bình Sơn=local:place:binh-son', 'tỉnh Quảng Ngãi=vn-province-2008:51']);
    expect(read('Báo cáo của UBND\nTPHCM', { language: 'vi', date: '2024-01-01' })).toEqual([
      'TPHCM=vn-province-2008:79',
    ]);
  });
});
