import type { Span } from './schema.js';

/**
 * Abbreviations that end with a stop inside a sentence, per language (lower case, without the final
 * stop). A stop after one of them, or after a single capital letter ("A. Smith"), does not end the
 * sentence.
 */
const ABBREVIATIONS: Readonly<Record<'en' | 'sv' | 'vi' | 'other', readonly string[]>> = {
  en: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'lt',
    'col',
    'maj',
    'capt',
    'sgt',
    'adm',
    'gov',
    'sen',
    'rep',
    'st',
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'u.s',
    'u.n',
    'u.k',
    'a.m',
    'p.m',
    'inc',
    'ltd',
    'co',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'approx',
    'est',
    'fig',
  ],
  sv: [
    't.ex',
    'bl.a',
    's.k',
    'o.s.v',
    'm.m',
    'kl',
    'ca',
    'nr',
    'resp',
    'fr.o.m',
    't.o.m',
    'dvs',
    'jfr',
    'osv',
    'st',
  ],
  vi: ['tp', 'ts', 'ths', 'gs', 'pgs', 'ks', 'bs', 'ông', 'bà', 'q', 'p', 'tt'],
  other: ['mr', 'dr', 'nr', 'no', 'st'],
};

let tables: Map<string, Set<string>> | undefined;

function abbreviations(language: string): Set<string> {
  tables ??= new Map(
    Object.entries(ABBREVIATIONS).map(([k, list]) => [k, new Set([...list, ...ABBREVIATIONS.other])]),
  );
  return (tables.get(language) ?? tables.get('other')) as Set<string>;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = new Set([34, 39, 41, 93, 0x2019, 0x201d, 0xbb]);

/**
 * A stop that may end a sentence: ".", "!", "?" or "…". Found by the engine's search, which skips the
 * text between stops several times faster than a loop of charCodeAt calls on a paragraph's slice.
 */
const STOP = /[.!?\u2026]/g;

/** The word ending just before `end` (letters, marks and inner dots: "U.S", "t.ex"), lower-cased. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1)) && end - start < 12) start--;
  return text
    .slice(start, end)
    .replace(/^[("'“‘[]+/u, '')
    .toLowerCase();
}

/**
 * Splits a paragraph into sentences in one linear scan: a sentence ends at ".", "!", "?" or "…"
 * (with any closing quotes and brackets) followed by a space and a capital letter, a digit or an
 * opening quote — unless the stop closes a known abbreviation ("Mr.", "Gen.", "t.ex.", "TP.") or a
 * single capital letter (an initial). Offsets are shifted by `offset`, so they index the caller's
 * input. The language picks the abbreviation list (en, sv, vi; others share a short list).
 *
 * @example sentences('Hà Nội đón khách. Tokyo cũng vậy.', 0, 'vi').map((s) => s.text)
 * // ['Hà Nội đón khách.', 'Tokyo cũng vậy.']
 */
export function sentences(text: string, offset: number, language: string): Span[] {
  const abbr = abbreviations(language);
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: offset + s, end: offset + e });
  };
  const n = text.length;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m !== null; m = STOP.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let end = i + 1;
    while (end < n && (text.charCodeAt(end) === 46 || CLOSERS.has(text.charCodeAt(end)))) end++;
    if (end < n && !isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next < n) {
      const ch = text.charAt(next);
      if (!/[\p{Lu}\d"'“‘«([]/u.test(ch)) continue;
      if (c === 46) {
        const word = wordBefore(text, i);
        if (abbr.has(word) || (/^\p{Lu}$/u.test(text.slice(i - 1, i)) && word.length === 1)) continue;
      }
    }
    push(end);
    start = end;
    STOP.lastIndex = end;
  }
  push(n);
  return out;
}
