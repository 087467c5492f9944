// News windows for measuring and calibrating the language detector on real pages: the prose lines of
// ../shared/devset/docs.jsonl cut into short windows, with the page's language as the gold. Shared by
// bench/langid.mjs (the "real news" section) and scripts/calibrate-language.mjs (the confidence map).
//
// The pages are read at run time and never written anywhere: callers keep figures, not text.
//
// Windows (as issue 19 defines them): a prose line has at least 40 letters and 8 words; from every 6th
// word of it, the longest run of whole words of at most `limit` characters (at least half the limit);
// at most 12 windows per page and length, spread evenly over the page's candidates.
//
// Splits: a page belongs to the calibration split or to the reporting split by a hash of its id, so
// the figures reported are measured on pages the calibration never saw.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the dev set lives beside the project. */
export const DEVSET = join(root, '..', 'shared', 'devset', 'docs.jsonl');
/** Window lengths, in characters. */
export const NEWS_LENGTHS = [20, 40, 80];
/** A window starts at every STRIDE-th word of a prose line. */
const STRIDE = 6;
/** At most this many windows per page and length. */
const PER_PAGE = 12;

/** The dev-set pages, or null when ../shared is absent. */
export function loadPages(path = DEVSET) {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** FNV-1a of a string, unsigned. */
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** 'calibrate' or 'report': the split of a page, by a hash of its id (about half each). */
export function splitOf(id) {
  return fnv(`vietnorm-news-split:${id}`) % 2 === 0 ? 'calibrate' : 'report';
}

/**
 * The gold of a page: its language code (`other:da` → 'da'), and its reporting group: 'en', 'sv', 'vi',
 * 'vi-nd' (Vietnamese without marks) or 'other'.
 */
export function goldOf(page) {
  const lang = String(page.lang);
  if (lang.startsWith('other:')) return { code: lang.slice(6), group: 'other' };
  if (lang === 'vi' && page.vi_diacritics === 'none') return { code: 'vi', group: 'vi-nd' };
  return { code: lang, group: lang };
}

/** The prose lines of a text: at least 40 letters and 8 words. */
export function proseLines(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    if (words.length < 8) continue;
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= 40) out.push(words);
  }
  return out;
}

/** Windows of at most `limit` characters of a line's words, one from every STRIDE-th word. */
export function lineWindows(words, limit) {
  const out = [];
  for (let s = 0; s < words.length; s += STRIDE) {
    let text = '';
    for (let i = s; i < words.length; i++) {
      const next = text ? `${text} ${words[i]}` : words[i];
      if (next.length > limit) break;
      text = next;
    }
    if (text.length >= limit / 2) out.push(text);
  }
  return out;
}

/** At most `n` of `items`, spread evenly (the same on every run). */
function spread(items, n) {
  if (items.length <= n) return items;
  const out = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
  return out;
}

/**
 * The news windows of the dev set: { page, split, gold, group, limit, text }, or null when the dev set
 * is absent. `pages` may be passed (already loaded).
 */
export function newsWindows(pages = loadPages()) {
  if (!pages) return null;
  const out = [];
  for (const page of pages) {
    const { code, group } = goldOf(page);
    const split = splitOf(page.id);
    const lines = proseLines(page.text);
    for (const limit of NEWS_LENGTHS) {
      const all = lines.flatMap((words) => lineWindows(words, limit));
      for (const text of spread(all, PER_PAGE))
        out.push({ page: page.id, split, gold: code, group, limit, text });
    }
  }
  return out;
}

/** The prose paragraphs of the dev set (for throughput): every prose line, whole. */
export function newsParagraphs(pages = loadPages()) {
  if (!pages) return null;
  return pages.flatMap((p) => proseLines(p.text).map((words) => words.join(' ')));
}
