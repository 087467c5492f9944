import type { BlockKind } from '../article/schema.js';
import type { TextBlock } from './blocks.js';
import type { HtmlDocument, HtmlElement } from './dom.js';
import { assignRegions } from './regions.js';

/**
 * Finds the main text of a page among its blocks. Each block gets a score: text outside links
 * counts for it, link text and the fixed cost of a block count against it, and boilerplate regions
 * (menus, related links, comments) count against it whatever their text. The main container is the
 * element whose blocks add up to the highest score, found in one pass over the tree (sums flow from
 * children to parents). Inside it, blocks in boilerplate regions or made of links are kept as typed
 * boilerplate; outside it, everything is.
 */

/** What the extractor decided for one block. */
export interface Decision {
  kind: Exclude<BlockKind, 'blank'>;
  /** Part of the main text. */
  main: boolean;
  /**
   * A short line after the article's last paragraph: not article text, but still read by the text
   * pipeline, whose sign-offs and credits ("(VNA)", "Theo TTXVN") stand there.
   */
  tail?: boolean;
}

/** The fixed cost of a block: short lines (menu entries, labels) count against the container. */
const BLOCK_COST = 10;
/** Text in a <figure> up to this length is about the picture. */
const FIGURE_TEXT = 250;
/** A "heading" longer than this is a paragraph set in a heading's style. */
const MAX_HEADING = 300;
/** Boilerplate counts against a container by its length up to this (a long list is one list). */
const REGION_CAP = 40;
/** How much more prose a parent must hold for the container to grow into it. */
const CLIMB = 3;
/** Link density above which a block is a list of links, not prose. */
const LINKY = 0.4;

/** How far up from the container prose still counts as near it, and how long it must be. */
const NEAR_LEVELS = 3;
const NEAR_MIN = 100;

const SENTENCE = /[.!?。！？:;,،]/g;

function punctuation(text: string): number {
  SENTENCE.lastIndex = 0;
  let k = 0;
  while (SENTENCE.exec(text) !== null && k < 50) k++;
  return k;
}

/** How much a block says "article text" (positive) or "page furniture" (negative). */
export function blockScore(b: TextBlock): number {
  const len = b.text.length;
  const ld = b.linkChars / len;
  if (b.region === 'navigation' || b.region === 'related' || b.region === 'comments')
    return -Math.min(len, REGION_CAP) * 0.5 - BLOCK_COST;
  const prose = (len - b.linkChars) * (1 - ld);
  const bonus = Math.min(punctuation(b.text), 10) * 3;
  return prose + bonus - BLOCK_COST - b.linkChars;
}

/** The element whose blocks score highest together. */
export function mainContainer(doc: HtmlDocument, blocks: TextBlock[], scores: number[]): HtmlElement {
  const sums = new Float64Array(doc.elements.length);
  for (let i = 0; i < blocks.length; i++)
    sums[(blocks[i] as TextBlock).owner.index] =
      (sums[(blocks[i] as TextBlock).owner.index] as number) + (scores[i] as number);
  // Children come after their parents in document order: one backward pass adds each to its parent.
  for (let i = doc.elements.length - 1; i > 0; i--) {
    const parent = (doc.elements[i] as HtmlElement).parent;
    if (parent) sums[parent.index] = (sums[parent.index] as number) + (sums[i] as number);
  }
  let best = 0;
  for (let i = 1; i < sums.length; i++) if ((sums[i] as number) >= (sums[best] as number)) best = i;
  // A widget inside the article (a quoted story, an embedded box) can outscore the article when the
  // article's own boilerplate weighs it down: climb while the parent holds much more prose.
  const prose = new Float64Array(doc.elements.length);
  for (let i = 0; i < blocks.length; i++) {
    const o = (blocks[i] as TextBlock).owner.index;
    prose[o] = (prose[o] as number) + Math.max(0, scores[i] as number);
  }
  for (let i = doc.elements.length - 1; i > 0; i--) {
    const parent = (doc.elements[i] as HtmlElement).parent;
    if (parent) prose[parent.index] = (prose[parent.index] as number) + (prose[i] as number);
  }
  let el = doc.elements[best] as HtmlElement;
  while (
    el.parent &&
    el.parent.tag !== 'body' &&
    el.parent.tag !== 'html' &&
    el.parent.tag !== '#root' &&
    (prose[el.parent.index] as number) >= CLIMB * (prose[el.index] as number)
  )
    el = el.parent;
  return el;
}

/** Share of the container's prose an element named as content must hold to be the article's body. */
const BODY_SHARE = 0.8;

/**
 * Where the article's body ends: the end of the innermost element inside the container that its
 * tag or name calls content (`<article>`, itemprop=articleBody, class="entry-content") and that
 * holds most of the container's prose. What follows it inside the container (an author's box, a
 * newsletter form, notes and disclaimers) is not the article. The container's end when no such
 * element is found.
 */
