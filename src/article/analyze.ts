import { assertString } from '../errors.js';
import type { DisplayLanguage } from '../i18n/resources.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import { detectRanges } from '../language/detect.js';
import { trimBuffers } from '../language/features.js';
import { DEFAULT_MIN_LENGTH, detectLanguages } from '../language/index.js';
import type { LanguageResult, RangesResult } from '../language/types.js';
import { parseAnalyzeOptions } from '../options.js';
import { detached } from '../text/detached.js';
import { sourceEnd, sourceStart, visibleView } from '../text/invisible.js';
import { type CreditLines, creditLines, datelineParagraph, readCredits, readDateline } from './credits.js';
import { readEntities, windowStarts } from './entities.js';
import { layout, type Piece } from './layout.js';
import type { Line } from './lines.js';
import { readPublished } from './published.js';
import type {
  Article,
  Block,
  BlockKind,
  Caption,
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
import { endsSentence } from './shape.js';
import { ToSource } from './to-source.js';

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

/** A short line without a final stop above the body (a kicker, a headline not taken as one): not the body's first paragraph. */
const isLabelLine = (p: Piece): boolean => p.span.text.length <= 60 && !endsSentence(p.span.text);

/** Longest line checked against the outlets' names (site names are short). */
const MAX_OUTLET_NAME = 60;

/** Answers of {@link outletOfLine} per knowledge base: short lines (menus, site names) recur across pages. */
const outletAnswers = new WeakMap<Normalizer, Map<string, string | null>>();
/** Lines remembered per knowledge base; the memory is emptied when it is full. */
const MAX_OUTLET_ANSWERS = 4096;

/** Words for a medium after an outlet's name ("Saigon Times Magazine", "Nikkei Online"), lower case. */
const MEDIUM_AFTER: ReadonlySet<string> = new Set([
  'magazine',
  'newspaper',
  'online',
  'daily',
  'weekly',
  'digital',
  'tidning',
  'tidningen',
  'tidskrift',
]);
/** Words for a medium before an outlet's name ("Tidningen Vi", "Tạp chí …"), lower case. */
const MEDIUM_BEFORE: readonly string[][] = [['tidningen'], ['tidskriften'], ['báo'], ['tạp', 'chí']];

/**
 * An outlet's name written with the word for its medium ("Saigon Times Magazine", "Tạp chí Kinh tế
 * Sài Gòn") without that word, or undefined when the line has none.
 */
function withoutMedium(line: string): string | undefined {
  const words = line.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  if (MEDIUM_AFTER.has((words[words.length - 1] as string).toLowerCase()))
    return words.slice(0, -1).join(' ');
  for (const before of MEDIUM_BEFORE)
    if (words.length > before.length && before.every((w, k) => (words[k] as string).toLowerCase() === w))
      return words.slice(before.length).join(' ');
  return undefined;
}

/**
 * The outlet of the knowledge base a line names (its id), or null: the line is an outlet's name,
 * maybe with the word for its medium ("Saigon Times Magazine"). Answers memoised per base.
 */
function outletOfLine(kb: Normalizer): (text: string) => string | null {
  let answers = outletAnswers.get(kb);
  if (!answers) {
    answers = new Map();
    outletAnswers.set(kb, answers);
  }
  const memo = answers;
  const find = (t: string): string | null => kb.findEntities(t, { types: ['outlet'] })[0]?.entity.id ?? null;
  return (t) => {
    if (t.length > MAX_OUTLET_NAME) return null;
    let answer = memo.get(t);
    if (answer === undefined) {
      if (memo.size >= MAX_OUTLET_ANSWERS) memo.clear();
      const bare = withoutMedium(t);
      answer = find(t) ?? (bare === undefined ? null : find(bare));
      // A detached key: the line is a slice of the page, which the memory must not hold alive.
      memo.set(detached(t), answer);
    }
    return answer;
  };
}

/** The language of a paragraph too short to tell. */
const UND: LanguageInfo = Object.freeze({ code: 'und', confidence: 0, diacritics: null });

function languageInfo(r: LanguageResult): LanguageInfo {
  return { code: r.language, confidence: r.confidence, diacritics: r.diacritics };
}

/** Covers the whole input: classified pieces plus 'blank' blocks for the whitespace between them. */
function toBlocks(pieces: readonly Piece[], length: number, to: ToSource): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  const push = (kind: BlockKind, start: number, end: number) => {
    // The first block starts at 0 and the last ends at the input's end, whatever is invisible there.
    const s = start === 0 ? 0 : to.boundary(start);
    const e = to.boundary(end);
    if (e > s) blocks.push({ kind, start: s, end: e });
  };
  for (const p of pieces) {
    if (p.span.start > at) push('blank', at, p.span.start);
    push(p.kind, p.span.start, p.span.end);
    at = p.span.end;
  }
  if (at < length || blocks.length === 0) push('blank', at, length);
  return blocks;
}

