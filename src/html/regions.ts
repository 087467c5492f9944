import type { TextBlock } from './blocks.js';
import { attr, type HtmlDocument, type HtmlElement } from './dom.js';

/**
 * Boilerplate regions: what the tags, ARIA roles and class/id names of a block's ancestors say it
 * is (menus, related links, comments, captions, credits), as evidence weighed against the text: a
 * furniture name on an element that holds most of the page's prose is a layout wrapper
 * ("content-sidebar-wrap", `<body class="navigation-border-…">`, an ASP.NET `<form>` around the
 * page), not a menu.
 */

/** What a block was inside, as read from its ancestors. */
export type Region = 'navigation' | 'related' | 'comments' | 'credit' | 'caption' | null;

// Class and id names, matched on their parts ("article-body" → "article", "body"): whole words,
// looked up in one table (built on first use).
const NAV_WORDS =
  'nav navi navbar navigation menu menus mainmenu submenu breadcrumb breadcrumbs crumb crumbs masthead topbar toolbar skip pagination pager paging social share sharing shares sharebar follow subscribe subscription newsletter signup login cookie cookies consent gdpr banner sitemap tagcloud tags widget widgets sidebar sidenav ad ads advert adverts advertisement sponsor sponsored promo popup modal footer header copyright disclaimer print search toc jump utility util logo brand icon icons hidden sr screenreader offscreen visually overlay';
const RELATED_WORDS =
  'related recommended recommendation recommendations recirc more readmore teaser teasers outbrain taboola trending popular mostread most headlines latest morestories also next prev previous promo promos card cards rail aside';
const COMMENT_WORDS = 'comment comments commentlist disqus respond replies reply discussion discuss talkback';
const CREDIT_WORDS = 'byline author authors credit credits dateline meta postmeta posted timestamp';
const IMAGE_WORDS = 'image img photo foto picture pic bild';
const ABOUT_IMAGE_WORDS =
  'annotation description desc subtitle credit credits caption info source copyright legend';
const CAPTION_WORDS =
  'caption captions figcaption wpcaptiontext dida legend legende bildunterschrift photocredit imagecredit';
const POSITIVE_WORDS =
  'article articlebody content entry entrycontent main post postcontent postbody story storybody body text blog prose richtext maincontent detail details news';

type Category = Exclude<Region, null> | 'positive';
/** Word → what it names; the first list a word is in wins, as the order of the checks did. */
let categories: Map<string, Category> | null = null;
let imageWords: Set<string> | null = null;
let aboutImageWords: Set<string> | null = null;

function categoryOf(word: string): Category | undefined {
  if (categories === null) {
    categories = new Map();
    for (const [list, category] of [
      [COMMENT_WORDS, 'comments'],
      [CAPTION_WORDS, 'caption'],
      [POSITIVE_WORDS, 'positive'],
      [NAV_WORDS, 'navigation'],
      [RELATED_WORDS, 'related'],
      [CREDIT_WORDS, 'credit'],
    ] as const)
      for (const w of list.split(' ')) if (!categories.has(w)) categories.set(w, category);
  }
  return categories.get(word);
}

function isImageWord(w: string): boolean {
  imageWords ??= new Set(IMAGE_WORDS.split(' '));
  return imageWords.has(w);
}

function isAboutImageWord(w: string): boolean {
  aboutImageWords ??= new Set(ABOUT_IMAGE_WORDS.split(' '));
  return aboutImageWords.has(w);
}

/** Longest class plus id read, in characters. */
const MAX_NAMES = 1000;

/**
 * A class or id token's lower-case parts (split on "-", "_", ":", "." and camel humps), the joined
 * form first: "entry-content" → ["entrycontent", "entry", "content"].
 */
