import { attr, type HtmlDocument, type HtmlElement, type HtmlNode, type HtmlText } from './dom.js';
import { decodeReferences } from './entities.js';

/**
 * Cuts a parsed page into text blocks, as a browser lays it out: each block-level element starts a
 * new block, inline text flows into the current one, whitespace is collapsed, `<br>` breaks a line.
 * Every block keeps a map from its text back to the source. One iterative pass over the tree.
 */

import type { Region } from './regions.js';

/** A text block with what the extractor needs to judge it. */
export interface TextBlock {
  text: string;
  /** Flat quadruples [textStart, textEnd, sourceStart, sourceEnd], relative to `text`. */
  map: number[];
  /** The block-level element the text belongs to. */
  owner: HtmlElement;
  /** Characters inside links. */
  linkChars: number;
  /** 1–6 for a heading, else 0. */
  heading: number;
  /** Inside a list item, a table cell, a <pre>, a <figcaption> or <figure>, a <blockquote>. */
  inList: boolean;
  inCell: boolean;
  pre: boolean;
  inFigure: boolean;
  /** The boilerplate region an ancestor's tag, role or name puts it in (set by `assignRegions`). */
  region: Region;
  /** Ancestor names that say "article body" (itemprop=articleBody, class="entry-content" …). */
  positive: boolean;
  /** Inside <header>/<footer> (page or article furniture). */
  furniture: boolean;
}

/** An image met on the way, with the block of the caption that belongs to it (if any). */
export interface ImageRef {
  element: HtmlElement;
  src: string;
  alt: string | null;
  figure: HtmlElement | null;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  '#root',
]);

/** Elements whose content is never page text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'select',
  'option',
  'optgroup',
  'button',
  'input',
  'textarea',
  'title',
  'meta',
  'link',
  'base',
  'xmp',
  'noembed',
  'noframes',
  'map',
  'audio',
  'video',
  'dialog',
  // Ruby annotations (furigana readings) are pronunciation aids, not text.
  'rt',
  'rp',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether an element is hidden from readers (hidden attribute, aria-hidden, inline display:none). */
function isHidden(el: HtmlElement): boolean {
  if (el.attrs.length === 0) return false;
  if (attr(el, 'hidden') !== undefined) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== undefined && style.length < 2000 && HIDDEN_STYLE.test(style);
}

/** The state inherited down the tree. */
interface Context {
  link: boolean;
  pre: boolean;
  inList: boolean;
  inCell: boolean;
  inFigure: boolean;
  heading: number;
}

