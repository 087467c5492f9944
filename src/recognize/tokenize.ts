import { foldKey } from '../text/fold.js';

/**
 * The words of a text, stored column-wise (typed arrays, no object per word): a long text has
 * millions of words and objects would cost more in garbage collection than the matching itself.
 */
export class Tokens {
  #start: Int32Array;
  #end: Int32Array;
  #capital: Uint8Array;
  readonly #key: string[] = [];
  length = 0;

  constructor(capacity = 64) {
    this.#start = new Int32Array(capacity);
    this.#end = new Int32Array(capacity);
    this.#capital = new Uint8Array(capacity);
  }

  push(start: number, end: number, key: string, capital: boolean): void {
    if (this.length === this.#start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#start = grow(this.#start);
      this.#end = grow(this.#end);
      const c = new Uint8Array(this.#capital.length * 2);
      c.set(this.#capital);
      this.#capital = c;
    }
    this.#start[this.length] = start;
    this.#end[this.length] = end;
    this.#capital[this.length] = capital ? 1 : 0;
    this.#key.push(key);
    this.length++;
  }

  /** Index of the first code unit of word i in the original text. */
  start(i: number): number {
    return this.#start[i] as number;
  }

  /** Index just past the last code unit of word i. */
  end(i: number): number {
    return this.#end[i] as number;
  }

  /** Folding key of word i ("ha", "noi" for "Hà Nội"), or undefined past either end. */
  key(i: number): string | undefined {
    return this.#key[i];
  }

  /** Word i starts with a capital (a name position). */
  capital(i: number): boolean {
    return this.#capital[i] === 1;
  }
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

/** Key of a word that no name or context rule contains: its spelling is never needed. */
export const OTHER_WORD = '\u0000';

/**
 * Hash of a lower-case ASCII word, as {@link tokenize} computes it on the fly (FNV-1a, 32 bits).
 * A vocabulary of such hashes lets the tokenizer skip slicing words that cannot matter.
 */
export function asciiWordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Splits text into words — runs of letters, combining marks and digits; hyphens, apostrophes and
 * dots split them — with their folding keys and their positions in the text as given, so matches
 * on keys report spans of the original string (NFD, tone marks, đ and case included). One pass
 * over the characters, linear in the text length.
 *
 * With a `vocabulary` (hashes of the lower-case ASCII words that names and context rules use), a
 * lower-case ASCII word outside it gets the key {@link OTHER_WORD} without being copied: it can
 * start no name and decide no context. Capitalised and non-ASCII words always get their key.
 */
export function tokenize(text: string, vocabulary?: ReadonlySet<number>): Tokens {
  const tokens = new Tokens(Math.max(4, text.length >> 3));
  const n = text.length;
  let start = -1;
  let ascii = true;
  let upper = false;
  let hash = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    // ASCII inline (the common case); other characters by the lazily filled table.
    const lower = code | 32;
    const word =
      code < 128
        ? (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)
        : i < n && isWordCode(code, text, i);
    if (word) {
      if (start < 0) {
        start = i;
        ascii = true;
        upper = false;
        hash = 0x811c9dc5;
      }
      if (code >= 128) ascii = false;
      else if (code <= 90 && code >= 65) upper = true;
      else hash = Math.imul(hash ^ code, 0x01000193);
      // A surrogate pair is one character: step over its second half.
      if (code >= 0xd800 && code <= 0xdbff) i++;
      continue;
    }
    if (start < 0) continue;
    if (ascii && !upper && vocabulary && !vocabulary.has(hash)) {
      tokens.push(start, i, OTHER_WORD, false);
      start = -1;
      continue;
    }
    const raw = text.slice(start, i);
    // An ASCII word (letters and digits) folds to its lower case: no lookup needed.
    const key = ascii ? (upper ? raw.toLowerCase() : raw) : keyOf(raw);
    // A run of marks alone (a lone combining character) folds to nothing: not a word.
    if (key.length > 0) tokens.push(start, i, key, ascii ? upper && isCapital(raw) : isCapital(raw));
    start = -1;
  }
  return tokens;
}

/** The folding keys of the words of a name, as {@link tokenize} would produce them in running text. */
export function nameKeys(name: string): string[] {
  const tokens = tokenize(name);
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) keys.push(tokens.key(i) as string);
  return keys;
}
