// Banks named by one word that ends in "Bank" or "bank": "HDBank", "SeABank", "TPBank", "GPBank",
// "Sacombank". Vietnamese banks brand themselves so; the knowledge base holds the largest, and the
// others would be read as nothing, or their halves as other words ("Se", "ABank"). local-orgs.ts
// turns each span into a local organisation.
import type { Doc } from './doc.js';

/** One word of letters that ends in "Bank" or "bank" after one to fifteen letters, the first a capital. */
const BANK_NAME = /(?<![\p{L}\p{N}])\p{Lu}[A-Za-z]{1,15}[Bb]ank(?![\p{L}\p{N}])/gu;

/** English words of that shape that are no bank's name. */
const NOT_BANKS: ReadonlySet<string> = new Set([
  'riverbank',
  'sandbank',
  'snowbank',
  'databank',
  'embank',
  'cloudbank',
]);

/** The word that starts at `offset` (binary search over the words' starts), or -1. */
function wordStartingAt(doc: Doc, offset: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens.start(mid);
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Spans `[from, to)` of the words of banks' one-word names ({@link BANK_NAME}) that no other stage
 * read: the tokenizer may cut such a name in two at an inner capital ("SeA | Bank").
 */
export function bankSpans(doc: Doc, covered: Uint8Array): [number, number][] {
  const spans: [number, number][] = [];
  const { text, tokens } = doc;
  if (!text.includes('ank')) return spans;
  for (const m of text.matchAll(BANK_NAME)) {
    if (NOT_BANKS.has(m[0].toLowerCase())) continue;
    const from = wordStartingAt(doc, m.index);
    if (from < 0) continue;
    const end = m.index + m[0].length;
    let to = from;
    while (to < tokens.length && tokens.end(to) <= end && !covered[to]) to++;
    if (to === from || tokens.end(to - 1) !== end) continue;
    spans.push([from, to]);
  }
  return spans;
}
