import { describe, expect, it } from 'vitest';
import { dateLineLength, findDate } from './date.js';

const iso = (line: string) => {
  const d = findDate(line);
  return d === null || 'rejected' in d ? d : { iso: d.iso, precision: d.precision };
};

describe('findDate', () => {
  it('reads an English date line with 12-hour time and GMT offset', () => {
    expect(iso('May 01, 2022 2:16 PM GMT+7')).toEqual({ iso: '2022-05-01T14:16+07:00', precision: 'minute' });
    expect(iso('Jan 3, 2024 12:05 AM GMT+7')).toEqual({ iso: '2024-01-03T00:05+07:00', precision: 'minute' });
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

  it('keeps day and month without a year when the text states no year', () => {
    expect(iso('tillkännagav den 27 november en uppgradering')).toEqual({ iso: '--11-27', precision: 'day' });
    expect(iso('talks in Hanoi on May 1.')).toEqual({ iso: '--05-01', precision: 'day' });
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

  it('accepts 29 February only in leap years', () => {
    expect(iso('29/02/2024')).toEqual({ iso: '2024-02-29', precision: 'day' });
    expect(findDate('29/02/2023')).toMatchObject({ rejected: true });
  });
});

describe('dateLineLength', () => {
  it('is the end of a date that opens a line', () => {
    expect(dateLineLength(' date 2021-04-28')).toBe(16);
    expect(dateLineLength('Sunday, May 1, 2022')).toBe(19);
  });

  it('is null when text comes before the date', () => {
    expect(dateLineLength('Talks were held on May 1, 2022')).toBeNull();
  });
});

describe('Vietnamese typed without marks', () => {
  it('reads ASCII weekday date lines and prose dates', () => {
    expect(dateLineLength('Thu sau, 15/07/2022 10:05')).toBe(25);
    expect(iso('Thu sau, 15/07/2022 10:05')).toEqual({ iso: '2022-07-15T10:05', precision: 'minute' });
    expect(iso('ngay 2 thang 9 nam 2025')).toEqual({ iso: '2025-09-02', precision: 'day' });
  });
});
