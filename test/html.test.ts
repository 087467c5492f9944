import { describe, expect, it } from 'vitest';
import { analyzeHtml, htmlRange, isVietnormError } from '../src/index.js';

// Pages written for these tests (no text from any publication).
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Vietnam, Japan widen labour ties | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="og:title" content="Vietnam, Japan widen labour ties">
  <link rel="canonical" href="https://news.example/world/labour-ties">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Example News"},
    {"@type":"NewsArticle","headline":"Vietnam, Japan widen labour ties","datePublished":"2024-03-14T10:20:00+07:00",
     "dateModified":"2024-03-15T08:00:00Z","author":[{"@type":"Person","name":"Lan Nguyen"}],
     "publisher":{"@type":"Organization","name":"Example News"}}]}</script>
</head>
<body>
  <nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
    <article class="story">
      <h1>Vietnam, Japan widen labour ties</h1>
      <p class="byline">By Lan Nguyen</p>
      <p>HÀ NỘI — The two labour ministers signed a memorandum on skilled workers on Thursday &amp; agreed to meet again next year, the ministry said.</p>
      <figure><img src="/img/talks.jpg" alt="The ministers"><figcaption>The ministers at the talks. Photo: VNA</figcaption></figure>
      <p>Prime Minister Phạm Minh Chính received the Japanese minister later that day, and both sides praised the growing number of exchanges.</p>
      <h2>Related stories</h2>
      <ul><li><a href="/a">Another story about trade</a></li><li><a href="/b">A third story about ports</a></li></ul>
    </article>
    <section class="comments"><p>Great news, I hope this helps workers on both sides and their families.</p></section>
  </main>
  <footer class="site-footer"><p>© 2024 Example News. All rights reserved.</p></footer>
