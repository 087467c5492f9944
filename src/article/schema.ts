import * as v from 'valibot';
import { deepFreeze } from '../freeze.js';

/**
 * The runtime schema of {@link Article}: the single source of the Article type and of
 * `schema/article.schema.json`. All offsets are UTF-16 indexes into `Article.text`, which is the
 * caller's input unchanged (for HTML input, the text extracted from the page), so
 * `article.text.slice(x.start, x.end) === x.text` for every span.
 */

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A piece of the input: its text and where it is. */
export const SpanSchema = v.object({
  text: v.string(),
  start: Offset,
  end: Offset,
});

/** Kinds of block a page is cut into. Every character of the input is in exactly one block. */
export const BlockKindSchema = v.picklist([
  'navigation',
  'title',
  'date',
  'caption',
  'credit',
  'image-label',
  'paragraph',
  'heading',
  'byline',
  'signoff',
  'comments',
  'read-more',
  'related',
  'audio',
  'blank',
]);

export const BlockSchema = v.object({
  kind: BlockKindSchema,
  start: Offset,
  end: Offset,
});

export const DiacriticsSchema = v.nullable(v.picklist(['full', 'partial', 'none']));

/** A language decision with its confidence (0..1). */
export const LanguageInfoSchema = v.object({
  /** 'en' | 'sv' | 'vi', another ISO 639-1 code, or 'und'. */
  code: v.string(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** For Vietnamese: full, partial or no tone marks; otherwise null. */
  diacritics: DiacriticsSchema,
});

/** The fields of a date as the Article gives it: the published date and a date read from markup. */
const DATE_FIELDS = {
  /** ISO 8601: "2022-05-01T14:16+07:00", "2021-04-28", or "--11-27" when no year is stated. */
  iso: v.string(),
  precision: v.picklist(['year', 'month', 'day', 'minute']),
  year: v.nullable(v.number()),
  month: v.nullable(v.number()),
  day: v.nullable(v.number()),
  hour: v.nullable(v.number()),
  minute: v.nullable(v.number()),
  /** "+07:00" when the page states a time zone, else null. */
  utcOffset: v.nullable(v.string()),
};

export const PublishedSchema = v.object({
  ...SpanSchema.entries,
  ...DATE_FIELDS,
  /**
   * Where it was found: a date line (also a labelled one, "Publicerad 2011-03-15", or a by-line with
   * its date), the body's dateline ("TOKYO, Nov 24, 2021 (Kyodo) -"), or a date closing the headline
   * of a dated digest ("Tin Biển Đông – 23/04/2018"). Dates in prose and captions are events, never this.
   */
  source: v.picklist(['date-line', 'dateline', 'title']),
  flags: v.array(v.string()),
});

/**
 * How an outlet was credited. `footer`: only the site's footer names it, its copyright line ("©
 * Báo Thanh Niên") or its line as its owner's organ ("Báo Lao Động - Cơ quan của …"). `metadata`:
 * only the HTML page's markup names it (`analyzeHtml`).
 */
export const CreditSourceSchema = v.picklist([
  'signoff',
  'lead',
  'domain',
  'source-line',
  'byline',
  'header',
  'self-reference',
  'footer',
  'metadata',
]);

export const OutletSchema = v.object({
  ...SpanSchema.entries,
  /** The outlet's canonical name where the knowledge base knows it, else the text as written. */
  name: v.string(),
  entityId: v.nullable(v.string()),
  source: CreditSourceSchema,
});

export const DatelineSchema = v.object({
  ...SpanSchema.entries,
  /** The place as written ("HÀ NỘI"), null when the dateline names only an outlet ("VGP -"). */
  place: v.nullable(SpanSchema),
  placeEntityId: v.nullable(v.string()),
  /** The outlet in the dateline, "(VNA)" in "Tokyo (VNA) -". */
  outlet: v.nullable(SpanSchema),
  outletEntityId: v.nullable(v.string()),
});

export const CaptionSchema = v.object({
  ...SpanSchema.entries,
  /** The credit: "Viet Cuong/VOV" from "(Photo: Viet Cuong/VOV)". */
  credit: v.nullable(SpanSchema),
});

export const ParagraphSchema = v.object({
  ...SpanSchema.entries,
  language: LanguageInfoSchema,
  /** The paragraph's sentences (unified + retext), offsets into the input. */
  sentences: v.array(SpanSchema),
});

export const MentionSchema = v.object({
  ...SpanSchema.entries,
  /** Why it resolved as it did, and where: 'short-reference', 'corrected', 'ambiguous', 'furniture' … */
  flags: v.array(v.string()),
  /** People: the office named by a title before the name, or held on the article's date. */
  office: v.nullable(v.string()),
  /** Offices: who held it on the article's date, when known. */
  holder: v.nullable(v.string()),
});

/**
 * One entity of the page with all its mentions; those in the page's furniture (navigation, teasers
 * of related articles, comments) carry the flag `furniture`.
 */
export const EntitySummarySchema = v.object({
  id: v.string(),
  type: v.string(),
  /** Display name in the display language (en, sv or vi). */
  name: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Offset of the first mention. */
  first: Offset,
  /** Offices the person is mentioned with (ids). */
  offices: v.array(v.string()),
  /** Flags of any of its mentions. */
  flags: v.array(v.string()),
  mentions: v.array(MentionSchema),
});

export const WarningSchema = v.object({
  code: v.string(),
  message: v.string(),
  start: v.nullable(Offset),
  end: v.nullable(Offset),
});

/** A range of the HTML source: offsets into the HTML string (as decoded, for bytes input). */
export const SourceRangeSchema = v.object({
  start: Offset,
  end: Offset,
});

/** A fact an HTML page states in its markup (JSON-LD, `<meta>`, `<link>`, `<time>`). */
export const MarkupValueSchema = v.object({
  text: v.string(),
  /** Where it was read: "json-ld:author", "og:site_name", "author", "rel-author" … */
  source: v.string(),
  /** Its span in the extracted text when the text shows it, else null. */
  span: v.nullable(SpanSchema),
  /** Where it is in the HTML source. */
  html: SourceRangeSchema,
});

/** A date an HTML page states in its markup ("dateModified", "article:modified_time"). */
export const MarkupDateSchema = v.object({
  ...DATE_FIELDS,
  /** The markup it was read from: "json-ld:dateModified", "article:modified_time" … */
  source: v.string(),
  /** Where the value is in the HTML source. */
  html: SourceRangeSchema,
});

/** An image of an HTML page's content, with its caption when it has one. */
export const ImageSchema = v.object({
  /** The `src` as written. */
  src: v.string(),
  /** `src` resolved against the page's base or canonical URL; null when no absolute base is known. */
  url: v.nullable(v.string()),
  alt: v.nullable(v.string()),
  /** Its `<figcaption>`: a span of the extracted text, with the credit when the caption names one. */
  caption: v.nullable(CaptionSchema),
  /** The `<img>` element in the HTML source. */
  html: SourceRangeSchema,
});

/**
 * One piece of the map from the extracted text back to the HTML source. When both sides have the
 * same length the characters correspond one to one; otherwise (a character reference, collapsed
 * whitespace, a `<br>`) the whole text range stands for the whole source range.
 */
export const SourceSegmentSchema = v.object({
  start: Offset,
  end: Offset,
  htmlStart: Offset,
  htmlEnd: Offset,
});

/** What an Article read from HTML (`analyzeHtml`) says about its source. */
export const HtmlSourceSchema = v.object({
  /** The encoding the HTML was decoded with ("utf-8", "windows-1258" …); "utf-16" for string input. */
  encoding: v.string(),
  /** `<html lang>` (or `Content-Language`, `og:locale`) as the page declares it: evidence, not the answer. */
  declaredLanguage: v.nullable(v.string()),
  /** The text-to-source map, in text order; the blank lines between blocks map to nothing. */
  map: v.array(SourceSegmentSchema),
});

const ArticleObject = v.object({
  /** Version of this JSON shape; bumped on breaking changes. */
  schemaVersion: v.literal(1),
  /** The input, unchanged: all offsets index it. */
  text: v.string(),
  /** The document language, decided on the body paragraphs. */
  language: LanguageInfoSchema,
  title: v.nullable(SpanSchema),
  published: v.nullable(PublishedSchema),
  outlet: v.nullable(OutletSchema),
  /** Every outlet credit found (sign-off, lead, closing domain), in text order. */
  credits: v.array(OutletSchema),
  dateline: v.nullable(DatelineSchema),
  captions: v.array(CaptionSchema),
  paragraphs: v.array(ParagraphSchema),
  blocks: v.array(BlockSchema),
  /** Entities of the article (title, body, captions, dateline, credits, and the outlets credited wherever their name stands), first mentioned first. */
  entities: v.array(EntitySummarySchema),
  warnings: v.array(WarningSchema),
  // Fields only HTML input (`analyzeHtml`) fills; absent for text input.
  /** The page's canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`). */
  canonicalUrl: v.optional(v.nullable(v.string())),
  /** The site's name (`og:site_name`, JSON-LD publisher or WebSite). */
  siteName: v.optional(v.nullable(MarkupValueSchema)),
  /** The author(s) as the page names them (JSON-LD author, `<meta name=author>`, `rel=author`). */
  byline: v.optional(v.nullable(MarkupValueSchema)),
  /** When the page says it was last changed. */
  modified: v.optional(v.nullable(MarkupDateSchema)),
  /** Images of the content, with their captions. */
  images: v.optional(v.array(ImageSchema)),
  /** The HTML source: encoding, declared language, and the map from `text` back to the HTML. */
  html: v.optional(HtmlSourceSchema),
});
/** The typed result of {@link analyze} (deeply frozen: an exported schema cannot be changed). */
export const ArticleSchema = /* @__PURE__ */ deepFreeze(ArticleObject);

export type Span = v.InferOutput<typeof SpanSchema>;
export type BlockKind = v.InferOutput<typeof BlockKindSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type LanguageInfo = v.InferOutput<typeof LanguageInfoSchema>;
export type Published = v.InferOutput<typeof PublishedSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type CreditSource = v.InferOutput<typeof CreditSourceSchema>;
export type Dateline = v.InferOutput<typeof DatelineSchema>;
export type Caption = v.InferOutput<typeof CaptionSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type EntitySummary = v.InferOutput<typeof EntitySummarySchema>;
export type Warning = v.InferOutput<typeof WarningSchema>;
export type SourceRange = v.InferOutput<typeof SourceRangeSchema>;
export type MarkupValue = v.InferOutput<typeof MarkupValueSchema>;
export type MarkupDate = v.InferOutput<typeof MarkupDateSchema>;
export type Image = v.InferOutput<typeof ImageSchema>;
export type SourceSegment = v.InferOutput<typeof SourceSegmentSchema>;
export type HtmlSource = v.InferOutput<typeof HtmlSourceSchema>;
/** A parsed news page. Derived from {@link ArticleSchema}. */
export type Article = v.InferOutput<typeof ArticleSchema>;
