// Vietnamese reporters sign with their name alone on a line, under the headline or after the body,
// often with their outlet or "(tổng hợp)": "Minh Thư (VOV)", "Chu Văn", "THANH TÙNG", "Ngọc Anh
// (tổng hợp)". Such a line, right above the body's first paragraph or at the end of the text, is a
// person local to the text, like the people of local-people.ts.
import { type Doc, mention } from './doc.js';
import { LOCAL_PERSON } from './local-people.js';
import type { EntityMention } from './mention.js';
import { isVietnameseSyllable } from './syllables.js';

/** Syllables of a signed name: a pen name of two, or a full name of three. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** What may follow the name on its line, trimmed: "(VOV)", "(tổng hợp)", "- TTXVN", "/QĐND". */
const SIGNATURE_TAIL = /^(?:\([^()\n]{1,30}\)|[-–/] ?[^\s()][^\n]{0,19})?$/u;
/** Longest rest of a signature's line (its tail, spaces around). */
const MAX_TAIL = 40;
/** Words around a line without marks that tell a text without marks from a marked one. */
const MARKS_REACH = 12;

/** Characters at most after a signature at the end of a text (a source line may follow it). */
const END_REACH = 160;
/** Shortest line read as the body's first paragraph, under a by-line. */
const BODY_LINE = 120;

/**
 * The line ending at character `end` stands where a signature does: at the end of the text (a
 * source line may follow), or right above the body's first paragraph (a by-line).
 */
function signaturePlace(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return true;
  // (Only the end of a text is read whole: blank lines there are few.)
  if (text.length - lineEnd <= 4 * END_REACH && text.slice(lineEnd).trim().length <= END_REACH) return true;
  let start = lineEnd;
  while (start < text.length && /\s/u.test(text.charAt(start))) start++;
  const next = text.indexOf('\n', start);
  return (next < 0 ? text.length : next) - start >= BODY_LINE;
}

/** The text between character `from` and the end of its line. */
function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  // (Only the first characters past the longest tail are needed to refuse a longer line.)
  return text.slice(from, Math.min(end < 0 ? text.length : end, from + MAX_TAIL + 1));
}

/** Word `i` opens its line: only spaces before it since the line break (or the text's start). */
function opensLine(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  for (let c = tokens.start(i) - 1; c >= 0; c--) {
    const code = text.charCodeAt(c);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Words `from`..`to` write a name: capitalised or in capitals, Vietnamese syllables, free, one space
 * apart; with marks, unless the text around has none either (a text typed without marks).
 */
function nameWords(doc: Doc, covered: Uint8Array, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    if (covered[k] || !tokens.capital(k) || !isVietnameseSyllable(tokens.word(k) as string)) return false;
    if (k > from && !tokens.spaced(k - 1)) return false;
  }
  if (tokens.marked(from, to)) return true;
  const n = tokens.length;
  return !tokens.marked(Math.max(0, from - MARKS_REACH), Math.min(n, to + MARKS_REACH));
}

/**
 * The names signed alone on a line of Vietnamese text, each a local person (`local:person:minh-thu`)
 * named as written.
 */
export function signedNames(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'vi') return found;
  const { text, tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const from = capitals[c] as number;
    if (covered[from] || !opensLine(doc, from)) continue;
    let to = from + 1;
    while (to < n && to - from < MAX_WORDS + 1 && tokens.spaced(to - 1) && tokens.capital(to)) to++;
    if (to - from < MIN_WORDS || to - from > MAX_WORDS) continue;
    const tail = restOfLine(text, tokens.end(to - 1));
    if (tail.length > MAX_TAIL || !SIGNATURE_TAIL.test(tail.trim())) continue;
    if (!signaturePlace(text, tokens.end(to - 1))) continue;
    if (!nameWords(doc, covered, from, to)) continue;
    const keys: string[] = [];
    for (let k = from; k < to; k++) keys.push(tokens.word(k) as string);
    const m = mention(doc, from, to, LOCAL_PERSON + keys.join('-'));
    m.type = 'person';
    m.name = m.text;
    found.push([from, m]);
    covered.fill(1, from, to);
  }
  return found;
}
