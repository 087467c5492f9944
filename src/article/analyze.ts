import { assertString } from '../errors.js';
import type { DisplayLanguage } from '../i18n/resources.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import { detectLanguage } from '../language/index.js';
import type { LanguageResult } from '../language/types.js';
import { parseAnalyzeOptions } from '../options.js';
import { type EntityMention, recognize } from '../recognize/recognize.js';
import { findDate } from './date.js';
import { layout, matchDateline, type Piece } from './layout.js';
import type { Line } from './lines.js';
import type {
  Article,
  Block,
  BlockKind,
  Caption,
  CreditSource,
  Dateline,
  EntitySummary,
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
   * Language of entity display names and outlet names in the result.
   * @default 'en'
   */
  displayLanguage?: DisplayLanguage;
  /**
   * The knowledge base to recognize entities with, e.g. one made by `createNormalizer` with your
   * own entities.
   * @default the built-in knowledge base
   */
  kb?: Normalizer;
}

/** Block kinds whose mentions are the article's entities (navigation and teasers are the site's). */
const CONTENT: ReadonlySet<BlockKind> = new Set(['title', 'paragraph', 'heading', 'caption', 'date']);
const PLACE_TYPES: ReadonlySet<string> = new Set(['province', 'city', 'country', 'region', 'island-group']);

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

/** The first mention inside a span, of one of the given types. */
function mentionIn(mentions: EntityMention[], s: Span, types?: ReadonlySet<string>): EntityMention | null {
  return mentions.find((m) => m.start >= s.start && m.end <= s.end && (!types || types.has(m.type))) ?? null;
}

function readDateline(first: Piece | undefined, mentions: EntityMention[]): Dateline | null {
  if (!first) return null;
  const m = matchDateline(first.span.text);
  if (!m?.groups) return null;
  const placeText = m.groups.place;
  const outletText = m.groups.outlet?.trim();
  const base = first.span.start;
  const at = (text: string, from = 0): Span => {
    const i = m[0].indexOf(text, from);
    return { text, start: base + i, end: base + i + text.length };
  };
  let place: Span | null = placeText ? at(placeText) : null;
  let outlet: Span | null = outletText ? at(outletText, placeText?.length ?? 0) : null;
  // "VGP -", "QĐND -": a bare name that the knowledge base knows as an outlet, not a place.
  if (place && !outlet && mentionIn(mentions, place, new Set(['outlet']))) {
    outlet = place;
    place = null;
  }
  const whole = m[0].trimEnd();
  return {
    text: whole,
    start: base,
    end: base + whole.length,
    place,
    placeEntityId: place ? (mentionIn(mentions, place, PLACE_TYPES)?.id ?? null) : null,
    outlet,
    outletEntityId: outlet ? (mentionIn(mentions, outlet, new Set(['outlet']))?.id ?? null) : null,
  };
}

function credit(
  s: Span,
  source: CreditSource,
  mentions: EntityMention[],
  name: (id: string) => string | null,
): Outlet {
  const known = mentionIn(mentions, s, new Set(['outlet']));
  return { ...s, name: (known && name(known.id)) ?? s.text, entityId: known?.id ?? null, source };
}

/** Groups the mentions in the article's content by entity, first mentioned first. */
function summarize(
  mentions: EntityMention[],
  blocks: Block[],
  name: (id: string) => string | null,
): EntitySummary[] {
  const byId = new Map<string, EntitySummary>();
  let b = 0;
  for (const m of mentions) {
    while (b < blocks.length && (blocks[b] as Block).end <= m.start) b++;
    const block = blocks[b];
    if (!block || !CONTENT.has(block.kind)) continue;
    let entry = byId.get(m.id);
    if (!entry) {
      entry = {
        id: m.id,
        type: m.type,
        name: name(m.id) ?? m.text,
        count: 0,
        first: m.start,
        offices: [],
        flags: [],
        mentions: [],
      };
      byId.set(m.id, entry);
    }
    entry.count++;
    entry.mentions.push({
      text: m.text,
      start: m.start,
      end: m.end,
      flags: [...m.flags],
      office: m.office,
      holder: m.holder,
    });
    if (m.office && !entry.offices.includes(m.office)) entry.offices.push(m.office);
    for (const f of m.flags) if (!entry.flags.includes(f)) entry.flags.push(f);
  }
  return [...byId.values()];
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
  options = parseAnalyzeOptions(options);
  assertString(input);
  const warnings: Warning[] = [];
  const pieces = layout(input);

  const bodyPieces = pieces.filter((p) => p.kind === 'paragraph');
  const body = bodyPieces.map((p) => p.span.text).join('\n\n');
  const language = languageInfo(detectLanguage(body.length > 0 ? body : input));
  // A paragraph leans to the document's language: a short one that reads as well in a close neighbour
  // (Swedish that is also valid Norwegian) stays in it, while one plainly in another language is still
  // told apart (see the `expect` rows of bench/RESULTS.md).
  const context = language.code === 'und' ? {} : { expect: language.code };
  const paragraphs: Paragraph[] = bodyPieces.map((p) => {
    const own = languageInfo(detectLanguage(p.span.text, context));
    // Too short to tell on its own: a paragraph inside a document is read in the document's language.
    const segmentAs = own.code === 'und' ? language.code : own.code;
    return { ...span(p.span), language: own, sentences: sentences(p.span.text, p.span.start, segmentAs) };
  });

  const captions: Caption[] = pieces
    .filter((p) => p.kind === 'caption' && p.caption)
    .map((p) => ({ ...span(p.caption as Line), credit: p.credit ? span(p.credit) : null }));

  const titlePiece = pieces.find((p) => p.kind === 'title');
  const published = readPublished(pieces, warnings);
  const kb = options.kb ?? defaultNormalizer();
  const displayLanguage = options.displayLanguage ?? 'en';
  const name = (id: string) => kb.displayName(id, displayLanguage);
  const mentions = recognize(input, {
    kb,
    date:
      published?.year != null && published.month != null && published.day != null
        ? published.iso.slice(0, 10)
        : null,
    language: language.code,
  });
  const dateline = readDateline(
    pieces.find((p) => p.kind === 'paragraph'),
    mentions,
  );

  const credits: Outlet[] = [];
  if (dateline?.outlet) credits.push(credit(dateline.outlet, 'lead', mentions, name));
  for (const p of pieces) {
    if (p.kind === 'signoff' && p.outlet)
      credits.push(credit(span(p.outlet), p.outletForm ?? 'signoff', mentions, name));
  }
  // The closing credit names the source of the copy; a lead credit is used when there is none.
  const outlet = credits.findLast((c) => c.source !== 'lead') ?? credits[0] ?? null;
  const blocks = toBlocks(pieces, input.length);

  return {
    schemaVersion: 1,
    text: input,
    language,
    title: titlePiece ? span(titlePiece.span) : null,
    published,
    outlet,
    credits,
    dateline,
    captions,
    paragraphs,
    blocks,
    entities: summarize(mentions, blocks, name),
    warnings,
  };
}
