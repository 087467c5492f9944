import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string, language: string) =>
  recognize(text, { language }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);

describe("an organisation's office in a place", () => {
  it('reads "Văn phòng" before an organisation and its place as the office, both its parts', () => {
    expect(read('Theo Văn phòng JETRO Hà Nội, đơn hàng tăng.', 'vi')).toEqual([
      ['Văn phòng JETRO Hà Nội', 'local:org:van-phong-jetro-ha-noi', ['org:jetro', 'vn-province-2025:01']],
    ]);
    expect(read('Văn phòng đại diện của tỉnh Saga tại Hà Nội mở cửa.', 'vi')[0]?.[2]).toEqual([
      'subdivision:jp-41',
      'vn-province-2025:01',
    ]);
    // Written without marks too; not "Vân phòng", nor an office without its place.
    expect(read('Van phong JICA tai TP.HCM cho biet.', 'vi')[0]?.[1]).toBe(
      'local:org:van-phong-jica-tai-tp-hcm',
    );
    expect(read('Văn phòng JETRO mở cửa sớm.', 'vi').map((m) => m[1])).toEqual(['org:jetro']);
  });

  it('reads an English office by the organisation, the place and the word "office"', () => {
    expect(read('A survey by the JETRO Hanoi office found optimism.', 'en')).toEqual([
      ['JETRO Hanoi office', 'local:org:jetro-hanoi-office', ['org:jetro', 'vn-province-2025:01']],
    ]);
    expect(read('JETRO said Hanoi was attractive.', 'en').map((m) => m[1])).toEqual([
      'org:jetro',
      'vn-province-2025:01',
    ]);
  });
});
