/**
 * The small document tree the HTML reader builds: elements and text with their offsets in the
 * source string. Every walk over it is iterative (no recursion whose depth grows with the input).
 */

/** An element: its lower-case tag name, attributes and children, and where it is in the source. */
export interface HtmlElement {
  type: 'element';
  tag: string;
  /**
   * Attributes, flat: `[name, value, name, value …]`, names lower-cased, values with their character
   * references decoded, in source order (a repeated name is kept; {@link attr} reads the first, as
   * HTML does). Read them with {@link attr}.
   */
  attrs: string[];
  parent: HtmlElement | null;
  children: HtmlNode[];
  /** Offset of the "<" of its start tag. */
  start: number;
  /** Offset just past its start tag's ">". */
  openEnd: number;
  /** Offset just past its end tag (or where it was closed implicitly). */
  end: number;
  /** Index in document order among all elements (0 for the root). */
  index: number;
}

/** A run of text: decoded, and the source range it was read from. */
export interface HtmlText {
  type: 'text';
  /** The text with its character references decoded (not whitespace-collapsed). */
  value: string;
  parent: HtmlElement;
  start: number;
  end: number;
  /** True when `value` is the source slice itself (no reference decoded), so offsets map 1:1. */
  verbatim: boolean;
}

export type HtmlNode = HtmlElement | HtmlText;

/** A parsed page. */
export interface HtmlDocument {
  /** The source, as decoded. */
  source: string;
  /** A synthetic root element (`tag: '#root'`) holding the top-level nodes. */
  root: HtmlElement;
  /** Every element in document order (`elements[el.index] === el`). */
  elements: HtmlElement[];
  /** Raw contents of `<script>` elements that hold JSON (JSON-LD), with their source offsets. */
  scripts: { element: HtmlElement; text: string; start: number }[];
}

/** The value of an element's attribute (the first, when the name repeats), or undefined. */
export function attr(el: HtmlElement, name: string): string | undefined {
  const a = el.attrs;
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** The first element with this tag, in document order. */
export function firstByTag(doc: HtmlDocument, tag: string): HtmlElement | null {
  for (const el of doc.elements) if (el.tag === tag) return el;
  return null;
}

/** Whether `el` is inside (or is) `ancestor`. Walks parents: bounded by the parser's depth cap. */
export function isInside(el: HtmlElement, ancestor: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e !== null; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** The text content of an element, whitespace collapsed (iterative). */
export function textOf(el: HtmlElement): string {
  let out = '';
  const stack: HtmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node.type === 'text') out += node.value;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return collapse(out);
}

const WS = /[\t\n\f\r ]+/g;

/** Collapses runs of HTML whitespace to one space and trims. */
export function collapse(s: string): string {
  return s.replace(WS, ' ').trim();
}
