import {
  DATE_DAY_FIRST,
  DATE_DMY,
  DATE_ISO,
  DATE_ISO_MONTH,
  DATE_LABEL,
  DATE_MONTH_COMMA,
  DATE_MONTH_FIRST,
  DATE_VI_MONTH_WORD,
  DATE_VI_WORDS,
  SOURCE_LABEL,
  TIME,
  WEEKDAY,
  ZONE,
} from '../regex.js';
import { foldKey } from '../text/fold.js';
import { whiteSpace } from '../text/white-space.js';
import { execFrom, searchable } from './search-from.js';

/** How much of a date the text states. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A date found in a line, with positions relative to that line. */
export interface FoundDate {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  /** "+07:00" when the text states a zone, else null. */
  utcOffset: string | null;
  precision: DatePrecision;
  /** ISO 8601: "2022-05-01T14:16+07:00", "2021-04-28", "--11-27" (no year stated). */
  iso: string;
  /** Start and end of the whole date expression (date, time, zone) in the line. */
  start: number;
  end: number;
  /** Problems a reader should know of, e.g. "implausible-year". */
  flags: string[];
}

/** A date-like expression that cannot be a real date (bad day, month, or a year such as 22023). */
export interface RejectedDate {
  rejected: true;
  reason: 'implausible-year' | 'invalid-date';
  start: number;
  end: number;
}

/** Whether a line holds an ASCII digit (a cheap test before the date patterns). */
function hasDigit(line: string): boolean {
  return firstDigit(line) >= 0;
}

/** An ASCII digit. */
const DIGIT = /[0-9]/;

/**
 * Where the first ASCII digit of a line is, or -1. A regular-expression search: lines are slices of
 * the page in several string representations, on which a loop of charCodeAt calls runs several
 * times slower than the engine's own scan.
 */
function firstDigit(line: string): number {
  return line.search(DIGIT);
}

/**
 * The date patterns, searched from a position: every date holds a digit, so none starts before
 * the line's first digit by more than its words can reach ({@link MONTH_FIRST_REACH}), and the
 * prose before that is never scanned by the five of them. Their lookbehinds still read the
 * characters before the position.
 */
const FROM_ISO = searchable(DATE_ISO);
const FROM_DMY = searchable(DATE_DMY);
const FROM_VI_WORDS = searchable(DATE_VI_WORDS);
const FROM_VI_MONTH_WORD = searchable(DATE_VI_MONTH_WORD);
const FROM_MONTH_FIRST = searchable(DATE_MONTH_FIRST);
const FROM_DAY_FIRST = searchable(DATE_DAY_FIRST);
const FROM_MONTH_COMMA = searchable(DATE_MONTH_COMMA);
/** The longest month word ("september", "septembre"), a dot and three spaces come before the day. */
const MONTH_FIRST_REACH = 13;
/** "ngày" and three spaces come before the day. */
const VI_WORDS_REACH = 7;
/** "tháng mười một" and spaces come before the day of a month-first date in words. */
const VI_MONTH_WORD_REACH = 20;

/** Vietnamese month words (see DATE_VI_MONTH_WORD) by their folding key, spaces made single. */
const VI_MONTHS: ReadonlyMap<string, number> = new Map([
  ['mot', 1],
  ['gieng', 1],
  ['hai', 2],
  ['ba', 3],
  ['tu', 4],
  ['bon', 4],
  ['nam', 5],
  ['sau', 6],
  ['bay', 7],
  ['tam', 8],
  ['chin', 9],
  ['muoi', 10],
  ['muoi mot', 11],
  ['muoi hai', 12],
  ['chap', 12],
]);

const viMonthNumber = (word: string): number | null =>
  VI_MONTHS.get(foldKey(word).replace(/\s+/gu, ' ')) ?? null;

