import { DATELINE } from '../regex.js';

/** Number of words, not counting lone punctuation such as the dash in "Lao dong - Viec lam". One pass. */
export function words(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      counted = false;
      continue;
    }
    if (
      !counted &&
      (c >= 0x80
        ? /[\p{L}\d]/u.test(s.charAt(i))
        : (c | 32) >= 97 && (c | 32) <= 122
          ? true
          : c >= 48 && c <= 57)
    ) {
      n++;
      counted = true;
    }
  }
  return n;
}

const UPPER = /^[^\p{Ll}]+$/u;

/**
 * A dateline at the start of a body paragraph, when it really is one: it names an outlet in
 * parentheses or slashes, or its place is in capitals, or it uses a long dash ("Japan - Vietnam
 * ties" is not).
 */
export function matchDateline(text: string): RegExpExecArray | null {
  const m = DATELINE.exec(text);
  if (!m?.groups) return null;
  const { place, outlet, slashed } = m.groups;
  if (!place && !outlet && !slashed) return null;
  const dash = m[0].trimEnd().at(-1);
  if (!outlet && !slashed && !(place && UPPER.test(place)) && dash === '-') return null;
  return m;
}
