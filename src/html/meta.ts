import { attr, collapse, type HtmlDocument, type HtmlElement, textOf } from './dom.js';

/**
 * What a page states about itself in markup: JSON-LD (Article types, `@graph`), Open Graph and
 * `article:*`, Dublin Core, Parse.ly and plain `<meta>` names, `<link rel=canonical>`, `<time>`,
 * `<title>` and `<html lang>`. Each value keeps where in the source it was read.
 */

/** A value read from the markup, with the source range it came from. */
export interface MetaValue {
  value: string;
  /** Where it was read: "json-ld", "og:title", "title", "time", "html-lang" … */
  source: string;
  /** Offsets of the value in the HTML source (the attribute value, the text, or the element). */
  start: number;
  end: number;
}

/** Everything {@link readMeta} found; null where the page says nothing. */
export interface PageMeta {
  title: MetaValue | null;
  /** The document's `<title>`, as written. */
  documentTitle: MetaValue | null;
  siteName: MetaValue | null;
  published: MetaValue | null;
  modified: MetaValue | null;
  byline: MetaValue | null;
  canonicalUrl: MetaValue | null;
  lang: MetaValue | null;
  /** `<base href>` when given, for resolving image URLs. */
  base: string | null;
}

/** JSON-LD types whose headline, dates and author describe the page's article. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'report',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'livebloggposting',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'socialmediaposting',
  'discussionforumposting',
  'medicalscholarlyarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'askpublicnewsarticle',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'faqpage', 'qapage']);

/** Most JSON-LD nodes walked per page: bounded work on hostile payloads. */
const MAX_JSONLD_NODES = 20_000;
/** Longest metadata value believed (a title or name longer than this is not one). */
const MAX_VALUE = 1000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

/** A string value of a JSON-LD property, or the `name` of an object or the first of an array. */
function textValue(v: Json | undefined, byId: Map<string, JsonObject>, depth = 0): string | null {
  if (depth > 3 || v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const s = collapse(v);
    return s.length > 0 && s.length <= MAX_VALUE ? s : null;
  }
  if (Array.isArray(v)) {
    const names = v.map((x) => textValue(x, byId, depth + 1)).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(v)) {
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    const node = ref && ref !== v ? ref : v;
    return textValue(node.name, byId, depth + 1);
  }
  return null;
}

interface JsonLdFacts {
  headline: string | null;
  name: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  publisher: string | null;
  siteName: string | null;
  url: string | null;
  inLanguage: string | null;
  /** The script element the facts were read from. */
  element: HtmlElement | null;
  text: string;
  textStart: number;
}

/** A script's JSON without the `<![CDATA[ … ]]>` or `<!-- … -->` (optionally `//`-commented) around it. */
function unwrap(text: string): string {
  return withoutCloseWrapper(text.trim().replace(OPEN_WRAPPER, ''));
}
const OPEN_WRAPPER = /^(?:\/\/)?[\t ]*(?:<!\[CDATA\[|<!--)/;

/** The text without a closing `]]>` or `-->` (and the `//` and blanks before it), read from the end. */
function withoutCloseWrapper(text: string): string {
  let end = text.length;
  if (text.endsWith(']]>')) end -= 3;
  else if (text.endsWith('-->')) end -= 3;
  else return text;
  while (end > 0 && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t')) end--;
  if (text.slice(end - 2, end) === '//') end -= 2;
  return text.slice(0, end);
}

/** Reads JSON-LD: every node, the first Article-typed one preferred, WebPage/WebSite as fallbacks. */
function readJsonLd(doc: HtmlDocument): JsonLdFacts | null {
  let article: JsonObject | null = null;
  let page: JsonObject | null = null;
  let site: JsonObject | null = null;
  let from: HtmlDocument['scripts'][number] | null = null;
  const byId = new Map<string, JsonObject>();
  for (const script of doc.scripts) {
    if (!/ld\+json/i.test(attr(script.element, 'type') ?? '')) continue;
    let data: Json;
    try {
      data = JSON.parse(unwrap(script.text)) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    let walked = 0;
    while (stack.length > 0 && walked++ < MAX_JSONLD_NODES) {
      const v = stack.pop() as Json;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i] as Json);
        continue;
      }
      if (!isObject(v)) continue;
      if (typeof v['@id'] === 'string' && !byId.has(v['@id'])) byId.set(v['@id'], v);
      const t = types(v);
      if (article === null && t.some((x) => ARTICLE_TYPES.has(x))) {
        article = v;
        from = script;
      } else if (page === null && t.some((x) => PAGE_TYPES.has(x))) {
        page = v;
        from ??= script;
      } else if (site === null && t.includes('website')) site = v;
      if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
      // Nested nodes (mainEntity, hasPart) can be the article too.
      for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
        const inner = v[key];
        if (isObject(inner) || Array.isArray(inner)) stack.push(inner);
      }
    }
  }
  const main = article ?? page;
  if (main === null && site === null) return null;
  const get = (key: string): string | null => (main ? textValue(main[key], byId) : null);
  const urlOf = (v: Json | undefined): string | null =>
    typeof v === 'string' ? v : isObject(v) && typeof v['@id'] === 'string' ? v['@id'] : null;
  return {
    headline: article ? get('headline') : null,
    name: article ? get('name') : null,
    published: get('datePublished') ?? get('dateCreated'),
    modified: get('dateModified'),
    author: get('author') ?? get('creator'),
    publisher: get('publisher'),
    siteName: site ? textValue(site.name, byId) : null,
    url: main ? (urlOf(main.url) ?? urlOf(main.mainEntityOfPage)) : null,
    inLanguage: get('inLanguage'),
    element: from?.element ?? null,
    text: from?.text ?? '',
    textStart: from?.start ?? 0,
  };
}