/**
 * Longest stretch of text whose paragraphs are read by one call of the detector: its buffers grow
 * with the text it is given, so a very long page is read window by window.
 */
const LANGUAGE_WINDOW = 1 << 20;

/**
 * The languages of the document and of each scored paragraph, in one pass over the characters.
 * A page longer than {@link LANGUAGE_WINDOW} is read in windows of whole paragraphs, each
 * paragraph read against its own window; the document takes the language of the windows that
 * cover the most characters (the first of them gives the figures).
 */
function readLanguages(text: string, scored: readonly Piece[]): RangesResult {
  const rangeOf = (p: Piece) => ({ start: p.span.start, end: p.span.end });
  if (text.length <= LANGUAGE_WINDOW || scored.length === 0)
    return detectLanguages(text, scored.map(rangeOf));
  const ranges: LanguageResult[] = [];
  const byLanguage = new Map<string, { chars: number; first: LanguageResult }>();
  for (let i = 0; i < scored.length; ) {
    const from = (scored[i] as Piece).span.start;
    let j = i + 1;
    while (j < scored.length && (scored[j] as Piece).span.end - from <= LANGUAGE_WINDOW) j++;
    const to = (scored[j - 1] as Piece).span.end;
    const window = scored.slice(i, j).map((p) => ({ start: p.span.start - from, end: p.span.end - from }));
    const read = detectRanges(text.slice(from, to), window);
    ranges.push(...read.ranges);
    const seen = byLanguage.get(read.whole.language);
    if (seen) seen.chars += to - from;
    else byLanguage.set(read.whole.language, { chars: to - from, first: read.whole });
    i = j;
  }
  trimBuffers();
  let whole: LanguageResult | undefined;
  let most = -1;
  for (const { chars, first } of byLanguage.values())
    if (chars > most) {
      most = chars;
      whole = first;
    }
  return { whole: whole as LanguageResult, ranges };
}

const line = (l: Line): Span => ({ text: l.text, start: l.start, end: l.end });

/**
 * Parses a scraped news page into an {@link Article}: language, title, date, outlet, dateline,
 * captions with credits, body paragraphs with their languages, and every other block kept with
 * its kind. Unknown fields are null, never guessed. Invisible characters inside words (soft hyphens,
 * zero-width spaces, U+034F) are read through; every offset still indexes the input as given.
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
  const kb = options.kb ?? defaultNormalizer();
  const displayLanguage = options.displayLanguage ?? 'en';
  const name = (id: string) => kb.displayName(id, displayLanguage);
  const view = visibleView(input);
  const to = new ToSource(view, input);
  // The page's lines, language scores and other intermediate lists live only inside readPage: the
  // entity summary, the last step, runs without them (a long page holds hundreds of thousands).
  const page = readPage(view.text, to, kb, name, warnings);
  const mapOutlet = (o: Outlet): Outlet => to.span(o);
  const mapDateline = (d: Dateline | null): Dateline | null =>
    d && { ...to.span(d), place: to.nullable(d.place), outlet: to.nullable(d.outlet) };

  return {
    schemaVersion: 1,
    text: input,
    language: page.language,
    title: page.title,
    published: to.nullable(page.published),
    outlet: page.credited.outlet && mapOutlet(page.credited.outlet),
    credits: page.credited.credits.map(mapOutlet),
    dateline: mapDateline(page.dateline),
    captions: page.captions,
    paragraphs: page.paragraphs,
    blocks: page.blocks,
    entities: page.entities,
    warnings: warnings.map((w) =>
      w.start === null || w.end === null
        ? w
        : { ...w, start: sourceStart(view, w.start), end: sourceEnd(view, w.end) },
    ),
  };
}

/** What {@link readPage} finds; offsets of `published`, `credited` and `dateline` are still the view's. */
interface Page {
  language: LanguageInfo;
  title: Span | null;
  published: Published | null;
  credited: ReturnType<typeof readCredits>;
  dateline: Dateline | null;
  captions: Caption[];
  paragraphs: Paragraph[];
  blocks: Block[];
  entities: EntitySummary[];
}

/**
 * What {@link readLayout} reads of the page's pieces: everything the Article takes from them, and
 * what the entities, the dateline and the credits need afterwards.
 */
