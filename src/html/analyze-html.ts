import { type AnalyzeOptions, analyze } from '../article/analyze.js';
import type {
  Article,
  Block,
  BlockKind,
  Caption,
  Image,
  MarkupValue,
  Outlet,
  Paragraph,
  Published,
  SourceSegment,
  Span,
} from '../article/schema.js';
import { sentences } from '../article/sentences.js';
import { VietnormError } from '../errors.js';
import { defaultNormalizer } from '../kb/kb.js';
import { detectLanguage } from '../language/index.js';
import { cutBlocks, type ImageRef, type TextBlock } from './blocks.js';
import { parseMarkupDate } from './dates.js';
import { decodeHtml } from './decode.js';
import { collapse } from './dom.js';
import { type Decision, decide } from './extract.js';
import { type MetaValue, readMeta } from './meta.js';
import { parseHtml } from './parse.js';

/** Options for {@link analyzeHtml}: those of `analyze`, plus what only HTML needs. */
export interface AnalyzeHtmlOptions extends AnalyzeOptions {
  /**
   * The charset the page was served with (the HTTP `Content-Type` header's `charset`), for bytes
   * input. It overrides a `<meta charset>`; a byte-order mark overrides it.
   * @default undefined (BOM, then `<meta charset>`, then UTF-8 if valid, else windows-1252)
   */
  charset?: string;
  /**
   * The page's URL, for resolving relative image URLs when the page states no absolute base.
   * @default undefined
   */
  url?: string;
}

/** What separates blocks in the extracted text. */
const SEPARATOR = '\n\n';
/** Markup that names the site itself (not a copyright notice), for the outlet. */
const OUTLET_SOURCES = new Set([
  'json-ld:publisher',
  'og:site_name',
  'json-ld:website',
  'application-name',
  'publisher',
  'dc.publisher',
]);
/** Longest site name taken as the outlet. */
const MAX_OUTLET = 80;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `name` stands as a whole word sequence in `text` (not inside a longer word), or -1. */
function indexOfName(text: string, name: string): number {
  let at = text.indexOf(name);
  for (let tries = 0; at >= 0 && tries < 50; tries++) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return at;
    at = text.indexOf(name, at + 1);
  }
  return -1;
}

/** Confidence of a language known only from the page's declaration. */
const DECLARED_ONLY = 0.5;

/** A piece of the extracted text: where it is in `text`, where in the text-pipeline input. */
interface Piece {
  start: number;
  mStart: number;
  length: number;
  /** Index of the DOM block, or -1 for a head line (title, date). */
  block: number;
  kind: Exclude<BlockKind, 'blank'>;
}

/** Text and map of a line the extracted text starts with (a title or date read from markup). */
interface HeadLine {
  text: string;
  value: MetaValue;
  kind: 'title' | 'date';
}

const QUOTES = /[‘’‚‛′]/g;
const DQUOTES = /[“”„‟″]/g;
/** Compares titles as a reader would: case, whitespace and quote styles aside. */
const titleKey = (s: string): string => collapse(s).replace(QUOTES, "'").replace(DQUOTES, '"').toLowerCase();

