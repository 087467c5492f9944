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

/** A text without its invisible characters, with the way back to the source's offsets. */
export interface VisibleView {
  /** The text without invisible characters. */
  readonly text: string;
  /** For each index of `text` (and one past its end), the index in the source; null when nothing was removed. */
  readonly map: Int32Array | null;
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
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (isInvisible(source.charCodeAt(i))) {
      first = i;
      break;
    }
  }
  if (first < 0) return { text: source, map: null, sourceLength: n };
  const map = new Int32Array(n + 1);
  const parts: string[] = [];
  let kept = 0;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    if (isInvisible(source.charCodeAt(i))) {
      if (i > runStart) parts.push(source.slice(runStart, i));
      runStart = i + 1;
      continue;
    }
    map[kept++] = i;
  }
  if (n > runStart) parts.push(source.slice(runStart));
  map[kept] = n;
  return { text: parts.join(''), map: map.subarray(0, kept + 1), sourceLength: n };
}

/** The source offset of a start offset in the view. */
export function sourceStart(view: VisibleView, i: number): number {
  return view.map ? (view.map[i] as number) : i;
}

/** The source offset of an end offset in the view (just past the last visible character of the span). */
export function sourceEnd(view: VisibleView, i: number): number {
  if (!view.map) return i;
  return i === 0 ? 0 : (view.map[i - 1] as number) + 1;
}

/**
 * The source offset of a boundary between blocks: blocks that cover the view cover the source
 * when each boundary moves to the next visible character (the invisible ones before it join the
 * block that ends there), the first to 0 and the last to the source's end.
 */
export function sourceBoundary(view: VisibleView, i: number): number {
  if (!view.map || i === 0) return i === 0 ? 0 : i;
  return view.map[i] as number;
}