</body>
</html>`;

describe('analyzeHtml', () => {
  const a = analyzeHtml(page);

  it('reads the metadata the page states', () => {
    expect(a.title?.text).toBe('Vietnam, Japan widen labour ties');
    expect(a.published?.iso).toBe('2024-03-14T10:20+07:00');
    expect(a.modified?.iso).toBe('2024-03-15T08:00+00:00');
    expect(a.siteName?.text).toBe('Example News');
    expect(a.byline?.text).toBe('Lan Nguyen');
    expect(a.byline?.span?.text).toBe('Lan Nguyen');
    expect(a.canonicalUrl).toBe('https://news.example/world/labour-ties');
    expect(a.html?.declaredLanguage).toBe('en');
    expect(a.language.code).toBe('en');
  });

  it('keeps the article text as paragraphs and the rest as typed boilerplate', () => {
    const kinds = (kind: string) =>
      a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));
    expect(a.paragraphs.map((p) => p.text.slice(0, 12))).toEqual(['HÀ NỘI — The', 'Prime Minist']);
    expect(kinds('navigation').join(' ')).toContain('Home');
    expect(kinds('comments').join(' ')).toContain('Great news');
    expect(a.paragraphs.some((p) => p.text.includes('Related stories'))).toBe(false);
    expect(a.captions.map((c) => [c.text, c.credit?.text])).toEqual([['The ministers at the talks.', 'VNA']]);
    expect(a.dateline?.place?.text).toBe('HÀ NỘI');
    expect(a.entities.map((e) => e.id)).toContain('person:pham-minh-chinh');
  });

  it('gives images with their captions and resolved URLs', () => {
    expect(a.images).toHaveLength(1);
    const img = a.images?.[0];
    expect(img?.url).toBe('https://news.example/img/talks.jpg');
    expect(img?.alt).toBe('The ministers');
    expect(img?.caption?.text).toBe('The ministers at the talks.');
    expect(page.slice(img?.html.start, img?.html.end)).toMatch(/^<img /);
  });

  it('every span indexes the extracted text, and blocks cover it exactly once', () => {
    const spans = [
      a.title,
      a.published,
      a.dateline,
      a.outlet,
      ...a.paragraphs,
      ...a.paragraphs.flatMap((p) => p.sentences),
      ...a.captions,
      ...a.entities.flatMap((e) => e.mentions),
    ];
    for (const s of spans) if (s) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    let at = 0;
    for (const b of a.blocks) {
      expect(b.start).toBe(at);
      expect(b.end).toBeGreaterThan(b.start);
      at = b.end;
    }
    expect(at).toBe(a.text.length);
  });

  it('maps spans back to the HTML source', () => {
    const p = a.paragraphs[0];
    if (!p) throw new Error('no paragraph');
    const r = htmlRange(a, p.start, p.end);
    expect(r).not.toBeNull();
    const source = page.slice(r?.start, r?.end);
    expect(source.startsWith('HÀ NỘI')).toBe(true);
    expect(source).toContain('&amp;');
    expect(source.endsWith('the ministry said.')).toBe(true);
    // A word maps to itself, character for character.
    const i = p.text.indexOf('memorandum');
    const w = htmlRange(a, p.start + i, p.start + i + 10);
    expect(page.slice(w?.start, w?.end)).toBe('memorandum');
    // The title line read from markup maps to the attribute or text it came from.
    const t = a.title ? htmlRange(a, a.title.start, a.title.end) : null;
    expect(t && page.slice(t.start, t.end)).toBe('Vietnam, Japan widen labour ties');
  });

  it('validates against the Article schema', async () => {
    const v = await import('valibot');
    const { ArticleSchema } = await import('../src/index.js');
    expect(v.safeParse(ArticleSchema, a).success).toBe(true);
  });
});

describe('analyzeHtml: evidence, not trust', () => {
  it('checks <html lang> against the text', () => {
    const vi = analyzeHtml(
      '<html lang="en"><body><article><p>Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội vào sáng nay, hai bên nhất trí thúc đẩy hợp tác lao động.</p></article></body></html>',
    );
    expect(vi.language.code).toBe('vi');
    expect(vi.html?.declaredLanguage).toBe('en');
  });

  it('falls back to the declared language only when the text says nothing', () => {
    const short = analyzeHtml('<html lang="sv"><body><p>OK</p></body></html>');
    expect(short.language.code).toBe('sv');
    expect(short.language.confidence).toBeLessThan(0.9);
    const none = analyzeHtml('<html><body><p>OK</p></body></html>');
    expect(none.language.code).toBe('und');
  });

  it('leaves what the page does not state null', () => {
    const bare = analyzeHtml('<p>Just one line of text without any metadata at all.</p>');
    expect(bare.siteName).toBeNull();
    expect(bare.byline).toBeNull();
    expect(bare.modified).toBeNull();
    expect(bare.canonicalUrl).toBeNull();
    expect(bare.published).toBeNull();
  });
});

describe('analyzeHtml: where the article is', () => {
  const para = (s: string) =>
    `<p>${s} The ministers said the agreement would take effect next year, after both cabinets approve it.</p>`;
  const main = (a: ReturnType<typeof analyzeHtml>) =>
    a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end));

  it("reads the lead in the article's own header as article text", () => {
    const a = analyzeHtml(
      `<html><body><article class="story"><div class="article-header"><h1>Labour ties widen</h1><p>A lead that sums the story up in a long sentence, as leads do, for readers in a hurry.</p></div><div class="story-body">${para('One.')}${para('Two.')}${para('Three.')}</div></article></body></html>`,
    );
    expect(main(a).some((p) => p.startsWith('A lead that sums'))).toBe(true);
  });

  it('reads a lead between the headline and the article body as article text', () => {
    const a = analyzeHtml(
      `<html><body><div class="top"><h1>Labour ties widen</h1><div class="intro-box"><p>A lead that sums the story up in a long sentence, as leads do, for readers in a hurry to know.</p></div></div><div class="wrap"><div class="story-body">${para('One.')}${para('Two.')}${para('Three.')}</div></div></body></html>`,
    );
    expect(main(a).some((p) => p.startsWith('A lead that sums'))).toBe(true);
  });

  it("leaves out what follows the article's body inside its container", () => {
    const a = analyzeHtml(
      `<html><body><article><div class="entry-content">${para('One.')}${para('Two.')}${para('Three.')}${para('Four.')}</div><p>About the writer: she has covered labour markets in the region for many years and lives in Hà Nội.</p></article></body></html>`,
    );
    expect(main(a)).toHaveLength(4);
    expect(a.text).toContain('About the writer');
    expect(main(a).some((p) => p.startsWith('About the writer'))).toBe(false);
  });
});

describe('analyzeHtml: the end of the article', () => {
  it("types short lines after the last paragraph of prose as the page's, not the article", () => {
    const long =
      'The two labour ministers signed a memorandum on skilled workers on Thursday and agreed to meet again next year, after both cabinets approve the plan and its budget.';
    const a = analyzeHtml(
      `<html><body><div class="story"><p>${long}</p><p>Short line in the body.</p><p>${long} Again.</p><p>Contact:</p><p>Share with friends</p></div></body></html>`,
    );
    const kinds = new Map(a.blocks.map((b) => [a.text.slice(b.start, b.end), b.kind]));
    expect(kinds.get('Short line in the body.')).toBe('paragraph');
    expect(kinds.get('Contact:')).not.toBe('paragraph');
    expect(kinds.get('Share with friends')).not.toBe('paragraph');
  });

  it('still reads a sign-off there for the outlet', () => {
    const long =
      'Chiều 14/3, tại Hà Nội, Bộ trưởng Bộ Lao động đã tiếp Bộ trưởng Nhật Bản, hai bên nhất trí thúc đẩy hợp tác lao động kỹ năng trong thời gian tới.';
    const a = analyzeHtml(
      `<html lang="vi"><body><article><h1>Hợp tác lao động</h1><p>${long}</p><p>${long}</p><p>Theo TTXVN</p></article></body></html>`,
    );
    expect(a.outlet?.source).not.toBe('metadata');
    expect(a.outlet?.text).toBe('TTXVN');
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Theo TTXVN');
  });
});

describe('analyzeHtml: the outlet from metadata', () => {
  const body =
    '<article><p>The two labour ministers signed a memorandum on skilled workers on Thursday and agreed to meet again next year.</p></article>';

  it('takes the site the markup names when the text credits none, as a last line of the text', () => {
    const a = analyzeHtml(
      `<html><head><meta property="og:site_name" content="VnExpress International"></head><body>${body}</body></html>`,
    );
    expect(a.outlet).not.toBeNull();
    expect(a.outlet?.source).toBe('metadata');
    expect(a.outlet?.text).toBe('VnExpress International');
    expect(a.outlet?.entityId).not.toBeNull();
    const o = a.outlet;
    expect(a.text.slice(o?.start, o?.end)).toBe('VnExpress International');
    expect(a.blocks.find((b) => b.start === o?.start)?.kind).toBe('credit');
    expect(a.credits.map((c) => c.source)).toContain('metadata');
  });

  it('points at the name where the extracted text shows it', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Labour ties","publisher":{"@type":"Organization","name":"Example Daily"}}</script></head><body><header><p>Example Daily</p></header>${body}</body></html>`;
    const a = analyzeHtml(html);
    expect(a.outlet?.source).toBe('metadata');
    expect(a.outlet?.entityId).toBeNull();
    expect(a.outlet?.name).toBe('Example Daily');
    const start = a.outlet?.start ?? -1;
    expect(a.text.slice(start, a.outlet?.end)).toBe('Example Daily');
    const range = htmlRange(a, start, a.outlet?.end ?? 0);
    expect(range && html.slice(range.start, range.end)).toBe('Example Daily');
    expect(a.text.endsWith('Example Daily')).toBe(false);
  });

  it("keeps the text's own credit over the markup's", () => {
    const a = analyzeHtml(
      `<html><head><meta property="og:site_name" content="Example Daily"></head><body><article><p>HÀ NỘI (VNA) — The two labour ministers signed a memorandum on skilled workers on Thursday and agreed to meet again next year.</p></article></body></html>`,
    );
    expect(a.outlet?.source).not.toBe('metadata');
    expect(a.text).not.toContain('Example Daily');
  });

  it('does not take a copyright notice for a name', () => {
    const a = analyzeHtml(
      `<html><head><meta name="copyright" content="All rights reserved"></head><body>${body}</body></html>`,
    );
    expect(a.outlet).toBeNull();
  });
});

