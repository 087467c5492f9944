import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string, language: string) => recognize(text, { language }).map((m) => [m.text, m.id]);

describe('ships named after people', () => {
  it('reads no person in a ship named after one, with its kind or hull number between', () => {
    const people = (text: string, language: string) =>
      recognize(text, { language }).filter((m) => m.id.includes('person:'));
    expect(people('Tàu 015 - Trần Hưng Đạo cập cảng Tiên Sa.', 'vi')).toEqual([]);
    expect(people('Tàu hộ vệ tên lửa Lý Thái Tổ và tàu buồm Lê Quý Đôn rời cảng.', 'vi')).toEqual([]);
    expect(people('Tàu Võ Văn Kiệt được hạ thủy.', 'vi')).toEqual([]);
    expect(people('The frigate Ly Thai To and the ship HQ-012 Tran Hung Dao left port.', 'en')).toEqual([]);
    expect(people('Fregatten Tran Hung Dao lämnade hamnen.', 'sv')).toEqual([]);
  });

  it("leaves a ship's flag and a person after other words alone", () => {
    expect(read('Tàu Trung Quốc áp sát tàu cá Quảng Ngãi.', 'vi').map((m) => m[1])).toContain('country:CN');
    expect(read('Tàu cá của ông Phan Văn Khải bị đâm.', 'vi').map((m) => m[0])).toContain('Phan Văn Khải');
    expect(read('Trên tàu, ông Võ Văn Kiệt phát biểu.', 'vi').map((m) => m[1])).toContain(
      'person:vo-van-kiet',
    );
  });
});
