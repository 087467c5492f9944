import { VietnormError } from '../errors.js';
import { foldCharacter, foldKey } from '../text/fold.js';
import { isInvisible } from '../text/invisible.js';
import { MARKED, markClass } from '../text/marks.js';
import { Reused } from './scratch.js';

/**
 * {@link Tokens} flag: the word starts with a capital. Bits 2, 4 and 8 are the MARKED, DISTINCTIVE
 * and FOREIGN bits of text/marks.ts (see {@link markClass}).
 */
const CAPITAL = 1;
/** {@link Tokens} flag: some letter of the word is in upper case. */
const HAS_UPPER = 16;
/** {@link Tokens} flag: some letter of the word is in lower case. */
const HAS_LOWER = 32;
/**
 * {@link Tokens} flag: the next word follows after one or two spaces (U+0020 or U+00A0) and
 * nothing else, as the words of one name do (set when the next word is pushed).
 */
const SPACED = 64;
/**
 * {@link Tokens} flag: some character of the word is no letter or combining mark (a digit, or an
 * invisible character such as a soft hyphen).
 */
const NOT_LETTER = 128;
/** {@link Tokens} flag: some code unit of the word is outside ASCII. */
const NON_ASCII = 256;
/**
 * {@link Tokens} flag: the next word follows after one hyphen and nothing else ("Peking-OS",
 * "Tae-yul"; set when the next word is pushed).
 */
const HYPHENED = 512;
/** {@link Tokens}: the vocabulary id is stored above the flags. */
const ID_SHIFT = 10;

/** The vocabulary's size limit: an id and the flags share one 32-bit number. */
const MAX_WORDS = 1 << (31 - ID_SHIFT);

/** Key of a word that no name or context rule contains: its spelling is never needed to match. */
export const OTHER_WORD = '\u0000';

/** The longest key (in code units of a byte each) that two 32-bit numbers hold whole. */
const SHORT_KEY = 8;
/** {@link Vocabulary}'s table: numbers per slot (1 << SLOT_SHIFT). */
const SLOT = 4;
const SLOT_SHIFT = 2;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash (32 bits) of a folding key's UTF-16 code units, as {@link tokenize} computes it on the fly. */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Per BMP code unit, filled on first sight: 0 unknown, NOT_WORD, or for a word character its
 * fold — FOLD_EMPTY (a mark), FOLD_LONG (several characters, see {@link foldOf}) or the single
 * folded code unit + 1 — with the UPPER bit when the character is upper case. One typed-array
 * read per character on the tokenizer's hot path.
 */
let classes: Int32Array | undefined;
const NOT_WORD = 1 << 21;
const FOLD_EMPTY = 1 << 17;
const FOLD_LONG = 1 << 18;
const UPPER = 1 << 20;
/** A letter in lower case (one that upper-casing changes). */
const LOWER = 1 << 22;
/** A word character that is no letter or combining mark (a digit; an invisible character). */
const NON_LETTER_CLASS = 1 << 19;
/** The character's marks (see {@link markClass}) sit at this bit of its class. */
const MARKS_AT = 23;
const FOLD_MASK = NON_LETTER_CLASS - 1;
/** Folds of several characters, by code unit. */
const longFolds = new Map<number, string>();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function classOf(code: number): number {
  classes ??= new Int32Array(65536);
  let c = classes[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Invisible characters inside words (soft hyphen, zero-width space, U+034F) change no word.
    if (isInvisible(code)) c = FOLD_EMPTY | NON_LETTER_CLASS;
    // Lone surrogates are never word characters; pairs are classified by code point.
    else if ((code >= 0xd800 && code <= 0xdfff) || !WORD_CHAR.test(ch)) c = NOT_WORD;
    else {
      const f = foldCharacter(ch);
      if (f.length === 0) c = FOLD_EMPTY;
      else if (f.length === 1) c = f.charCodeAt(0) + 1;
      else {
        c = FOLD_LONG;
        longFolds.set(code, f);
      }
      if (!LETTER_OR_MARK.test(ch)) c |= NON_LETTER_CLASS;
      if (ch !== ch.toLowerCase()) c |= UPPER;
      if (ch !== ch.toUpperCase()) c |= LOWER;
      if (code >= 0xc0) c |= markClass(code) << MARKS_AT;
    }
    classes[code] = c;
  }
  return c;
}

