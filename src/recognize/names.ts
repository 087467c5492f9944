import type { Entity } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { levenshtein } from './levenshtein.js';

/**
 * Flags of mentions that are not full names ("PM Chinh", "PM Pham") or not whole words ("Nato" in
 * "Natofrågan"): rewriting tools leave them.
 */
export const PARTIAL_FLAGS: ReadonlySet<string> = new Set([
  'short-reference',
  'family-name-reference',
  'compound',
]);

/** The order of a Japanese name. */
export type NameOrder = 'family-first' | 'given-first';

/** A Japanese person of the knowledge base, with both name parts. */
export type JapanesePerson = Entity & { family: string; given: string };

export function isJapanesePerson(e: Entity): e is JapanesePerson {
  return e.type === 'person' && e.country === 'country:JP' && Boolean(e.family) && Boolean(e.given);
}

/** Vietnamese entities, whose canonical spelling is Vietnamese: people of Viet Nam, its provinces and cities. */
export function isVietnamese(e: Entity): boolean {
  return (
    (e.type === 'person' && e.country === 'country:VN') ||
    e.type === 'province' ||
    (e.type === 'city' && !e.country)
  );
}

/**
 * The order a Japanese name was written in, from its first word — allowing one wrong letter, so a
 * misspelt name ("Shizo Abe") is read in its order too.
 */
export function writtenOrder(e: JapanesePerson, written: string): NameOrder {
  const first = foldKey(written.split(/\s+/u)[0] ?? '');
  return levenshtein(first, foldKey(e.family), 1) <= 1 ? 'family-first' : 'given-first';
}

/** A Japanese name in the given order: "Kishida Fumio" or "Fumio Kishida". */
export function japaneseName(e: JapanesePerson, order: NameOrder): string {
  return order === 'family-first' ? `${e.family} ${e.given}` : `${e.given} ${e.family}`;
}
