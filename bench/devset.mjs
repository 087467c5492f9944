// The development benchmark on real pages (`npm run bench:devset`, after `npm run build`).
// Runs `analyze` on every page of ../shared/devset/docs.jsonl, scores it against the gold as the
// set's README defines it, and writes bench/DEVSET.md: figures overall and per language, normalize's
// changes on correct Vietnamese, throughput, and every miss. The set's texts stay in ../shared: the
// report quotes names, dates and outlets (facts), and shortens headlines to their first words.
// `--full` also prints every miss unshortened to stdout, for the developer at the keyboard.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, getEntity, normalize, normalizeToneMarks } from '../dist/index.js';
import { loadDevset, percent, scoreDevset, summarize } from './devset-score.mjs';

const docs = loadDevset();
if (!docs) {
  console.log('bench:devset: ../shared/devset/docs.jsonl is absent; nothing to measure.');
  process.exit(0);
}
const api = { analyze, normalize, getEntity, normalizeToneMarks };
const full = process.argv.includes('--full');

// Warm the JIT and the lazy tables, then score (the second pass is the one timed).
for (const d of docs) analyze(d.text);
const scored = scoreDevset(docs, api);
const s = summarize(scored);

/** A string from the set, cut to its first words when it is long (the report quotes no sentences). */
const short = (value, words = 5) => {
  if (value === null || value === undefined) return 'null';
  const text = String(value).replace(/\s+/gu, ' ').trim();
  const parts = text.split(' ');
  return JSON.stringify(parts.length > words ? `${parts.slice(0, words).join(' ')} …` : text);
};

const rows = [
  ['language (other: not en/sv/vi)', 'language'],
  ['Vietnamese diacritics (full/none)', 'diacritics'],
  ['title', 'title'],
  ['published date', 'published'],
  ['outlet', 'outlet'],
  ['entities, core', 'coreEntities'],
  ['entities, all', 'allEntities'],
  ['short references resolved', 'shortRefs'],
  ['must-not readings avoided', 'mustNot'],
];
const groups = ['all', 'en', 'sv', 'vi', 'other'];
const cell = (pair) => (pair[1] === 0 ? '—' : `${percent(pair)} (${pair[0]}/${pair[1]})`);
const lines = [];
lines.push('# Dev-set benchmark (real pages)');
lines.push('');
lines.push(
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ${docs.length} pages of ../shared/devset/docs.jsonl, scored as its README defines (\`npm run bench:devset\`).`,
);
lines.push('');
lines.push(`| figure | ${groups.join(' | ')} |`);
lines.push(`|---|${groups.map(() => '---:').join('|')}|`);
lines.push(`| pages | ${groups.map((g) => s.groups[g].docs).join(' | ')} |`);
for (const [label, key] of rows)
  lines.push(`| ${label} | ${groups.map((g) => cell(s.groups[g][key])).join(' | ')} |`);
lines.push('');
lines.push('How each figure is scored:');
lines.push(
  '- **language**: the code of `article.language`; for `other:*` pages any answer but en, sv or vi is right.',
);
lines.push(
  '- **title**, **published**, **outlet**: null where the gold is null; a date is right when its ISO form starts with the gold (`YYYY-MM` or `YYYY-MM-DD`); an outlet is right when its text, name or entity names include one of `outlet_accept`, and null is also right when `outlet_stated` is false.',
);
lines.push(
  "- **entities**: a gold entity is found when one of `article.entities` goes by one of its `accept` names (display names, aliases, or the local entity's name).",
);
lines.push(
  '- **short references**: a mention overlapping the `surface` inside `near` resolves to an entity with one of the `accept` names.',
);
lines.push(
  '- **must-not**: no mention overlapping any occurrence of `surface` has the banned type or one of the banned names.',
);
lines.push('');

const dmg = s.damage;
lines.push('## normalize on correct Vietnamese');
lines.push('');
lines.push(
  `\`normalize(text, { to: 'vi' })\` on the ${docs.filter((d) => d.lang === 'vi' && d.vi_diacritics === 'full').length} fully marked Vietnamese pages (${dmg.words.toLocaleString('en')} words): **${dmg.changes} changes, ${dmg.perThousand.toFixed(2)} per 1,000 words**.`,
);
lines.push('');
if (dmg.changes > 0) {
  lines.push('| class | changes |');
  lines.push('|---|---:|');
  for (const [k, n] of Object.entries(dmg.classes).sort((a, b) => b[1] - a[1])) lines.push(`| ${k} | ${n} |`);
  lines.push('');
  const other = scored.damage.changes.filter((c) => c.class === 'other');
  if (other.length > 0) {
    lines.push('Every change classed "other":');
    lines.push('');
    for (const c of other)
      lines.push(`- ${c.doc}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)} (${c.id})`);
    lines.push('');
  }
}

const mbps = scored.throughput.chars / 1e6 / (scored.throughput.ms / 1000);
lines.push('## Throughput');
lines.push('');
lines.push(
  `\`analyze\` over the whole set, one core, the pass after one warm-up pass (V8 is still compiling then; \`npm run bench:analyze\` measures the steady state): ${(scored.throughput.chars / 1000).toFixed(0)}k characters in ${scored.throughput.ms.toFixed(0)} ms = **${mbps.toFixed(2)} M chars/s**.`,
);
lines.push('');

lines.push('## Misses');
lines.push('');
lines.push(
  'Every miss, by page. Headlines and long names are cut to their first words; `npm run bench:devset -- --full` prints them whole.',
);
lines.push('');
const describe = (m, cut) => {
  switch (m.field) {
    case 'title':
      return `title: want ${cut(m.want)}, got ${cut(m.got)}`;
    case 'entity':
      return `entity (${m.scope}, ${m.type}): ${cut(m.want, 8)} at ${cut(m.surface, 8)}`;
    case 'short-ref':
      return `short reference ${cut(m.surface, 8)} → want ${cut(m.want, 8)}, got ${m.got ?? 'nothing'}`;
    case 'must-not':
      return `must-not ${cut(m.surface, 8)} read as ${m.got}`;
    case 'outlet':
      return `outlet: want ${JSON.stringify(m.want)}${m.stated === false ? ' (or null)' : ''}, got ${cut(m.got, 8)}`;
    default:
      return `${m.field}: want ${JSON.stringify(m.want)}, got ${cut(m.got, 8)}`;
  }
};
const fullText = [];
for (const r of scored.results) {
  if (r.misses.length === 0) continue;
  lines.push(`### ${r.id}`);
  fullText.push(`## ${r.id}`);
  for (const m of r.misses) {
    lines.push(`- ${describe(m, short)}`);
    fullText.push(`- ${describe(m, (v) => JSON.stringify(v))}`);
  }
  lines.push('');
}

// Our notes on the gold (judgement calls and records we think are wrong), kept beside the script.
lines.push(readFileSync(join(import.meta.dirname, 'devset-gold-notes.md'), 'utf8').trimEnd());
writeFileSync(join(import.meta.dirname, 'DEVSET.md'), `${lines.join('\n')}\n`);
const headline = rows.map(([label, key]) => `${label}: ${percent(s.groups.all[key])}`).join('\n');
console.log(headline);
console.log(
  `normalize changes per 1,000 words: ${dmg.perThousand.toFixed(2)} (${JSON.stringify(dmg.classes)})`,
);
console.log(`throughput: ${mbps.toFixed(2)} M chars/s`);
if (full) console.log(fullText.join('\n'));
