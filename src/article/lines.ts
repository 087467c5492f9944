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
