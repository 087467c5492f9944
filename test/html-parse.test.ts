// vietnorm's HTML reader against rehype-parse (parse5, the HTML standard's algorithm) as the
// reference: the text a reader sees must be the same. Markup written for these tests; the dev-set
// pages are compared too when ../shared/html-devset is present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { HtmlElement, HtmlNode } from '../src/html/dom.js';
import { parseHtml } from '../src/html/parse.js';

/** Elements whose content is not text a reader sees (as the reader skips them). */
const HIDDEN = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'textarea',
  'svg',
  'math',
]);

const words = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function oursText(html: string): string {
  const doc = parseHtml(html);
  let out = '';
  const stack: HtmlNode[] = [doc.root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node.type === 'text') out += node.value;
    else if (!HIDDEN.has(node.tag)) {
      out += ' ';
      const el = node as HtmlElement;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as HtmlNode);
    }
  }
  return words(out);
}

function referenceText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  let out = '';
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent;
    if (node.type === 'text') out += node.value;
    else if (node.type === 'root' || (node.type === 'element' && !HIDDEN.has((node as Element).tagName))) {
      out += ' ';
      const children = (node as Root | Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RootContent);
    }
  }
  return words(out);
}

const cases: Record<string, string> = {
  'implied end tags':
    '<p>one<p>two<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl><table><tr><td>x<td>y<tr><td>z</table>',
  'raw text elements':
    '<p>a</p><script>if (a < b) document.write("<p>no</p>")</script><style>p{}</style><p>b</p>',
  'rcdata title and textarea': '<title>T &amp; U</title><p>text</p><textarea><p>not markup</p></textarea>',
  comments: '<p>a<!-- hidden <p>x</p> -->b<!--->c<!---->d</p>',
  'character references':
    '<p>&amp; &lt; &gt; &quot; &#39; &#x110; &eacute; &copy 2024 &notit; &bogus; &#xZZ;</p>',
  'attributes holding markup': '<div title="<script>x</script>" data-a=\'a>b\'>visible</div>',
  'stray end tags': '<div><span>a</div>b</span></p>c<p>d</br>e</p>',
  'unclosed everything': '<div><p><b><i>text',
  'whitespace and pre': '<pre>\n  kept\n  lines</pre><p>  spaced   out  </p>',
};

describe('the HTML reader agrees with rehype-parse on visible text', () => {
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      expect(oursText(html)).toBe(referenceText(html));
    });
  }

  const pages = join(import.meta.dirname, '../../shared/html-devset/pages');
  it.skipIf(!existsSync(pages))(
    'on the dev-set pages (skipped when ../shared is absent)',
    { timeout: 120_000 },
    () => {
      // Same words in the same order on nearly every page; where they differ (misnested formatting
      // the standard's adoption agency reorders, foster-parented table text), nearly all words agree.
      const files = readdirSync(pages).sort().slice(0, 30);
      let identical = 0;
      for (const f of files) {
        const html = readFileSync(join(pages, f), 'utf8');
        const a = oursText(html);
        const b = referenceText(html);
        if (a === b) identical++;
        else {
          const wa = a.split(' ');
          const wb = new Set(b.split(' '));
          const shared = wa.filter((w) => wb.has(w)).length;
          expect(shared / Math.max(wa.length, 1), f).toBeGreaterThan(0.97);
        }
      }
      expect(identical / files.length).toBeGreaterThan(0.5);
    },
  );
});
