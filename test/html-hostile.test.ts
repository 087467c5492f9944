import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/html/parse.js';
import { analyzeHtml } from '../src/index.js';

/** Best of three timings of `fn`, in ms. */
function time(fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Input of size n and 8n takes at most ~8× the time (a quadratic reader would take 64×). The bound
 * leaves room for a noisy shared machine and for garbage collection.
 */
function expectLinear(
  make: (n: number) => string,
  n: number,
  run: (s: string) => unknown = analyzeHtml,
): void {
  const small = make(n);
  const large = make(8 * n);
  run(small); // warm up
  // A floor on the small timing keeps timer and scheduler noise from passing for growth.
  const ts = Math.max(
    time(() => run(small)),
    25,
  );
  const tl = time(() => run(large));
  expect(tl / ts, `${tl.toFixed(0)} ms for 8n vs ${ts.toFixed(0)} ms for n`).toBeLessThan(24);
}

const hostile: Record<string, (n: number) => string> = {
  'unclosed tags': (n) => '<div><p><span><b><i>text '.repeat(n),
  'deep nesting': (n) => `${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}`,
  'deep inline nesting': (n) => `${'<span>'.repeat(n)}x`,
  'stray end tags': (n) => `<div><table><tr><td>${'<span>'.repeat(500)}${'</div>'.repeat(n)}`,
  'huge inline script': (n) =>
    `<p>before</p><script>${'var a = "<p>not text</p>";'.repeat(n)}</script><p>after</p>`,
  'unclosed script': (n) => `<p>before</p><script>${'x<'.repeat(n)}`,
  'huge base64 image': (n) => `<p>a</p><img src="data:image/png;base64,${'QUJD'.repeat(n * 4)}"><p>b</p>`,
  'script inside attributes': (n) =>
    '<div title="<script>alert(1)</script>" data-x=\'</div><p>\'>t</div>'.repeat(n),
  'broken entities': (n) => '<p>&amp &#xZZ; &#99999999999; &notanentity; &; &#; &lt</p>'.repeat(n),
  'unclosed comment': (n) => `<p>a</p><!-- ${'x'.repeat(n * 10)}`,
  'unclosed attribute quote': (n) => `<p title="${'x'.repeat(n * 10)}`,
  'many ampersands, one reference at the end': (n) => `<p>${'a & b '.repeat(n)}</p>&amp;`,
  'long runs of "<"': (n) => '<'.repeat(n * 10),
};

describe('hostile HTML', () => {
  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: no throw, linear time`, { timeout: 60_000 }, () => {
      expect(() => analyzeHtml(make(1000))).not.toThrow();
      expectLinear(make, 1000);
    });
  }

  it('10,000-deep nesting parses without recursion and keeps its text', () => {
    const html = `${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}<p>after</p>`;
    const a = analyzeHtml(html);
    expect(a.text).toContain('deep text');
    expect(a.text).toContain('after');
  });

  it('keeps text in attributes out of the page text', () => {
    const a = analyzeHtml('<div title="<script>alert(1)</script>"><p>visible text only</p></div>');
    expect(a.text).toBe('visible text only');
  });

  it('decodes what is decodable and leaves broken references as written', () => {
    const a = analyzeHtml(
      '<p>&amp; &lt;b&gt; &#x110; &#272; &eacute; &copy 2024 &notanentity; &bogus; &#xZZ;</p>',
    );
    // "&not" is a legacy name HTML decodes without its semicolon, as browsers do.
    expect(a.text).toBe('& <b> Đ Đ é © 2024 ¬anentity; &bogus; &#xZZ;');
  });

  it('the reader alone is linear on adversarial input', { timeout: 60_000 }, () => {
    expectLinear(hostile['stray end tags'] as (n: number) => string, 4000, parseHtml);
    expectLinear(hostile['deep nesting'] as (n: number) => string, 4000, parseHtml);
  });
});
