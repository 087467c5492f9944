import { attr, type HtmlDocument, type HtmlElement, type HtmlText } from './dom.js';
import { decodeReferences } from './entities.js';

/**
 * A linear-time HTML reader for extraction. It follows the HTML tokenizer where it matters for
 * text (comments, raw-text and RCDATA elements, quoted attributes that hold "<" or ">", character
 * references) and a simplified tree builder: void elements, the implied end tags of p, li, dt/dd,
 * table cells and rows and options, end tags that close through inline elements but not through
 * blocks or table boundaries, as the HTML standard's "any other end tag" rule does. Like Chromium's
 * parser it caps the tree depth (at {@link MAX_DEPTH}): deeper elements become siblings, so every
 * stack search is bounded and no input can blow up the tree walks.
 */

/** Tree depth cap, as in Chromium's HTML parser. */
export const MAX_DEPTH = 512;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'image',
]);

/** Elements whose content is not markup. `true`: kept as text (JSON-LD scripts, title, textarea). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const RCDATA = new Set(['title', 'textarea']);

/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
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
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
]);

/**
 * The standard's "special" elements (block structure): an inline end tag never closes across one,
 * and a block end tag closes everything inline above it.
 */
const SPECIAL = new Set([
  ...CLOSES_P,
  'applet',
  'body',
  'caption',
  'col',
  'colgroup',
  'html',
  'head',
  'iframe',
  'marquee',
  'object',
  'select',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'template',
  'button',
]);

/** Scope boundaries: a block end tag does not close an element outside the nearest of these. */
const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** Regexes finding the end tag of a raw-text element, one per tag, built on first use. */
const endTagFinders = new Map<string, RegExp>();
function findEndTag(source: string, tag: string, from: number): number {
  let re = endTagFinders.get(tag);
  if (!re) {
    re = new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'gi');
    endTagFinders.set(tag, re);
  }
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? m.index : -1;
}

/** Attribute names met on most pages. */
const COMMON_NAMES =
  'id alt rel src href lang name role type class style title width height hidden target content loading itemprop datetime property data-src itemtype itemscope aria-label aria-hidden';
/** The common names by length (built on first use). */
let namesByLength: string[][] | null = null;

/** An attribute's name, lower-cased: a shared string for common names. */
function attributeName(source: string, start: number, end: number): string {
  if (namesByLength === null) {
    namesByLength = [];
    for (const name of COMMON_NAMES.split(' ')) {
      const list = namesByLength[name.length] ?? [];
      list.push(name);
      namesByLength[name.length] = list;
    }
  }
  const list = namesByLength[end - start];
  if (list !== undefined) for (const name of list) if (source.startsWith(name, start)) return name;
  return source.slice(start, end).toLowerCase();
}

/** The attributes of an element that has none (shared, never written to). */
const NO_ATTRIBUTES: string[] = [];

/** Why scripts are worth keeping: JSON-LD and other JSON payloads. */
const isJsonScript = (type: string | undefined): boolean => type !== undefined && /json/i.test(type);

/**
 * Parses HTML into an {@link HtmlDocument}. Never throws on content; time and memory are linear
 * in the input.
 */
