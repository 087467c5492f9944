import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../index.js';
import { RESULT_FIELDS } from './fields.js';
import { main } from './main.js';
import { inProcessRunner } from './pool.js';

const dir = mkdtempSync(join(tmpdir(), 'vietnorm-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Runs the CLI in this thread (the worker pool is tested in test/cli-pool.test.ts). */
async function run(argv: string[], stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    stdin: () => Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    runner: inProcessRunner,
  });
  return {
    code,
    stdout,
    stderr,
    records: () =>
      stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

const ARTICLE = 'Ministers meet in Tokyo\n\nTOKYO (VNA) — The two foreign ministers met on Monday.\n';

describe('vietnorm analyze', () => {
  it('prints one Article record, keyed by its path, for one file', async () => {
    const path = file('a.txt', ARTICLE);
    const r = await run(['analyze', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const article = JSON.parse(r.stdout);
    expect(article.path).toBe(path);
    expect(article.title.text).toBe('Ministers meet in Tokyo');
    expect(article.text).toBe(ARTICLE);
  });

  it('prints JSONL for several files, in input order, --pretty indents', async () => {
    const a = file('b.txt', ARTICLE);
    const b = file('b2.txt', 'Second page\n\nHÀ NỘI — Nothing happened today in the capital.\n');
    const r = await run(['analyze', a, b, a]);
    expect(r.records().map((x) => x.path)).toEqual([a, b, a]);
    expect((await run(['analyze', '--jsonl', a])).stdout.split('\n')).toHaveLength(2);
    const pretty = await run(['analyze', '--pretty', a]);
    expect(pretty.stdout).toContain('\n  "schemaVersion": 1');
  });

  it('walks directories recursively in name order and expands globs itself', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(root, '.hidden'), { recursive: true });
    writeFileSync(join(root, 'b.txt'), ARTICLE);
    writeFileSync(join(root, 'sub', 'a.txt'), ARTICLE);
    writeFileSync(join(root, '.hidden', 'x.txt'), ARTICLE);
    writeFileSync(join(root, 'c.md'), ARTICLE);
    const walked = await run(['analyze', root, '--fields', 'title']);
    expect(walked.records().map((x) => x.path)).toEqual([
      join(root, 'b.txt'),
      join(root, 'c.md'),
      join(root, 'sub', 'a.txt'),
    ]);
    const globbed = await run(['analyze', `${root}/**/*.txt`, '--fields', 'title']);
    expect(globbed.records().map((x) => x.path)).toEqual([join(root, 'b.txt'), join(root, 'sub', 'a.txt')]);
  });

  it('reads a list of paths with --files-from', async () => {
    const a = file('list-a.txt', ARTICLE);
    const list = file('list', `${a}\n\n${join(dir, 'nope.txt')}\n`);
    const r = await run(['analyze', '--files-from', list, '--fields', 'title']);
    expect(r.records()).toEqual([
      { path: a, title: expect.objectContaining({ text: 'Ministers meet in Tokyo' }) },
      { path: join(dir, 'nope.txt'), error: { code: 'not-found', message: 'no such file' } },
    ]);
    expect(r.code).toBe(2);
    const fromStdin = await run(['analyze', '--files-from', '-', '--fields', 'title'], `${a}\n`);
    expect(fromStdin.records()).toHaveLength(1);
  });

  it('reads JSONL documents on stdin, passes other fields through under meta, and keys records by id', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: ARTICLE, url: 'https://example.org/a1', title: 'from the scraper' }),
      JSON.stringify({ id: 7, text: '' }),
      '',
      '{"id": "broken", "text": 5}',
      'not json',
    ].join('\n');
    const r = await run(['analyze', '--jsonl-in', '-', '--fields', 'title'], input);
    expect(r.records()).toEqual([
      {
        id: 'a1',
        meta: { url: 'https://example.org/a1', title: 'from the scraper' },
        title: expect.objectContaining({ text: 'Ministers meet in Tokyo' }),
      },
      { id: 7, title: null },
      { id: 'broken', error: { code: 'bad-record', message: '"text" must be a string' } },
      { line: 5, error: { code: 'bad-json', message: expect.stringMatching(/^not JSON/u) } },
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain('vietnorm: id "broken": "text" must be a string');
    expect((await run(['analyze', '--jsonl-in', '-', '--exit-zero'], input)).code).toBe(0);
  });

  it('leaves out the text with --no-text and keeps only --fields', async () => {
    const path = file('lean.txt', ARTICLE);
    const lean = JSON.parse((await run(['analyze', path, '--no-text'])).stdout);
    expect(lean).not.toHaveProperty('text');
    expect(lean).toHaveProperty('blocks');
    const some = JSON.parse((await run(['analyze', path, '--fields', 'language,published'])).stdout);
    expect(Object.keys(some)).toEqual(['path', 'language', 'published']);
    const typo = await run(['analyze', path, '--fields', 'titel']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/'titel' is not a field of analyze records/u);
  });

  it('takes every field of an Article in --fields', async () => {
    const path = file('all.txt', ARTICLE);
    const all = Object.keys(ArticleSchema.entries);
    const r = await run(['analyze', path, '--fields', all.join(',')]);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual([
      'path',
      ...Object.keys(JSON.parse((await run(['analyze', path])).stdout)).slice(1),
    ]);
    expect(RESULT_FIELDS.detect).toEqual(['language', 'confidence', 'diacritics', 'scores']);
  });

  it('drops a UTF-8 BOM and accepts CRLF line endings', async () => {
    const r = await run(['analyze', file('bom.txt', `\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`)]);
    const article = JSON.parse(r.stdout);
    expect(article.text.startsWith('Ministers')).toBe(true);
    expect(article.title.text).toBe('Ministers meet in Tokyo');
  });

  it('gives an error record and a one-line message for binary, non-UTF-8, missing and too large files', async () => {
    const binary = file('x.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const latin1 = file('latin1.txt', new Uint8Array([0x53, 0xe5, 0x20, 0x6b, 0x6c, 0x61, 0x72]));
    const missing = join(dir, 'missing.txt');
    const big = file('big.txt', 'x'.repeat(2000));
    const ok = file('ok.txt', ARTICLE);
    const r = await run([
      'analyze',
      binary,
      latin1,
      ok,
      missing,
      big,
      '--max-bytes',
      '1K',
      '--fields',
      'title',
    ]);
    expect(r.code).toBe(2);
    expect(r.records().map((x) => x.error?.code ?? 'ok')).toEqual([
      'binary',
      'not-utf8',
      'ok',
      'not-found',
      'too-large',
    ]);
    expect(r.stderr.split('\n')).toEqual([
      `vietnorm: ${binary}: binary data (NUL bytes), not text`,
      `vietnorm: ${latin1}: not valid UTF-8 text`,
      `vietnorm: ${missing}: no such file`,
      `vietnorm: ${big}: 2000 bytes, larger than the read limit of 1024 (--max-bytes)`,
      '',
    ]);
  });

  it('refuses stdin beyond the read limit as it reads, and reads stdin as one document', async () => {
    const big = await run(['analyze', '-', '--max-bytes', '100'], 'y'.repeat(500));
    expect(big.records()).toEqual([{ path: '-', error: expect.objectContaining({ code: 'too-large' }) }]);
    const one = await run(['analyze', '-', '--fields', 'title'], ARTICLE);
    expect(one.records()[0].title.text).toBe('Ministers meet in Tokyo');
  });

  it('treats an empty file as an empty article', async () => {
    const r = await run(['analyze', file('empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: '', title: null, language: { code: 'und' } });
  });

  it('sniffs HTML and reads it with analyzeHtml; --format text reads the markup as text', async () => {
    const page = file(
      'page.html',
      '<!DOCTYPE html><html><head><title>Ministers meet | VNA</title></head><body><article><h1>Ministers meet</h1><p>HÀ NỘI — The ministers met on Monday to discuss trade and labour.</p></article></body></html>',
    );
    const record = JSON.parse((await run(['analyze', page])).stdout);
    expect(record.error).toBeUndefined();
    expect(record.title?.text).toMatch(/^Ministers meet/u);
    expect(record.text).not.toContain('<h1>');
    const asText = JSON.parse((await run(['analyze', page, '--format', 'text'])).stdout);
    expect(asText.text).toContain('<h1>');
    const forced = file('fragment.txt', '<p>HÀ NỘI — The ministers met on Monday to discuss trade.</p>');
    expect(JSON.parse((await run(['analyze', forced, '--format', 'html'])).stdout).text).not.toContain('<p>');
  });

  it('reads an HTML page that is not UTF-8 in the charset it declares; refuses one it cannot read', async () => {
    // windows-1258 bytes from the decoder's own table: this text needs only single-byte letters and
    // the combining tone marks windows-1258 has.
    const table = new Map<string, number>();
    const dec = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) {
      const ch = dec.decode(new Uint8Array([b]));
      if (!table.has(ch)) table.set(ch, b);
    }
    const encode = (s: string) => Uint8Array.from([...s.normalize('NFD')].map((ch) => table.get(ch) ?? 0x3f));
    const body = 'Cà Mau và Bà Rịa là hai tỉnh phía nam, và đây là một câu dài hơn để đọc được.';
    const page = (charset: string) =>
      `<!DOCTYPE html><html lang="vi"><head><meta charset="${charset}"><title>t</title></head><body><article><p>${body}</p></article></body></html>`;
    const legacy = file('legacy.html', encode(page('windows-1258')));
    const r = await run(['analyze', legacy]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.html.encoding).toBe('windows-1258');
    expect(record.text.normalize('NFC')).toContain('Cà Mau và Bà Rịa');
    // The same from stdin.
    const piped = JSON.parse((await run(['analyze', '-'], encode(page('windows-1258')))).stdout);
    expect(piped.html.encoding).toBe('windows-1258');
    expect(piped.text.normalize('NFC')).toContain('Cà Mau và Bà Rịa');
    // The same bytes read as text are not UTF-8, and a charset no decoder reads is a clear failure.
    expect(JSON.parse((await run(['analyze', legacy, '--format', 'text'])).stdout).error.code).toBe(
      'not-utf8',
    );
    const unknown = await run(['analyze', file('viscii.html', encode(page('viscii')))]);
    expect(unknown.code).not.toBe(0);
    expect(JSON.parse(unknown.stdout).error).toMatchObject({ code: 'decode-error' });
    expect(JSON.parse(unknown.stdout).error.message).toContain('viscii');
    // UTF-16 with its byte-order mark (NUL bytes excused by the mark).
    const html16 = page('utf-16');
    const utf16 = new Uint8Array(2 + 2 * html16.length);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < html16.length; i++) {
      utf16[2 + 2 * i] = html16.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = html16.charCodeAt(i) >> 8;
    }
    const wide = JSON.parse((await run(['analyze', file('wide.html', utf16)])).stdout);
    expect(wide.html.encoding).toBe('utf-16le');
    expect(wide.text).toContain(body);
    // Not HTML and not UTF-8: refused as before.
    const notHtml = await run(['analyze', file('legacy.txt', encode(body))]);
    expect(JSON.parse(notHtml.stdout).error.code).toBe('not-utf8');
  });
});

describe('vietnorm usage', () => {
  it('exits 1 on usage errors, naming the command whose help to read', async () => {
    expect((await run([])).code).toBe(1);
    expect((await run(['translate', 'x'])).code).toBe(1);
    expect((await run(['analyze'])).code).toBe(1);
    const bad = await run(['analyze', '--frobnicate', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^vietnorm: Unknown option '--frobnicate'.*\nTry 'vietnorm analyze --help'/su);
  });

  it('refuses flags that do not apply to the command', async () => {
    for (const [argv, message] of [
      [['detect', '--write', 'x'], "--write does not apply to 'detect'"],
      [['analyze', '--to', 'vi', 'x'], "--to does not apply to 'analyze'"],
      [['lint', '--jobs', '2', 'x'], "--jobs does not apply to 'lint'"],
      [['glossary', '--jsonl', '--from', 'en', '--to', 'sv'], "--jsonl does not apply to 'glossary'"],
      [['analyze', '--jobs', '0', 'x'], '--jobs must be a whole number from 1 to 256'],
      [['analyze', '--max-bytes', '12Q', 'x'], '--max-bytes must be a positive byte count'],
      [['analyze', '--resume', 'o.jsonl', '--pretty', 'x'], '--pretty output is not JSONL'],
      [['analyze', '-', '--files-from', '-'], "stdin ('-') can be read only once"],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
    }
  });

  it('prints general and per-command help with examples, and the version', async () => {
    expect((await run(['--help'])).stdout).toContain('vietnorm analyze <input…>');
    const help = await run(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^vietnorm analyze \[options\]/u);
    expect(help.stdout).toContain('Examples:');
    for (const command of ['detect', 'normalize', 'translate-terms', 'lint', 'glossary']) {
      expect((await run([command, '--help'])).stdout).toContain(`vietnorm ${command}`);
    }
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
});

describe('vietnorm detect, lint, normalize, translate-terms, glossary', () => {
  it('detect prints the language result keyed by path; --from decides close calls', async () => {
    const line = file('short.txt', 'Debatten om politisk handel.\n');
    expect(JSON.parse((await run(['detect', line])).stdout)).toMatchObject({ path: line });
    expect(JSON.parse((await run(['detect', line])).stdout).language).not.toBe('sv');
    expect(JSON.parse((await run(['detect', '--from', 'sv', line])).stdout).language).toBe('sv');
  });

  it('lint reports non-canonical names with vfile-reporter, --json, and exits 1 with --frail', async () => {
    const page = file('lint.txt', 'Bộ trưởng Bui Thanh Son tiếp Đại sứ Nhật Bản tại Hà Nội.\n');
    const r = await run(['lint', page]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1:11-1:24\s+warning\s+Write `Bui Thanh Son` with its Vietnamese diacritics/u);
    const json = await run(['lint', '--json', '--lang', 'sv', page]);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'missing-diacritics',
        line: 1,
        column: 11,
        expected: ['Bùi Thanh Sơn'],
      }),
    ]);
    expect(JSON.parse(json.stdout)[0].reason).toMatch(/^Skriv/u);
    expect((await run(['lint', '--frail', page])).code).toBe(1);
    expect(
      (await run(['lint', '--frail', file('clean.txt', 'Bộ trưởng Bùi Thanh Sơn đến Hà Nội.\n')])).code,
    ).toBe(0);
    const missing = await run(['lint', join(dir, 'gone.txt'), page]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`vietnorm: ${join(dir, 'gone.txt')}: no such file`);
  });

  it('normalize prints one file as text, several as records, and rewrites only with --write', async () => {
    const original = 'Bo truong Bui Thanh Son den Ha Noi.\n';
    const page = file('norm.txt', original);
    const r = await run(['normalize', '--to', 'vi', page]);
    expect(r.stdout).toBe('Bo truong Bùi Thanh Sơn den Hà Nội.\n');
    expect(readFileSync(page, 'utf8')).toBe(original);
    const two = await run(['normalize', '--to', 'vi', page, page]);
    expect(two.records()).toEqual([
      { path: page, text: 'Bo truong Bùi Thanh Sơn den Hà Nội.\n', changes: expect.any(Array) },
      { path: page, text: 'Bo truong Bùi Thanh Sơn den Hà Nội.\n', changes: expect.any(Array) },
    ]);
    expect(JSON.parse((await run(['normalize', '--to', 'vi', '--jsonl', page])).stdout).path).toBe(page);
    const w = await run(['normalize', '--to', 'vi', '--write', page]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(w.stderr).toBe(`vietnorm: ${page}: 2 name(s) normalized\n`);
    expect(readFileSync(page, 'utf8')).toBe('Bo truong Bùi Thanh Sơn den Hà Nội.\n');
    expect(readdirSync(dir).filter((f) => f.includes('vietnorm-tmp'))).toEqual([]);
    expect((await run(['normalize', '--write', '-'])).code).toBe(1);
  });

  it('translate-terms handles one file as text and JSONL documents as records, and needs --to', async () => {
    const page = file('tt.txt', 'Japanese Prime Minister Kishida Fumio arrived in Hanoi.\n');
    expect((await run(['translate-terms', '--to', 'vi', page])).stdout).toBe(
      'Thủ tướng Nhật Bản Kishida Fumio arrived in Hà Nội.\n',
    );
    const docs = await run(
      ['translate-terms', '--to', 'vi', '--jsonl-in', '-', '--fields', 'text'],
      `${JSON.stringify({ id: 'x', text: 'Arrived in Hanoi.' })}\n`,
    );
    expect(docs.records()).toEqual([{ id: 'x', text: 'Arrived in Hà Nội.' }]);
    expect((await run(['translate-terms', page])).code).toBe(1);
    expect((await run(['translate-terms', '--to', 'fr', page])).stderr).toMatch(/--to must be en, sv or vi/u);
  });

  it('glossary prints the knowledge base in the chosen format', async () => {
    const tbx = await run(['glossary', '--from', 'en', '--to', 'sv', '--format', 'tbx']);
    expect(tbx.code).toBe(0);
    expect(tbx.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx /u);
    const csv = await run(['glossary', '--from', 'en', '--to', 'sv']);
    expect(csv.stdout.split('\n')).toContain('South China Sea,Sydkinesiska havet');
    expect((await run(['glossary', '--from', 'en'])).code).toBe(1);
    expect((await run(['glossary', '--from', 'en', '--to', 'sv', '--format', 'xlsx'])).code).toBe(1);
  });
});
