import { describe, expect, it } from 'vitest';
import { findDate, readDateLine } from './date.js';

const iso = (line: string) => {
  const d = findDate(line);
  return d === null || 'rejected' in d ? d : { iso: d.iso, precision: d.precision };
};

describe('findDate', () => {
  it('reads an English date line with 12-hour time and GMT offset', () => {
    expect(iso('May 01, 2022 2:16 PM GMT+7')).toEqual({ iso: '2022-05-01T14:16+07:00', precision: 'minute' });
    expect(iso('Jan 3, 2024 12:05 AM GMT+7')).toEqual({ iso: '2024-01-03T00:05+07:00', precision: 'minute' });
  });

  it('reads a year and a zone a scraper glued to the words after them, and still refuses a five-digit year', () => {
    // (The zone before a glued capital is read too: "GMT+7Updated".)
    expect(iso('October 14, 20258:12 AM GMT+7Updated 2 hours ago')).toEqual({
      iso: '2025-10-14T08:12+07:00',
      precision: 'minute',
    });
    expect(iso('October 14, 20255')).toMatchObject({ rejected: true, reason: 'implausible-year' });
  });

  it('reads ISO dates, with and without time and zone', () => {
    expect(iso(' date 2021-04-28')).toEqual({ iso: '2021-04-28', precision: 'day' });
    expect(iso('2023-11-27T10:05:00+0900')).toEqual({ iso: '2023-11-27T10:05+09:00', precision: 'minute' });
    expect(iso('2023-11-27 10:05')).toEqual({ iso: '2023-11-27T10:05', precision: 'minute' });
  });

  it('reads Vietnamese date lines with the time after or before the date, without inventing a zone', () => {
    expect(iso('Thứ hai, 22/05/2023 08:41')).toEqual({ iso: '2023-05-22T08:41', precision: 'minute' });
    expect(iso('09:42 | 01/05/2022')).toEqual({ iso: '2022-05-01T09:42', precision: 'minute' });
    expect(iso('Thứ bảy, 13/9/2025 - 07:30 (GMT+7)')).toEqual({
      iso: '2025-09-13T07:30+07:00',
      precision: 'minute',
    });
    expect(iso('ngày 1 tháng 5 năm 2022')).toEqual({ iso: '2022-05-01', precision: 'day' });
  });

  it('reads a date with the year first parted by dots or slashes, and no version number', () => {
    expect(iso('2024.02.29')).toEqual({ iso: '2024-02-29', precision: 'day' });
    expect(iso('2025/03/14 10:30')).toEqual({ iso: '2025-03-14T10:30', precision: 'minute' });
    expect(iso('2022/04/28 05:03pm')).toEqual({ iso: '2022-04-28T17:03', precision: 'minute' });
    expect(iso('Version 2024.1.2.3')).toBeNull();
  });

  it('reads Vietnamese months in words, as site software prints them, only with a comma and a year', () => {
    expect(iso('Đăng ngày 20 Tháng Mười, 2024 bởi Tùng')).toEqual({ iso: '2024-10-20', precision: 'day' });
    expect(iso('3 Tháng Mười Hai, 2025')).toEqual({ iso: '2025-12-03', precision: 'day' });
    expect(iso('Tháng Mười Một 7, 2023')).toEqual({ iso: '2023-11-07', precision: 'day' });
    expect(iso('15 thang Tu, 2024')).toEqual({ iso: '2024-04-15', precision: 'day' });
    // Nine months of the year, no date.
    expect(iso('Kim ngạch 9 tháng năm 2024 tăng mạnh')).toBeNull();
  });

  it('does not read a second date written with dots as the time of a dotted date', () => {
    expect(findDate('GIFU, 15.11.2025 (LĐO) — Chiều 14.11 (giờ địa phương)')).toMatchObject({
      iso: '2025-11-15',
    });
    expect(findDate('Uppdaterad 2022-01-18 kl. 08.33')).toMatchObject({ iso: '2022-01-18T08:33' });
  });

  it('keeps day and month without a year when the text states no year', () => {
    expect(iso('tillkännagav den 27 november en uppgradering')).toEqual({ iso: '--11-27', precision: 'day' });
    expect(iso('talks in Hanoi on May 1.')).toEqual({ iso: '--05-01', precision: 'day' });
  });

  it('reads a date whose words reach furthest before its first digit, after long prose', () => {
    // The patterns start searching a little before the first digit: the longest month word, a
    // dot and three spaces (or "ngày" and three spaces) must still be read whole.
    const prose = 'The delegation visited the port and the industrial park before the talks ended on ';
    expect(iso(`${prose}September.\u00a0\u00a0\u00a05, 2023`)).toEqual({
      iso: '2023-09-05',
      precision: 'day',
    });
    expect(iso(`${prose}Septembre\t\t\t5, 2023`)).toEqual({ iso: '2023-09-05', precision: 'day' });
    expect(iso(`Đoàn đã thăm cảng và khu công nghiệp trước khi kết thúc ngày   5 tháng 3 năm 2024`)).toEqual({
      iso: '2024-03-05',
      precision: 'day',
    });
    const found = findDate(`${prose}September 5, 2023`);
    expect(found !== null && !('rejected' in found) ? found.start : null).toBe(prose.length);
  });

  it("reads Viet Nam News' date line, a comma after the month and the year after a slash", () => {
    expect(iso('December, 22/2022 - 08:36')).toEqual({ iso: '2022-12-22T08:36', precision: 'minute' });
    // Without the slash and the year, a comma after a month is prose.
    expect(findDate('In May, 12 ships came to the port')).toBeNull();
  });

  it('states no date for a weekday alone or the modal verb "may"', () => {
    expect(findDate('had telephone talks on Tuesday')).toBeNull();
    expect(findDate('the two sides may 2 or 3 times meet')).toBeNull();
  });

  it('flags an implausible year instead of repairing it', () => {
    expect(findDate('May 01, 22023 2:16 PM')).toMatchObject({ rejected: true, reason: 'implausible-year' });
  });

  it('rejects impossible days and months', () => {
    expect(findDate('31/02/2023')).toMatchObject({ rejected: true, reason: 'invalid-date' });
    expect(findDate('2023-13-01')).toMatchObject({ rejected: true, reason: 'invalid-date' });
  });

  it('reads month first with slashes only where day first is impossible', () => {
    expect(iso('Updated : 04/26/2025 16:05 GMT + 7')).toEqual({
      iso: '2025-04-26T16:05+07:00',
      precision: 'minute',
    });
    // day first wherever both readings are dates: Vietnamese pages write 04/06/2025 for 4 June
    expect(iso('04/06/2025')).toEqual({ iso: '2025-06-04', precision: 'day' });
    // neither reading: still rejected
    expect(findDate('13/26/2025')).toMatchObject({ rejected: true, reason: 'invalid-date' });
    expect(findDate('04.26.2025')).toMatchObject({ rejected: true, reason: 'invalid-date' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('29/02/2024')).toEqual({ iso: '2024-02-29', precision: 'day' });
    expect(findDate('29/02/2023')).toMatchObject({ rejected: true });
  });
});

describe('readDateLine', () => {
  const read = (line: string) => {
    const d = readDateLine(line);
    return d && { iso: d.date.iso, labelled: d.labelled, end: d.end };
  };

  it('reads a line that is a date, and the end of a date that opens a line with text glued after it', () => {
    expect(read(' date 2021-04-28')).toEqual({ iso: '2021-04-28', labelled: true, end: 16 });
    expect(read('Sunday, May 1, 2022')).toEqual({ iso: '2022-05-01', labelled: false, end: 19 });
    expect(read(' date 2021-04-28 The foreign ministers met in Hanoi on Tuesday')).toMatchObject({ end: 16 });
  });

  it("reads a forum thread's stamp, however long its forum's name", () => {
    expect(
      read("Thảo luận trong 'Miền Trung (Đà Nẵng - Huế - Quảng Nam)' bắt đầu bởi thu.nguyen, 29/01/2026.")
        ?.iso,
    ).toBe('2026-01-29');
    expect(
      read("Discussion in 'Living in Japan (Osaka, Kobe, Kyoto)' started by kenji_h, Mar 3, 2025")?.iso,
    ).toBe('2025-03-03');
    expect(read('Thread starter tuanbk_k60 · Start date 12/9/24')?.iso).toBe('2024-09-12');
    // Its starter after a colon and its counters labelled, the number after: "Tra loi: 6".
    expect(read('Thread starter: hung_tb92 | 08/10/2024 22:47 | Tra loi: 6 | Luot xem: 1.873')?.iso).toBe(
      '2024-10-08T22:47',
    );
    expect(read('minh_anh | 08/10/2024 22:47 | Replies: 6 | Views: 1,873')?.iso).toBe('2024-10-08T22:47');
    // A post's "sent at" label: "Gửi lúc", "Gui luc" without marks.
    expect(read('#1 | Nam_Nagoya | Gui luc: 12/03/2025 22:41')?.iso).toBe('2025-03-12T22:41');
    // Not a sentence that names a discussion.
    expect(
      readDateLine('Thảo luận trong hội nghị về hợp tác giữa hai nước kéo dài đến 29/01/2026'),
    ).toBeNull();
  });

  it("reads a post's line of fields parted by middle dots, the poster's role before the date", () => {
    expect(read('Thanh vien moi · 9 thang 11, 2025 luc 23:14 · 🌏')?.iso).toBe('2025-11-09T23:14');
    // Without the dot, three words before a date are prose.
    expect(readDateLine('Ho gap nhau 9 thang 11, 2025')).toBeNull();
    // The group's role after the date, past a dot.
    expect(read('15 thang 8, 2024 luc 21:07 · Thanh vien nhom')?.iso).toBe('2024-08-15T21:07');
  });

  it("reads a thread's line: who opened it, the date, and its counters after bars", () => {
    expect(read('Chu de boi MeBoong_CauGiay | 14/03/2025 22:17 | 5.902 luot xem | 41 binh luan')?.iso).toBe(
      '2025-03-14T22:17',
    );
    expect(read('Posted by minh_88 | 3 May 2024 | 120 views | 8 comments')?.iso).toBe('2024-05-03');
    // A counter ending the line after spaces, as Japan Today prints it after a section's name.
    expect(read('National  Nov. 16, 2025  06:15 am JST  18 Comments')?.iso.slice(0, 10)).toBe('2025-11-16');
    expect(readDateLine('Many people met on Nov. 16, 2025 here  18 Comments')).toBeNull();
    // Counters are no licence for prose around a date.
    expect(readDateLine('Hai ben da gap nhau o Ha Noi 14/03/2025 | 41 binh luan')).toBeNull();
    // A blog's "Đăng ngày" (posted on) with its writer and section.
    expect(read('Đăng ngày 02/11/2025 bởi Linh Nguyễn | Chuyên mục: Du học Nhật | 14 bình luận')?.iso).toBe(
      '2025-11-02',
    );
    expect(read('Dang ngay 18/04/2026 luc 22:14 boi Minh Khoa | 37 binh luan')?.iso).toBe('2026-04-18T22:14');
  });

  it('reads a date line with its by-line after a bar, a reading time, or two writers', () => {
    expect(read('Thứ Ba, 18/11/2025 - 16:52 | Tác giả: Ngọc Hân')?.iso).toBe('2025-11-18T16:52');
    expect(read('Thu Ba, 18/11/2025 - 16:52 | Tac gia: Ngoc Han')?.iso).toBe('2025-11-18T16:52');
    expect(read('By Hoang Minh Khoa and Aiko Nishimura | 18 November 2025 | 9 min read')?.iso).toBe(
      '2025-11-18',
    );
    // Prose after a bar is still prose.
    expect(readDateLine('Hanoi is where they met on 18/11/2025 | the story goes on and on')).toBeNull();
    // Without a second writer, a by-line of eight words is prose.
    expect(readDateLine('By the ministers who met in Hanoi this week | 18 November 2025')).toBeNull();
  });

  it('reads a year of two digits only before a time or after "date", as forums write them', () => {
    expect(read('11/1/25 21:08')?.iso).toBe('2025-01-11T21:08');
    expect(read('Start date 11/1/25')?.iso).toBe('2025-01-11');
    expect(readDateLine('Ket qua 3/4/25')).toBeNull();
  });

  it('is null for prose with a date in it', () => {
    expect(readDateLine('Talks were held on May 1, 2022')).toBeNull();
    expect(
      readDateLine('The two sides will meet again in Tokyo on 12/05/2024 to review the plan'),
    ).toBeNull();
  });

  it('reads labelled dates anywhere in a short line, and a year and month after the scraper label', () => {
    expect(read('Uppdaterad 18.01.2022 08:33.')).toMatchObject({ iso: '2022-01-18T08:33', labelled: true });
    expect(read('Nguồn: Đài ABC. Cập nhật: 10:13 GMT - thứ ba, 13 tháng 5, 2014')).toMatchObject({
      iso: '2014-05-13T10:13',
      labelled: true,
    });
    expect(read(' date 2023-11')).toEqual({ iso: '2023-11', labelled: true, end: 13 });
  });

  it('reads by-lines with their date and dates glued to the word before them', () => {
    expect(read('By Staff Writer   March 1, 2017 | 03:07 pm GMT+7')?.iso).toBe('2017-03-01T15:07+07:00');
    expect(read('PV - 14:05, 23/08/2022')?.iso).toBe('2022-08-23T14:05');
    expect(read('author27/04/2022 16:23')?.iso).toBe('2022-04-27T16:23');
    expect(read('Indonesien2023-06-19 08:12')?.iso).toBe('2023-06-19T08:12');
    expect(read('ABC-XYZ | 18-12-2016 | 17:43 |')?.iso).toBe('2016-12-18T17:43');
  });

  it('reads an outlet in capitals before the date and section tags after a bar as furniture', () => {
    expect(read('KYODO NEWS - Jul 17, 2025 - 18:40 | Japan, All')?.iso).toBe('2025-07-17T18:40');
    // Prose after a bar is no tag list.
    expect(
      read('KYODO NEWS - Jul 17, 2025 | The firm and its president were sent to prosecutors'),
    ).toBeNull();
  });

  it('reads a source name that the scraper wrote twice before the date as one name', () => {
    expect(read('Nông nghiệp và Môi trườngNông nghiệp và Môi trường06/06/2025')?.iso).toBe('2025-06-06');
  });

  it('reads a date line that quotes its source ("Trích dẫn từ …")', () => {
    expect(read('Trich dan tu Bao Nghe An - Thu Ba, 12/08/2025 08:15 GMT+7')?.iso).toBe(
      '2025-08-12T08:15+07:00',
    );
  });

  it('reads French and Vietnamese weekday headers', () => {
    expect(read('jeudi 24 janvier 2013')?.iso).toBe('2013-01-24');
    expect(read('Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27')?.iso).toBe('2019-08-23T09:25');
  });
});

describe('Vietnamese typed without marks', () => {
  it('reads ASCII weekday date lines and prose dates', () => {
    expect(readDateLine('Thu sau, 15/07/2022 10:05')?.end).toBe(25);
    expect(iso('Thu sau, 15/07/2022 10:05')).toEqual({ iso: '2022-07-15T10:05', precision: 'minute' });
    expect(iso('ngay 2 thang 9 nam 2025')).toEqual({ iso: '2025-09-02', precision: 'day' });
  });

  it("reads Facebook's short month ('12 thg 2, 2025 luc 21:14')", () => {
    expect(iso('12 thg 2, 2025 luc 21:14')).toEqual({ iso: '2025-02-12T21:14', precision: 'minute' });
    expect(iso('3 thg 11, 2024')).toEqual({ iso: '2024-11-03', precision: 'day' });
  });
});
