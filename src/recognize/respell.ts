import type { Entity, KbLanguage } from '../kb/types.js';
import { detached } from '../text/detached.js';
import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { normalizeToneMarks, type ToneStyle } from '../text/tone.js';
import { GENERIC_HEADS, GENERIC_WORDS, SAME_PLACE_TAILS } from './generic.js';

/**
 * What a rewrite of a name changes: `diacritics` restores marks the text left out, `tone` moves a
 * tone mark (old/new placement), `spelling` corrects a misspelt name, `style` applies a choice of
 * the style (Viet Nam/Vietnam, name order, East Sea, marks stripped), `mistranslation` repairs a
 * wrongly translated name, `official-form` writes a correct synonym in its full official form.
 */
export type RewriteKind = 'diacritics' | 'tone' | 'spelling' | 'style' | 'mistranslation' | 'official-form';

/** One rewrite inside a mention: offsets relative to the mention's text. */
export interface Rewrite {
  start: number;
  end: number;
  to: string;
  kind: RewriteKind;
}

interface Word {
  text: string;
  start: number;
  end: number;
  key: string;
}

/** Letters, marks and digits, and the invisible characters scraped pages put inside words. */
const WORD_RUN = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/** The words of names and mentions seen, by their text (names recur): bounded, emptied when full. */
const wordCache = new Map<string, readonly Word[]>();
const WORD_CACHE_SIZE = 4096;

function wordsOf(text: string): readonly Word[] {
  let out = wordCache.get(text);
  if (out !== undefined) return out;
  // A copy when cached: the words would be slices of the text, which the cache must not hold alive.
  const cached = text.length <= 200;
  const s = cached ? detached(text) : text;
  const words: Word[] = [];
  for (const m of s.matchAll(WORD_RUN)) {
    const key = foldKey(m[0]);
    if (key.length > 0) words.push({ text: m[0], start: m.index, end: m.index + m[0].length, key });
  }
  out = words;
  if (cached) {
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(s, out);
  }
  return out;
}

/** Vietnamese letters folded to ASCII (tone and vowel marks dropped, đ → d), case kept. */
export function stripVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

/** Written in capitals: two letters or more, none in lower case ("HÀ NỘI", "TOKYO"). */
export function allCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** `word` in the case of `model`: capitals, capitalised, or lower case. */
export function caseLike(word: string, model: string): string {
  if (allCaps(model)) return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  if (first !== first.toUpperCase()) return word.charAt(0).toLowerCase() + word.slice(1);
  return word;
}

