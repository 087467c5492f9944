import { type FoundDate, findDate, findDatePart } from './date.js';
import type { Piece } from './layout.js';
import type { Published, Warning } from './schema.js';

/** How many body paragraphs are read for impossible dates worth a warning ("22023"). */
const LEAD_PARAGRAPHS = 2;

interface Candidate {
  date: FoundDate;
  /** Offset of the date's line in the text. */
  lineStart: number;
  lineText: string;
  source: Published['source'];
  score: number;
}

/** The place of a dateline before its date: capitalised words ("TOKYO", "Hanoi", "HO CHI MINH CITY") and a comma. */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'’]{0,20}(?:[ \t]\p{Lu}[\p{L}.'’]{0,20}){0,3},[ \t]{1,3}/u;

/** A dated dateline: "TOKYO, Nov 24, 2021, Kyodo News." (a date without a year is not stated enough). */
function datelineDate(text: string): FoundDate | null {
  const place = DATELINE_PLACE.exec(text);
  if (!place) return null;
  const found = findDate(text.slice(place[0].length, place[0].length + 40));
  if (found === null || 'rejected' in found || found.start !== 0 || found.year === null) return null;
  return { ...found, start: found.start + place[0].length, end: found.end + place[0].length };
}

/** How many pieces after the body's first paragraph its second may stand (a photo and its caption between). */
const SECOND_REACH = 3;

/** The body's first paragraph and, when there is one close under it, its second. */
function leadParagraphs(pieces: readonly Piece[], body: Piece | null): Piece[] {
  if (!body) return [];
  const at = pieces.indexOf(body);
  for (let i = at + 1; i >= 1 && i < pieces.length && i <= at + SECOND_REACH; i++)
    if ((pieces[i] as Piece).kind === 'paragraph') return [body, pieces[i] as Piece];
  return [body];
}

/** A date closing a digest's headline after a separator: "Tin Biển Đông – 23/04/2018". */
function titleDate(title: Piece): FoundDate | null {
  const found = findDate(title.span.text);
  if (found === null || 'rejected' in found || found.year === null) return null;
  const before = title.span.text.slice(0, found.start).trimEnd();
  const closes = title.span.text.slice(found.end).trim() === '';
  return closes && /[–—|-]$/u.test(before) ? found : null;
}

/**
 * The page's publication (or update) date: the date line the page states for itself. A label
 * ("Publicerad", "Cập nhật:", the scraper's " date") counts most; a date line under the headline
 * beats one above it (the site's clock in the header); then the body's dateline when it states a
 * year ("TOKYO, Nov 24, 2021 (Kyodo) -"), in its first paragraph or its second (under a standfirst); then a date closing a digest's headline. Dates in prose and
 * captions are events, never the publication date: the lead is read only for impossible dates,
 * which become warnings.
 */
export function readPublished(
  pieces: readonly Piece[],
  body: Piece | null,
  warnings: Warning[],
): Published | null {
  const titleIndex = pieces.findIndex((p) => p.kind === 'title');
  const bodyIndex = body ? pieces.indexOf(body) : -1;
  const candidates: Candidate[] = [];
  pieces.forEach((p, i) => {
    // (A date line without a year, a social post's "22 tháng 9 lúc 20:14", states too little: as a
    // dateline's does.)
    if (p.kind !== 'date' || !p.date || p.date.year === null) return;
    let score = p.dateLabelled ? 4 : 0;
    // Under the headline, before the body: the article's own line. An unlabelled one after the
    // body's start dates something else, a related article in a list ("- January 29, 2026: …").
    if (bodyIndex >= 0 && i > bodyIndex) score -= 1;
    else if (titleIndex >= 0 && i > titleIndex) score += 2;
    candidates.push({
      date: p.date,
      lineStart: p.span.start,
      lineText: p.span.text,
      source: 'date-line',
      score,
    });
  });
  // A by-line under the headline that the layout kept as one for its author, with its date:
  // "Đăng bởi Phương Thảo lúc 22:47 ngày 20/01/2025 | Chuyên mục: …", as blogs print them. (Below a
  // date line of its own.)
  if (titleIndex >= 0)
    for (let i = titleIndex + 1; i < pieces.length && (bodyIndex < 0 || i < bodyIndex); i++) {
      const p = pieces[i] as Piece;
      if (p.kind !== 'byline') continue;
      const date = findDate(p.span.text);
      if (date === null || 'rejected' in date || date.day === null) continue;
      candidates.push({
        date,
        lineStart: p.span.start,
        lineText: p.span.text,
        source: 'date-line',
        score: 1.5,
      });
      break;
    }
  // The dateline opens the body, or its second paragraph under a standfirst ("sapo").
  for (const lead of leadParagraphs(pieces, body)) {
    const dated = datelineDate(lead.span.text);
    if (!dated) continue;
    candidates.push({
      date: dated,
      lineStart: lead.span.start,
      lineText: lead.span.text,
      source: 'dateline',
      score: 1,
    });
    break;
  }
  const title = pieces[titleIndex];
  const inTitle = title ? titleDate(title) : null;
  if (inTitle && title)
    candidates.push({
      date: inTitle,
      lineStart: title.span.start,
      lineText: title.span.text,
      source: 'title',
      score: -1,
    });

  warnImpossible(pieces, warnings);
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (!best) return null;
  const { date, lineStart, lineText, source } = best;
  return {
    ...date,
    text: lineText.slice(date.start, date.end),
    start: lineStart + date.start,
    end: lineStart + date.end,
    source,
  };
}

/** Impossible dates in the title, captions and lead ("May 1, 22023"): flagged, never repaired. */
function warnImpossible(pieces: readonly Piece[], warnings: Warning[]): void {
  let paragraphs = 0;
  for (const p of pieces) {
    if (p.kind === 'paragraph' && ++paragraphs > LEAD_PARAGRAPHS) break;
    if (p.kind !== 'title' && p.kind !== 'caption' && p.kind !== 'paragraph') continue;
    // Only whether the first date is impossible: the time and zone after it do not matter here.
    const d = findDatePart(p.span.text);
    if (d === null || !('rejected' in d)) continue;
    warnings.push({
      code: d.reason,
      message: `"${p.span.text.slice(d.start, d.end)}" is not a possible date`,
      start: p.span.start + d.start,
      end: p.span.start + d.end,
    });
  }
}
