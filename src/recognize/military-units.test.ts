import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const units = (text: string) =>
  recognize(text, { language: 'vi' })
    .filter((m) => m.id.startsWith('local:org:'))
    .map((m) => m.text);

describe('military and coast-guard units by their kind and number', () => {
  it('reads a brigade, a military region, a naval region with its service and a squadron', () => {
    expect(
      units(
        'Tàu của Lữ đoàn 162, Vùng 4 Hải quân cập cảng; Quân khu 5 và Hải đội 102 Cảnh sát biển tham gia.',
      ),
    ).toEqual(['Lữ đoàn 162', 'Vùng 4 Hải quân', 'Quân khu 5', 'Hải đội 102 Cảnh sát biển']);
  });

  it('leaves a region without its service, a kind in lower case and one without a number alone', () => {
    expect(units('Mức lương tối thiểu vùng 1 và Vùng 2 tăng; một lữ đoàn 3 người; Sư đoàn mới.')).toEqual([]);
  });
});
