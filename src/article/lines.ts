/** A non-blank line of the input: its trimmed content and where that content is. */
export interface Line {
  /** Index of the first non-whitespace character. */
  start: number;
  /** Index just past the last non-whitespace character. */
  end: number;
  text: string;
}

const isSpace = (code: number): boolean =>
  code === 32 ||
  code === 9 ||
  code === 0xa0 ||
  code === 0xfeff ||
  code === 0x3000 ||
  (code >= 0x2000 && code <= 0x200b);

/**
 * Splits text into its non-blank lines (LF, CRLF or CR endings), each trimmed of surrounding
 * whitespace, with offsets into the original string. One pass, no regex.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    lineStart = i + 1;
  }
  return lines;
}

/** The part of a line from `from` to `to` (relative to the line), trimmed, as a new Line. */
export function subLine(line: Line, from: number, to: number = line.text.length): Line | null {
  let s = from;
  let e = to;
  while (s < e && isSpace(line.text.charCodeAt(s))) s++;
  while (e > s && isSpace(line.text.charCodeAt(e - 1))) e--;
  if (e <= s) return null;
  return { start: line.start + s, end: line.start + e, text: line.text.slice(s, e) };
}

/** An emoji of a decoration (not ©, ®, ™, which end names). */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const NOT_DECORATION: ReadonlySet<string> = new Set(['\u00a9', '\u00ae', '\u2122']);

/**
 * The line without the emoji that decorate its end ("[CHOT DON DOT 12] 🌸🌸🌸"), as a headline's
 * text (read back from its end, one character at a time): the line itself when nothing is left
 * before them.
 */
export function withoutTrailingPictographs(line: Line): Line {
  const t = line.text;
  let end = t.length;
  let cut = end;
  let emoji = false;
  while (end > 0) {
    const last = t.codePointAt(end - 1) as number;
    // (A surrogate pair is read from its first half.)
    const width = end >= 2 && last >= 0xdc00 && last <= 0xdfff ? 2 : 1;
    const ch = String.fromCodePoint(t.codePointAt(end - width) as number);
    if (PICTOGRAPH.test(ch) && !NOT_DECORATION.has(ch)) emoji = true;
    else if (ch !== '\ufe0f' && ch !== '\u200d' && !isSpace(ch.charCodeAt(0))) break;
    end -= width;
    if (emoji) cut = end;
  }
  // Spaces before the emoji go too.
  while (cut > 0 && isSpace(t.charCodeAt(cut - 1))) cut--;
  if (!emoji || cut === 0) return line;
  return { start: line.start, end: line.start + cut, text: t.slice(0, cut) };
}
