/**
 * Invisible characters that anti-scraping pages put between letters: they change no word, so
 * vietnorm reads the text without them and maps every offset back to the caller's string.
 */

/**
 * U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark, U+115F/U+1160
 * Hangul fillers, U+17B4/U+17B5 Khmer inherent vowels, U+180E Mongolian vowel separator,
 * U+200B–U+200F zero-width space, non-joiner, joiner and direction marks, U+2060–U+2064 word joiner
 * and invisible operators, U+FEFF zero-width no-break space.
 */
export function isInvisible(code: number): boolean {
  if (code < 0xad) return false;
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

/**
 * One of the characters {@link isInvisible} accepts, the same list (a test reads every code unit
 * through both): the engine's search finds the first several times faster than a loop calling it.
 */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2060-\u2064\uFEFF]|\u034F/;

/** A text without its invisible characters, with the way back to the source's offsets. */
export interface VisibleView {
  /** The text without invisible characters. */
  readonly text: string;
  /**
   * Where characters were removed, one entry per run of invisible characters in source order: the
   * index of `text` the run stood before (`at`), and how many characters were removed up to the
   * end of that run (`removed`). Null when nothing was removed. (Two numbers a run, not one a
   * character: a 20 MB page with a few soft hyphens needs bytes, not 80 MB.)
   */
  readonly map: { readonly at: Int32Array; readonly removed: Int32Array } | null;
  /** Length of the source. */
  readonly sourceLength: number;
}

/**
 * The text without invisible characters. When there are none (almost every text), the view is the
 * text itself and no map is built.
 * @example visibleView('Vi\u034Fệt Nam').text // 'Việt Nam'
 */
export function visibleView(source: string): VisibleView {
  const n = source.length;
  const first = source.search(INVISIBLE);
  if (first < 0) return { text: source, map: null, sourceLength: n };
  let runs = 0;
  for (let i = first; i < n; i++)
    if (isInvisible(source.charCodeAt(i)) && (i === first || !isInvisible(source.charCodeAt(i - 1)))) runs++;
  const at = new Int32Array(runs);
  const removed = new Int32Array(runs);
  const parts: string[] = [];
  let run = -1;
  let runStart = 0;
  for (let i = first; i < n; i++) {
    if (!isInvisible(source.charCodeAt(i))) continue;
    if (i > runStart || run < 0) {
      // A new run: the visible text before it is kept.
      if (i > runStart) parts.push(source.slice(runStart, i));
      run++;
      at[run] = i - (run > 0 ? (removed[run - 1] as number) : 0);
      removed[run] = run > 0 ? (removed[run - 1] as number) : 0;
    }
    removed[run] = (removed[run] as number) + 1;
    runStart = i + 1;
  }
  if (n > runStart) parts.push(source.slice(runStart));
  return { text: parts.join(''), map: { at, removed }, sourceLength: n };
}

/** The source index of index `i` of the view (0 to the view's length): `i` plus what was removed before it. */
function toSource(map: NonNullable<VisibleView['map']>, i: number): number {
  const { at, removed } = map;
  // The last run that stood before index i (at <= i).
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? i : i + (removed[lo - 1] as number);
}

/** The source offset of a start offset in the view. */
export function sourceStart(view: VisibleView, i: number): number {
  return view.map ? toSource(view.map, i) : i;
}

/** The source offset of an end offset in the view (just past the last visible character of the span). */
export function sourceEnd(view: VisibleView, i: number): number {
  if (!view.map) return i;
  return i === 0 ? 0 : toSource(view.map, i - 1) + 1;
}

/**
 * The source offset of a boundary between blocks: blocks that cover the view cover the source
 * when each boundary moves to the next visible character (the invisible ones before it join the
 * block that ends there), the first to 0 and the last to the source's end.
 */
export function sourceBoundary(view: VisibleView, i: number): number {
  if (!view.map || i === 0) return i === 0 ? 0 : i;
  return toSource(view.map, i);
}
