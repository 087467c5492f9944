import { diacriticsMap } from 'diacritics';
import { assertString } from '../errors.js';
import { isInvisible } from './invisible.js';
import { safeNormalize } from './safe-normalize.js';

/**
 * Normalises text to Unicode NFC, the form vietnorm stores and returns. Vietnamese text often
 * arrives in NFD (a base letter followed by combining tone marks); NFC composes it.
 *
 * @param text - any string
 * @returns the NFC form of `text`
 * @throws TypeError when `text` is not a string
 * @example nfc('Ha\u0300 No\u0323\u0302i') // 'Hà Nội' (7 code units instead of 10)
 */
export function nfc(text: string): string {
  assertString(text, 'text');
  return safeNormalize(text);
}

/** The result of {@link foldWithMap}. */
export interface FoldResult {
  /** The folding key, exactly what {@link foldKey} returns for the same text. */
  readonly key: string;
  /**
   * `map[i]` is the UTF-16 index in the original text of the character that produced `key[i]`
   * (a collapsed whitespace run maps to the first whitespace character of the run).
   */
  readonly map: readonly number[];
  /**
   * `ends[i]` is the index just past that source character, including any combining marks that
   * followed it and were folded away; a span `key.slice(a, b)` is `text.slice(map[a], ends[b - 1])`.
   */
  readonly ends: readonly number[];
}

// Characters with a fixed fold that Unicode decomposition does not give. Each group says why.
/** Dashes and minus signs: all become "-" so "Bà Rịa – Vũng Tàu" and "Bà Rịa-Vũng Tàu" meet. */
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D';
/** Single quotes, apostrophes and primes: all become "'". U+00B4 and U+0060 are used as apostrophes in copy. */
const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u02B9\u00B4\u0060\u2039\u203A\uFF07";
/** Double quotes and guillemets: all become '"'. */
const DOUBLE_QUOTES = '"\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u301D\u301E\uFF02';

/** Fold of one code point: a string (possibly empty), or SPACE for whitespace. */
const SPACE = 0;
type CharFold = string | typeof SPACE;

const cache = new Map<string, CharFold>();
const WHITESPACE = /^\s$/u;
/** Combining marks of the blocks Latin text uses (diacritical marks, extended, supplement, half marks). */
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/gu;

function computeFold(ch: string): CharFold {
  // Invisible characters first (the tokenizer's list, invisible.ts): U+FEFF also counts as white
  // space for \s.
  if (ch.length === 1 && isInvisible(ch.charCodeAt(0))) return '';
  if (WHITESPACE.test(ch)) return SPACE;
  if (DASHES.includes(ch)) return '-';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  // Đ/đ is a letter of its own: NFD does not decompose it, so it is mapped explicitly.
  if (ch === 'đ' || ch === 'Đ') return 'd';
  // Lower-case first (İ becomes i + U+0307), then decompose and drop the marks (Vietnamese tones,
  // Swedish å/ä/ö, é …), then the diacritics table for letters without a decomposition (ø, æ, ł, ß).
  let out = ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
  let mapped = '';
  for (const c of out) mapped += diacriticsMap[c] ?? c;
  out = mapped.toLowerCase();
  return out;
}

function foldChar(ch: string): CharFold {
  let f = cache.get(ch);
  if (f === undefined) {
    f = computeFold(ch);
    cache.set(ch, f);
  }
  return f;
}

/**
 * The fold of one character (one code point) as it appears inside a word: what {@link foldKey}
 * puts in the key for it. Whitespace gives " ". For tokenizers that fold word by word without
 * slicing the text.
 */
export function foldCharacter(ch: string): string {
  const f = foldChar(ch);
  return f === SPACE ? ' ' : f;
}

/** ASCII fast path: fold of code points 0–127 (index = code point). */
const ASCII: readonly CharFold[] = Array.from({ length: 128 }, (_, i) => computeFold(String.fromCharCode(i)));

/**
 * Core loop shared by {@link foldKey} and {@link foldWithMap}. Spaces around a dash are dropped
 * ("Ba Ria - Vung Tau" and "Ba Ria–Vung Tau" give the same key), whitespace runs become one space,
 * and the key is trimmed.
 */
function fold(text: string, withMap: boolean): FoldResult {
  let key = '';
  const map: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1; // index of the first whitespace of a pending run, or -1
  let lastIsDash = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let ch: string;
    let f: CharFold;
    if (code < 128) {
      ch = text[i] as string;
      f = ASCII[code] as CharFold;
    } else {
      const cp = text.codePointAt(i) as number;
      ch = cp > 0xffff ? String.fromCodePoint(cp) : (text[i] as string);
      f = foldChar(ch);
    }
    const next = i + ch.length;
    if (f === SPACE) {
      if (pendingSpace < 0 && key.length > 0 && !lastIsDash) pendingSpace = i;
    } else if (f === '') {
      // A dropped mark or invisible character: the previous key character's source extends over it.
      if (withMap && ends.length > 0 && pendingSpace < 0) ends[ends.length - 1] = next;
    } else {
      const isDash = f === '-';
      if (pendingSpace >= 0 && !isDash) {
        key += ' ';
        if (withMap) {
          map.push(pendingSpace);
          ends.push(pendingSpace + 1);
        }
      }
      pendingSpace = -1;
      key += f;
      if (withMap)
        for (let k = 0; k < f.length; k++) {
          map.push(i);
          ends.push(next);
        }
      lastIsDash = isDash;
    }
    i = next;
  }
  return { key, map, ends };
}

/**
 * The folding key used for matching names: NFC, lower case, without tone marks and other
 * diacritics (Vietnamese, Swedish å/ä/ö, French é …), đ/Đ → d, every dash → "-" (without spaces
 * around it), curly and straight quotes unified (' and "), apostrophes unified, whitespace runs
 * collapsed to one space and trimmed. Works the same on NFC and NFD input. Keys are for lookups
 * only; never show them to readers.
 *
 * @param text - any string
 * @returns the folding key
 * @throws TypeError when `text` is not a string
 * @example foldKey('HÀ NỘI') // 'ha noi'
 * @example foldKey('Östersjön') // 'ostersjon'
 * @example foldKey('Bà Rịa – Vũng Tàu') // 'ba ria-vung tau'
 * @example foldKey('People’s  Army') // "people's army"
 */
export function foldKey(text: string): string {
  assertString(text, 'text');
  return fold(text, false).key;
}

/**
 * {@link foldKey} with an offset map back into the original string, for recognisers that match
 * on keys and report spans in the text as written.
 *
 * @param text - any string
 * @returns `{ key, map, ends }` (see {@link FoldResult})
 * @throws TypeError when `text` is not a string
 * @example
 * const { key, map, ends } = foldWithMap('Tại Hà Nội');
 * // key 'tai ha noi'; key.indexOf('ha noi') === 4
 * // 'Tại Hà Nội'.slice(map[4], ends[9]) === 'Hà Nội'
 */
export function foldWithMap(text: string): FoldResult {
  assertString(text, 'text');
  return fold(text, true);
}
