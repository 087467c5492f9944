import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { type Processor, unified } from 'unified';
import type { Span } from './schema.js';

const processors = new Map<'en' | 'latin', Processor<Root>>();

/** retext-english knows English abbreviations ("Mr.", "Gen.", "U.S."); retext-latin suits sv and vi. */
function processorFor(language: string): Processor<Root> {
  const key = language === 'en' ? 'en' : 'latin';
  let p = processors.get(key);
  if (!p) {
    p = unified()
      .use(key === 'en' ? retextEnglish : retextLatin)
      .freeze() as unknown as Processor<Root>;
    processors.set(key, p);
  }
  return p;
}

/**
 * Paragraphs longer than this (no real article has one) are split by a plain linear scan instead
 * of the retext parser, which builds a syntax tree of every word and would take seconds.
 */
const MAX_PARSED = 50_000;

/** Sentences ending at ".", "!", "?" or "…" followed by whitespace: a linear scan for huge paragraphs. */
function plainSentences(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/u.test(text[s] as string)) s++;
    if (end > s) out.push({ text: text.slice(s, end), start: offset + s, end: offset + end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const end = c === 46 || c === 33 || c === 63 || c === 0x2026;
    const next = text.charCodeAt(i + 1);
    if (end && (next === 32 || next === 10 || next === 9 || Number.isNaN(next))) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * Splits a paragraph into sentences with unified + retext (retext-english for English,
 * retext-latin for Swedish, Vietnamese and the rest). Offsets are shifted by `offset`, so they
 * index the caller's input. Processors are built on first use, not on import.
 *
 * @example sentences('Hà Nội đón khách. Tokyo cũng vậy.', 0, 'vi').map((s) => s.text)
 * // ['Hà Nội đón khách.', 'Tokyo cũng vậy.']
 */
export function sentences(text: string, offset: number, language: string): Span[] {
  if (text.length > MAX_PARSED) return plainSentences(text, offset);
  const tree = processorFor(language).parse(text);
  const out: Span[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start === undefined || end === undefined || end <= start) continue;
      out.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
    }
  }
  return out;
}