function tokenParts(token: string): string[] {
  const lower = token.toLowerCase();
  // Lower-casing that changes the length (rare letters) is split by patterns, not offsets.
  if (lower.length !== token.length) return tokenPartsByPattern(token);
  const parts: string[] = [''];
  let whole = '';
  let from = 0;
  let plain = true;
  for (let i = 0; i <= token.length; i++) {
    const c = i < token.length ? token.charCodeAt(i) : 45;
    const separator = c === 45 || c === 95 || c === 58 || c === 46; // - _ : .
    // A camel hump ("relatedPosts") starts a part without a separator.
    const hump = !separator && c >= 65 && c <= 90 && i > 0 && isLowerAscii(token.charCodeAt(i - 1));
    if (!separator && !hump) continue;
    if (i > from) {
      const part = lower.slice(from, i);
      parts.push(part);
      whole += part;
    }
    if (separator) plain = false;
    from = separator ? i + 1 : i;
  }
  parts[0] = plain ? lower : whole;
  // The joined form is listed once.
  return parts.filter((p, k) => k === 0 || p !== parts[0]);
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

function tokenPartsByPattern(token: string): string[] {
  const whole = token.toLowerCase().replace(/[-_:.]/g, '');
  const parts = [whole];
  for (const p of token
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_:.]+/)) {
    if (p !== '' && p !== whole) parts.push(p);
  }
  return parts;
}

/**
 * What one class/id token says: its last part that names something, as compound names put the
 * head noun last ("entry-footer" is a footer, "sidebar-content" is content). A lone joined form
 * ("entrycontent") counts as its own part.
 */
function tokenRegion(parts: string[]): Category | undefined {
  // "image-annotation", "photo_description", "bild-text": text about a picture.
  if (parts.some(isImageWord) && parts.some(isAboutImageWord)) return 'caption';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as string;
    // The article's own header or teaser ("article-header", "entry__header", "news-teaser") holds
    // its title and lead, not the site's: read on to the word that names the article.
    if ((p === 'header' || p === 'teaser') && parts.slice(1, i).some((q) => categoryOf(q) === 'positive'))
      continue;
    const c = categoryOf(p);
    if (c !== undefined) return c;
  }
  return undefined;
}

const RANK: Record<Exclude<Region, null>, number> = {
  comments: 5,
  caption: 4,
  navigation: 3,
  related: 2,
  credit: 1,
};

/** What an element's class and id names say. */
interface NameReading {
  found: Exclude<Region, null> | undefined;
  /** Some token names content ("entry-content"). */
  named: boolean;
}

/** Every reading there is: no object is made per element. */
const READINGS: Record<Exclude<Region, null> | 'none', readonly [NameReading, NameReading]> = {
  none: [
    { found: undefined, named: false },
    { found: undefined, named: true },
  ],
  comments: [
    { found: 'comments', named: false },
    { found: 'comments', named: true },
  ],
  caption: [
    { found: 'caption', named: false },
    { found: 'caption', named: true },
  ],
  navigation: [
    { found: 'navigation', named: false },
    { found: 'navigation', named: true },
  ],
  related: [
    { found: 'related', named: false },
    { found: 'related', named: true },
  ],
  credit: [
    { found: 'credit', named: false },
    { found: 'credit', named: true },
  ],
};
const NOTHING = READINGS.none[0];
const reading = (found: Exclude<Region, null> | undefined, named: boolean): NameReading =>
  READINGS[found ?? 'none'][named ? 1 : 0];

/**
 * What each class or id token of the page being read says: pages repeat the same names on many
 * elements. Emptied after each page (`assignRegions`), so no page's strings outlive its reading.
 */
const tokenCache = new Map<string, Category | null>();

function tokenCategory(token: string): Category | null {
  let c = tokenCache.get(token);
  if (c === undefined) {
    c = tokenRegion(tokenParts(token)) ?? null;
    tokenCache.set(token, c);
  }
  return c;
}

const SPACE = /\s/;
const SPACES = /\s+/;

/** What one class or id value says: the highest-ranked region its tokens name, and whether one names content. */
function readingOf(value: string): NameReading {
  if (value === '') return NOTHING;
  if (!SPACE.test(value)) {
    const c = tokenCategory(value);
    return c === null ? NOTHING : c === 'positive' ? reading(undefined, true) : reading(c, false);
  }
  let found: Exclude<Region, null> | undefined;
  let named = false;
  for (const token of value.split(SPACES)) {
    if (token === '') continue;
    const r = tokenCategory(token);
    if (r === 'positive') named = true;
    else if (r !== null && (found === undefined || RANK[r] > RANK[found])) found = r;
  }
  return reading(found, named);
}