const WS_CHANGE = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g;
const isWs = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** Cuts the document body into {@link TextBlock}s and collects its images. */
export function cutBlocks(doc: HtmlDocument): { blocks: TextBlock[]; images: ImageRef[] } {
  const source = doc.source;
  const blocks: TextBlock[] = [];
  const images: ImageRef[] = [];

  // The block being filled.
  let text = '';
  let map: number[] = [];
  let linkChars = 0;
  let pendingSpace = -1; // source start of a pending collapsed space, or -1
  let pendingSpaceEnd = -1;
  let owner: HtmlElement = doc.root;
  let ownerCtx: Context = {
    link: false,
    pre: false,
    inList: false,
    inCell: false,
    inFigure: false,
    heading: 0,
  };

  const push = (s: string, sStart: number, sEnd: number, ctx: Context): void => {
    if (s.length === 0) return;
    const at = text.length;
    text += s;
    if (ctx.link) linkChars += s.length;
    const last = map.length - 4;
    const oneToOne = sEnd - sStart === s.length;
    // Extend the previous segment when both sides continue it 1:1.
    if (
      oneToOne &&
      last >= 0 &&
      map[last + 1] === at &&
      map[last + 3] === sStart &&
      (map[last + 1] as number) - (map[last] as number) ===
        (map[last + 3] as number) - (map[last + 2] as number)
    ) {
      map[last + 1] = at + s.length;
      map[last + 3] = sEnd;
      return;
    }
    map.push(at, at + s.length, sStart, sEnd);
  };

  const flushSpace = (ctx: Context): void => {
    if (pendingSpace >= 0 && text.length > 0 && !text.endsWith('\n'))
      push(' ', pendingSpace, pendingSpaceEnd, ctx);
    pendingSpace = -1;
  };

  /** Appends text that maps 1:1 onto source[sStart…], collapsing whitespace (unless in <pre>). */
  const appendRun = (s: string, sStart: number, ctx: Context): void => {
    if (ctx.pre) {
      flushSpace(ctx);
      push(s, sStart, sStart + s.length, ctx);
      return;
    }
    let from = 0;
    WS_CHANGE.lastIndex = 0;
    for (let m = WS_CHANGE.exec(s); m !== null; m = WS_CHANGE.exec(s)) {
      appendWords(s, from, m.index, sStart, ctx);
      if (pendingSpace < 0) {
        pendingSpace = sStart + m.index;
        pendingSpaceEnd = sStart + m.index + m[0].length;
      }
      from = m.index + m[0].length;
    }
    appendWords(s, from, s.length, sStart, ctx);
  };

  /** Appends s[from, to) in which every whitespace is a single " " (kept 1:1). */
  const appendWords = (s: string, from: number, to: number, sStart: number, ctx: Context): void => {
    if (to <= from) return;
    let a = from;
    let b = to;
    if (isWs(s.charCodeAt(a))) {
      if (pendingSpace < 0) {
        pendingSpace = sStart + a;
        pendingSpaceEnd = sStart + a + 1;
      }
      a++;
    }
    let trailing = false;
    if (b > a && isWs(s.charCodeAt(b - 1))) {
      b--;
      trailing = true;
    }
    if (b > a) {
      flushSpace(ctx);
      push(s.slice(a, b), sStart + a, sStart + b, ctx);
    }
    if (trailing) {
      pendingSpace = sStart + b;
      pendingSpaceEnd = sStart + b + 1;
    }
  };

  const appendText = (node: HtmlText, ctx: Context): void => {
    if (node.verbatim) {
      appendRun(node.value, node.start, ctx);
      return;
    }
    const pairs: number[] = [];
    const value = decodeReferences(source, node.start, node.end, false, pairs);
    // pairs: [decStart, srcStart, decEnd, srcEnd] for each reference.
    let dec = 0;
    let src = node.start;
    for (let k = 0; k < pairs.length; k += 4) {
      const dStart = pairs[k] as number;
      const sRefStart = pairs[k + 1] as number;
      const dEnd = pairs[k + 2] as number;
      const sRefEnd = pairs[k + 3] as number;
      if (dStart > dec) appendRun(value.slice(dec, dStart), src, ctx);
      const ref = value.slice(dStart, dEnd);
      if (ctx.pre || !/^[\t\n\f\r ]+$/.test(ref)) {
        flushSpace(ctx);
        push(ref, sRefStart, sRefEnd, ctx);
      } else if (pendingSpace < 0) {
        pendingSpace = sRefStart;
        pendingSpaceEnd = sRefEnd;
      }
      dec = dEnd;
      src = sRefEnd;
    }
    if (dec < value.length) appendRun(value.slice(dec), src, ctx);
  };

  const lineBreak = (el: HtmlElement, ctx: Context): void => {
    pendingSpace = -1;
    if (text.length > 0 && !text.endsWith('\n')) push('\n', el.start, el.openEnd, ctx);
  };

  const flush = (): void => {
    pendingSpace = -1;
    while (text.endsWith('\n') || text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = map.length - 4;
      if (last >= 0 && (map[last + 1] as number) > text.length) {
        if ((map[last] as number) >= text.length) map.length = last;
        else {
          // Only a 1:1 segment can be cut inside; a collapsed one ends where the text now ends.
          const cut = (map[last + 1] as number) - text.length;
          map[last + 1] = text.length;
          if ((map[last + 3] as number) - (map[last + 2] as number) > cut)
            map[last + 3] = (map[last + 3] as number) - cut;
        }
      }
    }
    if (text.length > 0) {
      blocks.push({
        text,
        map,
        owner,
        linkChars: Math.min(linkChars, text.length),
        heading: ownerCtx.heading,
        inList: ownerCtx.inList,
        inCell: ownerCtx.inCell,
        pre: ownerCtx.pre,
        inFigure: ownerCtx.inFigure,
        region: null,
        positive: false,
        furniture: false,
      });
    }
    text = '';
    map = [];
    linkChars = 0;
  };

  // Iterative walk: entries are nodes to enter, or markers to leave a block element.
  type Entry =
    | { node: HtmlNode; ctx: Context }
    | { leave: HtmlElement; outer: Context; outerOwner: HtmlElement };
  const stack: Entry[] = [{ node: doc.root, ctx: ownerCtx }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    if ('leave' in entry) {
      flush();
      owner = entry.outerOwner;
      ownerCtx = entry.outer;
      continue;
    }
    const { node, ctx } = entry;
    if (node.type === 'text') {
      appendText(node, ctx);
      continue;
    }
    const tag = node.tag;
    if (SKIP.has(tag) || (node !== doc.root && isHidden(node))) continue;
    if (tag === 'br') {
      lineBreak(node, ctx);
      continue;
    }
    if (tag === 'img') {
      const src = attr(node, 'src') ?? attr(node, 'data-src') ?? '';
      if (src !== '') {
        let figure: HtmlElement | null = null;
        for (let p = node.parent; p !== null && figure === null; p = p.parent)
          if (p.tag === 'figure') figure = p;
        images.push({ element: node, src, alt: attr(node, 'alt') ?? null, figure });
      }
      continue;
    }
    const level = tag.length === 2 && tag.charCodeAt(0) === 104 ? tag.charCodeAt(1) - 48 : 0;
    const hLevel = level >= 1 && level <= 6 ? level : 0;
    let inner: Context = ctx;
    if (
      tag === 'a' ||
      tag === 'pre' ||
      tag === 'li' ||
      tag === 'td' ||
      tag === 'th' ||
      tag === 'figure' ||
      hLevel > 0
    ) {
      inner = { ...ctx };
      if (tag === 'a' && attr(node, 'href') !== undefined) inner.link = true;
      if (tag === 'pre') inner.pre = true;
      if (tag === 'li' || tag === 'dd' || tag === 'dt') inner.inList = true;
      if (tag === 'td' || tag === 'th') inner.inCell = true;
      if (tag === 'figure') inner.inFigure = true;
      if (hLevel > 0) inner.heading = hLevel;
    }
    if (BLOCK.has(tag) || tag === 'li') {
      // A block inside a heading (an unclosed <h2> around the body) is not part of the heading.
      if (hLevel === 0 && inner.heading > 0) inner = { ...inner, heading: 0 };
      flush();
      stack.push({ leave: node, outer: ownerCtx, outerOwner: owner });
      owner = node;
      ownerCtx = inner;
    }
    for (let k = node.children.length - 1; k >= 0; k--)
      stack.push({ node: node.children[k] as HtmlNode, ctx: inner });
  }
  flush();
  return { blocks, images };
}
