import { assertString } from '../errors.js';
import { safeNormalize } from './safe-normalize.js';

/** Where a Vietnamese tone mark sits on the vowel clusters oa, oe and uy of open syllables. */
export type ToneStyle = 'new' | 'old';

/** The five tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/** One word: a letter followed by letters and combining marks (linear: a single character class run). */
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Quick pre-filter on NFC words: only words with an o or u (plain or with a tone mark) can change. */
const CANDIDATE = /[oOuUòóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ]/u;

/** Consonant letters that can open a syllable before oa/oe/uy (q excluded: "quý" keeps the mark on y). */
const ONSET = /^(?:[bcdđghklmnprstvx]*)$/iu;

const PAIRS: Readonly<Record<string, string>> = { o: 'ae', u: 'y' };

/**
 * Moves the tone mark of one NFD word, or returns null when the word does not qualify. A word
 * qualifies when it is onset consonants + a plain o/u + a plain a/e/y with exactly one tone mark
 * and nothing after the cluster (open syllable: "hoàng", "thuyền", "ngoài" do not qualify).
 */
function moveTone(word: string, style: ToneStyle): string | null {
  // Parse from the end: [onset][v1][m1?][v2][m2?] where m is one tone mark.
  let end = word.length;
  let m2 = '';
  const last = word[end - 1] ?? '';
  if (TONE_MARKS.includes(last)) {
    m2 = last;
    end--;
  }
  const v2 = word[end - 1] ?? '';
  end--;
  let m1 = '';
  const beforeV2 = word[end - 1] ?? '';
  if (TONE_MARKS.includes(beforeV2)) {
    m1 = beforeV2;
    end--;
  }
  const v1 = word[end - 1] ?? '';
  end--;
  if (end < 0) return null;
  const pair = PAIRS[v1.toLowerCase()];
  if (pair === undefined || !pair.includes(v2.toLowerCase())) return null;
  if ((m1 === '') === (m2 === '')) return null; // no tone mark, or two (not Vietnamese)
  const onset = word.slice(0, end);
  if (!ONSET.test(onset) || /q$/iu.test(onset)) return null;
  const mark = m1 || m2;
  return style === 'new' ? onset + v1 + mark + v2 : onset + v1 + v2 + mark;
}

/**
 * Normalises the placement of Vietnamese tone marks on the clusters oa, oe and uy in open
 * syllables: old style puts the mark on the second vowel (hoà, thuỷ, khoẻ), new style on the
 * first (hòa, thủy, khỏe). Both are correct Vietnamese; pick one for a canonical form. Syllables
 * with a final consonant or another vowel (hoàng, thuyền, ngoài) and "qu" syllables (quý) are
 * unaffected. Accepts NFC or NFD input and returns NFC.
 *
 * @param text - any string
 * @param style - `'new'` (hòa) or `'old'` (hoà)
 * @default style 'new'
 * @returns the NFC text with the marks moved
 * @throws TypeError when `text` is not a string
 * @example normalizeToneMarks('Hoà Bình, thuỷ điện, khoẻ') // 'Hòa Bình, thủy điện, khỏe'
 * @example normalizeToneMarks('Thanh Hóa', 'old') // 'Thanh Hoá'
 */
export function normalizeToneMarks(text: string, style: ToneStyle = 'new'): string {
  assertString(text, 'text');
  if (style !== 'new' && style !== 'old')
    throw new TypeError(`Expected style 'new' or 'old', got ${String(style)}`);
  return safeNormalize(text).replace(WORD, (word) => {
    if (word.length < 2 || word.length > 8 || !CANDIDATE.test(word)) return word;
    const moved = moveTone(safeNormalize(word, 'NFD'), style);
    return moved === null ? word : safeNormalize(moved);
  });
}
