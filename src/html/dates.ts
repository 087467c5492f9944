import { findDate } from '../article/date.js';
import type { MarkupDate as ArticleMarkupDate } from '../article/schema.js';

/** A date read from markup, in the shape of the Article's dates (its source is added by the caller). */
export type MarkupDate = Omit<ArticleMarkupDate, 'source' | 'html'>;

/**
 * ISO 8601 / RFC 3339 as pages write it in `datetime`, JSON-LD and `article:published_time`:
 * "2018-04-05", "2018-04-05T06:00", "2019-04-28 06:01:07", "2015-07-24T05:36:09+01:00",
 * "2019-01-03T07:00:02.000Z", "2021-11-01T10:52:50+0100". Anchored, no nested quantifiers.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?[\t ]?(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a machine-readable date. ISO forms keep their stated offset ("Z" is "+00:00"); other
 * forms go through the text path's date reader. Invalid or implausible dates give null.
 */
export function parseMarkupDate(value: string): MarkupDate | null {
  const s = value.trim();
  const m = ISO.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year))
      return null;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) {
      return { iso: date, precision: 'day', year, month, day, hour: null, minute: null, utcOffset: null };
    }
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    if (hour > 23 || minute > 59) return null;
    let utcOffset: string | null = null;
    const zone = m[7];
    if (zone !== undefined) {
      if (zone.toUpperCase() === 'Z') utcOffset = '+00:00';
      else {
        const digits = zone.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
        if (oh > 14 || om > 59) return null;
        utcOffset = `${zone[0]}${pad(oh)}:${pad(om)}`;
      }
    }
    return {
      iso: `${date}T${pad(hour)}:${pad(minute)}${utcOffset ?? ''}`,
      precision: 'minute',
      year,
      month,
      day,
      hour,
      minute,
      utcOffset,
    };
  }
  if (s.length > 200) return null;
  const found = findDate(s);
  if (found === null || 'rejected' in found || found.year === null) return null;
  return {
    iso: found.iso,
    precision: found.precision,
    year: found.year,
    month: found.month,
    day: found.day,
    hour: found.hour,
    minute: found.minute,
    utcOffset: found.utcOffset,
  };
}
