import type { TextBlock } from './blocks.js';
import type { HtmlDocument, HtmlElement } from './dom.js';

/**
 * Boilerplate regions: what the tags, ARIA roles and class/id names of a block's ancestors say it
 * is (menus, related links, comments, captions, credits), as evidence weighed against the text: a
 * furniture name on an element that holds most of the page's prose is a layout wrapper
 * ("content-sidebar-wrap", `<body class="navigation-border-…">`, an ASP.NET `<form>` around the
 * page), not a menu.
 */

/** What a block was inside, as read from its ancestors. */
export type Region = 'navigation' | 'related' | 'comments' | 'credit' | 'caption' | null;

// Class and id names, matched on their parts ("article-body" → "article", "body"). Each regex is
// anchored on a whole part or a plain substring and has no nested quantifiers.
const NAV_PART =
  /^(?:nav|navi|navbar|navigation|menu|menus|mainmenu|submenu|breadcrumbs?|crumbs?|masthead|topbar|toolbar|skip|pagination|pager|paging|social|share|sharing|shares|sharebar|follow|subscribe|subscription|newsletter|signup|login|cookie|cookies|consent|gdpr|banner|sitemap|tagcloud|tags|widget|widgets|sidebar|sidenav|ad|ads|advert|adverts|advertisement|sponsor|sponsored|promo|popup|modal|footer|header|copyright|disclaimer|print|search|toc|jump|utility|util|logo|brand|icons?|hidden|sr|screenreader|offscreen|visually|overlay)$/;
const RELATED_PART =
  /^(?:related|recommended|recommendations?|recirc|more|readmore|teaser|teasers|outbrain|taboola|trending|popular|mostread|most|headlines|latest|morestories|also|next|prev|previous|promos?|cards?|rail|aside)$/;
const COMMENT_PART = /^(?:comments?|commentlist|disqus|respond|replies|reply|discussion|discuss|talkback)$/;
const CREDIT_PART =
  /^(?:byline|author|authors|credit|credits|dateline|meta|postmeta|entry-meta|posted|timestamp)$/;
const IMAGE_PART = /^(?:image|img|photo|foto|picture|pic|bild)$/;
const ABOUT_IMAGE_PART =
  /^(?:annotation|description|desc|subtitle|credit|credits|caption|info|source|copyright|legend)$/;
const CAPTION_PART =
  /^(?:caption|captions|figcaption|wpcaptiontext|dida|legend|legende|bildunterschrift|photocredit|imagecredit)$/;
const POSITIVE_PART =
  /^(?:article|articlebody|content|entry|entrycontent|main|post|postcontent|postbody|story|storybody|body|text|blog|prose|richtext|maincontent|detail|details|news)$/;

/**
 * Splits class and id names into tokens of lower-case parts (on "-", "_", ":", "." and camel humps):
 * "entry-content" → ["entrycontent", "entry", "content"].
 */
function nameTokens(el: HtmlElement): string[][] {
  const raw = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  if (raw.length <= 1 || raw.length > 1000) return [];
  const tokens: string[][] = [];
  for (const token of raw.split(/\s+/)) {
    if (token === '') continue;
    const whole = token.toLowerCase().replace(/[-_:.]/g, '');
    const parts = [whole];
    for (const p of token
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_:.]+/)) {
      if (p !== '' && p !== whole) parts.push(p);
    }
    tokens.push(parts);
  }
  return tokens;
}

/**
 * What one class/id token says: its last part that names something, as compound names put the
 * head noun last ("entry-footer" is a footer, "sidebar-content" is content). A lone joined form
 * ("entrycontent") counts as its own part.
 */
function tokenRegion(parts: string[]): Region | 'positive' | undefined {
  // "image-annotation", "photo_description", "bild-text": text about a picture.
  if (parts.some((p) => IMAGE_PART.test(p)) && parts.some((p) => ABOUT_IMAGE_PART.test(p))) return 'caption';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as string;
    if (COMMENT_PART.test(p)) return 'comments';
    if (CAPTION_PART.test(p)) return 'caption';
    if (POSITIVE_PART.test(p)) return 'positive';
    if (NAV_PART.test(p)) return 'navigation';
    if (RELATED_PART.test(p)) return 'related';
    if (CREDIT_PART.test(p)) return 'credit';
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

/** The region an element's own tag, role or names put its content in, and whether it names content. */
/** What an element's class and id names say, read once per distinct name string. */
interface NameReading {
  found: Exclude<Region, null> | undefined;
  /** Some token names content ("entry-content"). */
  named: boolean;
}

function readNames(tokens: string[][]): NameReading {
  let found: Exclude<Region, null> | undefined;
  let named = false;
  for (const parts of tokens) {
    const r = tokenRegion(parts);
    if (r === 'positive') named = true;
    else if (r && (found === undefined || RANK[r] > RANK[found])) found = r;
  }
  return { found, named };
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
  const role = el.attrs.role;
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
  if (el.attrs.itemprop === 'articleBody') return { region: undefined, positive: true };
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
 * Sets `region`, `positive` and `furniture` of every block from its owner's ancestors. Linear: one
 * backward pass sums prose per element, one forward pass hands regions down.
 */
export function assignRegions(doc: HtmlDocument, blocks: TextBlock[]): void {
  const n = doc.elements.length;
  const proseOf = new Float64Array(n);
  for (const b of blocks) proseOf[b.owner.index] = (proseOf[b.owner.index] as number) + prose(b);
  for (let i = n - 1; i > 0; i--) {
    const parent = (doc.elements[i] as HtmlElement).parent;
    if (parent) proseOf[parent.index] = (proseOf[parent.index] as number) + (proseOf[i] as number);
  }
  const total = proseOf[0] as number;
  // Pages repeat the same class names (menu items, cards): each distinct string is read once.
  const readings = new Map<string, NameReading>();
  const region: Region[] = new Array(n).fill(null);
  const positive = new Uint8Array(n);
  const furniture = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = doc.elements[i] as HtmlElement;
    const p = el.parent?.index ?? 0;
    let r = region[p] as Region;
    let pos = positive[p] as number;
    let fur = furniture[p] as number;
    if (el.tag !== 'html' && el.tag !== 'body') {
      const key = `${el.attrs.class ?? ''}\u0000${el.attrs.id ?? ''}`;
      let names = readings.get(key);
      if (names === undefined) {
        names = readNames(nameTokens(el));
        readings.set(key, names);
      }
      const own = ownRegion(el, names);
      const wrapper = total > 0 && (proseOf[i] as number) > WRAPPER_SHARE * total;
      if (own.positive) pos = 1;
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
}
