import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string, language: string) =>
  recognize(text, { language }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);

describe('expressways named by the places they join', () => {
  it('reads "cao tốc" and its ends as one road, the known places its parts', () => {
    expect(read('Xe chạy trên cao tốc Hà Nội - Hải Phòng mỗi ngày.', 'vi')).toEqual([
      [
        'cao tốc Hà Nội - Hải Phòng',
        'local:place:cao-toc-ha-noi-hai-phong',
        ['vn-province-2025:01', 'vn-province-2025:31'],
      ],
    ]);
    // With its word for a road, and ends the knowledge base lacks; without marks too.
    expect(read('Dự án đường cao tốc Bến Lức – Long Thành chậm tiến độ.', 'vi').map((m) => m[0])).toEqual([
      'đường cao tốc Bến Lức – Long Thành',
    ]);
    expect(read('Xe chay tren cao toc Phap Van - Cau Gie.', 'vi').map((m) => m[0])).toEqual([
      'cao toc Phap Van - Cau Gie',
    ]);
    expect(read('Bilar kör på motorvägen Can Tho - Ca Mau varje dag.', 'sv').map((m) => m[0])).toEqual([
      'motorvägen Can Tho - Ca Mau',
    ]);
  });

  it("needs two ends joined by a dash: one place after the word is no road's name", () => {
    expect(read('Tuyến cao tốc này đi qua Hà Nội.', 'vi').map((m) => m[1])).toEqual(['vn-province-2025:01']);
    expect(read('Tổng công ty đường cao tốc Việt Nam báo cáo.', 'vi').map((m) => m[1])).not.toContain(
      'local:place:duong-cao-toc-viet-nam',
    );
  });
});
