// Every regular expression of the library is checked by recheck, a ReDoS analyser: a pattern whose
// matching time can grow faster than linearly with its input (nested or competing quantifiers over
// the same characters, a `$`-anchored tail tried from every start position) fails the test with its
// file, line and the attack string recheck found. The patterns are collected from the source: every
// regular-expression literal of src/**/*.ts, and every RegExp that src/regex.ts exports (built from
// strings, so not literals).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as patterns from '../src/regex.js';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'data' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.test-d.ts')
      ? [path]
      : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({
        where: `${relative(root, file)}:${line}`,
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const found: Found[] = [
  ...sources(join(root, 'src')).flatMap(literals),
  ...Object.entries(patterns)
    .filter((e): e is [string, RegExp] => e[1] instanceof RegExp)
    .map(([name, re]) => ({ where: `src/regex.ts ${name}`, source: re.source, flags: re.flags })),
];

describe('regular expressions', () => {
  it('are collected from the source (a parser change that finds none would pass everything)', () => {
    expect(found.length).toBeGreaterThan(60);
  });

  it('are all linear-time by recheck (no ReDoS)', () => {
    const unsafe: string[] = [];
    for (const p of found) {
      // The global and sticky flags change how a match is driven, not the automaton.
      const flags = p.flags.replace(/[gy]/gu, '');
      const result = checkSync(p.source, flags, { timeout: 20_000 });
      if (result.status !== 'safe') {
        const attack = result.status === 'vulnerable' ? ` attack: ${result.attack.pattern}` : '';
        const why = result.status === 'vulnerable' ? result.complexity.summary : result.status;
        unsafe.push(`${p.where} /${p.source}/${p.flags}: ${why}${attack}`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 600_000);
});
