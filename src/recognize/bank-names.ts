// Banks named by one word that ends in "Bank" or "bank": "HDBank", "SeABank", "TPBank", "GPBank",
// "Sacombank". Vietnamese banks brand themselves so; the knowledge base holds the largest, and the
// others would be read as nothing, or their halves as other words ("Se", "ABank"). local-orgs.ts
// turns each span into a local organisation.
import { type Doc, wordAt } from './doc.js';

/** Most letters before "Bank" in such a name. */
const MAX_PREFIX = 15;

/** `c` is an ASCII letter. */
const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `ch` is a letter or a digit of any script. */
const wordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/**
 * Where the bank's name that ends with the "ank" at `at` starts: one word of ASCII letters, a
 * capital first, one to fifteen of them before "Bank" or "bank"; -1 when there is none.
 */
function bankNameStart(text: string, at: number): number {
  const b = text.charCodeAt(at - 1);
  if (b !== 66 && b !== 98) return -1;
  if (at + 3 < text.length && wordChar(text.charAt(at + 3))) return -1;
  let start = at - 1;
  while (start > 0 && at - 1 - start < MAX_PREFIX && asciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === at - 1 || (start > 0 && wordChar(text.charAt(start - 1)))) return -1;
  const first = text.charCodeAt(start);
  return first >= 65 && first <= 90 ? start : -1;
}

/** English words of that shape that are no bank's name. */
const NOT_BANKS: ReadonlySet<string> = new Set([
  'riverbank',
  'sandbank',
  'snowbank',
  'databank',
  'embank',
  'cloudbank',
]);

/**
 * Spans `[from, to)` of the words of banks' one-word names (see {@link bankNameStart}) that no other
 * stage read: the tokenizer may cut such a name in two at an inner capital ("SeA | Bank").
 */
export function bankSpans(doc: Doc, covered: Uint8Array): [number, number][] {
  const spans: [number, number][] = [];
  const { text, tokens } = doc;
  for (let at = text.indexOf('ank'); at > 0; at = text.indexOf('ank', at + 3)) {
    const start = bankNameStart(text, at);
    if (start < 0) continue;
    const end = at + 3;
    if (NOT_BANKS.has(text.slice(start, end).toLowerCase())) continue;
    const from = wordAt(doc, start, 'start');
    if (from < 0) continue;
    let to = from;
    while (to < tokens.length && tokens.end(to) <= end && !covered[to]) to++;
    if (to === from || tokens.end(to - 1) !== end) continue;
    spans.push([from, to]);
  }
  return spans;
}
