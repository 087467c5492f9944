import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'vietnorm-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    (s) => {
      stdout += s;
    },
    (s) => {
      stderr += s;
    },
  );
  return { code, stdout, stderr };
}

const ARTICLE = 'Ministers meet in Tokyo\n\nTOKYO (VNA) — The two foreign ministers met on Monday.\n';

describe('vietnorm CLI', () => {
  it('prints one Article as JSON for one file', async () => {
    const r = await run('analyze', file('a.txt', ARTICLE));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const article = JSON.parse(r.stdout);
    expect(article.title.text).toBe('Ministers meet in Tokyo');
    expect(article.text).toBe(ARTICLE);
  });

  it('prints one object per line with --jsonl and an array for several files without it', async () => {
    const a = file('b.txt', ARTICLE);
    const jsonl = await run('analyze', '--jsonl', a, a);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(2);
    const array = await run('analyze', a, a);
    expect(JSON.parse(array.stdout)).toHaveLength(2);
    const pretty = await run('analyze', '--pretty', a);
    expect(pretty.stdout).toContain('\n  "schemaVersion": 1');
  });

  it('drops a UTF-8 BOM and accepts CRLF line endings', async () => {
    const r = await run('analyze', file('bom.txt', `\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`));
    const article = JSON.parse(r.stdout);
    expect(article.text.startsWith('Ministers')).toBe(true);
    expect(article.title.text).toBe('Ministers meet in Tokyo');
  });

  it('exits 2 with a one-line message naming the file for binary or non-UTF-8 input', async () => {
    const binary = file('x.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const r = await run('analyze', binary);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vietnorm: ${binary}: binary data (NUL bytes), not text\n`);
    const latin1 = file('latin1.txt', new Uint8Array([0x53, 0xe5, 0x20, 0x6b, 0x6c, 0x61, 0x72]));
    const r2 = await run('detect', latin1);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toBe(`vietnorm: ${latin1}: not valid UTF-8 text\n`);
  });

  it('exits 2 for a missing file but still prints the readable ones', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await run('analyze', '--jsonl', file('ok.txt', ARTICLE), missing);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`vietnorm: ${missing}: no such file\n`);
  });

  it('treats an empty file as an empty article', async () => {
    const r = await run('analyze', file('empty.txt', ''));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: '', title: null, language: { code: 'und' } });
  });

  it('exits 1 on usage errors', async () => {
    expect((await run()).code).toBe(1);
    expect((await run('translate', 'x')).code).toBe(1);
    expect((await run('analyze')).code).toBe(1);
    const bad = await run('analyze', '--frobnicate', 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^vietnorm: Unknown option '--frobnicate'/);
  });

  it('prints help and version', async () => {
    expect((await run('--help')).stdout).toContain('vietnorm analyze <file…>');
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('detect prints the language result', async () => {
    const r = await run('detect', file('d.txt', ARTICLE));
    expect(JSON.parse(r.stdout)).toHaveProperty('language');
  });

  it('detect --from gives the expected language the close calls', async () => {
    const line = file('short.txt', 'Politisk debatt om handel.\n');
    expect(JSON.parse((await run('detect', line)).stdout).language).not.toBe('sv');
    expect(JSON.parse((await run('detect', '--from', 'sv', line)).stdout).language).toBe('sv');
  });
});

describe('vietnorm lint, normalize, translate-terms, glossary', () => {
  it('lint reports non-canonical names with vfile-reporter, --json, and exits 1 with --frail', async () => {
    const page = file('lint.txt', 'Bộ trưởng Bui Thanh Son tiếp Đại sứ Nhật Bản tại Hà Nội.\n');
    const r = await run('lint', page);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1:11-1:24\s+warning\s+Write `Bui Thanh Son` with its Vietnamese diacritics/u);
    const json = await run('lint', '--json', '--lang', 'sv', page);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'missing-diacritics',
        line: 1,
        column: 11,
        expected: ['Bùi Thanh Sơn'],
      }),
    ]);
    expect(JSON.parse(json.stdout)[0].reason).toMatch(/^Skriv/u);
    expect((await run('lint', '--frail', page)).code).toBe(1);
    expect(
      (await run('lint', '--frail', file('clean.txt', 'Bộ trưởng Bùi Thanh Sơn đến Hà Nội.\n'))).code,
    ).toBe(0);
  });

  it('normalize prints by default and rewrites only with --write', async () => {
    const original = 'Bo truong Bui Thanh Son den Ha Noi.\n';
    const page = file('norm.txt', original);
    const r = await run('normalize', '--to', 'vi', page);
    expect(r.stdout).toBe('Bo truong Bùi Thanh Sơn den Hà Nội.\n');
    expect(readFileSync(page, 'utf8')).toBe(original);
    const w = await run('normalize', '--to', 'vi', '--write', page);
    expect(w.code).toBe(0);
    expect(w.stderr).toBe(`vietnorm: ${page}: 2 name(s) normalized\n`);
    expect(readFileSync(page, 'utf8')).toBe('Bo truong Bùi Thanh Sơn den Hà Nội.\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await run('normalize', '--write', '-')).code).toBe(1);
  });

  it('translate-terms writes names in the target language and needs --to', async () => {
    const page = file('tt.txt', 'Japanese Prime Minister Kishida Fumio arrived in Hanoi.\n');
    expect((await run('translate-terms', '--to', 'vi', page)).stdout).toBe(
      'Thủ tướng Nhật Bản Kishida Fumio arrived in Hà Nội.\n',
    );
    expect((await run('translate-terms', page)).code).toBe(1);
    expect((await run('translate-terms', '--to', 'fr', page)).stderr).toMatch(/--to must be en, sv or vi/u);
  });

  it('glossary prints the knowledge base in the chosen format', async () => {
    const tbx = await run('glossary', '--from', 'en', '--to', 'sv', '--format', 'tbx');
    expect(tbx.code).toBe(0);
    expect(tbx.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx /u);
    const csv = await run('glossary', '--from', 'en', '--to', 'sv');
    expect(csv.stdout.split('\n')).toContain('South China Sea,Sydkinesiska havet');
    expect((await run('glossary', '--from', 'en')).code).toBe(1);
    expect((await run('glossary', '--from', 'en', '--to', 'sv', '--format', 'xlsx')).code).toBe(1);
  });
});