/** A language code's primary subtag ("en-US" → "en"), or null when it is not a language code. */
function primaryLanguage(tag: string | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag?.trim() ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

function resolveUrl(src: string, bases: (string | null | undefined)[]): string | null {
  for (const base of bases) {
    if (!base) continue;
    try {
      return new URL(src, base).href;
    } catch {
      // not an absolute base: try the next one
    }
  }
  try {
    return new URL(src).href;
  } catch {
    return null;
  }
}

/**
 * Reads a crawled HTML page into an {@link Article}: the page's metadata (JSON-LD, Open Graph and
 * `article:*`, Dublin Core, Parse.ly, `<time>`, `<title>`, canonical link), its main text found
 * over the DOM, and the text pipeline of {@link analyze} over that text (paragraphs, languages,
 * entities, dateline, credits).
 *
 * `article.text` is the text extracted from the page: a title and a date line read from markup
 * (when the visible text does not show them), then every text block of the page in document
 * order, one per paragraph, separated by blank lines. Blocks of the main text are `paragraph`,
 * `heading`, `caption`, `title`…; the rest keep their kind (`navigation`, `related`, `comments`,
 * `credit`). Every span indexes `article.text`, and `article.html.map` maps it back to the HTML
 * (see {@link htmlRange}).
 *
 * The outlet is the one the text credits; when it credits none and the markup names the site
 * (JSON-LD publisher, `og:site_name`), it is that name with `source: 'metadata'`, its span where the
 * extracted text shows the name, or else a last line of the text holding it (a `credit` block).
 *
 * A separate function rather than `analyze(input, { format: 'html' })`: the input types differ
 * (bytes, a charset), the result's `text` is not the input, and text-only users do not bundle the
 * HTML reader.
 *
 * The HTML is read by vietnorm's own linear-time reader (see `parseHtml`): hostile markup
 * (unclosed tags, deep nesting, huge scripts or data URIs, broken references) never throws and
 * never takes more than linear time and memory.
 *
 * @param html The page: a string, or its bytes (decoded by BOM, `options.charset`, `<meta charset>`).
 * @throws {TypeError} when `html` is neither a string nor a Uint8Array.
 * @throws {VietnormError} `decode-error` when the bytes declare an encoding this platform cannot read;
 *   `invalid-option` for a bad `charset` or `url`.
 * @example
 * const article = analyzeHtml('<html lang="en"><head><title>Vietnam, Japan agree to deepen ties</title></head>' +
 *   '<body><article><h1>Vietnam, Japan agree to deepen ties</h1><p>HÀ NỘI — The two foreign ministers met …</p></article></body></html>');
 * article.title?.text // 'Vietnam, Japan agree to deepen ties'
 * article.dateline?.place?.text // 'HÀ NỘI'
 */
export function analyzeHtml(html: string | Uint8Array, options: AnalyzeHtmlOptions = {}): Article {
  const opts = options ?? {};
  if (opts.charset != null && typeof opts.charset !== 'string')
    throw new VietnormError('invalid-option', 'Option "charset" must be a string such as "windows-1258"', {
      option: 'charset',
    });
  if (opts.url != null && typeof opts.url !== 'string')
    throw new VietnormError('invalid-option', 'Option "url" must be a string', { option: 'url' });
  let source: string;
  let encoding = 'utf-16';
  if (typeof html === 'string') source = html;
  else if (html instanceof Uint8Array) {
    const decoded = decodeHtml(html, opts.charset ?? undefined);
    source = decoded.text;
    encoding = decoded.encoding;
  } else {
    const got = html === null ? 'null' : Array.isArray(html) ? 'array' : typeof html;
    throw new TypeError(`Expected html to be a string or a Uint8Array, got ${got}`);
  }

  const doc = parseHtml(source);
  const meta = readMeta(doc);
  const { blocks, images } = cutBlocks(doc);
  const decisions = decide(doc, blocks);

  // The title: the markup's, shown by a heading of the page when one says the same.
  let titleBlock = -1;
  const head: HeadLine[] = [];
  if (meta.title) {
    const key = titleKey(meta.title.value);
    titleBlock = blocks.findIndex((b) => b.heading > 0 && b.heading <= 2 && titleKey(b.text) === key);
    if (titleBlock < 0) head.push({ text: meta.title.value, value: meta.title, kind: 'title' });
  } else {
    // No markup title: the first top-level heading of the main text.
    titleBlock = blocks.findIndex((b, i) => b.heading === 1 && (decisions[i] as Decision).main);
  }
  const published = meta.published ? parseMarkupDate(meta.published.value) : null;
  if (published && meta.published)
    head.push({ text: meta.published.value, value: meta.published, kind: 'date' });

  // The extracted text, its pieces, the text-pipeline input (title, date, main blocks) and the map.
  let text = '';
  let m = '';
  const pieces: Piece[] = [];
  const map: SourceSegment[] = [];
  const blockStart = new Array<number>(blocks.length).fill(-1);
  const add = (s: string, kind: Piece['kind'], block: number, main: boolean): number => {
    if (text.length > 0) text += SEPARATOR;
    const start = text.length;
    text += s;
    if (main) {
      if (m.length > 0) m += SEPARATOR;
      pieces.push({ start, mStart: m.length, length: s.length, block, kind });
      m += s;
    }
    return start;
  };
  for (const line of head) {
    const start = add(line.text, line.kind, -1, true);
    map.push({ start, end: start + line.text.length, htmlStart: line.value.start, htmlEnd: line.value.end });
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    const d = decisions[i] as Decision;
    const isTitle = i === titleBlock;
    const inM = d.main || d.tail === true || isTitle || (d.kind === 'caption' && nearMain(decisions, i));
    const start = add(b.text, isTitle ? 'title' : d.kind, i, inM);
    blockStart[i] = start;
    for (let k = 0; k < b.map.length; k += 4)
      map.push({
        start: start + (b.map[k] as number),
        end: start + (b.map[k + 1] as number),
        htmlStart: b.map[k + 2] as number,
        htmlEnd: b.map[k + 3] as number,
      });
  }

  const a = analyze(m, opts);

  // Offsets of the text-pipeline input moved to the extracted text.
  const toText = (offset: number, isEnd: boolean): number => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid] as Piece).mStart <= offset - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    if (!p) return 0;
    const within = Math.max(0, Math.min(p.length, offset - p.mStart));
    return p.start + within;
  };
  const span = <T extends { start: number; end: number }>(s: T): T & { text: string } => {
    const start = toText(s.start, false);
    const end = Math.max(start, toText(s.end, true));
    return { ...s, start, end, text: text.slice(start, end) };
  };
  const spanOrNull = <T extends { start: number; end: number }>(
    s: T | null,
  ): (T & { text: string }) | null => (s === null ? null : span(s));

  // Blocks: the text pipeline's inside the pieces (cut at piece edges), the DOM's elsewhere.
  const pieceOfBlock = new Map<number, Piece>();
  for (const p of pieces) if (p.block >= 0) pieceOfBlock.set(p.block, p);
  const hasTitleLine = pieces.some((p) => p.kind === 'title');
  const forced = (p: Piece, kind: Block['kind']): Block['kind'] => {
    // The DOM knows headings, captions and the title better than line shapes do, and a block it
    // found inside the article is not the site's menu or teaser list. What the text's own patterns
    // find (date lines, by-lines, credits, sign-offs, counters) stands.
    if (p.kind === 'title' || p.kind === 'caption') return p.kind;
    // A line after the article's end: the pipeline's credit, sign-off or date stands, never text.
    if (p.block >= 0 && (decisions[p.block] as Decision).tail)
      return kind === 'paragraph' || kind === 'heading' || kind === 'title' ? p.kind : kind;
    if (p.kind === 'heading' && (kind === 'paragraph' || kind === 'navigation' || kind === 'related'))
      return 'heading';
    if (p.kind === 'paragraph' && (kind === 'navigation' || kind === 'related' || kind === 'heading'))
      return 'paragraph';
    if (p.kind === 'paragraph' && kind === 'title' && hasTitleLine) return 'paragraph';
    return kind;
  };
  const out: Block[] = [];
  let pi = 0;
  const analyzed = a.blocks.filter((b) => b.kind !== 'blank');
  const pieceBlocks: Block[][] = pieces.map(() => []);
  for (const b of analyzed) {
    while (pi < pieces.length && (pieces[pi] as Piece).mStart + (pieces[pi] as Piece).length <= b.start) pi++;
    for (let k = pi; k < pieces.length && (pieces[k] as Piece).mStart < b.end; k++) {
      const p = pieces[k] as Piece;
      const s = Math.max(b.start, p.mStart);
      const e = Math.min(b.end, p.mStart + p.length);
      if (e > s)
        (pieceBlocks[k] as Block[]).push({
          kind: forced(p, b.kind),
          start: p.start + s - p.mStart,
          end: p.start + e - p.mStart,
        });
    }
  }
  let k = 0;
  const headCount = head.length;
  for (let i = 0; i < headCount; i++) out.push(...(pieceBlocks[k++] as Block[]));
  for (let i = 0; i < blocks.length; i++) {
    const p = pieceOfBlock.get(i);
    if (p) {
      const idx = pieces.indexOf(p, k);
      out.push(...(pieceBlocks[idx] as Block[]));
      k = idx + 1;
    } else {
      const start = blockStart[i] as number;
      out.push({
        kind: (decisions[i] as Decision).kind,
        start,
        end: start + (blocks[i] as TextBlock).text.length,
      });
    }
  }
  // The outlet: the text's credit, else the site the markup names. Its span is where the extracted
  // text shows the name, or a last line holding it (as the title and date lines come first).
  let metaOutlet: Outlet | null = null;
  const site = meta.siteName;
  if (
    a.outlet === null &&
    site !== null &&
    OUTLET_SOURCES.has(site.source) &&
    site.value.length <= MAX_OUTLET
  ) {
    const name = site.value;
    let start = indexOfName(text, name);
    if (start < 0) {
      if (text.length > 0) text += SEPARATOR;
      start = text.length;
      text += name;
      out.push({ kind: 'credit', start, end: text.length });
      map.push({ start, end: text.length, htmlStart: site.start, htmlEnd: site.end });
    }
    const kb = opts.kb ?? defaultNormalizer();
    const id = kb.findEntities(name, { types: ['outlet'] })[0]?.entity.id ?? null;
    metaOutlet = {
      text: name,
      start,
      end: start + name.length,
      name: (id && kb.displayName(id, opts.displayLanguage ?? 'en')) ?? name,
      entityId: id,
      source: 'metadata',
    };
  }

  const allBlocks: Block[] = [];
  let at = 0;
  for (const b of out) {
    if (b.start > at) allBlocks.push({ kind: 'blank', start: at, end: b.start });
    allBlocks.push(b);
    at = b.end;
  }
  if (at < text.length) allBlocks.push({ kind: 'blank', start: at, end: text.length });

  // Paragraphs: the pipeline's, less those the DOM says are headings, captions or the title.
  // Paragraphs come in text order: one pointer walks the blocks.
  let bi = 0;
  const kindAt = (offset: number): Block['kind'] | null => {
    while (bi < out.length && (out[bi] as Block).end <= offset) bi++;
    const b = out[bi];
    return b && b.start <= offset ? b.kind : null;
  };
  const fromPipeline = a.paragraphs
    .map((p) => ({ ...span(p), sentences: p.sentences.map(span) }))
    .filter((p) => kindAt(p.start) === 'paragraph');
  // Paragraphs the DOM kept that the pipeline had read as something else get their language and
  // sentences here, read as the pipeline reads its own.
  const known = new Set(fromPipeline.map((p) => p.start));
  const expect = a.language.code === 'und' ? {} : { expect: a.language.code };
  const added: Paragraph[] = [];
  for (const b of out) {
    if (b.kind !== 'paragraph' || known.has(b.start)) continue;
    const ptext = text.slice(b.start, b.end);
    const r = detectLanguage(ptext, expect);
    const code = r.language === 'und' ? a.language.code : r.language;
    added.push({
      text: ptext,
      start: b.start,
      end: b.end,
      language: { code: r.language, confidence: r.confidence, diacritics: r.diacritics },
      sentences: sentences(ptext, b.start, code),
    });
  }
  const paragraphs =
    added.length === 0 ? fromPipeline : [...fromPipeline, ...added].sort((x, y) => x.start - y.start);

  // Captions: the pipeline's, and every <figcaption> of the main text it did not read as one.
  const captions: Caption[] = a.captions.map((c) => ({ ...span(c), credit: spanOrNull(c.credit) }));
  for (const p of pieces) {
    if (p.kind !== 'caption' || captions.some((c) => c.start >= p.start && c.start < p.start + p.length))
      continue;
    captions.push({
      text: text.slice(p.start, p.start + p.length),
      start: p.start,
      end: p.start + p.length,
      credit: null,
    });
  }
  captions.sort((x, y) => x.start - y.start);

  // The title: markup's (shown in the text), else the pipeline's.
  let title: Span | null = null;
  const titlePiece = pieces.find((p) => p.kind === 'title');
  if (titlePiece)
    title = {
      text: text.slice(titlePiece.start, titlePiece.start + titlePiece.length),
      start: titlePiece.start,
      end: titlePiece.start + titlePiece.length,
    };
  else if (a.title) title = span(a.title);

  // The published date: the markup's, a machine-readable statement of the publisher, else the text's.
  let publishedOut: Published | null = a.published ? span(a.published) : null;
  const datePiece = pieces.find((p) => p.block === -1 && p.kind === 'date');
  if (published && datePiece) {
    publishedOut = {
      ...published,
      text: text.slice(datePiece.start, datePiece.start + datePiece.length),
      start: datePiece.start,
      end: datePiece.start + datePiece.length,
      source: 'date-line',
      flags: [],
    };
  }

  // The language: decided on the text; the declared one only settles what the text leaves open.
  let language = a.language;
  const declared = primaryLanguage(meta.lang?.value);
  if (declared && language.code !== declared && (language.code === 'und' || language.confidence < 0.5)) {
    const body = paragraphs.map((p) => p.text).join('\n');
    const r = body.length > 0 ? detectLanguage(body, { expect: declared }) : null;
    if (r && r.language === declared)
      language = { code: r.language, confidence: r.confidence, diacritics: r.diacritics };
    // Text too short or in a language the detector does not model: nothing in it contradicts the
    // page's declaration, which is then the only evidence (and the confidence says so).
    else if (language.code === 'und' && (r === null || r.language === 'und'))
      language = { code: declared, confidence: DECLARED_ONLY, diacritics: null };
  }

  const markupValue = (v: MetaValue | null): MarkupValue | null => {
    if (v === null) return null;
    // The span, when the extracted text shows the value (a by-line in the article).
    const key = collapse(v.value);
    let found: Span | null = null;
    for (const b of out) {
      if (b.kind === 'blank') continue;
      const i = text.slice(b.start, b.end).indexOf(key);
      if (i >= 0 && key.length > 0) {
        found = { text: key, start: b.start + i, end: b.start + i + key.length };
        break;
      }
    }
    return { text: v.value, source: v.source, span: found, html: { start: v.start, end: v.end } };
  };

  const modifiedDate = meta.modified ? parseMarkupDate(meta.modified.value) : null;
  const canonicalUrl = meta.canonicalUrl?.value ?? null;
  const bases = [
    meta.base && resolveUrl(meta.base, [canonicalUrl, opts.url]),
    canonicalUrl,
    opts.url ?? null,
  ];

  const imagesOut: Image[] = images.map((img: ImageRef) => {
    let caption: Caption | null = null;
    if (img.figure) {
      const fig = img.figure;
      for (let i = 0; i < blocks.length && caption === null; i++) {
        const b = blocks[i] as TextBlock;
        if (
          b.owner.start >= fig.start &&
          b.owner.end <= fig.end &&
          (decisions[i] as Decision).kind === 'caption'
        ) {
          const start = blockStart[i] as number;
          caption = captions.find((c) => c.start >= start && c.start < start + b.text.length) ?? {
            text: b.text,
            start,
            end: start + b.text.length,
            credit: null,
          };
        }
      }
    }
    return {
      src: img.src,
      url: resolveUrl(img.src, bases),
      alt: img.alt,
      caption,
      html: { start: img.element.start, end: img.element.openEnd },
    };
  });

  return {
    schemaVersion: 1,
    text,
    language,
    title,
    published: publishedOut,
    outlet: metaOutlet ?? spanOrNull(a.outlet),
    credits: metaOutlet
      ? [...a.credits.map(span), metaOutlet].sort((x, y) => x.start - y.start)
      : a.credits.map(span),
    dateline: a.dateline
      ? { ...span(a.dateline), place: spanOrNull(a.dateline.place), outlet: spanOrNull(a.dateline.outlet) }
      : null,
    captions,
    paragraphs,
    blocks: allBlocks,
    entities: a.entities.map((e) => ({
      ...e,
      first: toText(e.first, false),
      mentions: e.mentions.map(span),
    })),
    warnings: a.warnings.map((w) =>
      w.start === null || w.end === null
        ? w
        : { ...w, start: toText(w.start, false), end: toText(w.end, true) },
    ),
    canonicalUrl,
    siteName: markupValue(meta.siteName),
    byline: markupValue(meta.byline),
    modified:
      modifiedDate && meta.modified
        ? {
            ...modifiedDate,
            source: meta.modified.source,
            html: { start: meta.modified.start, end: meta.modified.end },
          }
        : null,
    images: imagesOut,
    html: { encoding, declaredLanguage: meta.lang?.value ?? null, map },
  };
}

/** A caption sits among the main text when a main block is close before or after it. */
function nearMain(decisions: Decision[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= Math.min(decisions.length - 1, i + 3); k++)
    if ((decisions[k] as Decision).main) return true;
  return false;
}