/** Years outside this range are typos ("22023"), not dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Month words by their first letters, longest first where two months share a start (juin, juillet). */
const MONTHS: readonly (readonly [string, number])[] = [
  ['juin', 6],
  ['juil', 7],
  ['jan', 1],
  ['feb', 2],
  ['fév', 2],
  ['fev', 2],
  ['mar', 3],
  ['apr', 4],
  ['avr', 4],
  ['may', 5],
  ['maj', 5],
  ['mai', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['aoû', 8],
  ['aou', 8],
  ['sep', 9],
  ['oct', 10],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
  ['déc', 12],
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  for (const [prefix, n] of MONTHS) if (w.startsWith(prefix)) return n;
  return null;
}

function daysIn(month: number, year: number | null): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number): string => String(n).padStart(2, '0');

interface DatePart {
  year: number | null;
  month: number;
  day: number;
  start: number;
  end: number;
}

/**
 * The first date in a line, by the patterns for the formats news pages use, without the time and
 * zone {@link findDate} adds: enough to tell a possible date from an impossible one.
 */
export function findDatePart(line: string): DatePart | RejectedDate | null {
  const digit = firstDigit(line);
  if (digit < 0) return null;
  let best: { m: RegExpExecArray; month: number | null } | null = null;
  const consider = (m: RegExpExecArray | null, month: number | null) => {
    if (m && (best === null || m.index < best.m.index)) best = { m, month };
  };
  const iso = execFrom(FROM_ISO, line, digit);
  consider(iso, iso ? Number(iso.groups?.month) : null);
  const dmy = execFrom(FROM_DMY, line, digit);
  consider(dmy, dmy ? Number(dmy.groups?.month) : null);
  const vi = execFrom(FROM_VI_WORDS, line, digit - VI_WORDS_REACH);
  consider(vi, vi ? Number(vi.groups?.month) : null);
  const vw = execFrom(FROM_VI_MONTH_WORD, line, digit - VI_MONTH_WORD_REACH);
  if (vw?.groups) {
    const g = vw.groups;
    consider(vw, viMonthNumber((g.month ?? g.month2) as string));
  }
  const mf = execFrom(FROM_MONTH_FIRST, line, digit - MONTH_FIRST_REACH);
  // English month-first dates need a capital ("May 1"), so the modal verb "may 1" is not a date.
  if (mf?.groups?.month && /^\p{Lu}/u.test(mf.groups.month)) consider(mf, monthNumber(mf.groups.month));
  const df = execFrom(FROM_DAY_FIRST, line, digit);
  if (df?.groups?.month) consider(df, monthNumber(df.groups.month));
  // (Viet Nam News' "December, 22/2022": a slash after the first digit, looked for first.)
  if (line.indexOf('/', digit) > 0) {
    const mc = execFrom(FROM_MONTH_COMMA, line, digit - MONTH_FIRST_REACH);
    if (mc?.groups?.month && /^\p{Lu}/u.test(mc.groups.month)) consider(mc, monthNumber(mc.groups.month));
  }
  if (best === null) return null;
  const { m } = best as { m: RegExpExecArray; month: number | null };
  let { month } = best as { m: RegExpExecArray; month: number | null };
  const start = m.index;
  const end = m.index + m[0].length;
  let day = Number(m.groups?.day ?? m.groups?.day2);
  // Month first with slashes, as some English editions write it ("04/26/2025"): the only reading
  // when the second number cannot be a month and the first can.
  if (m === dmy && m.groups?.sep === '/' && month !== null && month > 12 && day >= 1 && day <= 12) {
    [day, month] = [month, day];
  }
  const yearText = m.groups?.year ?? m.groups?.year2;
  // (Two digits: this century's year, "11/1/25 21:08".)
  const year = yearText === undefined ? null : Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
    return { rejected: true, reason: 'implausible-year', start, end };
  }
  if (month === null || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
    return { rejected: true, reason: 'invalid-date', start, end };
  }
  return { year, month, day, start, end };
}

