import type { Article, SourceRange, SourceSegment } from '../article/schema.js';

/** The segment holding text offset `at`, by binary search over the map (in text order). */
function segmentAt(map: SourceSegment[], at: number): SourceSegment | null {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map[mid] as SourceSegment;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * Where a range of an HTML Article's text came from in the HTML source: `[start, end)` offsets
 * into the HTML string (as decoded, for bytes input). Inside a character reference or a run of
 * collapsed whitespace the whole source run is given. Null for an Article read from text, or for a
 * range that starts or ends in the blank lines vietnorm put between blocks.
 *
 * @example
 * const article = analyzeHtml('<p>Hello &amp; welcome</p>');
 * const p = article.paragraphs[0];
 * htmlRange(article, p.start, p.end); // { start: 3, end: 22 }
 */
export function htmlRange(article: Article, start: number, end: number): SourceRange | null {
  const map = article.html?.map;
  if (!map || end <= start) return null;
  const first = segmentAt(map, start);
  const last = segmentAt(map, end - 1);
  if (!first || !last) return null;
  const exact = (s: SourceSegment) => s.end - s.start === s.htmlEnd - s.htmlStart;
  return {
    start: exact(first) ? first.htmlStart + (start - first.start) : first.htmlStart,
    end: exact(last) ? last.htmlStart + (end - last.start) : last.htmlEnd,
  };
}