function foldOf(code: number): string {
  const c = classOf(code) & FOLD_MASK;
  if (c === FOLD_EMPTY) return '';
  if (c === FOLD_LONG) return longFolds.get(code) as string;
  return String.fromCharCode(c - 1);
}

/** The fold of the character at `i` (a surrogate pair counts as one character). */
function foldAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90 ? String.fromCharCode(code | 32) : text[i]) as string;
  if (code >= 0xd800 && code <= 0xdbff)
    return foldCharacter(String.fromCodePoint(text.codePointAt(i) as number));
  return foldOf(code);
}

/**
 * The word keys that names and context rules use, interned: each gets a small integer id, and a
 * hash table lets the tokenizer find a word's id from the hash it computes while reading the
 * characters, without copying the word out of the text. Id 0 is {@link OTHER_WORD}.
 */
export class Vocabulary {
  /** Key of each id. */
  readonly words: string[] = [OTHER_WORD];
  /**
   * Open addressing, four numbers per slot: id (0 empty), the key's hash (compared before the
   * key), and for a key of at most {@link SHORT_KEY} code units of a byte each (nearly every word
   * a text holds: "the", "minister", "và") those units packed a byte a unit, the last four in the
   * third number and the four before in the fourth; other keys have 0 0 there, which no word packs
   * to (its last unit is no U+0000). A word is found, or told apart from a key, within the slot's
   * 16 bytes: one cache line, where keys kept in arrays by id cost a miss each. The table is the
   * only copy of the hashes and packed units: a rehash moves the slots over.
   */
  #table = new Int32Array(SLOT * 256);
  /**
   * Every key's code units, one after another, and where each key ends (`#ends[id]`; it begins
   * where the key before it ends): {@link find} compares a word with its key here, side by side in
   * memory, not in a string of its own somewhere in the heap (a cache miss on most words of a text).
   */
  #chars = new Uint16Array(1024);
  #ends = new Int32Array(256);

  /** Number of keys (not counting {@link OTHER_WORD}). */
  get size(): number {
    return this.words.length - 1;
  }

