import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const BODY =
  'Ngày 9/7, đoàn công tác của tỉnh đã đến thăm và tặng quà ngư dân trên đảo, đồng thời trao đổi về tình hình khai thác hải sản trong mùa mưa bão năm nay.';
const people = (text: string, language = 'vi') =>
  recognize(text, { language })
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.id]);

describe("a Vietnamese reporter's name signed alone on a line", () => {
  it('is a person at the end of the text, with or without the outlet after it', () => {
    expect(people(`${BODY}\n\nMinh Thư (VOV)`)).toEqual([['Minh Thư', 'local:person:minh-thu']]);
    expect(people(`${BODY}\n\nNgọc Anh (tổng hợp)\nTheo TTXVN`)).toEqual([
      ['Ngọc Anh', 'local:person:ngoc-anh'],
    ]);
    expect(people(`${BODY}\n\nTHANH TÙNG`)).toEqual([['THANH TÙNG', 'local:person:thanh-tung']]);
  });

  it('is a person over a rule line that ends the article, and may hold a word the scan read as a place', () => {
    // (A text typed without marks, as forums repost them.)
    const ascii =
      'Chieu 11/8, lanh dao tinh da tiep va lam viec voi doan cong tac tinh Gunma, hai ben thong nhat thuc day hop tac ve dao tao va tiep nhan lao dong.';
    expect(people(`${ascii}\n\nThanh Nga\n\n----\n#1 ban_doc: ${ascii}\n#2 khach: ${ascii}`)).toEqual([
      ['Thanh Nga', 'local:person:thanh-nga'],
    ]);
  });

  it('is a person whose first word the scan read alone as a place, in capitals too', () => {
    // "ĐỨC" is also Germany, "HẢI" no place: the line is the reporter's.
    expect(people(`${BODY}\n\nĐỨC TRUNG`)).toEqual([['ĐỨC TRUNG', 'local:person:duc-trung']]);
    // A name the scan read whole is the place's: "HÀ NỘI" alone on a line.
    expect(people(`${BODY}\n\nHÀ NỘI`)).toEqual([]);
  });

  it('is a person over a list of related articles or tags', () => {
    expect(people(`${BODY}\n\nViệt Hùng (Vietnam+)\n\nTin liên quan:\n- ${BODY}\n- ${BODY}`)).toEqual([
      ['Việt Hùng', 'local:person:viet-hung'],
    ]);
  });

  it('is a person after "By" opening a line and after "Photo by" and the outlet', () => {
    const en =
      'The metro opened six months ago and has carried more than nine million riders since then, its operator said.';
    expect(people(`HCMC metro passes 9 million trips\nBy Thanh Nhan   June 18, 2025\n${en}`, 'en')).toEqual([
      ['Thanh Nhan', 'local:person:thanh-nhan'],
    ]);
    expect(people(`A train pulls into the station. Photo by VnExpress/Quynh Tran\n${en}`, 'en')).toEqual([
      ['Quynh Tran', 'local:person:quynh-tran'],
    ]);
    // "Photo" without a colon right after the outlet: "— VNA/VNS Photo Thanh Tung".
    expect(people(`Workers sort lychee for export. — VNA/VNS Photo Thanh Tung\n${en}`, 'en')).toEqual([
      ['Thanh Tung', 'local:person:thanh-tung'],
    ]);
    // Reporters parted by commas and "and", up to the gap before the date.
    expect(
      people(
        `HCMC metro passes 9 million trips\nBy Thanh Nhan, Huu Khoa and Dac Thanh   Sunday\n${en}`,
        'en',
      ),
    ).toEqual([
      ['Thanh Nhan', 'local:person:thanh-nhan'],
      ['Huu Khoa', 'local:person:huu-khoa'],
      ['Dac Thanh', 'local:person:dac-thanh'],
    ]);
  });

  it('is a person right above the first paragraph of the body (a by-line)', () => {
    expect(people(`Ngư dân bám biển mùa mưa bão\n\nTrọng Nghĩa\n\n${BODY}`)).toEqual([
      ['Trọng Nghĩa', 'local:person:trong-nghia'],
    ]);
  });

  it('is not a line elsewhere, a line without marks in marked text, nor in text of another language', () => {
    expect(people(`Tin Nóng\nThời sự hôm nay\n\n${BODY}\n\n${BODY}\n\n${BODY}`)).toEqual([]);
    expect(people(`${BODY}\n\nCac Bai Khac`)).toEqual([]);
    expect(people(`${BODY}\n\nMinh Thư (VOV)`, 'sv')).toEqual([]);
  });

  it('is a person at the end of English text too, but not under its headline', () => {
    const en =
      'The festival drew thousands of residents and visitors to the old town over the weekend, organisers said on Sunday evening.';
    expect(people(`${en}\n\nThu Trang`, 'en')).toEqual([['Thu Trang', 'local:person:thu-trang']]);
    expect(people(`Hoi An lights up\n\nThu Trang\n\n${en}\n\n${en}\n\n${en}`, 'en')).toEqual([]);
  });

  it('is a person in a photo credit, before or after the outlet, even over a place the scan read', () => {
    expect(people('Tàu cá cập cảng. Ảnh: Minh Thư/VOV')).toEqual([['Minh Thư', 'local:person:minh-thu']]);
    expect(people('Hai bên ký kết. Ảnh: VGP/Trọng Đức')).toEqual([['Trọng Đức', 'local:person:trong-duc']]);
    expect(people('Leaders meet in Hanoi. (Photo: NDO/Van Thanh)', 'en')).toEqual([
      ['Van Thanh', 'local:person:van-thanh'],
    ]);
    // One word is an outlet's, and a place the scan read whole is a place.
    expect(people('Lễ ký kết. Ảnh: Hà Nội/TTXVN')).toEqual([]);
    expect(people('Lễ ký kết. Ảnh: TTXVN')).toEqual([]);
  });

  it('is a person in marked text when its syllables take no mark ("Minh Anh"), but not one that lost them', () => {
    expect(people(`${BODY}\n\nMinh Anh`)).toEqual([['Minh Anh', 'local:person:minh-anh']]);
    expect(people(`${BODY}\n\nMINH KHANG`)).toEqual([['MINH KHANG', 'local:person:minh-khang']]);
    // "Yen" is "Yên" or "Yến": in marked text it lost its marks.
    expect(people(`${BODY}\n\nHai Yen`)).toEqual([]);
  });

  it('is a person under the headline right over the date line, but not a masthead or a weekday', () => {
    const head = 'Nhật Bản hỗ trợ Vĩnh Long vận hành cụm cống ngăn mặn';
    expect(people(`${head}\n\nNGỌC TRINH\nThứ Năm, 18-09-2025, 06:35\n\n${BODY}`)).toEqual([
      ['NGỌC TRINH', 'local:person:ngoc-trinh'],
    ]);
    expect(people(`${head}\n\nThanh Hằng\n23/03/2024 19:42 GMT+7\n\n${BODY}`)).toEqual([
      ['Thanh Hằng', 'local:person:thanh-hang'],
    ]);
    expect(people(`NhânDân\nĐIỆN TỬ\nThứ Năm, 13/03/2025\n\n${head}\n\n${BODY}`)).toEqual([]);
  });

  it('is each of the names signed on one line, parted by dashes or commas', () => {
    expect(people(`${BODY}\n\nThu Hằng - Hoàng Nga`)).toEqual([
      ['Thu Hằng', 'local:person:thu-hang'],
      ['Hoàng Nga', 'local:person:hoang-nga'],
    ]);
    expect(people(`${BODY}\n\nHoài Thu, Trọng Kiên`)).toEqual([
      ['Hoài Thu', 'local:person:hoai-thu'],
      ['Trọng Kiên', 'local:person:trong-kien'],
    ]);
    // A subheading in capitals is no list of names.
    expect(people(`Du học Nhật Bản\n\nTRƯỢT VÌ RUN, ĐỖ VÌ KIÊN TRÌ\n\n${BODY}`)).toEqual([]);
  });

  it('is a person over a share bar or a comment counter, and with a long note on the reporter', () => {
    expect(people(`${BODY}\n\nPhương Linh\n\nChia sẻ   Facebook   Twitter\n${BODY}\n${BODY}`)).toEqual([
      ['Phương Linh', 'local:person:phuong-linh'],
    ]);
    const ascii =
      'Chieu 11/8, lanh dao tinh da tiep va lam viec voi doan cong tac tinh Gunma, hai ben thong nhat thuc day hop tac ve dao tao va tiep nhan lao dong.';
    expect(people(`${ascii}\n\nHai Yen\n\nY kien (14)\n${ascii}\n${ascii}`)).toEqual([
      ['Hai Yen', 'local:person:hai-yen'],
    ]);
    expect(people(`${BODY}\n\nPHƯƠNG HOA (Phóng viên Báo Nhân Dân tại Nhật Bản)`)).toEqual([
      ['PHƯƠNG HOA', 'local:person:phuong-hoa'],
    ]);
  });

  it('is a person after a label of two words, the second in lower case ("Tổng Biên tập:")', () => {
    expect(people(`${BODY}\n\nTổng Biên tập: LÊ QUỐC MINH`)).toEqual([
      ['LÊ QUỐC MINH', 'local:person:le-quoc-minh'],
    ]);
  });

  it('is a person after "Tin, ảnh:" and "Bài và ảnh:"', () => {
    expect(people(`${BODY}\n\nTin, ảnh: TRỌNG HIẾU\n\n${BODY}`)).toEqual([
      ['TRỌNG HIẾU', 'local:person:trong-hieu'],
    ]);
    expect(people(`${BODY}\n\nBài và ảnh: Thu Trang\n\n${BODY}`)).toEqual([
      ['Thu Trang', 'local:person:thu-trang'],
    ]);
  });

  it("is a person after an author's academic titles alone on a line, in capitals too", () => {
    expect(people('Quan hệ hai nước\nTS. PHAN THỊ MINH NGUYỆT\nViện Nghiên cứu')).toEqual([
      ['PHAN THỊ MINH NGUYỆT', 'local:person:phan-thi-minh-nguyet'],
    ]);
    expect(people('PGS.TS. LÊ VĂN HÒA')).toEqual([['LÊ VĂN HÒA', 'local:person:le-van-hoa']]);
    // Not with more on the line, nor without the titles' stop.
    expect(people('TS. PHAN THỊ MINH NGUYỆT CHO BIẾT THÊM VỀ VIỆC NÀY')).toEqual([]);
    expect(people('TS PHAN MINH')).toEqual([]);
  });
});