function bodyEnd(
  doc: HtmlDocument,
  blocks: TextBlock[],
  scores: number[],
  container: HtmlElement,
  content: Uint8Array,
): number {
  const n = doc.elements.length;
  const prose = new Float64Array(n);
  for (let i = 0; i < blocks.length; i++) {
    const o = (blocks[i] as TextBlock).owner.index;
    prose[o] = (prose[o] as number) + Math.max(0, scores[i] as number);
  }
  for (let i = n - 1; i > 0; i--) {
    const parent = (doc.elements[i] as HtmlElement).parent;
    if (parent) prose[parent.index] = (prose[parent.index] as number) + (prose[i] as number);
  }
  const total = prose[container.index] as number;
  if (total <= 0) return container.end;
  let body: HtmlElement | null = null;
  // Descendants follow the container in document order; deeper ones come after their ancestors.
  for (let i = container.index + 1; i < n; i++) {
    const el = doc.elements[i] as HtmlElement;
    if (el.start >= container.end) break;
    if (content[i] === 1 && (prose[i] as number) >= BODY_SHARE * total) body = el;
  }
  return body ? body.end : container.end;
}

function isInside(el: HtmlElement, ancestor: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e !== null; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** Decides every block: main text or typed boilerplate. */
export function decide(doc: HtmlDocument, blocks: TextBlock[]): Decision[] {
  const content = assignRegions(doc, blocks);
  const scores = blocks.map(blockScore);
  const container = mainContainer(doc, blocks, scores);
  const end = bodyEnd(doc, blocks, scores, container, content);
  // Prose just outside the container (a lead paragraph in a sibling, a split body) joins the main
  // text when it reads as prose: long enough, few links, no boilerplate region.
  let near: HtmlElement = container;
  for (let k = 0; k < NEAR_LEVELS && near.parent && near.parent.tag !== '#root'; k++) near = near.parent;
  // The page's headline above the container: prose between it and the container is the lead.
  let headline = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    if (b.owner.start >= container.start) break;
    if (b.heading === 1) headline = i;
  }
  const decisions = blocks.map((b, i): Decision => {
    const ld0 = b.linkChars / b.text.length;
    const inContainer = isInside(b.owner, container);
    // After the article's body, inside the container: not the article.
    const afterBody = inContainer && b.owner.start >= end;
    const prose = ld0 < 0.3 && b.text.length >= NEAR_MIN;
    const lead = prose && headline >= 0 && i > headline && b.heading === 0 && b.owner.start < container.start;
    const inMain =
      (inContainer && !afterBody) ||
      (!afterBody && b.region === null && prose && isInside(b.owner, near)) ||
      lead;
    const ld = b.linkChars / b.text.length;
    if (b.region === 'comments') return { kind: 'comments', main: false };
    if (b.region === 'navigation') return { kind: 'navigation', main: false };
    if (b.region === 'related') return { kind: 'related', main: false };
    if (b.region === 'caption' || b.owner.tag === 'figcaption') return { kind: 'caption', main: false };
    // Short text inside a <figure> beside the picture is its caption or credit.
    if (b.inFigure && b.text.length <= FIGURE_TEXT) return { kind: 'caption', main: false };
    if (!inMain) return { kind: ld > LINKY || b.text.length < 40 ? 'navigation' : 'related', main: false };
    if (b.region === 'credit') return { kind: 'credit', main: false };
    if (ld > LINKY) return { kind: b.inList || b.text.length < 80 ? 'navigation' : 'related', main: false };
    if (b.heading > 0 && b.text.length <= MAX_HEADING) return { kind: 'heading', main: true };
    return { kind: 'paragraph', main: true };
  });
  dropTrailingLines(blocks, decisions);
  dropEmptySections(blocks, decisions);
  return decisions;
}

/** A paragraph this long is the article's prose; lines shorter than {@link TRAIL_SHORT} after the last one are not. */
const TRAIL_PROSE = 150;
const TRAIL_SHORT = 40;

/**
 * The article ends with its last paragraph of prose: short lines after it in the main text
 * ("Contact:", "Read more on this:", "Share with friends", a photo credit, a reading time) are the
 * page's, typed as links (when they hold any) or related matter. One backward and one forward pass.
 */
function dropTrailingLines(blocks: TextBlock[], decisions: Decision[]): void {
  let last = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const d = decisions[i] as Decision;
    if (d.main && d.kind === 'paragraph' && (blocks[i] as TextBlock).text.length >= TRAIL_PROSE) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  for (let i = last + 1; i < blocks.length; i++) {
    const d = decisions[i] as Decision;
    const b = blocks[i] as TextBlock;
    if (d.main && d.kind === 'paragraph' && b.text.length < TRAIL_SHORT)
      decisions[i] = { kind: b.linkChars > 0 ? 'navigation' : 'related', main: false, tail: true };
  }
}

/**
 * A heading heads the blocks after it, down to the next heading of its level or above: when none
 * of them is main text ("Related posts" over a list of links, "Share this" over buttons), the
 * heading is the label of that boilerplate and goes with it. One backward pass.
 */
function dropEmptySections(blocks: TextBlock[], decisions: Decision[]): void {
  // For each level 1–6: whether main text was seen since the last heading of that level or above.
  const seen = [false, false, false, false, false, false, false];
  let lastKind: Decision['kind'] = 'navigation';
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as TextBlock;
    const d = decisions[i] as Decision;
    if (d.main && d.kind === 'heading') {
      if (!seen[b.heading])
        decisions[i] = { kind: lastKind === 'paragraph' ? 'related' : lastKind, main: false };
      for (let l = b.heading; l <= 6; l++) seen[l] = false;
      // What a heading over main text says counts for the levels above it.
      if (decisions[i]?.main) for (let l = 1; l < b.heading; l++) seen[l] = true;
    } else if (d.main) {
      for (let l = 1; l <= 6; l++) seen[l] = true;
    } else if (d.kind !== 'caption') {
      lastKind = d.kind;
    }
  }
}
