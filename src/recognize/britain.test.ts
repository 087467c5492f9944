import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const uk = (text: string, language: string | null = 'vi') =>
  recognize(text, { language })
    .filter((m) => m.id === 'country:GB')
    .map((m) => text.slice(0, m.start).split(' ').length - 1);

describe('britain: Vietnamese "Anh" alone for the United Kingdom', () => {
  it('reads "Anh" inside a sentence after a word in lower case, and in a list of countries', () => {
    expect(uk('Ông từng làm việc ở Anh, Ấn Độ và Indonesia.')).toEqual([5]);
    expect(uk('Chính phủ Anh cho biết sẽ sang Anh dự họp.')).toEqual([2, 7]);
    expect(uk('Anh và Pháp ủng hộ.')).toEqual([0]);
    expect(uk('Mỹ, Anh và Nhật Bản.')).toEqual([1]);
  });

  it('leaves the pronoun, the form of address, given names, the language and words with "anh"', () => {
    expect(uk('Anh ấy đến muộn. Anh em trong nhà phải nhường nhau.')).toEqual([]);
    expect(uk('Anh Đức sửa xe. Gặp chị Anh ở chợ. Cầu thủ Tuấn Anh ghi bàn.')).toEqual([]);
    expect(uk('Cô dạy tiếng Anh. Ông được phong danh hiệu Anh hùng Lao động.')).toEqual([]);
    expect(uk('Theo Anh, giá sẽ tăng. Anh bỏ tiền vào phong bì.')).toEqual([]);
  });

  it('reads nothing outside Vietnamese text, nor "ANH" in capitals or the photo credit "Anh:"', () => {
    expect(uk('He met Anh in Hanoi.', 'en')).toEqual([]);
    expect(uk('NGƯỜI DÂN Ở ANH ĐÓN TẾT')).toEqual([]);
    expect(uk('Hai lanh dao hoi dam. (Anh: TTXVN)')).toEqual([]);
  });
});
