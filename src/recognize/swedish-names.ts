// Swedish people named without a role or a verb of saying around them: a common Swedish given name
// and a family name ("Annika Berg", "Johan Ek", "Sara Lindqvist", "Anna-Karin Ek"). The lists come
// from scripts/build-swedish-names.mjs; local-people.ts reads a name of this shape as cued.
import {
  SWEDISH_FAMILY_NAMES,
  SWEDISH_GIVEN_NAMES,
  SWEDISH_GIVEN_NAMES_THAT_ARE_WORDS,
} from './data/swedish-names.js';

let given: ReadonlySet<string> | undefined;
let words: ReadonlySet<string> | undefined;
let family: ReadonlySet<string> | undefined;

/** `key` is a Swedish given name of the list ("karin"). */
export function isSwedishGivenName(key: string): boolean {
  given ??= new Set(SWEDISH_GIVEN_NAMES.split(' '));
  return given.has(key);
}

/**
 * Endings of Swedish family names formed from places and nature or from a father's name
 * ("Hedberg", "Lindgren", "Sjöqvist", "Bergström", "Nilsson", "Lindfors", "Sandbäck", "Lindgård",
 * "Hedvall", "Lindmark"), as folding keys.
 */
const FAMILY_ENDING =
  /.{2}(?:son|berg|gren|lund|qvist|kvist|quist|strom|holm|dahl|blad|stedt|borg|fors|back|gard|vall|mark)$/u;

/**
 * The folded words `keys` (two or three) are a Swedish person's name: a Swedish given name first
 * (or one of `isGivenName`'s), and a family name of the list last, or one with a Swedish family
 * name's ending after a given name that is no common word ("Per" and "Björn" need the list). A
 * middle word is a second given name ("Anna-Karin Ek") or, before a listed family name, any
 * ("Susan Vo Bergqvist").
 */
export function swedishName(keys: readonly string[], isGivenName: (key: string) => boolean): boolean {
  if (keys.length < 2 || keys.length > 3) return false;
  given ??= new Set(SWEDISH_GIVEN_NAMES.split(' '));
  words ??= new Set(SWEDISH_GIVEN_NAMES_THAT_ARE_WORDS.split(' '));
  family ??= new Set(SWEDISH_FAMILY_NAMES.split(' '));
  const first = keys[0] as string;
  const last = keys[keys.length - 1] as string;
  if (!given.has(first) && !isGivenName(first)) return false;
  if (family.has(last)) return true;
  if (words.has(first) || !FAMILY_ENDING.test(last)) return false;
  return keys.length === 2 || given.has(keys[1] as string);
}

/** `key` is a Swedish family name: one of the list, or of a Swedish family name's shape ("lundberg"). */
export function isSwedishFamilyName(key: string): boolean {
  family ??= new Set(SWEDISH_FAMILY_NAMES.split(' '));
  return family.has(key) || FAMILY_ENDING.test(key);
}

/**
 * The folded words `keys` are a Vietnamese given name and a Swedish family name of the list: a
 * Swede of Vietnamese birth, often an adoptee ("Linh Karlsson", "Mai Andersson").
 */
export function vietnameseSwedishName(
  keys: readonly string[],
  isVietnameseGiven: (key: string) => boolean,
): boolean {
  if (keys.length !== 2 || SWEDISH_SHORT_WORDS.has(keys[0] as string)) return false;
  family ??= new Set(SWEDISH_FAMILY_NAMES.split(' '));
  return isVietnameseGiven(keys[0] as string) && family.has(keys[1] as string);
}

/** Swedish words that are Vietnamese syllables too and open sentences ("Han Karlsson" is "he, Karlsson"). */
const SWEDISH_SHORT_WORDS: ReadonlySet<string> = new Set(
  'han hon hen den men som en av mot vi ni de dem man i om da sa nu ja ta ge bo to'.split(' '),
);