/** What an element's class and id say together: the higher-ranked region, content if either names it. */
function namesOf(el: HtmlElement): NameReading {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (cls === undefined && id === undefined) return NOTHING;
  // Names longer than this are not read (generated style soup).
  if ((cls?.length ?? 0) + (id?.length ?? 0) >= MAX_NAMES) return NOTHING;
  const a = cls === undefined ? NOTHING : readingOf(cls);
  const b = id === undefined ? NOTHING : readingOf(id);
  if (b === NOTHING) return a;
  if (a === NOTHING) return b;
  const found =
    a.found === undefined
      ? b.found
      : b.found === undefined || RANK[a.found] >= RANK[b.found]
        ? a.found
        : b.found;
  return reading(found, a.named || b.named);
}

/** The region an element's own tag, role or names put its content in, and whether it names content. */
export function ownRegion(
  el: HtmlElement,
  names: NameReading,
): { region: Region | undefined; positive: boolean } {
  switch (el.tag) {
    case 'nav':
    case 'form':
      return { region: 'navigation', positive: false };
    case 'aside':
      return { region: 'related', positive: false };
    case 'figcaption':
      return { region: 'caption', positive: false };
  }
  const role = attr(el, 'role');
  if (
    role === 'navigation' ||
    role === 'menu' ||
    role === 'menubar' ||
    role === 'search' ||
    role === 'banner'
  )
    return { region: 'navigation', positive: false };
  if (role === 'complementary') return { region: 'related', positive: false };
  if (role === 'contentinfo') return { region: 'navigation', positive: false };
  if (attr(el, 'itemprop') === 'articleBody') return { region: undefined, positive: true };
  const { found, named } = names;
  const positive = named || el.tag === 'article' || el.tag === 'main' || role === 'main';
  // A content name beside a furniture name ("post sidebar") leaves the question open, except for
  // comments; an <article> or <main> named as furniture ("<article class=modal>") is furniture.
  if (positive && found !== 'comments' && (found === undefined || named))
    return { region: undefined, positive: true };
  return { region: found, positive };
}

/** Share of the page's prose above which an element's furniture name is not believed. */
const WRAPPER_SHARE = 0.5;

/** Prose a block contributes: its text outside links, past a short-line allowance. */
const prose = (b: TextBlock): number => Math.max(0, b.text.length - 2 * b.linkChars - 40);

/**
 * Sets `region`, `positive` and `furniture` of every block from its owner's ancestors, and returns
 * per element (by index) 1 where its own tag, role or name says "content" (`<article>`,
 * itemprop=articleBody, class="entry-content"). Linear: one
 * backward pass sums prose per element, one forward pass hands regions down.
 */
export function assignRegions(doc: HtmlDocument, blocks: TextBlock[]): Uint8Array {
  const n = doc.elements.length;
  const proseOf = new Float64Array(n);
  for (const b of blocks) proseOf[b.owner.index] = (proseOf[b.owner.index] as number) + prose(b);
  for (let i = n - 1; i > 0; i--) {
    const parent = (doc.elements[i] as HtmlElement).parent;
    if (parent) proseOf[parent.index] = (proseOf[parent.index] as number) + (proseOf[i] as number);
  }
  const total = proseOf[0] as number;
  const region: Region[] = new Array(n).fill(null);
  const positive = new Uint8Array(n);
  const furniture = new Uint8Array(n);
  const content = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = doc.elements[i] as HtmlElement;
    const p = el.parent?.index ?? 0;
    let r = region[p] as Region;
    let pos = positive[p] as number;
    let fur = furniture[p] as number;
    if (el.tag !== 'html' && el.tag !== 'body') {
      const own = ownRegion(el, namesOf(el));
      const wrapper = total > 0 && (proseOf[i] as number) > WRAPPER_SHARE * total;
      if (own.positive) pos = 1;
      if (own.positive && own.region === undefined) content[i] = 1;
      if (own.region !== undefined && !wrapper) {
        // The innermost named region wins, except that nothing inside comments or menus turns back into content.
        if ((r !== 'comments' && r !== 'navigation') || own.region === 'comments') r = own.region;
      }
      if ((el.tag === 'header' || el.tag === 'footer') && !wrapper) fur = 1;
    }
    region[i] = r;
    positive[i] = pos;
    furniture[i] = fur;
  }
  for (const b of blocks) {
    b.region = region[b.owner.index] as Region;
    b.positive = positive[b.owner.index] === 1;
    b.furniture = furniture[b.owner.index] === 1;
  }
  tokenCache.clear();
  return content;
}