/** The source range of an attribute's value inside an element's start tag. */
const attributeFinders = new Map<string, RegExp>();
export function attributeRange(source: string, el: HtmlElement, name: string): [number, number] {
  const tag = source.slice(el.start, el.openEnd);
  let re = attributeFinders.get(name);
  if (!re) {
    re = new RegExp(
      `[\\t\\n\\f\\r /]${name}[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(?:"([^"]*)|'([^']*)|([^\\t\\n\\f\\r >]*))`,
      'i',
    );
    attributeFinders.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return [el.start, el.openEnd];
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const at = el.start + m.index + m[0].length - value.length;
  return [at, at + value.length];
}

/** Where a JSON-LD string sits in its script, or the whole script when it was escaped differently. */
function jsonRange(facts: JsonLdFacts, value: string): [number, number] {
  const i = facts.text.indexOf(value);
  if (i >= 0) return [facts.textStart + i, facts.textStart + i + value.length];
  const el = facts.element;
  return el ? [el.start, el.end] : [0, 0];
}

/** Share of `a`'s words that `b` has too (case aside). */
function overlap(a: string, b: string): number {
  const words = a
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return 0;
  const other = new Set(b.toLowerCase().split(/[\s\p{P}]+/u));
  return words.filter((w) => other.has(w)).length / words.length;
}

/** A spaced separator in a `<title>`: "Headline | Site", "Headline - Site", "Headline — Site". */
const TITLE_SEPARATOR = / [|\-–—»] /g;
/** Fewest words a `<title>` keeps before a separator for what follows to be read as the site's name. */
const MIN_HEADLINE_WORDS = 5;

const wordCount = (s: string): number => s.split(' ').filter((w) => w !== '').length;

/**
 * A `<title>` without the site's name after its last separator ("Ministers meet in Hanoi to
 * deepen ties | Site" → "Ministers meet in Hanoi to deepen ties"). Only when what stays reads as a
 * headline (five words or more) and is longer than what goes: "Mozilla - Wikipedia" and short
 * titles stay whole.
 */
function withoutSiteSuffix(title: MetaValue, source: string): MetaValue {
  const value = title.value;
  let last = -1;
  TITLE_SEPARATOR.lastIndex = 0;
  for (let m = TITLE_SEPARATOR.exec(value); m !== null; m = TITLE_SEPARATOR.exec(value)) {
    last = m.index;
    TITLE_SEPARATOR.lastIndex = m.index + 1;
  }
  if (last < 0) return title;
  const head = value.slice(0, last).trim();
  const tail = value.slice(last + 3).trim();
  const kept = wordCount(head);
  if (kept < MIN_HEADLINE_WORDS || wordCount(tail) >= kept) return title;
  const at = source.slice(title.start, title.end).indexOf(head);
  return at < 0
    ? { ...title, value: head }
    : { ...title, value: head, start: title.start + at, end: title.start + at + head.length };
}

/** Reads the page's metadata. Linear in the number of elements. */
export function readMeta(doc: HtmlDocument): PageMeta {
  const { source } = doc;
  const metas = new Map<string, MetaValue>();
  let titleEl: HtmlElement | null = null;
  let htmlEl: HtmlElement | null = null;
  let canonical: MetaValue | null = null;
  let base: string | null = null;
  let time: MetaValue | null = null;
  let h1: HtmlElement | null = null;
  let relAuthor: HtmlElement | null = null;

  for (const el of doc.elements) {
    switch (el.tag) {
      case 'meta': {
        const key = (
          attr(el, 'property') ??
          attr(el, 'name') ??
          attr(el, 'itemprop') ??
          attr(el, 'http-equiv') ??
          ''
        )
          .trim()
          .toLowerCase();
        const content = attr(el, 'content');
        if (key === '' || content === undefined) break;
        const value = collapse(content);
        if (value === '' || value.length > MAX_VALUE) break;
        const [start, end] = attributeRange(source, el, 'content');
        // "og:title twitter:title": one tag may carry several names.
        for (const k of key.split(/\s+/)) if (!metas.has(k)) metas.set(k, { value, source: k, start, end });
        break;
      }
      case 'title':
        titleEl ??= el;
        break;
      case 'html':
        htmlEl ??= el;
        break;
      case 'link': {
        const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr(el, 'href');
        if (canonical === null && rel.includes('canonical') && href) {
          const [start, end] = attributeRange(source, el, 'href');
          canonical = { value: href.trim(), source: 'link-canonical', start, end };
        }
        break;
      }
      case 'base':
        base ??= attr(el, 'href')?.trim() || null;
        break;
      case 'time': {
        const dt = attr(el, 'datetime');
        if (
          time === null &&
          dt &&
          (attr(el, 'itemprop') === 'datePublished' || attr(el, 'pubdate') !== undefined)
        ) {
          const [start, end] = attributeRange(source, el, 'datetime');
          time = { value: dt.trim(), source: 'time', start, end };
        }
        break;
      }
      case 'h1':
        h1 ??= el;
        break;
      case 'a':
        if (relAuthor === null && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author'))
          relAuthor = el;
        break;
    }
  }

  const ld = readJsonLd(doc);
  const fromLd = (value: string | null, what: string): MetaValue | null => {
    if (value === null || ld === null) return null;
    const [start, end] = jsonRange(ld, value);
    return { value, source: `json-ld:${what}`, start, end };
  };
  const meta = (...keys: string[]): MetaValue | null => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };

  let documentTitle: MetaValue | null = null;
  if (titleEl) {
    const text = textOf(titleEl);
    const node = titleEl.children[0];
    if (text !== '' && text.length <= MAX_VALUE)
      documentTitle = {
        value: text,
        source: 'title',
        start: node ? node.start : titleEl.openEnd,
        end: node ? node.end : titleEl.openEnd,
      };
  }
  let h1Title: MetaValue | null = null;
  if (h1) {
    const text = textOf(h1);
    if (text !== '' && text.length <= MAX_VALUE)
      h1Title = { value: text, source: 'h1', start: h1.openEnd, end: h1.end };
  }

  // JSON-LD's headline, unless its name matches the page's other titles better (some sites put a
  // description in "headline").
  const other = metas.get('og:title')?.value ?? documentTitle?.value ?? '';
  const ldTitle =
    ld?.headline && ld.name && overlap(ld.name, other) > overlap(ld.headline, other)
      ? fromLd(ld.name, 'name')
      : fromLd(ld?.headline ?? ld?.name ?? null, ld?.headline ? 'headline' : 'name');
  const title =
    ldTitle ??
    meta(
      'dc:title',
      'dc.title',
      'dcterm:title',
      'dcterms.title',
      'og:title',
      'twitter:title',
      'parsely-title',
      'title',
    ) ??
    (documentTitle && withoutSiteSuffix(documentTitle, source)) ??
    h1Title;

  // The publisher the article's JSON-LD names, then the site's own name for itself.
  const siteName =
    fromLd(ld?.publisher ?? null, 'publisher') ??
    meta('og:site_name') ??
    fromLd(ld?.siteName ?? null, 'website') ??
    meta(
      'application-name',
      'al:ios:app_name',
      'twitter:app:name:iphone',
      'publisher',
      'dc.publisher',
      'copyright',
    );

  const published =
    fromLd(ld?.published ?? null, 'datePublished') ??
    meta(
      'article:published_time',
      'og:published_time',
      'parsely-pub-date',
      'datepublished',
      'dc.date.issued',
      'dcterms.issued',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
      'dc.date.created',
      'sailthru.date',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'article.published',
      'citation_publication_date',
    ) ??
    time;

  const modified =
    fromLd(ld?.modified ?? null, 'dateModified') ??
    meta(
      'article:modified_time',
      'og:updated_time',
      'datemodified',
      'dcterms.modified',
      'dc.date.modified',
      'last-modified',
    );

  let byline =
    fromLd(ld?.author ?? null, 'author') ??
    meta('author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'byl') ??
    null;
  const articleAuthor = meta('article:author');
  if (byline === null && articleAuthor && !/^https?:/i.test(articleAuthor.value)) byline = articleAuthor;
  if (byline === null && relAuthor) {
    const text = textOf(relAuthor);
    if (text !== '' && text.length <= 100)
      byline = { value: text, source: 'rel-author', start: relAuthor.openEnd, end: relAuthor.end };
  }

  const ogUrl = meta('og:url');
  const canonicalUrl = canonical ?? ogUrl ?? fromLd(ld?.url ?? null, 'url');

  let lang: MetaValue | null = null;
  const htmlLang = htmlEl ? (attr(htmlEl, 'lang') ?? attr(htmlEl, 'xml:lang')) : undefined;
  if (htmlEl && htmlLang?.trim()) {
    const name = attr(htmlEl, 'lang') !== undefined ? 'lang' : 'xml:lang';
    const [start, end] = attributeRange(source, htmlEl, name);
    lang = { value: htmlLang.trim(), source: 'html-lang', start, end };
  }
  lang ??=
    meta('content-language', 'og:locale', 'dc.language', 'language') ??
    fromLd(ld?.inLanguage ?? null, 'inLanguage');

  return { title, documentTitle, siteName, published, modified, byline, canonicalUrl, lang, base };
}
