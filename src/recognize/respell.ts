import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { normalizeToneMarks, type ToneStyle } from '../text/tone.js';
import { GENERIC_HEADS } from './generic.js';

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

function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(WORD_RUN)) {
    const key = foldKey(m[0]);
    if (key.length > 0) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key });
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

/** The number of leading words of `words` that form a generic head ("quần đảo", "tỉnh"). */
export function headLength(words: readonly { key: string }[]): number {
  for (const head of GENERIC_HEADS) {
    if (head.length < words.length && head.every((k, i) => words[i]?.key === k)) return head.length;
  }
  return 0;
}

/** The leading generic head of a name as written ("tỉnh ", "Thành phố "), or "". */
export function headOf(s: string): string {
  const words = wordsOf(s);
  const n = headLength(words);
  return n === 0 ? '' : s.slice(0, (words[n] as Word).start);
}

/**
 * Rewrites the spelling of a name inside the text of its mention, word by word: the target's
 * words (without its generic head) must line up with a run of the
 * surface's words by folding key, so only marks and case differ. Words around the name, heads
 * included, stay as written, and every word keeps its case. A marked word that agrees with the
 * target up to tone placement stays as written unless `tone` asks for a placement. Returns null
 * when the words do not line up or nothing changes.
 */
export function respell(
  surface: string,
  target: string,
  options: { tone?: ToneStyle | 'as-written'; strip?: boolean } = {},
): Rewrite | null {
  const tone = options.tone ?? 'as-written';
  const mine = wordsOf(surface);
  // The target's generic head ("quần đảo") is not the name: the surface's head stays as written.
  let theirs = wordsOf(target);
  theirs = theirs.slice(headLength(theirs));
  const at = findRun(mine, theirs);
  if (at < 0 || theirs.length === 0) return null;
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

/** Where `theirs` lines up with a run of `mine` by folding key, or -1. */
function findRun(mine: readonly Word[], theirs: readonly Word[]): number {
  if (theirs.length === 0) return -1;
  for (let i = 0; i + theirs.length <= mine.length; i++) {
    let ok = true;
    for (let k = 0; k < theirs.length && ok; k++) ok = mine[i + k]?.key === theirs[k]?.key;
    if (ok) return i;
  }
  return -1;
}
