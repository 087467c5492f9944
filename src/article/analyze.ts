import { assertString } from '../errors.js';
import { detectLanguage } from '../language/index.js';
import type { LanguageResult } from '../language/types.js';
import { findDate } from './date.js';
import { layout, matchDateline, type Piece } from './layout.js';
import type { Line } from './lines.js';
import type {
  Article,
  Block,
  Caption,
  CreditSource,
  Dateline,
  LanguageInfo,
  Outlet,
  Paragraph,
  Published,
  Span,
  Warning,
} from './schema.js';
import { sentences } from './sentences.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Resolves an outlet name as written ("VNA", "Vnexpress.net") to a canonical name and entity id.
   * @default the bundled knowledge base, when available; otherwise names stay as written
   */
  resolveOutlet?: (name: string) => { id: string; name: string } | null;
  /** Resolves a dateline place ("HÀ NỘI") to an entity id. */
  resolvePlace?: (name: string) => { id: string; name: string } | null;
}

const span = (l: Line): Span => ({ text: l.text, start: l.start, end: l.end });

function languageInfo(r: LanguageResult): LanguageInfo {
  return { code: r.language, confidence: r.confidence, diacritics: r.diacritics };
}

/** Covers the whole input: classified pieces plus 'blank' blocks for the whitespace between them. */
function toBlocks(pieces: Piece[], length: number): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const p of pieces) {
    if (p.span.start > at) blocks.push({ kind: 'blank', start: at, end: p.span.start });
    blocks.push({ kind: p.kind, start: p.span.start, end: p.span.end });
    at = p.span.end;
  }
  if (at < length) blocks.push({ kind: 'blank', start: at, end: length });
  return blocks;
}

/** An outlet in a dateline must look like one: in parentheses, or a short all-caps name. */
const OUTLET_SHAPE = /^[A-Z]{2,9}$/u;

function readDateline(first: Piece | undefined, options: AnalyzeOptions): Dateline | null {
  if (!first) return null;
  const m = matchDateline(first.span.text);
  if (!m?.groups) return null;
  const placeText = m.groups.place;
  const outletText = m.groups.outlet?.trim();
  const base = first.span.start;
  const at = (s: string, from = 0): Span => {
    const i = m[0].indexOf(s, from);
    return { text: s, start: base + i, end: base + i + s.length };
  };
  let place: Span | null = placeText ? at(placeText) : null;
  let outlet: Span | null = outletText ? at(outletText, placeText?.length ?? 0) : null;
  // "VGP -": a bare name that is an outlet, not a place.
  if (place && !outlet && (options.resolveOutlet?.(place.text) ?? OUTLET_SHAPE.test(place.text))) {
    outlet = place;
    place = null;
  }
  const whole = m[0].trimEnd();
  return {
    text: whole,
    start: base,
    end: base + whole.length,
    place,
    placeEntityId: place ? (options.resolvePlace?.(place.text)?.id ?? null) : null,
    outlet,
  };
}

function credit(s: Span, source: CreditSource, options: AnalyzeOptions): Outlet {
  const known = options.resolveOutlet?.(s.text) ?? null;
  return { ...s, name: known?.name ?? s.text, entityId: known?.id ?? null, source };
}

/** How many body paragraphs count as the lead when looking for a date in prose. */
const LEAD_PARAGRAPHS = 2;

function readPublished(pieces: Piece[], warnings: Warning[]): Published | null {
  for (const p of pieces) {
    if (p.kind === 'date' && p.date) {
      const d = p.date;
      const start = p.span.start + d.start;
      return {
        ...d,
        text: p.span.text.slice(d.start, d.end),
        start,
        end: p.span.start + d.end,
        source: 'date-line',
      };
    }
  }
  // No date line: a date stated in the lead's prose (title, captions, the first two paragraphs).
  let seen = 0;
  const leadEnd = pieces.findIndex((p) => p.kind === 'paragraph' && ++seen === LEAD_PARAGRAPHS + 1);
  const lead = pieces
    .slice(0, leadEnd < 0 ? pieces.length : leadEnd)
    .filter((p) => p.kind === 'title' || p.kind === 'caption' || p.kind === 'paragraph');
  for (const p of lead) {
    const d = findDate(p.span.text);
    if (d === null) continue;
    if ('rejected' in d) {
      warnings.push({
        code: d.reason,
        message: `"${p.span.text.slice(d.start, d.end)}" is not a possible date`,
        start: p.span.start + d.start,
        end: p.span.start + d.end,
      });
      continue;
    }
    return {
      ...d,
      text: p.span.text.slice(d.start, d.end),
      start: p.span.start + d.start,
      end: p.span.start + d.end,
      source: 'prose',
    };
  }
  return null;
}

/**
 * Parses a scraped news page into an {@link Article}: language, title, date, outlet, dateline,
 * captions with credits, body paragraphs with their languages, and every other block kept with
 * its kind. Unknown fields are null, never guessed.
 *
 * @param input The page as text. Offsets in the result index this string.
 * @throws {TypeError} when `input` is not a string.
 * @example
 * const article = analyze('Vietnam, Japan agree to deepen ties\n\nHÀ NỘI — The two foreign ministers met …');
 * article.title?.text // 'Vietnam, Japan agree to deepen ties'
 * article.dateline?.place?.text // 'HÀ NỘI'
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Article {
  assertString(input);
  const warnings: Warning[] = [];
  const pieces = layout(input);

  const bodyPieces = pieces.filter((p) => p.kind === 'paragraph');
  const body = bodyPieces.map((p) => p.span.text).join('\n\n');
  const language = languageInfo(detectLanguage(body.length > 0 ? body : input));
  const paragraphs: Paragraph[] = bodyPieces.map((p) => {
    const own = languageInfo(detectLanguage(p.span.text));
    // Too short to tell on its own: a paragraph inside a document is read in the document's language.
    const segmentAs = own.code === 'und' ? language.code : own.code;
    return { ...span(p.span), language: own, sentences: sentences(p.span.text, p.span.start, segmentAs) };
  });

  const captions: Caption[] = pieces
    .filter((p) => p.kind === 'caption' && p.caption)
    .map((p) => ({ ...span(p.caption as Line), credit: p.credit ? span(p.credit) : null }));

  const titlePiece = pieces.find((p) => p.kind === 'title');
  const dateline = readDateline(
    pieces.find((p) => p.kind === 'paragraph'),
    options,
  );

  const credits: Outlet[] = [];
  if (dateline?.outlet) credits.push(credit(dateline.outlet, 'lead', options));
  for (const p of pieces) {
    if (p.kind === 'signoff' && p.outlet)
      credits.push(credit(span(p.outlet), p.outletForm ?? 'signoff', options));
  }
  // The closing credit names the source of the copy; a lead credit is used when there is none.
  const outlet = credits.findLast((c) => c.source !== 'lead') ?? credits[0] ?? null;

  return {
    schemaVersion: 1,
    text: input,
    language,
    title: titlePiece ? span(titlePiece.span) : null,
    published: readPublished(pieces, warnings),
    outlet,
    credits,
    dateline,
    captions,
    paragraphs,
    blocks: toBlocks(pieces, input.length),
    entities: [],
    warnings,
  };
}
