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
}

/** The fixed cost of a block: short lines (menu entries, labels) count against the container. */
const BLOCK_COST = 25;
/** Link density above which a block is a list of links, not prose. */
const LINKY = 0.5;

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
    return -len * 0.5 - BLOCK_COST;
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
  return doc.elements[best] as HtmlElement;
}

function isInside(el: HtmlElement, ancestor: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e !== null; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** Decides every block: main text or typed boilerplate. */
export function decide(doc: HtmlDocument, blocks: TextBlock[]): Decision[] {
  assignRegions(doc, blocks);
  const scores = blocks.map(blockScore);
  const container = mainContainer(doc, blocks, scores);
  return blocks.map((b) => {
    const inMain = isInside(b.owner, container);
    const ld = b.linkChars / b.text.length;
    if (b.region === 'comments') return { kind: 'comments', main: false };
    if (b.region === 'navigation') return { kind: 'navigation', main: false };
    if (b.region === 'related') return { kind: 'related', main: false };
    if (b.region === 'caption' || b.owner.tag === 'figcaption') return { kind: 'caption', main: false };
    if (!inMain) return { kind: ld > LINKY || b.text.length < 40 ? 'navigation' : 'related', main: false };
    if (b.region === 'credit') return { kind: 'credit', main: false };
    if (ld > LINKY) return { kind: b.inList || b.text.length < 80 ? 'navigation' : 'related', main: false };
    if (b.heading > 0) return { kind: 'heading', main: true };
    return { kind: 'paragraph', main: true };
  });
}
