import { foldKey } from '../text/fold.js';

/** A word of the text: letters, combining marks and digits, with its folding key. */
export interface Token {
  /** Index of the first code unit in the original text. */
  start: number;
  /** Index just past the last code unit. */
  end: number;
  /** Folding key of the word ("ha", "noi" for "Hà Nội"). */
  key: string;
  /** First letter is upper case (a name position), or the word is in capitals. */
  capitalized: boolean;
}

/** Word characters of the Basic Multilingual Plane: 0 unknown yet, 1 word, 2 not (filled on first sight). */
let bmp: Uint8Array | undefined;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff)
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  bmp ??= new Uint8Array(65536);
  let known = bmp[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmp[code] = known;
  }
  return known === 1;
}

/** Folding keys of words seen before: news repeats its words, so most lookups hit. */
const keyCache = new Map<string, string>();
/** Bound on the cache, so a long stream of unique words cannot grow it without limit. */
const KEY_CACHE_LIMIT = 100_000;

function keyOf(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = foldKey(word);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCodePoint(word.codePointAt(0) as number);
  return first !== first.toLowerCase();
}

/**
 * Splits text into words — runs of letters, combining marks and digits; hyphens, apostrophes and
 * dots split them — with their folding keys and their positions in the text as given, so matches
 * on keys report spans of the original string (NFD, tone marks, đ and case included). One pass
 * over the characters, linear in the text length.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const word = i < n && isWordCode(code, text, i);
    if (word) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
      // A surrogate pair is one character: step over its second half.
      if (code >= 0xd800 && code <= 0xdbff) i++;
      continue;
    }
    if (start < 0) continue;
    const raw = text.slice(start, i);
    // An ASCII word (letters and digits) folds to its lower case: no lookup needed.
    const key = ascii ? raw.toLowerCase() : keyOf(raw);
    // A run of marks alone (a lone combining character) folds to nothing: not a word.
    if (key.length > 0) tokens.push({ start, end: i, key, capitalized: isCapital(raw) });
    start = -1;
  }
  return tokens;
}

/** The folding keys of the words of a name, as {@link tokenize} would produce them in running text. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}