/** Letters and digits only, folded: "Viet Nam", "Vietnam" and "Viet-Nam" agree. */
export function compactKey(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The Vietnamese spellings of the words of generic heads. A word with marks is a head's only when
 * spelt so: "Vĩnh Phúc", "Biên Hòa" and "Đào Ngọc Dung" fold to the keys of "vịnh", "biển" and
 * "đảo" but begin names.
 */
const HEAD_SPELLINGS: ReadonlySet<string> = new Set([
  'thành',
  'phố',
  'thủ',
  'đô',
  'cố',
  'quần',
  'đảo',
  'huyện',
  'thị',
  'xã',
  'tỉnh',
  'phường',
  'biển',
  'sông',
  'vịnh',
]);

/** A word of a text written as a head's: with the head's marks, or without marks ("tinh", "Vinh"). */
function headSpelt(w: Word): boolean {
  return !hasVietnameseMarks(w.text) || HEAD_SPELLINGS.has(w.text.toLowerCase());
}

/**
 * A word of a canonical name written as a head's: with the head's marks ("quần đảo", "Thành
 * phố"), or without marks in lower case ("tinh"); "Vinh" in "Vinh Long" begins the name.
 */
function canonicalHead(w: Word): boolean {
  return hasVietnameseMarks(w.text)
    ? HEAD_SPELLINGS.has(w.text.toLowerCase())
    : w.text === w.text.toLowerCase();
}

/** A generic word as written in a text: a marked word only in a head's spelling ("tỉnh", not "Vĩnh"). */
function genericWord(w: Word): boolean {
  return GENERIC_WORDS.has(w.key) && headSpelt(w);
}

/** The number of leading words of `words` that form a generic head ("quần đảo", "tỉnh") written so. */
function headLength(words: readonly Word[], spelt: (w: Word) => boolean = headSpelt): number {
  for (const head of GENERIC_HEADS) {
    if (head.length < words.length && head.every((k, i) => words[i]?.key === k && spelt(words[i] as Word)))
      return head.length;
  }
  return 0;
}

/** The leading generic head of a name as written in a text ("tỉnh ", "Thành phố "), or "". */
export function headOf(s: string): string {
  const words = wordsOf(s);
  const n = headLength(words);
  return n === 0 ? '' : s.slice(0, (words[n] as Word).start);
}

/** Keys of the words of generic heads. */
const HEAD_KEYS: ReadonlySet<string> = new Set(GENERIC_HEADS.flat());

/**
 * Whether a canonical name carries a generic word of its own, a head, a same-place tail or a
 * state's ("Thành phố Thủ Đức", "Ho Chi Minh City", "Republic of Korea"), which then stands for
 * the text's. The syllables of a name that fold to a head's key ("Vĩnh Phúc") are not one.
 */
export function ownsGeneric(name: string): boolean {
  const words = wordsOf(name);
  if (headLength(words, canonicalHead) > 0) return true;
  for (const w of words) if (GENERIC_WORDS.has(w.key) && !HEAD_KEYS.has(w.key)) return true;
  return false;
}

/**
 * The ways the words of a canonical name may line up with a text. A head is generic when the
 * words after it are themselves a name of the entity (`names`: "quần đảo Hoàng Sa", "Thành phố
 * Hải Phòng"), and then only those words line up: the text's own head stays as written. Otherwise
 * the head is part of the name ("Biển Đông": "Đông" alone names nothing), so all the words line
 * up first, then those after it. Without `names`, a head in lower case is generic.
 */
function nameWords(target: string, names: ReadonlySet<string> | undefined): readonly (readonly Word[])[] {
  const words = wordsOf(target);
  const n = headLength(words, canonicalHead);
  if (n === 0) return [words];
  const after = words.slice(n);
  let generic: boolean;
  if (names) {
    let key = '';
    for (const w of after) key += w.key;
    generic = names.has(key);
  } else generic = (words[0] as Word).text === (words[0] as Word).text.toLowerCase();
  return generic ? [after] : [words, after];
}

/** The words of the canonical name that line up with `mine`, and where, or null. */
function alignment(
  mine: readonly Word[],
  target: string,
  names: ReadonlySet<string> | undefined,
  whole = true,
): { theirs: readonly Word[]; at: number } | null {
  for (const theirs of nameWords(target, names)) {
    const at = findRun(mine, theirs, whole);
    if (at >= 0) return { theirs, at };
  }
  return null;
}

/**
 * Whether the words of `target` (without a generic head) stand in `surface` among other words
 * that are not generic: the surface writes a longer name that holds it ("Bac Trieu Tien" holds
 * "Triều Tiên"), which respelling the target alone would leave half marked.
 */
export function holdsName(surface: string, target: string): boolean {
  return alignment(wordsOf(surface), target, undefined, false) !== null;
}

/** The compact keys ({@link compactKey}) of an entity's names and aliases, kept per entity. */
const entityKeys = new WeakMap<object, ReadonlySet<string>>();

/** The compact keys of `e`'s names in every language and its aliases ("hanoi", "hanoi", "thudohanoi"). */
export function nameKeysOf(e: Pick<Entity, 'names' | 'aliases'>): ReadonlySet<string> {
  let keys = entityKeys.get(e);
  if (keys === undefined) {
    const set = new Set<string>();
    for (const n of Object.values(e.names)) set.add(compactKey(n));
    for (const a of e.aliases ?? []) set.add(compactKey(a));
    keys = set;
    entityKeys.set(e, keys);
  }
  return keys;
}

/**
 * Whether `target` (without a generic head) lines up with the words of `surface`: the same
 * words by folding key, every other word of the surface a generic word ("tỉnh", "City"). A
 * target that is only part of the name the surface writes ("Huế" in "Thua Thien Hue") does not
 * line up: respelling that part alone would leave a name half marked ("Thua Thien Huế").
 */
export function linesUp(surface: string, target: string, names?: ReadonlySet<string>): boolean {
  return alignment(wordsOf(surface), target, names) !== null;
}

/** The trailing same-place tail of a name as written (" province", "-provinsen", " City"), or "". */
export function tailOf(s: string): string {
  const words = wordsOf(s);
  let n = words.length;
  while (n > 1 && SAME_PLACE_TAILS.includes((words[n - 1] as Word).key)) n--;
  return n === words.length ? '' : s.slice((words[n - 1] as Word).end);
}

/**
 * The part of a mention's text that is the name, without a generic head or tail the text writes
 * around it ("tỉnh Quảng Ninh", "Ha Giang province"), as offsets. A word that folds to a head's
 * key is the head only when the words after it still write one of `names` (the compact keys of
 * the entity's names and aliases, see {@link nameKeysOf}): "Vinh" in "Vinh Phuc" begins the name.
 */
export function nameSpan(surface: string, names: ReadonlySet<string>): { start: number; end: number } {
  const head = headOf(surface).length;
  const tail = surface.length - tailOf(surface).length;
  if (head === 0 && tail === surface.length) return { start: 0, end: surface.length };
  for (const [start, end] of [
    [head, tail],
    [head, surface.length],
    [0, tail],
  ] as const) {
    if (
      start < end &&
      (start > 0 || end < surface.length) &&
      names.has(compactKey(surface.slice(start, end)))
    )
      return { start, end };
  }
  return { start: 0, end: surface.length };
}

/**
 * Rewrites the spelling of a name inside the text of its mention, word by word: the target's
 * words (without its generic head) must line up with the surface's words by folding key (see
 * {@link linesUp}), so only marks and case differ. Words around the name, generic heads and
 * tails, stay as written, and every word keeps its case. A marked word that agrees with the
 * target up to tone placement stays as written unless `tone` asks for a placement. With `part`,
 * the target's words may stand among other words, which stay as written. `names` (the entity's
 * name keys, {@link nameKeysOf}) tells a generic head of the target from one that is part of the
 * name. Returns null when the words do not line up or nothing changes.
 */
export function respell(
  surface: string,
  target: string,
  options: {
    tone?: ToneStyle | 'as-written';
    strip?: boolean;
    names?: ReadonlySet<string>;
    part?: boolean;
  } = {},
): Rewrite | null {
  const tone = options.tone ?? 'as-written';
  const mine = wordsOf(surface);
  // The target's generic head ("quần đảo") is not the name: the surface's head stays as written.
  const aligned = alignment(mine, target, options.names, options.part !== true);
  if (aligned === null) return null;
  const { theirs, at } = aligned;
  let first = -1;
  let last = -1;
  const out: string[] = [];
  let kind: RewriteKind | null = null;
  for (let k = 0; k < theirs.length; k++) {
    const s = (mine[at + k] as Word).text;
    let t = (theirs[k] as Word).text;
    if (options.strip) t = stripVietnamese(t);
    const sameMarks = !options.strip && markedSpelling(s) === markedSpelling(t);
    if (sameMarks) t = tone === 'as-written' ? s : normalizeToneMarks(s, tone);
    else if (tone !== 'as-written' && !options.strip) t = normalizeToneMarks(t, tone);
    const written = sameMarks ? t : caseLike(t, s);
    out.push(written);
    if (written === s) continue;
    if (first < 0) first = k;
    last = k;
    const wordKind: RewriteKind = options.strip
      ? 'style'
      : sameMarks
        ? 'tone'
        : hasVietnameseMarks(s)
          ? 'spelling'
          : 'diacritics';
    kind = strongest(kind, wordKind);
  }
  if (first < 0 || kind === null) return null;
  // The change covers the name's words, from its first to its last.
  first = 0;
  last = theirs.length - 1;
  const start = (mine[at + first] as Word).start;
  const end = (mine[at + last] as Word).end;
  let to = '';
  for (let k = first; k <= last; k++) {
    if (k > first) to += surface.slice((mine[at + k - 1] as Word).end, (mine[at + k] as Word).start);
    to += out[k];
  }
  return { start, end, to, kind };
}

const ORDER: readonly RewriteKind[] = ['tone', 'diacritics', 'spelling', 'style'];

function strongest(a: RewriteKind | null, b: RewriteKind): RewriteKind {
  if (a === null) return b;
  return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
}

/**
 * Where `theirs` lines up with a run of `mine` by folding key, or -1; with `whole`, every word
 * of `mine` outside the run must be a generic word.
 */
function findRun(mine: readonly Word[], theirs: readonly Word[], whole: boolean): number {
  if (theirs.length === 0) return -1;
  for (let i = 0; i + theirs.length <= mine.length; i++) {
    let ok = true;
    for (let k = 0; k < theirs.length && ok; k++) ok = mine[i + k]?.key === theirs[k]?.key;
    if (!ok) continue;
    for (let k = 0; whole && k < mine.length && ok; k++)
      if (k < i || k >= i + theirs.length) ok = genericWord(mine[k] as Word);
    if (ok) return i;
  }
  return -1;
}

/** The letters and digits of a name, folded, without a generic head or a same-place tail. */
function coreKey(s: string): string {
  const words = wordsOf(s);
  let end = words.length;
  while (end > 1 && SAME_PLACE_TAILS.includes((words[end - 1] as Word).key)) end--;
  let key = '';
  for (let k = headLength(words.slice(0, end)); k < end; k++) key += (words[k] as Word).key;
  return key;
}

/**
 * The name of a former period that `surface` writes, in `to` ("Tỉnh Thừa Thiên Huế", "Thua
 * Thien Hue province" → Thừa Thiên–Huế in English), or null when the surface writes no former
 * name of the entity. A text that writes a unit's former name means the unit of that period:
 * it is translated and respelt into that name, not the unit's current one (Huế).
 */
export function formerNameIn(e: Pick<Entity, 'formerNames'>, surface: string, to: KbLanguage): string | null {
  if (!e.formerNames) return null;
  const key = coreKey(surface);
  for (const f of e.formerNames) if (coreKey(f.name) === key) return f.names?.[to] ?? f.name;
  return null;
}