describe('analyzeHtml: the title of a page that states only <title>', () => {
  const withTitle = (title: string) =>
    analyzeHtml(
      `<html><head><title>${title}</title></head><body><article><p>The two ministers met in Hà Nội on Thursday and agreed to widen the exchange of skilled workers.</p></article></body></html>`,
    );

  it("drops the site's name after the last separator of a headline", () => {
    const a = withTitle('Vietnam and Japan widen labour ties | Example News');
    expect(a.title?.text).toBe('Vietnam and Japan widen labour ties');
    const b = withTitle('Ports of the north – a year of growth in Hải Phòng - Example News');
    expect(b.title?.text).toBe('Ports of the north – a year of growth in Hải Phòng');
  });

  it('keeps a short title, or one whose last part is the longer, whole', () => {
    expect(withTitle('Hanoi - Example Wiki').title?.text).toBe('Hanoi - Example Wiki');
    expect(withTitle('Labour ties looking back - Example').title?.text).toBe(
      'Labour ties looking back - Example',
    );
    expect(withTitle('Ties widen | Vietnam and Japan agree on new rules for workers').title?.text).toBe(
      'Ties widen | Vietnam and Japan agree on new rules for workers',
    );
  });

  it('maps the kept title back to its place in <title>', () => {
    const html =
      '<html><head><title>Vietnam and Japan widen labour ties | Example News</title></head><body><p>Short body text here.</p></body></html>';
    const a = analyzeHtml(html);
    const t = a.title;
    expect(t).not.toBeNull();
    const range = htmlRange(a, t?.start ?? 0, t?.end ?? 0);
    expect(range && html.slice(range.start, range.end)).toBe('Vietnam and Japan widen labour ties');
  });
});

