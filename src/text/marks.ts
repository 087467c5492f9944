import { visibleView } from './invisible.js';
import { safeNormalize } from './safe-normalize.js';
import { normalizeToneMarks } from './tone.js';

/**
 * Combining marks that write Vietnamese: the five tones (grave, acute, tilde, hook above, dot
 * below) and the vowel marks (circumflex â ê ô, breve ă, horn ơ ư).
 */
const VIETNAMESE_MARKS = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b';

/**
 * Marks no other language written in Latin letters uses much (hook above, dot below, horn, breve),
 * as opposed to the acute, grave, circumflex and tilde of French, Portuguese or Spanish.
 */
const DISTINCTIVE_MARKS = '\u0309\u0323\u031b\u0306';

/** Per BMP code unit: 0 not yet seen, else 1 + the MARKED and DISTINCTIVE bits. */
let table: Uint8Array | undefined;
/** {@link markClass}: the code unit carries a Vietnamese mark. */
export const MARKED = 2;
/** {@link markClass}: the code unit carries a mark only Vietnamese uses (see {@link hasDistinctiveVietnameseMarks}). */
export const DISTINCTIVE = 4;
/** {@link markClass}: the code unit carries a combining mark Vietnamese never writes (ä, å, ö, ü, ç, ř). */
export const FOREIGN = 8;

function classify(code: number): number {
  table ??= new Uint8Array(65536);
  let c = table[code] as number;
  if (c === 0) {
    c = 1;
    if (code === 0x111 || code === 0x110) c |= MARKED | DISTINCTIVE;
    else if (!(code >= 0xd800 && code <= 0xdfff)) {
      let marks = 0;
      for (const part of String.fromCharCode(code).normalize('NFD')) {
        if (VIETNAMESE_MARKS.includes(part)) marks++;
        else if (/\p{M}/u.test(part)) c |= FOREIGN;
        if (DISTINCTIVE_MARKS.includes(part)) c |= DISTINCTIVE;
      }
      if (marks > 0) c |= MARKED;
      // A vowel mark and a tone on one letter (ế, ộ, ừ) is Vietnamese only.
      if (marks > 1) c |= DISTINCTIVE;
    }
    table[code] = c;
  }
  return c;
}

/**
 * The marks of one BMP code unit at or above U+00C0, as the {@link MARKED}, {@link DISTINCTIVE}
 * and {@link FOREIGN} bits (0 for none): lets a tokenizer note them while it reads a word.
 */
export function markClass(code: number): number {
  return classify(code) & (MARKED | DISTINCTIVE | FOREIGN);
}

function scanMarks(text: string, start: number, end: number, bit: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && (classify(code) & bit) !== 0) return true;
  }
  return false;
}

/**
 * Whether `text[start, end)` carries a Vietnamese mark: a tone, a vowel mark (â ă ê ô ơ ư) or đ,
 * precomposed or combining. All-ASCII text returns false after one pass over its code units.
 *
 * @param text - any string
 * @param start - first code unit @default 0
 * @param end - code unit after the last @default text.length
 * @example hasVietnameseMarks('Hà Nội') // true
 * @example hasVietnameseMarks('Ha Noi') // false
 * @example hasVietnameseMarks('Malmö') // false (a diaeresis is not a Vietnamese mark)
 */
export function hasVietnameseMarks(text: string, start = 0, end = text.length): boolean {
  return scanMarks(text, start, end, MARKED);
}

/**
 * Whether `text[start, end)` carries a mark that only Vietnamese uses among languages written in
 * Latin letters: đ, a hook above, a dot below, a horn, a breve, or a vowel mark with a tone on
 * one letter. "Genevé" and "São Paulo" have Vietnamese marks, but not distinctive ones.
 *
 * @example hasDistinctiveVietnameseMarks('Bỉ') // true
 * @example hasDistinctiveVietnameseMarks('Bí') // false (French and Spanish write í too)
 */
export function hasDistinctiveVietnameseMarks(text: string, start = 0, end = text.length): boolean {
  return scanMarks(text, start, end, DISTINCTIVE);
}

/**
 * Whether `text[start, end)` carries a combining mark that Vietnamese never writes: a diaeresis,
 * a ring, a cedilla, a caron ("Nära", "Malmö", "Zürich"), precomposed or combining.
 *
 * @example hasForeignMarks('Nära') // true
 * @example hasForeignMarks('Hà Nội') // false
 */
export function hasForeignMarks(text: string, start = 0, end = text.length): boolean {
  return scanMarks(text, start, end, FOREIGN);
}

/**
 * The marked spelling of a word or name for comparing marks: NFC, lower case, tone marks in the
 * new placement (so "Hoà" and "Hòa" agree). Unlike a folding key it keeps every mark.
 *
 * @example markedSpelling('HOÀ Bình') // 'hòa bình'
 */
export function markedSpelling(text: string): string {
  // Printable ASCII has no marks to place and nothing invisible: lower case is all.
  if (ASCII.test(text)) return text.toLowerCase();
  // Invisible characters inside a word (U+034F, soft hyphen, zero-width space) change no spelling.
  return normalizeToneMarks(safeNormalize(visibleView(text).text).toLowerCase(), 'new');
}

const ASCII = /^[\u0020-\u007e]*$/u;

/**
 * Whether marked spelling `word` is `spelling` with some of its Vietnamese marks lost, letter by
 * letter ("quôc" of "quốc", "tô" of "tổ", "dông" of "đông"): the same letters, each written with
 * a subset of the other's marks. Both are {@link markedSpelling}s (NFC, lower case). Pages that
 * lost their marks on some letters (a best-fit conversion to Latin-1 keeps "à" and "ô" and drops
 * "ố" to "ô") write names so.
 *
 * @example marksWithin('hàn quôc', 'hàn quốc') // true
 * @example marksWithin('hà', 'hạ') // false
 */
export function marksWithin(word: string, spelling: string): boolean {
  if (word.length !== spelling.length) return false;
  for (let i = 0; i < word.length; i++) {
    const a = word.charCodeAt(i);
    const b = spelling.charCodeAt(i);
    if (a === b) continue;
    // đ written as d.
    if (b === 0x111 && a === 0x64) continue;
    if (a < 0x61 || !lettersWithin(String.fromCharCode(a), String.fromCharCode(b))) return false;
  }
  return true;
}

/** One letter `a` is letter `b` with some of its marks (NFD: the same base, marks a subset). */
function lettersWithin(a: string, b: string): boolean {
  const x = a.normalize('NFD');
  const y = b.normalize('NFD');
  if (x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  for (let k = 1; k < x.length; k++) if (!y.includes(x[k] as string, 1)) return false;
  return true;
}
