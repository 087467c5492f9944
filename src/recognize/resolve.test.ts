import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const idOf = (text: string, surface: string, language = 'en') =>
  recognize(text, { language, date: '2024-11-21' }).find((m) => m.text === surface)?.id;

describe("a body's bare name: whose country's", () => {
  it("reads a country's genitive before the name as its owner, whatever the text is mostly about", () => {
    const text =
      "Japan and Japan's JICA worked with Vietnam's Ministry of Health. Japan sent doctors from Japan.";
    expect(idOf(text, 'Ministry of Health')).toBe('org:vn-moh');
    expect(idOf("Vietnam and Japan's Ministry of Health agreed.", 'Ministry of Health')).toBe('org:jp-mhlw');
  });

  it("counts Viet Nam's provinces and cities for it against a country named more often", () => {
    const text =
      'Japan funds the new block in Ho Chi Minh City. Cho Ray hospital in Ho Chi Minh City is directly under the Ministry of Health. Japan also trains its nurses.';
    expect(idOf(text, 'Ministry of Health')).toBe('org:vn-moh');
    // A text about Japan alone keeps Japan's.
    const japan =
      'Japan plans to admit more foreign caregivers. In Tokyo, the Ministry of Health said Japan needs 570,000 more by 2040.';
    expect(idOf(japan, 'Ministry of Health')).toBe('org:jp-mhlw');
  });
});

describe('the body a title ends on', () => {
  it("is named, as the body of the title's country where its name is ambiguous", () => {
    const text =
      'Bộ Ngoại giao Nhật Bản gửi công hàm. Đại sứ Phạm Quang Hiệu từng giữ chức Thứ trưởng Bộ Ngoại giao nhiều năm.';
    const ids = recognize(text, { language: 'vi', date: '2024-11-21' })
      .filter((m) => m.text === 'Bộ Ngoại giao')
      .map((m) => m.id);
    expect(ids).toEqual(['org:vn-mofa']);
    expect(idOf('Dự buổi tiếp có Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.', 'Bộ Ngoại giao', 'vi')).toBe(
      'org:vn-mofa',
    );
  });

  it("is no one body where the title is two countries' holders", () => {
    expect(
      idOf('Thỏa thuận giữa Bộ trưởng Bộ Quốc phòng hai nước được ký năm 2023.', 'Bộ Quốc phòng', 'vi'),
    ).toBe(undefined);
    expect(idOf('Hai Bộ trưởng Bộ Quốc phòng đã hội đàm tại Hà Nội.', 'Bộ Quốc phòng', 'vi')).toBe(undefined);
  });
});