  /** The id of a folding key, added if new. */
  add(key: string): number {
    const found = this.id(key);
    if (found !== 0) return found;
    const id = this.words.length;
    if (id >= MAX_WORDS)
      throw new VietnormError('invalid-entity', `too many distinct name words (over ${MAX_WORDS})`, { key });
    this.words.push(key);
    this.#store(id, key);
    // At most half the slots in use.
    if (this.words.length * 2 * SLOT > this.#table.length) this.#rehash();
    let packed = 0;
    let high = 0;
    let wide = 0;
    for (let k = 0; k < key.length; k++) {
      high = (high << 8) | (packed >>> 24);
      packed = (packed << 8) | key.charCodeAt(k);
      wide |= key.charCodeAt(k) >>> 8;
    }
    const short = key.length <= SHORT_KEY && wide === 0;
    this.#insert(this.#table, id, keyHash(key), short ? packed : 0, short ? high : 0);
    return id;
  }

  /** The id of a folding key, or 0. */
  id(key: string): number {
    const hash = keyHash(key);
    const table = this.#table;
    const mask = (table.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = table[SLOT * slot] as number;
      if (id === 0) return 0;
      if (table[SLOT * slot + 1] === hash && this.words[id] === key) return id;
    }
  }

  /** The id of the word `text[start, end)` whose folded characters hash to `hash`, or 0. */
  find(hash: number, text: string, start: number, end: number): number {
    const table = this.#table;
    const mask = (table.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = table[SLOT * slot] as number;
      if (id === 0) return 0;
      if (table[SLOT * slot + 1] !== hash) continue;
      if (foldsTo(text, start, end, this.#chars, this.#ends[id - 1] as number, this.#ends[id] as number))
        return id;
    }
  }

  /**
   * The id of the word whose folded key has `hash` and is at most {@link SHORT_KEY} code units of
   * a byte each, packed in `high` and `packed`, or 0: exact, with no read of the text (a key is
   * never empty and holds no U+0000, so keys of different lengths pack differently).
   */
  findShort(hash: number, high: number, packed: number): number {
    const table = this.#table;
    const mask = (table.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const id = table[at] as number;
      if (id === 0) return 0;
      if (table[at + 1] === hash && table[at + 2] === packed && table[at + 3] === high) return id;
    }
  }

  /** Stores the code units of key `id`. */
  #store(id: number, key: string): void {
    if (id >= this.#ends.length) {
      const ends = new Int32Array(this.#ends.length * 2);
      ends.set(this.#ends);
      this.#ends = ends;
    }
    const from = this.#ends[id - 1] as number;
    if (from + key.length > this.#chars.length) {
      const chars = new Uint16Array(Math.max(this.#chars.length * 2, from + key.length));
      chars.set(this.#chars);
      this.#chars = chars;
    }
    for (let k = 0; k < key.length; k++) this.#chars[from + k] = key.charCodeAt(k);
    this.#ends[id] = from + key.length;
  }

  /** Puts a slot's four numbers into `table`, at the first free slot from the hash's. */
  #insert(table: Int32Array, id: number, hash: number, packed: number, high: number): void {
    const mask = (table.length >> SLOT_SHIFT) - 1;
    let slot = hash & mask;
    while (table[SLOT * slot] !== 0) slot = (slot + 1) & mask;
    const at = SLOT * slot;
    table[at] = id;
    table[at + 1] = hash;
    table[at + 2] = packed;
    table[at + 3] = high;
  }

  /**
   * Twice the slots: each key's slot moves over whole (the table holds all there is to know). Doubling
   * keeps two to four slots per word (the built-in KB's 8,783 words: 32,768 slots, 512 KiB; growing
   * fourfold left 65,536, 1 MiB, most of it empty lines of cache).
   */
  #rehash(): void {
    const old = this.#table;
    const table = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      const id = old[at] as number;
      if (id !== 0)
        this.#insert(table, id, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
    }
    this.#table = table;
  }
}

/**
 * Whether the word `text[start, end)`, folded character by character, is exactly the key held in
 * `chars[from, to)`.
 */
function foldsTo(
  text: string,
  start: number,
  end: number,
  chars: Uint16Array,
  from: number,
  to: number,
): boolean {
  let p = from;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (p === to || chars[p++] !== (code >= 65 && code <= 90 ? code | 32 : code)) return false;
      continue;
    }
    if (code < 0xd800 || code > 0xdbff) {
      const f = classOf(code) & FOLD_MASK;
      if (f < FOLD_EMPTY) {
        if (p === to || chars[p++] !== f - 1) return false;
        continue;
      }
    }
    const f = foldAt(text, i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    for (let k = 0; k < f.length; k++) if (p === to || chars[p++] !== f.charCodeAt(k)) return false;
  }
  return p === to;
}

/** The code units of the key {@link Tokens.is} compares a word outside the vocabulary with. */
let keyChars = new Uint16Array(32);

/** The vocabulary of callers that want every word's key (see {@link Tokens.word}): made on first use. */
let empty: Vocabulary | undefined;

/**
 * The token arrays of the last call (see {@link Reused}): spans, and ids with flags. Every entry
 * read is written first, so an array taken again needs no clearing.
 */
const spanArrays = new Reused<Int32Array>();
const infoArrays = new Reused<Int32Array>();
/** The array of {@link Tokens.capitals} of the last call, reused the same way. */
const capitalArrays = new Reused<Int32Array>();

function scratch(pool: Reused<Int32Array>, size: number): Int32Array {
  return pool.take(
    (array) => array.length >= size,
    () => new Int32Array(size),
  );
}

/**
 * The words of a text, stored in typed arrays (no object or string per word): a long text has
 * millions of words, and objects would cost more in garbage collection than matching.
 */
export class Tokens {
  /** Two numbers per word: its start and its end. */
  #spans: Int32Array;
  /**
   * One number per word: vocabulary id << {@link ID_SHIFT} | flags ({@link CAPITAL},
   * {@link HAS_UPPER}, {@link HAS_LOWER}, {@link SPACED}, and the MARKED, DISTINCTIVE and FOREIGN
   * bits of its letters' marks). Apart from the spans: most reads are of these alone (every word's
   * id in the scan, the capitals of the name stages), and three times as many fit a cache line.
   */
  #info: Int32Array;
  readonly #text: string;
  readonly #words: string[];
  /** The vocabulary the ids are in. */
  readonly vocabulary: Vocabulary;
  length = 0;
  /**
   * The text writes Vietnamese marks on some words and has lost them on others (scraped text
   * partly stripped, as language detection reports it): a word without marks beside marked ones
   * may still be a marked name ("Thống đốc tinh Nara").
   */
  partialMarks = false;
  /**
   * The text is Vietnamese typed without any marks (language detection's `none`): words of address
   * are written without them too ("anh Tuan", "chi Hoa").
   */
  noMarks = false;

  constructor(text: string, vocabulary: Vocabulary, capacity = 64) {
    this.#text = text;
    this.vocabulary = vocabulary;
    this.#words = vocabulary.words;
    this.#spans = scratch(spanArrays, capacity * 2);
    this.#info = scratch(infoArrays, capacity);
  }

  push(start: number, end: number, id: number, flags: number): void {
    const at = this.length;
    if (at === this.#info.length) {
      const size = Math.ceil(at * 1.5 + 16);
      const spans = scratch(spanArrays, size * 2);
      spans.set(this.#spans.subarray(0, at * 2));
      this.#spans = spans;
      const info = scratch(infoArrays, size);
      info.set(this.#info.subarray(0, at));
      this.#info = info;
    }
    const spans = this.#spans;
    const info = this.#info;
    // The gap after the previous word, read here once rather than by every rule that asks.
    if (at > 0) {
      const gap = start - (spans[2 * at - 1] as number);
      if (gap === 1 || gap === 2) {
        const text = this.#text;
        let c = text.charCodeAt(start - 1);
        let spaced = c === 32 || c === 0xa0;
        if (spaced && gap === 2) {
          c = text.charCodeAt(start - 2);
          spaced = c === 32 || c === 0xa0;
        }
        if (spaced) info[at - 1] = (info[at - 1] as number) | SPACED;
        else if (c === 45 && gap === 1) info[at - 1] = (info[at - 1] as number) | HYPHENED;
      }
    }
    spans[2 * at] = start;
    spans[2 * at + 1] = end;
    info[at] = (id << ID_SHIFT) | flags;
    this.length++;
  }

  /**
   * Word i and the next stand side by side: one or two spaces (U+0020 or U+00A0) between them and
   * nothing else, as in one name (false for the last word).
   */
  spaced(i: number): boolean {
    return i >= 0 && i < this.length && ((this.#info[i] as number) & SPACED) !== 0;
  }

  /** Word i and the next are apart by exactly one space (U+0020), as the words of one name typed with care. */
  oneSpace(i: number): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const end = this.#spans[2 * i + 1] as number;
    return this.#spans[2 * i + 2] === end + 1 && this.#text.charCodeAt(end) === 32;
  }

  /** Word i and the next are joined by one hyphen and nothing else ("Peking-OS", "Tae-yul"). */
  hyphenated(i: number): boolean {
    return i >= 0 && i < this.length && ((this.#info[i] as number) & HYPHENED) !== 0;
  }

  /** Word i is the "s" of an English possessive, joined to the word before by an apostrophe ("Japan's", "party’s"). */
  possessive(i: number): boolean {
    if (i < 1 || i >= this.length) return false;
    const spans = this.#spans;
    const start = spans[2 * i] as number;
    if (spans[2 * i + 1] !== start + 1 || spans[2 * i - 1] !== start - 1) return false;
    const apostrophe = this.#text.charCodeAt(start - 1);
    const s = this.#text.charCodeAt(start) | 32;
    return (apostrophe === 39 || apostrophe === 0x2019) && s === 115;
  }

  /** Index of the first code unit of word i in the original text. */
  start(i: number): number {
    return this.#spans[2 * i] as number;
  }

  /** Index just past the last code unit of word i. */
  end(i: number): number {
    return this.#spans[2 * i + 1] as number;
  }

  /** Vocabulary id of word i: 0 when no name or context rule uses it. */
  id(i: number): number {
    return (this.#info[i] as number) >> ID_SHIFT;
  }

  /**
   * Folding key of word i ("ha", "noi" for "Hà Nội") when the vocabulary has it, else
   * {@link OTHER_WORD}; undefined past either end.
   */
  key(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.#words[(this.#info[i] as number) >> ID_SHIFT];
  }

  /**
   * Word i's folding key is `key`: read in place, with no copy even where the vocabulary lacks the
   * word (false past either end).
   */
  is(i: number, key: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const own = this.#words[(this.#info[i] as number) >> ID_SHIFT];
    if (own !== OTHER_WORD) return own === key;
    if (key.length > keyChars.length) keyChars = new Uint16Array(key.length);
    for (let k = 0; k < key.length; k++) keyChars[k] = key.charCodeAt(k);
    return foldsTo(this.#text, this.start(i), this.end(i), keyChars, 0, key.length);
  }

  /** Folding key of word i even when the vocabulary lacks it (copies the word: not for hot loops). */
  word(i: number): string | undefined {
    const key = this.key(i);
    if (key !== OTHER_WORD) return key;
    return foldKey(this.#text.slice(this.start(i), this.end(i)));
  }

  /** Word i starts with a capital (a name position). */
  capital(i: number): boolean {
    return ((this.#info[i] as number) & CAPITAL) !== 0;
  }

  /** Word i has a letter in upper case and none in lower case ("HÒA", "US", "A"). */
  allCaps(i: number): boolean {
    return ((this.#info[i] as number) & (HAS_UPPER | HAS_LOWER)) === HAS_UPPER;
  }

  /**
   * Word i is written in letters (and combining marks) alone, starts with a capital, and has a
   * letter in lower case unless it is one character long: "Minh", "Đức", "A"; not "VNA", "G7".
   */
  capitalisedWord(i: number): boolean {
    const flags = this.#info[i] as number;
    if ((flags & (CAPITAL | NOT_LETTER)) !== CAPITAL) return false;
    return (flags & HAS_LOWER) !== 0 || this.end(i) - this.start(i) === 1;
  }

  /** Some code unit of word i is outside ASCII (a letter with marks, a combining mark). */
  nonAscii(i: number): boolean {
    return ((this.#info[i] as number) & NON_ASCII) !== 0;
  }

  /** Word i has no letter in lower case ("US", "12"). */
  noLowerCase(i: number): boolean {
    return ((this.#info[i] as number) & HAS_LOWER) === 0;
  }

  /**
   * Some word of `from`..`to` (exclusive) carries a Vietnamese mark ({@link MARKED}), or with
   * `bit` DISTINCTIVE a distinctive one, or with FOREIGN a mark Vietnamese never writes:
   * text/marks.ts's tests over those words, read from what the tokenizer noted.
   */
  marked(from: number, to: number, bit: number = MARKED): boolean {
    const info = this.#info;
    for (let k = from; k < to; k++) if (((info[k] as number) & bit) !== 0) return true;
    return false;
  }

  #capitals: Int32Array | undefined;

  /**
   * The indexes of the words that start with a capital, in order, made on first use: the stages
   * that look for names visit these, not every word (most words of a text are in lower case).
   * Valid, like the words, until the next call of {@link tokenize}.
   */
  capitals(): Int32Array {
    if (this.#capitals) return this.#capitals;
    const n = this.length;
    const info = this.#info;
    const all = capitalArrays.take(
      (array) => array.length >= n,
      () => new Int32Array(n),
    );
    let count = 0;
    for (let i = 0; i < n; i++) if (((info[i] as number) & CAPITAL) !== 0) all[count++] = i;
    this.#capitals = all.subarray(0, count);
    return this.#capitals;
  }
}

/**
 * Lower-case characters after which a capital starts a new word: "articleTOKYO" is two words,
 * "iPhone", "eBay" and "csVN" one. (A capitalised word that goes on in capitals, "PetroVietnam", stays one.)
 */
const GLUED_AFTER = 3;

/**
 * Whether the word `text[start, i)` is lower case throughout, {@link GLUED_AFTER} characters or
 * more (combining marks count), so that a capital at `i` starts another word. Called only at a
 * capital inside a word, which is rare: the common path pays nothing.
 */
function glued(text: string, start: number, i: number): boolean {
  if (i - start < GLUED_AFTER) return false;
  for (let k = start; k < i; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if (code < 97 || code > 122) return false;
    } else if ((code >= 0xd800 && code <= 0xdfff) || (classOf(code) & (UPPER | NOT_WORD)) !== 0) return false;
  }
  return true;
}

/**
 * Splits text into words — runs of letters, combining marks and digits; hyphens, apostrophes and
 * dots split them, and so does a capital after lower-case letters (words a scraper glued
 * together: "articleTOKYO"; no space lies between them, so no name spans the two) — with their positions in the text as given, so matches report spans of the
 * original string (NFD, tone marks, đ and case included), and their ids in `vocabulary`. The
 * folding key of each word is hashed while its characters are read, so a word is never copied
 * out of the text. One pass over the characters, linear in the text length. The returned Tokens
 * is valid until the next call: its storage is reused.
 */
/**
 * The vocabulary id of the word `text[start, end)`, read by the tokenizer: `folded` code units
 * hashing to `hash`, the last eight of them a byte each in `high` and `packed` (`wide` if one needs more).
 */
function lookUp(
  vocabulary: Vocabulary,
  hash: number,
  text: string,
  start: number,
  end: number,
  folded: number,
  high: number,
  packed: number,
  wide: number,
): number {
  return folded <= SHORT_KEY && wide === 0
    ? vocabulary.findShort(hash, high, packed)
    : vocabulary.find(hash, text, start, end);
}

export function tokenize(text: string, vocabulary?: Vocabulary): Tokens {
  if (!vocabulary) {
    empty ??= new Vocabulary();
    vocabulary = empty;
  }
  // News text averages about six characters per word with its space: rarely a need to grow.
  const tokens = new Tokens(text, vocabulary, Math.max(4, Math.ceil(text.length / 5)));
  const n = text.length;
  let start = -1;
  /** The word's flags so far: CAPITAL, HAS_UPPER, HAS_LOWER and the marks of its letters. */
  let flags = 0;
  let hash = FNV_OFFSET;
  let folded = 0;
  // The last eight folded code units, a byte each (the last four in `packed`, the four before in
  // `high`), and whether one was wider than a byte: the whole key of a word of up to eight, which
  // the vocabulary then compares with no second read of the text.
  let packed = 0;
  let high = 0;
  let wide = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    if (code < 128) {
      // ASCII inline, the common case.
      const lower = code | 32;
      if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) {
        const upper = code <= 90 && code >= 65;
        if (start < 0) {
          start = i;
          flags = upper ? CAPITAL : 0;
        } else if (upper && glued(text, start, i)) {
          // Another word, glued to this one by a scraper ("articleTOKYO").
          if (folded > 0)
            tokens.push(
              start,
              i,
              lookUp(vocabulary, hash, text, start, i, folded, high, packed, wide),
              flags,
            );
          start = i;
          flags = CAPITAL;
          hash = FNV_OFFSET;
          folded = 0;
          packed = 0;
          high = 0;
          wide = 0;
        }
        flags |= upper ? HAS_UPPER : code >= 97 ? HAS_LOWER : NOT_LETTER;
        hash = Math.imul(hash ^ (code >= 65 ? lower : code), FNV_PRIME);
        high = (high << 8) | (packed >>> 24);
        packed = (packed << 8) | (code >= 65 ? lower : code);
        folded++;
        // The lower-case ASCII letters that follow (most of a word in English and Swedish), in
        // a tight loop: none of them starts a word or a glued one.
        for (let c = text.charCodeAt(i + 1); c >= 97 && c <= 122; c = text.charCodeAt(++i + 1)) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          high = (high << 8) | (packed >>> 24);
          packed = (packed << 8) | c;
          folded++;
          flags |= HAS_LOWER;
        }
        continue;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      // A surrogate pair is one character: classify and fold the code point (rare: slow path).
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      if (ch.length === 2 && WORD_CHAR.test(ch)) {
        const upper = ch !== ch.toLowerCase();
        if (start < 0) {
          start = i;
          flags = upper ? CAPITAL : 0;
        }
        flags |=
          NON_ASCII |
          (upper ? HAS_UPPER : 0) |
          (ch !== ch.toUpperCase() ? HAS_LOWER : 0) |
          (LETTER_OR_MARK.test(ch) ? 0 : NOT_LETTER);
        const f = foldCharacter(ch);
        for (let k = 0; k < f.length; k++) {
          const unit = f.charCodeAt(k);
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          high = (high << 8) | (packed >>> 24);
          packed = (packed << 8) | unit;
          wide |= unit >>> 8;
        }
        folded += f.length;
        i++;
        continue;
      }
    } else {
      const c = classOf(code);
      if (c !== NOT_WORD) {
        const upper = (c & UPPER) !== 0;
        if (start < 0) {
          start = i;
          flags = upper ? CAPITAL : 0;
        } else if (upper && glued(text, start, i)) {
          // Another word, glued to this one by a scraper ("dânBáo").
          if (folded > 0)
            tokens.push(
              start,
              i,
              lookUp(vocabulary, hash, text, start, i, folded, high, packed, wide),
              flags,
            );
          start = i;
          flags = CAPITAL;
          hash = FNV_OFFSET;
          folded = 0;
          packed = 0;
          high = 0;
          wide = 0;
        }
        flags |=
          NON_ASCII |
          (c >> MARKS_AT) |
          (upper ? HAS_UPPER : 0) |
          ((c & LOWER) !== 0 ? HAS_LOWER : 0) |
          ((c & NON_LETTER_CLASS) !== 0 ? NOT_LETTER : 0);
        const f = c & FOLD_MASK;
        if (f < FOLD_EMPTY) {
          hash = Math.imul(hash ^ (f - 1), FNV_PRIME);
          high = (high << 8) | (packed >>> 24);
          packed = (packed << 8) | (f - 1);
          wide |= (f - 1) >>> 8;
          folded++;
        } else if (f === FOLD_LONG) {
          const long = longFolds.get(code) as string;
          for (let k = 0; k < long.length; k++) {
            const unit = long.charCodeAt(k);
            hash = Math.imul(hash ^ unit, FNV_PRIME);
            high = (high << 8) | (packed >>> 24);
            packed = (packed << 8) | unit;
            wide |= unit >>> 8;
          }
          folded += long.length;
        }
        continue;
      }
    }
    if (start < 0) continue;
    // A run of marks alone (a lone combining character) folds to nothing: not a word.
    if (folded > 0)
      tokens.push(start, i, lookUp(vocabulary, hash, text, start, i, folded, high, packed, wide), flags);
    // Ready for the next word: its folded characters are hashed as they come.
    start = -1;
    hash = FNV_OFFSET;
    folded = 0;
    packed = 0;
    high = 0;
    wide = 0;
  }
  return tokens;
}

/** A letter in upper case, as the first of a capitalised word. */
const UPPER_FIRST = /^\p{Lu}/u;

/** What {@link nameWords} reads of a name. */
export interface NameWords {
  /** The folding keys of its words, as {@link tokenize} reads them in running text. */
  keys: string[];
  /**
   * Which of its words start with a capital letter, bit k for word k (words past the 31st count
   * as lower case): "Hòa Bình" 0b11, "Báo Nhân dân" 0b011.
   */
  capitals: number;
}

/**
 * The words of a name as {@link tokenize} reads them, in one pass over its characters with the
 * tokenizer's own tables (no regex, no copy per word): the knowledge base's thousands of names are
 * read this way when the recognizer's index is built, on every cold start.
 */
export function nameWords(name: string): NameWords {
  const words: NameWords = { keys: [], capitals: 0 };
  // The folded word so far, kept only once it holds a character outside ASCII: until then its key
  // is its slice of the name in lower case, made once (most names are ASCII, and a string per
  // character would be most of what building the index allocates).
  let key = '';
  let ascii = true;
  let start = -1;
  const n = name.length;
  // As in tokenize: lower-case characters of the word so far, -1 once another came.
  let lowerRun = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? name.charCodeAt(i) : 32;
    let fold: string | null = null;
    let width = 1;
    // -1: not a letter that is lower case or upper case alone; 0 lower case; 1 upper case.
    let upper = -1;
    // An ASCII letter or digit: its fold is itself in lower case, made only when the key is kept.
    let asciiLetter = false;
    if (code < 128) {
      const lower = code | 32;
      if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) {
        asciiLetter = true;
        upper = code >= 97 ? 0 : code >= 65 ? 1 : -1;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const ch = String.fromCodePoint(name.codePointAt(i) as number);
      if (ch.length === 2 && WORD_CHAR.test(ch)) {
        fold = foldCharacter(ch);
        width = 2;
      }
    } else {
      const c = classOf(code);
      if (c !== NOT_WORD) {
        fold = foldOf(code);
        upper = (c & UPPER) !== 0 ? 1 : 0;
      }
    }
    if (asciiLetter || fold !== null) {
      if (start >= 0 && upper === 1 && lowerRun >= GLUED_AFTER) {
        endWord(words, name, start, i, ascii ? null : key);
        start = -1;
      }
      if (start < 0) {
        start = i;
        lowerRun = 0;
        key = '';
        ascii = true;
      }
      lowerRun = lowerRun >= 0 && upper === 0 ? lowerRun + 1 : -1;
      if (!asciiLetter) {
        if (ascii) key = name.slice(start, i).toLowerCase();
        ascii = false;
        key += fold;
      } else if (!ascii) key += String.fromCharCode(code >= 65 ? code | 32 : code);
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      endWord(words, name, start, i, ascii ? null : key);
      start = -1;
    }
  }
  return words;
}

/**
 * Ends the word of `name` that began at `start` and ends before `end`: its key is `folded`, or its
 * slice in lower case when null (a word of ASCII letters and digits). A run of marks alone (a lone
 * combining character) folds to nothing: not a word.
 */
function endWord(words: NameWords, name: string, start: number, end: number, folded: string | null): void {
  const key = folded ?? name.slice(start, end).toLowerCase();
  if (key.length === 0) return;
  if (words.keys.length < 31 && UPPER_FIRST.test(name.slice(start, start + 2)))
    words.capitals |= 1 << words.keys.length;
  words.keys.push(key);
}

/** The folding keys of the words of a name, as {@link tokenize} would read them in running text. */
export function nameKeys(name: string): string[] {
  return nameWords(name).keys;
}