export function parseHtml(source: string): HtmlDocument {
  const n = source.length;
  const root: HtmlElement = {
    type: 'element',
    tag: '#root',
    attrs: NO_ATTRIBUTES,
    parent: null,
    children: [],
    start: 0,
    openEnd: 0,
    end: n,
    index: 0,
  };
  const elements: HtmlElement[] = [root];
  const scripts: HtmlDocument['scripts'] = [];
  const stack: HtmlElement[] = [root];
  /** How many elements of each tag are open (skips stack searches for tags not open). */
  const open = new Map<string, number>();
  let foreign = 0;

  const current = (): HtmlElement => stack[stack.length - 1] as HtmlElement;

  const pop = (end: number): HtmlElement => {
    const el = stack.pop() as HtmlElement;
    el.end = end;
    open.set(el.tag, (open.get(el.tag) ?? 1) - 1);
    if (el.tag === 'svg' || el.tag === 'math') foreign--;
    return el;
  };

  /** Closes elements down to and including the topmost `tag`, searching no further than `stopAt`. */
  const closeTo = (
    tag: string,
    end: number,
    implicitEnd: number,
    stopAt: (t: string) => boolean,
  ): boolean => {
    if ((open.get(tag) ?? 0) <= 0) return false;
    for (let i = stack.length - 1; i > 0; i--) {
      const t = (stack[i] as HtmlElement).tag;
      if (t === tag) {
        while (stack.length - 1 > i) pop(implicitEnd);
        pop(end);
        return true;
      }
      if (stopAt(t)) return false;
    }
    return false;
  };

  const addText = (start: number, end: number): void => {
    if (end <= start) return;
    const parent = current();
    const last = parent.children[parent.children.length - 1];
    const raw = source.slice(start, end);
    const verbatim = !raw.includes('&');
    const value = verbatim ? raw : decodeReferences(source, start, end);
    if (last?.type === 'text' && last.end === start) {
      last.value += value;
      last.end = end;
      last.verbatim &&= verbatim;
      return;
    }
    const node: HtmlText = { type: 'text', value, parent, start, end, verbatim };
    parent.children.push(node);
  };

  const impliedEnds = (tag: string, at: number): void => {
    if (CLOSES_P.has(tag) && (open.get('p') ?? 0) > 0)
      closeTo('p', at, at, (t) => SCOPE.has(t) || t === 'button');
    if (tag === 'li') closeTo('li', at, at, (t) => t === 'ul' || t === 'ol' || t === 'menu' || SCOPE.has(t));
    else if (tag === 'dt' || tag === 'dd') {
      closeTo('dt', at, at, (t) => t === 'dl' || SCOPE.has(t));
      closeTo('dd', at, at, (t) => t === 'dl' || SCOPE.has(t));
    } else if (HEADINGS.has(tag) && HEADINGS.has(current().tag)) pop(at);
    else if (tag === 'td' || tag === 'th') {
      closeTo('td', at, at, (t) => t === 'tr' || t === 'table');
      closeTo('th', at, at, (t) => t === 'tr' || t === 'table');
    } else if (tag === 'tr') {
      for (const cell of ['td', 'th', 'tr']) closeTo(cell, at, at, (t) => t === 'table' || t === 'tbody');
    } else if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      for (const part of ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])
        closeTo(part, at, at, (t) => t === 'table');
    } else if (tag === 'option' || tag === 'optgroup') {
      if (current().tag === 'option') pop(at);
      if (tag === 'optgroup' && current().tag === 'optgroup') pop(at);
    }
  };

  /** Where the last tag read by `readAttributes` ended, and whether it closed itself ("/>"). */
  let tagEnd = 0;
  let tagSelfClosing = false;

  let i = 0;
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      addText(i, n);
      break;
    }
    const c = lt + 1 < n ? source.charCodeAt(lt + 1) : -1;
    if (isLetter(c)) {
      addText(i, lt);
      i = startTag(lt);
    } else if (c === 47 /* / */) {
      const c2 = lt + 2 < n ? source.charCodeAt(lt + 2) : -1;
      addText(i, lt);
      if (isLetter(c2)) i = endTag(lt);
      else {
        // "</>" is dropped; "</ junk>" is a bogus comment.
        const gt = source.indexOf('>', lt + 2);
        i = gt < 0 ? n : gt + 1;
      }
    } else if (c === 33 /* ! */) {
      addText(i, lt);
      if (source.startsWith('--', lt + 2)) {
        // "<!-->" and "<!--->" end at once; otherwise at "-->" (or, unclosed, the end of input).
        if (source.startsWith('>', lt + 4)) i = lt + 5;
        else if (source.startsWith('->', lt + 4)) i = lt + 6;
        else {
          const close = source.indexOf('-->', lt + 4);
          i = close < 0 ? n : close + 3;
        }
      } else {
        const gt = source.indexOf('>', lt + 2);
        i = gt < 0 ? n : gt + 1;
      }
    } else if (c === 63 /* ? */) {
      addText(i, lt);
      const gt = source.indexOf('>', lt + 2);
      i = gt < 0 ? n : gt + 1;
    } else {
      // A "<" that starts no tag is text.
      addText(i, lt + 1);
      i = lt + 1;
    }
  }
  while (stack.length > 1) pop(n);
  return { source, root, elements, scripts };

  /**
   * Reads attributes from `at` to the tag's ">"; returns them and the offset past ">". A scanner
   * as the tokenizer reads them: a name (its first character may be "="), then optionally "=" and
   * a double-, single- or un-quoted value; an unclosed quote runs to the end of the input. Every
   * character is looked at once.
   */
  function readAttributes(at: number): string[] {
    let attrs = NO_ATTRIBUTES;
    let j = at;
    let selfClosing = false;
    while (j < n) {
      let c = source.charCodeAt(j);
      if (isSpace(c)) {
        j++;
        continue;
      }
      if (c === 62 /* > */) {
        tagEnd = j + 1;
        tagSelfClosing = selfClosing;
        return attrs;
      }
      if (c === 47 /* / */) {
        j++;
        selfClosing = j < n && source.charCodeAt(j) === 62;
        continue;
      }
      selfClosing = false;
      const nameStart = j++;
      while (j < n) {
        c = source.charCodeAt(j);
        if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
        j++;
      }
      const nameEnd = j;
      let k = j;
      while (k < n && isSpace(source.charCodeAt(k))) k++;
      let vStart = k;
      let vEnd = k;
      if (k < n && source.charCodeAt(k) === 61 /* = */) {
        k++;
        while (k < n && isSpace(source.charCodeAt(k))) k++;
        const q = k < n ? source.charCodeAt(k) : -1;
        if (q === 34 || q === 39) {
          vStart = k + 1;
          const close = source.indexOf(q === 34 ? '"' : "'", vStart);
          vEnd = close < 0 ? n : close;
          j = close < 0 ? n : close + 1;
        } else {
          vStart = k;
          while (k < n) {
            c = source.charCodeAt(k);
            if (isSpace(c) || c === 62) break;
            k++;
          }
          vEnd = k;
          j = k;
        }
      }
      const key = attributeName(source, nameStart, nameEnd);
      // First wins; names of Object.prototype's members ("constructor") are attributes like any other.
      const value = source.slice(vStart, vEnd);
      if (attrs === NO_ATTRIBUTES) attrs = [];
      attrs.push(key, value.includes('&') ? decodeReferences(source, vStart, vEnd, true) : value);
    }
    tagEnd = n;
    tagSelfClosing = selfClosing;
    return attrs;
  }

  function startTag(lt: number): number {
    let j = lt + 1;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62) break;
      j++;
    }
    const tag = source.slice(lt + 1, j).toLowerCase();
    const attrs = readAttributes(j);
    const end = tagEnd;
    const selfClosing = tagSelfClosing;
    if (foreign === 0) impliedEnds(tag, lt);
    const parent = current();
    const el: HtmlElement = {
      type: 'element',
      tag,
      attrs,
      parent,
      children: [],
      start: lt,
      openEnd: end,
      end,
      index: elements.length,
    };
    elements.push(el);
    parent.children.push(el);
    if (foreign === 0 && (RAW_TEXT.has(tag) || RCDATA.has(tag) || tag === 'plaintext')) {
      const close = tag === 'plaintext' ? -1 : findEndTag(source, tag, end);
      const contentEnd = close < 0 ? n : close;
      if (RCDATA.has(tag)) {
        const raw = source.slice(end, contentEnd);
        const verbatim = !raw.includes('&');
        const value = verbatim ? raw : decodeReferences(source, end, contentEnd);
        if (contentEnd > end)
          el.children.push({ type: 'text', value, parent: el, start: end, end: contentEnd, verbatim });
      } else if (tag === 'script' && isJsonScript(attr(el, 'type'))) {
        scripts.push({ element: el, text: source.slice(end, contentEnd), start: end });
      }
      if (close < 0) {
        el.end = n;
        return n;
      }
      const gt = source.indexOf('>', close + 2);
      el.end = gt < 0 ? n : gt + 1;
      return el.end;
    }
    const isVoid = VOID.has(tag) || (foreign > 0 && selfClosing);
    if (!isVoid && stack.length < MAX_DEPTH) {
      stack.push(el);
      open.set(tag, (open.get(tag) ?? 0) + 1);
      if (tag === 'svg' || tag === 'math') foreign++;
    }
    return end;
  }

  function endTag(lt: number): number {
    let j = lt + 2;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62) break;
      j++;
    }
    const tag = source.slice(lt + 2, j).toLowerCase();
    const gt = source.indexOf('>', j);
    const end = gt < 0 ? n : gt + 1;
    if (foreign > 0 && tag !== 'svg' && tag !== 'math') {
      closeTo(tag, end, lt, () => false);
    } else if (tag === 'br' || (tag === 'p' && (open.get('p') ?? 0) <= 0)) {
      // "</br>" is a line break, and "</p>" with no open paragraph an empty paragraph, as browsers
      // read them (both break the line).
      const empty: HtmlElement = {
        type: 'element',
        tag,
        attrs: NO_ATTRIBUTES,
        parent: current(),
        children: [],
        start: lt,
        openEnd: end,
        end,
        index: elements.length,
      };
      elements.push(empty);
      current().children.push(empty);
    } else if (SPECIAL.has(tag)) {
      const boundary =
        tag === 'td' || tag === 'th' || tag === 'caption'
          ? (t: string) => t === 'table' || t === 'html'
          : tag === 'table'
            ? (t: string) => t === 'html'
            : tag === 'tr' || tag === 'tbody' || tag === 'thead' || tag === 'tfoot'
              ? (t: string) => t === 'table'
              : (t: string) => SCOPE.has(t);
      closeTo(tag, end, lt, boundary);
    } else {
      closeTo(tag, end, lt, (t) => SPECIAL.has(t));
    }
    return end;
  }
}
