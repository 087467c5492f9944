import { CREDIT_LABEL, CREDIT_TEXT, DASH_SIGNOFF, END_MARK, IMAGE_LABEL } from '../regex.js';
import { execFrom, searchable } from './search-from.js';

/**
 * Small scanners for what a regular expression would have to find at the end of a line: a pattern
 * anchored with `$` is tried from every start position, which is quadratic on long runs of spaces.
 * These read from the end, once.
 */

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** Index where a caption's trailing "|" (with the spaces around it) starts, or -1. */
export function trailingPipe(text: string): number {
  let i = text.length;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === 0 || text.charCodeAt(i - 1) !== 124) return -1;
  i--;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The index before the blanks that end `text` at `end` (not before `from`). */
function skipBlanksBack(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The end of a line without its trailing blanks, "|", ")" and "]" (in that order, once each). */
function contentEnd(text: string, from: number): { end: number; closer: boolean } {
  let end = skipBlanksBack(text, from, text.length);
  if (end > from && text.charCodeAt(end - 1) === 124) end = skipBlanksBack(text, from, end - 1);
  const last = text.charCodeAt(end - 1);
  if (end > from && (last === 41 || last === 93))
    return { end: skipBlanksBack(text, from, end - 1), closer: true };
  return { end, closer: false };
}

/** A credit found in a line: where the credit part is, and where the caption proper ends. */
export interface CreditMatch {
  /** Start of the credit text ("Viet Cuong/VOV"). */
  start: number;
  end: number;
  /** Where the caption text before the credit (and its opening bracket) ends. */
  captionEnd: number;
}

/** Longest credit we accept: a name or two and an agency. */
const MAX_CREDIT = 80;
const MAX_CREDIT_WORDS = 9;
/** How far from the end of a line a credit's label may start (label, spaces, credit, brackets, pipe). */
const LABEL_REACH = MAX_CREDIT + 40;

/** Characters after which a credit label may start: the start, a bracket, or sentence punctuation. */
function labelMayStartAt(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  // ( [ . ! ? … ” " - – — |
  return (
    c === 40 ||
    c === 91 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x201d ||
    c === 34 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 124
  );
}

/**
 * A labelled photo or video credit closing a line: "… in Hanoi. Photo: VGP", "(Photo: Viet
 * Cuong/VOV)", "Foto: Achmad Ibrahim/AP/TT", "[File: Kiyoshi Ota/Pool Photo via AP] |". The label
 * must open the credit (after the start, a bracket or sentence punctuation), and the credit must be
 * short and shaped like names: a label inside running prose ("… the Video: a new channel for …")
 * does not make the line a caption.
 */
export function labelledCredit(text: string): CreditMatch | null {
  // The credit closes the line and is short: its label stands within the line's last characters.
  const from = Math.max(0, text.length - LABEL_REACH);
  // Every label ends on a colon: most lines have none near their end.
  if (text.indexOf(':', from) < 0) return null;
  let found: RegExpExecArray | null = null;
  for (const m of text.slice(from).matchAll(CREDIT_LABEL)) found = m as RegExpExecArray;
  if (found) found.index += from;
  if (found === null || !labelMayStartAt(text, found.index)) return null;
  return creditAfter(text, found.index, found.index + found[0].length, false);
}

/**
 * The credit after a label that starts at `labelStart` and ends at `from`: the rest of the line,
 * short and shaped like names (a final full stop left out when `stop`), or null.
 */
function creditAfter(text: string, labelStart: number, from: number, stop: boolean): CreditMatch | null {
  let start = from;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  const content = contentEnd(text, start);
  let end = content.end;
  if (stop && end > start && text.charCodeAt(end - 1) === 46) end--;
  if (end <= start || end - start > MAX_CREDIT) return null;
  const credit = text.slice(start, end);
  if (!CREDIT_TEXT.test(credit) || credit.split(' ').length > MAX_CREDIT_WORDS) return null;
  // A closing bracket needs its opening one right before the label.
  let captionEnd = labelStart;
  const before = labelStart > 0 ? text.charCodeAt(labelStart - 1) : 0;
  if (before === 40 || before === 91) captionEnd--;
  else if (content.closer) return null;
  return { start, end, captionEnd };
}

/** The words before "courtesy (of)" in a credit: "Photo courtesy of …", "Images courtesy …". */
const COURTESY_LABELS: readonly string[] = ['photo', 'photos', 'image', 'images'];

/**
 * A courtesy or "by" credit closing a line: "… in Aichi. Photo courtesy of Nguyen Van Duc", "(Photo
 * courtesy of JICA)", "(Photo by Yuki Matsuda)". The label opens the credit as
 * {@link labelledCredit}'s do, and the credit is as short and name-shaped.
 */
export function courtesyCredit(text: string): CreditMatch | null {
  const from = Math.max(0, text.length - LABEL_REACH);
  const courtesy = text.lastIndexOf(' courtesy ', text.length);
  const by = text.lastIndexOf(' by ', text.length);
  const at = Math.max(courtesy, by);
  if (at < from) return null;
  let labelStart = at;
  while (labelStart > 0 && /\p{L}/u.test(text.charAt(labelStart - 1))) labelStart--;
  if (
    !COURTESY_LABELS.includes(text.slice(labelStart, at).toLowerCase()) ||
    !labelMayStartAt(text, labelStart)
  )
    return null;
  let start = at + (at === by ? ' by '.length : ' courtesy '.length);
  if (at === courtesy && text.startsWith('of ', start)) start += 3;
  return creditAfter(text, labelStart, start, true);
}

/** Most words of a credit in capitals after a caption's bar. */
const MAX_BAR_CREDIT_WORDS = 4;
/** Fewest words of the caption before it. */
const MIN_BAR_CAPTION_WORDS = 4;

/**
 * A caption's credit in capitals after a bar, ending the line, as The Japan Times prints it:
 * "… at a nursing home in Kawaguchi, Saitama Prefecture. | KYODO", "… | AFP-JIJI", "… | TOMOYA
 * SAKAI". The caption before it has words of its own (a menu's "NEWS | OPINION" has none).
 */
export function barCredit(text: string): CreditMatch | null {
  const end = skipBlanksBack(text, 0, text.length);
  const bar = text.lastIndexOf(' | ', end);
  if (bar < 0 || end - (bar + 3) > MAX_CREDIT) return null;
  const credit = text.slice(bar + 3, end);
  const words = credit.split(' ');
  if (words.length > MAX_BAR_CREDIT_WORDS || !words.every((w) => /^\p{Lu}[\p{Lu}.'-]+$/u.test(w)))
    return null;
  const caption = text.slice(0, bar);
  if (caption.includes('|') || caption.split(' ').length < MIN_BAR_CAPTION_WORDS) return null;
  return { start: bar + 3, end, captionEnd: skipBlanksBack(text, 0, bar) };
}

/** "— VNA/VNS Photo", "- VNA Photo", "- PHOTO: DAO LOAN" is labelled: an agency credit in the dash-and-Photo form. */
export function dashPhotoCredit(text: string): CreditMatch | null {
  // The line must end on the word (before an optional pipe): a cheap test first.
  const lastChar = text.charCodeAt(skipBlanksBack(text, 0, text.length) - 1);
  if (lastChar !== 111 && lastChar !== 104 && lastChar !== 124) return null;
  const { end } = contentEnd(text, 0);
  let wordStart = end;
  while (wordStart > 0 && !isBlank(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, end);
  if (word !== 'Photo' && word !== 'Ảnh' && word !== 'Foto') return null;
  let creditEnd = wordStart;
  while (creditEnd > 0 && isBlank(text.charCodeAt(creditEnd - 1))) creditEnd--;
  // The dash before the credit, within reach.
  const from = Math.max(0, creditEnd - 62);
  for (let i = creditEnd - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2014 || c === 0x2013 || c === 45) && isBlank(text.charCodeAt(i - 1))) {
      let start = i + 1;
      while (start < creditEnd && isBlank(text.charCodeAt(start))) start++;
      const credit = text.slice(start, creditEnd);
      if (credit.length === 0 || !CREDIT_TEXT.test(credit)) return null;
      let captionEnd = i;
      while (captionEnd > 0 && isBlank(text.charCodeAt(captionEnd - 1))) captionEnd--;
      return { start, end: creditEnd, captionEnd };
    }
  }
  return null;
}

// The end-anchored patterns (ending with `$`, no `m` flag) searched from their reach before the end
// of a line (search-from.ts): a match never spans more than the reach, so this finds the same
// match, at the same index, as a search from every position of a long line. Reaches in code units
// (a \p{…} letter may take two).
const IMAGE_LABEL_END = searchable(IMAGE_LABEL);
/** Blank, dash, 3 blanks, "Photo", 3 blanks, 3 digits, ".". */
const IMAGE_LABEL_REACH = 1 + 1 + 3 + 5 + 3 + 3 + 1;
const END_MARK_END = searchable(END_MARK);
/** "./.", 3 blanks, a capital and 20 letters, 3 blanks. */
const END_MARK_REACH = 3 + 3 + 2 + 2 * 20 + 3;
const DASH_SIGNOFF_END = searchable(DASH_SIGNOFF);
/** Blank, dash, 3 blanks, a capital and 15 more, 3 blanks. */
const DASH_SIGNOFF_REACH = 1 + 1 + 3 + 2 + 2 * 15 + 3;

/** `IMAGE_LABEL.test(text)`, read from the end. */
export const isImageLabel = (text: string): boolean =>
  execFrom(IMAGE_LABEL_END, text, text.length - IMAGE_LABEL_REACH) !== null;
/** `END_MARK.exec(text)`, read from the end. */
export const endMarkAt = (text: string): RegExpExecArray | null =>
  execFrom(END_MARK_END, text, text.length - END_MARK_REACH);
/** `DASH_SIGNOFF.exec(text)`, read from the end. */
export const dashSignoffAt = (text: string): RegExpExecArray | null =>
  execFrom(DASH_SIGNOFF_END, text, text.length - DASH_SIGNOFF_REACH);

/** A line closed by a dash after a blank: "<headline of another article> -" (space or tab, then - or –). */
export function danglingDash(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const last = text.charCodeAt(n - 1);
  const before = text.charCodeAt(n - 2);
  return (last === 45 || last === 0x2013) && (before === 32 || before === 9);
}
