#!/usr/bin/env node
/**
 * Checks the homograph set, data/kb/homographs.yaml: real words and phrases that fold to, or
 * contain, a knowledge-base name without being it ("hòa bình" is peace, not the province Hòa Bình),
 * each in a sentence of our own (issue 16). It
 *   - validates the file: a YAML list of { phrase, lang, sentence, resembles, allow?, note? }, text
 *     in NFC, `lang` one of vi/en/sv, `sentence` holding `phrase` exactly once, `resembles` and
 *     `allow` naming KB entities (or `local:person`, `local:org` in `allow`), no entry twice;
 *   - runs `recognize(sentence, { language: lang })` on every entry and lists those with a mention
 *     overlapping the phrase whose id the entry does not allow, with a count per language.
 *
 * Usage (run with tsx, which lets it import the library from src):
 *   npx tsx scripts/check-homographs.mjs [file]            report; exit 1 only on a malformed file
 *   npx tsx scripts/check-homographs.mjs --strict [file]   also exit 1 when any entry matches
 *   npx tsx scripts/check-homographs.mjs --known [file]    print the keys of the matching entries,
 *                                                          one quoted per line (KNOWN_MATCHES in
 *                                                          test/homographs.test.ts)
 *   npx tsx scripts/check-homographs.mjs --json [file]     the report as JSON
 * An entry's key is `lang:phrase`; a phrase given again in the same language is `lang:phrase #2`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { getEntity } from '../src/index.ts';
import {
  FIELDS,
  keys,
  LANGS,
  LOCAL_KINDS,
  occurrences,
  textProblem,
  wrongReadings,
} from './homograph-set.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const known = args.includes('--known');
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? join(root, 'data/kb/homographs.yaml');

/** Checks the parsed file; returns the problems, each naming the entry. */
function validate(entries) {
  if (!Array.isArray(entries)) return ['the file must be a YAML list of entries'];
  if (entries.length === 0) return ['the file has no entries'];
  const problems = [];
  const seen = new Map();
  for (const [n, e] of entries.entries()) {
    const at = `[${n}]${typeof e?.phrase === 'string' ? ` "${e.phrase}"` : ''}`;
    const fail = (message) => problems.push(`${at}: ${message}`);
    if (e === null || typeof e !== 'object' || Array.isArray(e)) {
      fail('an entry must be a mapping { phrase, lang, sentence, resembles, allow?, note? }');
      continue;
    }
    for (const key of Object.keys(e)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
    for (const field of ['phrase', 'sentence', 'resembles']) {
      const p = textProblem(e[field], field);
      if (p) fail(p);
    }
    if (e.note !== undefined) {
      const p = textProblem(e.note, 'note');
      if (p) fail(p);
    }
    if (!LANGS.includes(e.lang)) fail(`lang must be one of vi, en, sv; got ${JSON.stringify(e.lang)}`);
    if (typeof e.phrase === 'string' && typeof e.sentence === 'string' && e.phrase !== '') {
      const count = occurrences(e.sentence, e.phrase);
      if (count !== 1) fail(`the sentence must contain the phrase exactly once; it does ${count} times`);
    }
    if (typeof e.resembles === 'string' && !getEntity(e.resembles))
      fail(`resembles: ${e.resembles} is not a KB entity id`);
    if (e.allow !== undefined) {
      if (!Array.isArray(e.allow) || e.allow.length === 0) fail('allow must be a non-empty list of ids');
      else {
        for (const id of e.allow)
          if (typeof id !== 'string' || (!LOCAL_KINDS.includes(id) && !getEntity(id)))
            fail(`allow: ${JSON.stringify(id)} is not a KB entity id (nor ${LOCAL_KINDS.join(', ')})`);
        if (new Set(e.allow).size !== e.allow.length) fail('allow lists an id twice');
        if (e.allow.includes(e.resembles))
          fail('allow lists the id it resembles: then it is not a homograph');
      }
    }
    const key = JSON.stringify([e.phrase, e.lang, e.sentence]);
    if (seen.has(key)) fail(`repeats entry [${seen.get(key)}] (same phrase, lang and sentence)`);
    else seen.set(key, n);
  }
  return problems;
}

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let entries;
try {
  entries = parse(readFileSync(file, 'utf8'));
} catch (error) {
  process.stderr.write(
    `check-homographs: ${relative(root, file)} cannot be read as YAML: ${error.message}\n`,
  );
  process.exit(1);
}
const problems = validate(entries);
if (problems.length) {
  process.stderr.write(
    `check-homographs: ${problems.length} problem(s) in ${relative(root, file)}:\n- ${problems.join('\n- ')}\n`,
  );
  process.exit(1);
}

const entryKeys = keys(entries);
const matches = [];
const byLang = {
  vi: { entries: 0, matching: 0 },
  en: { entries: 0, matching: 0 },
  sv: { entries: 0, matching: 0 },
};
for (const [n, e] of entries.entries()) {
  byLang[e.lang].entries++;
  const wrong = wrongReadings(e);
  if (wrong.length === 0) continue;
  byLang[e.lang].matching++;
  matches.push({
    key: entryKeys[n],
    resembles: e.resembles,
    sentence: e.sentence,
    mentions: wrong.map((m) => ({ id: m.id, text: m.text, start: m.start, end: m.end })),
  });
}

if (json) {
  process.stdout.write(`${JSON.stringify({ file: relative(root, file), byLang, matches }, null, 2)}\n`);
} else if (known) {
  // Quoted as biome formats the test file: single quotes unless the key holds one.
  const quote = (k) => (k.includes("'") ? JSON.stringify(k) : `'${k.replaceAll('\\', '\\\\')}'`);
  for (const m of matches) process.stdout.write(`  ${quote(m.key)},\n`);
} else {
  const total = entries.length;
  process.stdout.write(`check-homographs: ${relative(root, file)}, ${total} entries, well-formed\n`);
  for (const [lang, c] of Object.entries(byLang))
    process.stdout.write(`  ${lang}: ${c.entries} entries, ${c.matching} read as a name\n`);
  process.stdout.write(`  all: ${matches.length} of ${total} read as a name\n`);
  for (const m of matches) {
    const read = m.mentions.map((x) => `${x.id} "${x.text}"@${x.start}`).join(', ');
    process.stdout.write(`- ${m.key} → ${read} (resembles ${m.resembles})\n`);
  }
}
if (strict && matches.length) process.exitCode = 1;