interface TimePart {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

/** An hour of a twelve-hour clock ("a" or "p", any case) on the 24-hour clock, or null if none. */
function twelveHour(hour: number, half: string): number | null {
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
}

function findTime(line: string): TimePart | null {
  const m = TIME.exec(line);
  if (!m?.groups) return null;
  let hour = Number(m.groups.hour);
  const minute = Number(m.groups.minute);
  const ampm = m.groups.ampm?.[0];
  if (ampm) {
    const h = twelveHour(hour, ampm);
    if (h === null) return null;
    hour = h;
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, start: m.index, end: m.index + m[0].length };
}

function findZone(line: string): { offset: string; start: number; end: number } | null {
  const m = ZONE.exec(line);
  if (!m?.groups) return null;
  const end = m.index + m[0].length;
  if (m.groups.ict) return { offset: '+07:00', start: m.index, end };
  const hh = Number(m.groups.hh);
  const mm = Number(m.groups.mm ?? '0');
  if (hh > 14 || mm > 59) return null;
  return { offset: `${m.groups.sign}${pad(hh)}:${pad(mm)}`, start: m.index, end };
}

function isoZone(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone === 'Z') return '+00:00';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

/** Two digits with a dot between them: a date or a time written with dots. */
const DOTTED = /\d\.\d/u;

/** How far (in characters) a time may sit from its date on the same line: "09:42 | 01/05/2022". */
const TIME_REACH = 24;

/**
 * Finds the first date in a line and the time and zone that go with it.
 * Returns null when the line states no date, or a {@link RejectedDate} for an impossible one.
 *
 * @example findDate('May 01, 2022 2:16 PM GMT+7')?.iso // '2022-05-01T14:16+07:00'
 * @example findDate('Thứ hai, 22/05/2023 08:41')?.iso // '2023-05-22T08:41'
 */
export function findDate(line: string): FoundDate | RejectedDate | null {
  // (findDatePart refuses a line without a digit first of all.)
  const date = findDatePart(line);
  if (date === null || 'rejected' in date) return date;
  let { start, end } = date;
  let hour: number | null = null;
  let minute: number | null = null;
  let utcOffset: string | null = null;

  const isoMatch = DATE_ISO.exec(line);
  if (isoMatch?.index === start && isoMatch.groups?.hour !== undefined) {
    hour = Number(isoMatch.groups.hour);
    minute = Number(isoMatch.groups.minute);
    utcOffset = isoZone(isoMatch.groups.zone);
    // (A clock of twelve hours after a date with slashes: "2022/04/28 05:03pm".)
    const half = AMPM_AFTER.exec(line.slice(isoMatch.index + isoMatch[0].length));
    if (half && utcOffset === null) hour = twelveHour(hour, half[1] as string) ?? hour;
    if (hour > 23 || minute > 59) hour = minute = null;
  } else {
    // A time after the date ("22/05/2023 08:41") or just before it ("09:42 | 01/05/2022").
    const after = findTime(line.slice(end, end + TIME_REACH));
    const beforeFrom = Math.max(0, start - TIME_REACH);
    const before = findTime(line.slice(beforeFrom, start));
    let time = after
      ? { ...after, start: after.start + end, end: after.end + end }
      : before
        ? { ...before, start: before.start + beforeFrom, end: before.end + beforeFrom }
        : null;
    // Beside a date written with dots ("15.11.2025"), "14.11" is another date, not a time.
    if (
      time &&
      DOTTED.test(line.slice(time.start, time.end)) &&
      DOTTED.test(line.slice(date.start, date.end))
    )
      time = null;
    if (time) {
      hour = time.hour;
      minute = time.minute;
      start = Math.min(start, time.start);
      end = Math.max(end, time.end);
    }
  }
  if (hour !== null && utcOffset === null) {
    const zone = findZone(line.slice(end, end + TIME_REACH));
    if (zone) {
      utcOffset = zone.offset;
      end += zone.end;
    }
  }
  const { year, month, day } = date;
  const ymd = year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
  const withTime = hour !== null && minute !== null && year !== null;
  const iso = withTime ? `${ymd}T${pad(hour as number)}:${pad(minute as number)}${utcOffset ?? ''}` : ymd;
  return {
    year,
    month,
    day,
    hour: withTime ? hour : null,
    minute: withTime ? minute : null,
    utcOffset: withTime ? utcOffset : null,
    precision: withTime ? 'minute' : 'day',
    iso,
    start,
    end,
    flags: year === null ? ['no-year'] : [],
  };
}

/** A line that states a date for the page: a date line, labelled or not. */
export interface DateLine {
  date: FoundDate;
  /** The line says what the date is: the scraper's " date", "Publicerad", "Cập nhật:", "Updated". */
  labelled: boolean;
  /**
   * Where the date line ends in the line: the line's length, or the end of the date when other text
   * is glued after it (" date 2021-04-28 The foreign ministers met …").
   */
  end: number;
}

/** Date lines are short: a longer line that holds a date is prose. */
const MAX_DATE_LINE = 160;
/** Words an unlabelled date line may carry beside the date: "by NDO", "PV -", "Indonesien", "TTXVN-VNA". */
const MAX_PLAIN_WORDS = 2;
/** … or a by-line with the date ("By VnExpress", "Av Anna Svensson, TT"), or words glued to it. */
const MAX_BYLINE_WORDS = 6;
/** Two writers in a by-line, and how many more words their names may take. */
const CO_AUTHORS = / (?:and|och|và|va|&) /iu;
const CO_AUTHOR_WORDS = 3;
/** Text glued after a date that opens a line is a block of its own when it is at least this long. */
const GLUED_REST = 20;
/** How much of a long line is read for a date that opens it. */
const OPENING_REACH = 80;
/** How far after its label a labelled date may start. */
const LABEL_REACH = 40;

/** What a post counts: views, comments, replies, likes. */
const COUNTED = 'lượt xem|luot xem|bình luận|binh luan|trả lời|tra loi|views?|comments?|replies|likes?';
/**
 * A post's counter: "5.902 luot xem", "41 bình luận", "12 comments", "9 min read", "5 phút đọc", or
 * labelled, its number after: "Tra loi: 6", "Views: 1,873".
 */
const COUNTER = `(?:[\\d.,]{1,9}[ \\t]{1,3}(?:${COUNTED}|min(?:utes?)? read|phút đọc|phut doc|min läsning|min lästid)(?![\\p{L}])|(?:${COUNTED})[ \\t]?:[ \\t]{0,3}[\\d.,]{1,9}(?![\\d.,]))`;

const BYLINE_START =
  /^(?:by|av|bởi|tác giả|tac gia|author|text|reported by|written by|posted by|thread starter|(?:chủ đề(?: tạo)?|chu de(?: tao)?|tạo|tao|bắt đầu|bat dau|đăng|dang|gửi|gui) (?:bởi|boi))(?![\p{L}])/iu;
/**
 * A post's counters after a bar: "| 5.902 luot xem", "| 41 bình luận", "| 12 comments", and the
 * reading time ("| 9 min read", "| 5 phút đọc", "| 4 min läsning").
 */
const COUNTERS = new RegExp(`\\|[ \\t]{0,3}${COUNTER}`, 'giu');
/** A counter that ends the line after a space: "Nov. 16, 2025  06:15 am JST  18 Comments". */
const TRAILING_COUNTER = new RegExp(`[ \\t]${COUNTER}[ \\t]*$`, 'iu');
/** A counter alone: "3 bình luận", "12 comments" (a part of a by-line, no outlet). */
export const COUNTER_PART = new RegExp(`^${COUNTER}$`, 'iu');
/** Words in capitals, with dashes and spaces: an outlet's credit before a date ("KYODO NEWS -"). */
const CAPITALS_CREDIT = /^[\p{Lu}\d&+.]+(?: [\p{Lu}\d&+.]+)*(?: ?[–—-])?$/u;
/** What may follow the last bar of a date line as its tags: letters, digits, spaces and commas. */
const TAG_CHARS = /^[\p{L}\d.&' ,\t-]{1,80}$/u;
/** Most tags after a bar, and their longest. */
const MAX_TAGS = 4;
const MAX_TAG = 24;

/**
 * The word count of the text before a date, a credit in capitals counting as one name, and a
 * source name a scraper wrote twice ("Nông nghiệp và Môi trườngNông nghiệp và Môi trường") once.
 */
function creditWords(before: string, words: number): number {
  const t = before.trim();
  if (words > 1 && CAPITALS_CREDIT.test(t) && /\p{Lu}{2}/u.test(before)) return 1;
  const half = t.length >> 1;
  if (words > 1 && t.length % 2 === 0 && t.slice(0, half) === t.slice(half))
    return wordCount(residue(t.slice(0, half)));
  return words;
}

/** The text after a date without the tags after a bar that closes it. */
function withoutTags(after: string): string {
  const bar = after.lastIndexOf('|');
  if (bar < 0) return after;
  const tags = after.slice(bar + 1);
  if (!TAG_CHARS.test(tags)) return after;
  const parts = tags.split(',').map((t) => t.trim());
  const short =
    parts.length <= MAX_TAGS && parts.every((t) => t.length > 0 && t.length <= MAX_TAG && /^\p{L}/u.test(t));
  return short ? after.slice(0, bar) : after;
}
const FILLER = /^[\s,|()[\]–—•·*.:-]*$/u;
/** Letter-bearing words of a string (a run of non-blanks with a letter counts once). */
const wordCount = (s: string): number => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** The text beside a date without weekdays, labels and punctuation. */
function residue(s: string): string {
  return s.replace(new RegExp(WEEKDAY.source, 'giu'), ' ').replace(new RegExp(DATE_LABEL.source, 'giu'), ' ');
}

function shift(d: FoundDate, by: number): FoundDate {
  return { ...d, start: d.start + by, end: d.end + by };
}

/** A year and month right after a label: " date 2023-11" (the scraper states the month only). */
function yearMonth(text: string, at: number): FoundDate | null {
  const m = DATE_ISO_MONTH.exec(text.slice(at));
  if (!m?.groups) return null;
  const year = Number(m.groups.year);
  const month = Number(m.groups.month);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  return {
    year,
    month,
    day: null,
    hour: null,
    minute: null,
    utcOffset: null,
    precision: 'month',
    iso: `${year}-${pad(month)}`,
    start: at,
    end: at + m[0].length,
    flags: [],
  };
}

/**
 * Reads a line that states a date for the page: a date line ("Thứ hai, 22/05/2023 08:41",
 * "May 01, 2022 2:16 PM GMT+7"), a labelled one anywhere in a short line ("Uppdaterad 18.01.2022
 * 08:33.", "Nguồn: … Cập nhật: 10:13 GMT - thứ ba, 13 tháng 5, 2014"), a by-line with its date
 * ("By VnExpress March 1, 2017 | 03:07 pm GMT+7", "PV - 14:05, 23/08/2022"), or a date glued to the
 * words before or after it ("author27/04/2022 16:23", " date 2021-04-28 The ministers …").
 * Null for a line that is prose with a date in it, or whose date is impossible.
 *
 * @example readDateLine('Publicerad 2011-03-15 kl 10.05')?.date.iso // '2011-03-15T10:05'
 * @example readDateLine('Talks were held in Hanoi on May 1, 2022') // null
 */
export function readDateLine(line: string): DateLine | null {
  // Every date form has digits: most lines have none, and are not date lines.
  if (!hasDigit(line)) return null;
  // A long line is prose: only a date (or labelled date) opening it can be a date line of its own.
  const long = line.length > MAX_DATE_LINE;
  const head = long ? line.slice(0, OPENING_REACH) : line;
  const label = DATE_LABEL.exec(head);
  if (label) {
    const at = label.index + label[0].length;
    const opening = line.slice(0, label.index).trim() === '';
    if (opening || line.length <= MAX_DATE_LINE) {
      let from = at;
      while (from < line.length && whiteSpace(line.charCodeAt(from))) from++;
      const tail = line.slice(from, from + LABEL_REACH + 40);
      const found = findDate(tail);
      const date =
        found && !('rejected' in found) && found.start <= LABEL_REACH
          ? shift(found, from)
          : yearMonth(line, from);
      if (date) {
        const rest = line.slice(date.end);
        const glued = opening && rest.trim().length >= GLUED_REST && !FILLER.test(rest);
        if (glued || opening || line.length <= MAX_DATE_LINE)
          return { date, labelled: true, end: glued ? date.end : line.length };
      }
    }
  }
  const found = findDate(head);
  if (found === null || 'rejected' in found) return null;
  const before = line.slice(0, found.start);
  const after = line.slice(found.end);
  const beforeWords = wordCount(residue(before));
  // A date opening the line with prose glued after it: the date is a block of its own.
  if (beforeWords === 0 && after.trim().length >= GLUED_REST && wordCount(after) >= 3)
    return { date: found, labelled: false, end: found.end };
  if (long) return null;
  // An outlet in capitals before the date is one name ("KYODO NEWS - Jul 17, 2025"), and sections
  // after a bar are tags ("… 18:40 | Japan, All").
  // (A post's counters after bars are no words of prose: "… 22:17 | 5.902 luot xem | 41 binh luan".)
  // (So is one at the end of the line: "… 06:15 am JST  18 Comments".)
  const rest = (after.includes('|') ? after.replace(COUNTERS, ' ') : after).replace(TRAILING_COUNTER, '');
  const words = creditWords(before, beforeWords) + wordCount(residue(withoutTags(rest)));
  const gluedBefore = found.start > 0 && /\p{L}/u.test(line.charAt(found.start - 1));
  const opener = before.trim();
  // (A by-line after the date's last bar: "Thứ Ba, 18/11/2025 - 16:52 | Tác giả: Ngọc Hân".)
  const bar = rest.lastIndexOf('|');
  const bylineAfter = bar >= 0 && BYLINE_START.test(rest.slice(bar + 1).trimStart());
  // (A post's fields parted by middle dots: "Thành viên mới · 9 tháng 11 lúc 23:14 · 🌏",
  // "15 thang 8, 2024 luc 21:07 · Thanh vien nhom".)
  const byline = BYLINE_START.test(opener);
  const limit =
    gluedBefore ||
    byline ||
    bylineAfter ||
    SOURCE_LABEL.test(opener) ||
    opener.endsWith('·') ||
    after.trimStart().startsWith('·')
      ? MAX_BYLINE_WORDS
      : MAX_PLAIN_WORDS;
  // A by-line of two writers names more ("By Hoang Minh Khoa and Aiko Nishimura | 18 November 2025").
  const coauthors = byline && CO_AUTHORS.test(opener) ? CO_AUTHOR_WORDS : 0;
  if (threadStamp(opener)) return { date: found, labelled: false, end: line.length };
  return words <= limit + coauthors ? { date: found, labelled: false, end: line.length } : null;
}

/** "pm", "AM", "p.m." right after a clock time. */
const AMPM_AFTER = /^[ \t]{0,3}([AaPp])\.?[Mm]\.?(?!\p{L})/u;

/** How a forum's thread stamp opens and names its starter, as folding keys. */
const THREAD_STAMP_OPENINGS: readonly string[] = [
  'thao luan trong',
  'chu de trong',
  'discussion in',
  'thread in',
];
const THREAD_STAMP_STARTERS: readonly string[] = ['bat dau boi', 'started by'];

/**
 * The words before a date are a forum thread's stamp, its forum and its starter: "Thảo luận trong
 * 'Miền Trung (Đà Nẵng - Huế - Quảng Nam)' bắt đầu bởi thu.nguyen.dng,", "Discussion in 'Japan'
 * started by kenji_h,". The date is the thread's, however many words the forum's name has.
 */
function threadStamp(opener: string): boolean {
  const t = foldKey(opener);
  // XenForo's English stamp: "Thread starter tuanbk_k60 · Start date 12/9/24".
  if (t.startsWith('thread starter') && t.endsWith('start date')) return true;
  return (
    THREAD_STAMP_OPENINGS.some((o) => t.startsWith(o)) &&
    THREAD_STAMP_STARTERS.some((s) => t.includes(s)) &&
    t.endsWith(',')
  );
}