interface Layout {
  language: LanguageInfo;
  paragraphs: Paragraph[];
  captions: Caption[];
  title: Span | null;
  published: Published | null;
  blocks: Block[];
  /** The paragraph where the body's dateline stands: its first, or one close under it (see `datelineParagraph`). */
  lead: Piece | undefined;
  /** Where the recognizer's windows start. */
  windows: number[];
  credits: CreditLines;
}

/**
 * The page's layout and all that is read from its pieces before the entities. A function of its
 * own so that the pieces (with their spans, about 0.7 MB a MB of a long page) are let go when it
 * returns, before the entities are read, rather than held by the caller's frame.
 */
function readLayout(
  text: string,
  to: ToSource,
  isOutletName: (text: string) => boolean,
  warnings: Warning[],
): Layout {
  const pieces = layout(text, { isOutletName });
  const { language, paragraphs } = readBody(
    text,
    pieces.filter((p) => p.kind === 'paragraph'),
    to,
  );

  const captions: Caption[] = pieces
    .filter((p) => p.kind === 'caption' && p.caption)
    .map((p) => ({ ...to.span(line(p.caption as Line)), credit: p.credit ? to.span(line(p.credit)) : null }));

  const titlePiece = pieces.find((p) => p.kind === 'title');
  // The body starts after the headline: paragraphs above it are the page's furniture.
  const titleAt = titlePiece ? pieces.indexOf(titlePiece) : -1;
  const first = pieces.find((p, i) => p.kind === 'paragraph' && i > titleAt && !isLabelLine(p));
  return {
    language,
    paragraphs,
    captions,
    title: titlePiece ? to.span(line(titlePiece.span)) : null,
    published: readPublished(pieces, first ?? null, warnings),
    blocks: toBlocks(pieces, text.length, to),
    lead: datelineParagraph(pieces, first),
    windows: windowStarts(pieces, text.length),
    credits: creditLines(pieces, isOutletName),
  };
}

/** Everything of the Article but the entity summary, read from the visible text. */
function readPage(
  text: string,
  to: ToSource,
  kb: Normalizer,
  name: (id: string) => string | null,
  warnings: Warning[],
): Page {
  const outletOf = outletOfLine(kb);
  const isOutletName = (t: string): boolean => outletOf(t) !== null;
  const { language, paragraphs, captions, title, published, blocks, lead, windows, credits } = readLayout(
    text,
    to,
    isOutletName,
    warnings,
  );
  const { summaries, index } = readEntities(
    text,
    windows,
    blocks,
    {
      kb,
      date:
        published?.year != null && published.month != null && published.day != null
          ? published.iso.slice(0, 10)
          : null,
      language: language.code,
      partialMarks: language.diacritics === 'partial',
      noMarks: language.diacritics === 'none',
    },
    name,
    to,
  );
  const dateline = readDateline(lead, index);
  const credited = readCredits({
    text,
    lines: credits,
    dateline,
    mentions: index,
    outletOf,
    name,
    parentOf: (id) => kb.getEntity(id)?.parent ?? null,
  });
  for (const c of credited.credits) if (c.entityId) summaries.addCreditedOutlet(c.entityId, c);
  return {
    language,
    title,
    published,
    credited,
    dateline,
    captions,
    paragraphs,
    blocks,
    entities: summaries.entities,
  };
}

/**
 * The document's language and the body's paragraphs, each with its language and sentences. The
 * document's language is decided on the body, and each paragraph is read with it expected: a short
 * one that reads as well in a close neighbour (Swedish that is also valid Norwegian) stays in it,
 * one plainly in another language is still told apart. One pass over the characters for all.
 * Paragraphs too short to hold the detector's minimum are 'und' without being scored.
 */
function readBody(
  text: string,
  bodyPieces: readonly Piece[],
  to: ToSource,
): { language: LanguageInfo; paragraphs: Paragraph[] } {
  const scored = bodyPieces.filter((p) => p.span.text.length >= DEFAULT_MIN_LENGTH);
  const read = readLanguages(text, scored);
  const byPiece = new Map(scored.map((p, i) => [p, read.ranges[i] as LanguageResult]));
  const language = languageInfo(read.whole);
  const paragraphs: Paragraph[] = bodyPieces.map((p) => {
    const read = byPiece.get(p);
    const own = read ? languageInfo(read) : UND;
    // Too short to tell on its own: a paragraph inside a document is read in the document's language.
    const segmentAs = own.code === 'und' ? language.code : own.code;
    const span = to.span(line(p.span));
    const parts = sentences(p.span.text, p.span.start, segmentAs);
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      language: own,
      sentences: to.identity ? parts : parts.map((s) => to.span(s)),
    };
  });
  return { language, paragraphs };
}
