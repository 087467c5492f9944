// Japanese people named without a role or a verb of saying around them: a common Japanese given
// name and family name in either order ("Tanaka Yoshio", "Kenta Nagano"). The lists come from
// scripts/build-japanese-names.mjs; local-people.ts reads a name of this shape as cued.
import { JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES } from './data/japanese-names.js';

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
