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

/** Words: runs of letters, combining marks and digits (hyphens, apostrophes and dots split them). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;

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

/**
 * Splits text into words with their folding keys and their positions in the text as given, so
 * matches on keys report spans of the original string (NFD, tone marks, đ and case included).
 * Linear in the text length.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const key = keyOf(word);
    // A run of marks alone (a lone combining character) folds to nothing: not a word.
    if (key.length === 0) continue;
    tokens.push({ start: m.index, end: m.index + word.length, key, capitalized: UPPER_START.test(word) });
  }
  return tokens;
}

/** The folding keys of the words of a name, as {@link tokenize} would produce them in running text. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}