describe('analyzeHtml: encodings', () => {
  const body = 'Tiếng Việt có dấu: Hà Nội, Thành phố Hồ Chí Minh và Đà Nẵng đều là những thành phố lớn.';
  // windows-1258 bytes, made by a tiny encoder over the decoder's own table (no hand-typed table).
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  const encode1258 = (s: string): Uint8Array => {
    const out: number[] = [];
    const byte = (ch: string): number => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no windows-1258 byte for U+${ch.codePointAt(0)?.toString(16)}`);
      return b;
    };
    // windows-1258 has â, ê, ô, ă, ơ, ư precomposed and writes tone marks as combining characters.
    for (const ch of s.normalize('NFC')) {
      if (table.has(ch)) {
        out.push(byte(ch));
        continue;
      }
      const [first, ...marks] = [...ch.normalize('NFD')];
      let head = first as string;
      // Fold into the letter the marks windows-1258 has precomposed (ậ: a + circumflex, then dot below).
      for (let k = 0; k < marks.length; k++) {
        const joined = `${head}${marks[k]}`.normalize('NFC');
        if (table.has(joined)) {
          head = joined;
          marks.splice(k, 1);
          k = -1;
        }
      }
      out.push(byte(head), ...marks.map(byte));
    }
    return new Uint8Array(out);
  };
  const html = (meta: string) =>
    `<html><head>${meta}<title>t</title></head><body><article><p>${body}</p></article></body></html>`;
  const nfc = (s: string | undefined) => s?.normalize('NFC');

  it('honours <meta charset> for windows-1258', () => {
    const a = analyzeHtml(encode1258(html('<meta charset="windows-1258">')));
    expect(a.html?.encoding).toBe('windows-1258');
    expect(nfc(a.paragraphs[0]?.text)).toBe(body);
  });

  it('honours http-equiv Content-Type', () => {
    const a = analyzeHtml(
      encode1258(html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')),
    );
    expect(nfc(a.paragraphs[0]?.text)).toBe(body);
  });

  it("honours the caller's charset over the page's", () => {
    const a = analyzeHtml(encode1258(html('<meta charset="iso-8859-1">')), { charset: 'windows-1258' });
    expect(a.html?.encoding).toBe('windows-1258');
    expect(nfc(a.paragraphs[0]?.text)).toBe(body);
  });

  it('honours a byte-order mark', () => {
    const s = html('');
    const utf16 = new Uint8Array(2 + s.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      utf16[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    expect(analyzeHtml(utf16).paragraphs[0]?.text).toBe(body);
    const utf8 = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(html('<meta charset="windows-1252">')),
    ]);
    expect(analyzeHtml(utf8).paragraphs[0]?.text).toBe(body);
  });

  it('reads valid UTF-8 as UTF-8 whatever an old <meta> says', () => {
    const a = analyzeHtml(new TextEncoder().encode(html('<meta charset="gb2312">')));
    expect(a.html?.encoding).toBe('utf-8');
    expect(a.paragraphs[0]?.text).toBe(body);
  });

  it('throws a decode-error for a charset it cannot read', () => {
    const bytes = encode1258(html(''));
    let error: unknown;
    try {
      analyzeHtml(bytes, { charset: 'x-no-such-charset' });
    } catch (e) {
      error = e;
    }
    expect(isVietnormError(error) && error.code).toBe('decode-error');
    const declared = encode1258(html('<meta charset="viscii">'));
    expect(() => analyzeHtml(declared)).toThrow(/viscii/);
  });

  it('throws a TypeError for input that is neither string nor bytes', () => {
    expect(() => analyzeHtml(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyzeHtml(null as unknown as string)).toThrow(TypeError);
  });
});
