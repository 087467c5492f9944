/**
 * Pattern searches that start part-way into a text: a copy of a pattern with the `g` flag begins
 * its search at `lastIndex`, so the text before that position is never scanned, while its
 * anchors, lookbehinds and match indices still see the whole text.
 */

/** `pattern` with the `g` flag added, for {@link execFrom}. */
export function searchable(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags}g`);
}

/** The first match of `global` (made by {@link searchable}) that starts at `from` or later. */
export function execFrom(global: RegExp, text: string, from: number): RegExpExecArray | null {
  global.lastIndex = Math.max(0, from);
  return global.exec(text);
}
