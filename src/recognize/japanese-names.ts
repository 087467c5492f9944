// Japanese people named without a role or a verb of saying around them: a common Japanese given
// name and family name in either order ("Tanaka Yoshio", "Kenta Nagano"). The lists come from
// scripts/build-japanese-names.mjs; local-people.ts reads a name of this shape as cued.
import { JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES } from './data/japanese-names.js';
import { isVietnameseSyllable, romajiMorae } from './syllables.js';

/**
 * Given names that also end companies' names, as a family name's second word: "Kitamura Seiko"
 * (precision works), "Nagano Seiki" (precision machinery) are firms more often than women or men.
 */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(['seiko', 'seiki']);

let given: ReadonlySet<string> | undefined;
let family: ReadonlySet<string> | undefined;

/** `key` is a Japanese family name of the list ("akiyama"). */
export function isJapaneseFamilyName(key: string): boolean {
  family ??= new Set(JAPANESE_FAMILY_NAMES.split(' '));
  return family.has(key);
}

/** `key` is a Japanese given name of the list ("mariko"). */
export function isJapaneseGivenName(key: string): boolean {
  given ??= new Set(JAPANESE_GIVEN_NAMES.split(' '));
  return given.has(key);
}

/**
 * The folded words `keys` are a Japanese person's name: two words, a given name of the list and a
 * family name of the list, in either order ("kobayashi ayumi", "aiko hamada"), not a family name
 * and a word that ends a company's name too.
 */
export function japaneseName(keys: readonly string[]): boolean {
  if (keys.length !== 2) return false;
  given ??= new Set(JAPANESE_GIVEN_NAMES.split(' '));
  family ??= new Set(JAPANESE_FAMILY_NAMES.split(' '));
  const [a, b] = keys as [string, string];
  return (given.has(a) && family.has(b)) || (family.has(a) && given.has(b) && !COMPANY_ENDINGS.has(b));
}

/**
 * Japanese nouns that follow a name in names of things: a festival, a drum troupe, a harbour, a
 * school, a textbook ("Kizuna Matsuri", "Hibiki Daiko", "Hakata Minato", "Shin Kanzen"). Some are
 * given names too (Minato), but not beside a family name the list lacks.
 */
const THING_WORDS: ReadonlySet<string> = new Set([
  'matsuri',
  'daiko',
  'taiko',
  'minato',
  'kanzen',
  'gakuen',
  'juku',
  'jinja',
  'kaikan',
  'onsen',
]);

/** Shortest given name of the list read beside a family name the list lacks ("Toru", not "Ai"). */
const MIN_GIVEN = 4;
/** Fewest morae of a family name the list lacks ("Oniki", "Fukuyama"; not "Ban" or "Ha"). */
const MIN_FAMILY_MORAE = 3;

/**
 * The folded words `keys` are a Japanese person's name whose family name the list lacks: a given
 * name of the list (four letters or more) and, before or after it, a word that reads as romanised
 * Japanese of three morae or more and is no Vietnamese syllable ("oniki toru", "michiko fukuyama").
 * The family names of the list are the commonest few hundred; news names many more.
 */
export function japaneseShapedName(keys: readonly string[]): boolean {
  if (keys.length !== 2) return false;
  given ??= new Set(JAPANESE_GIVEN_NAMES.split(' '));
  const [a, b] = keys as [string, string];
  const shaped = (family: string, first: string) =>
    first.length >= MIN_GIVEN &&
    given?.has(first) === true &&
    !given.has(family) &&
    !COMPANY_ENDINGS.has(first) &&
    !THING_WORDS.has(first) &&
    !THING_WORDS.has(family) &&
    romajiMorae(family) >= MIN_FAMILY_MORAE &&
    !isVietnameseSyllable(family);
  return shaped(a, b) || shaped(b, a);
}
