import { type Doc, mention } from './doc.js';
import { childById, type Node, ready } from './gazetteer.js';
import type { EntityMention } from './mention.js';
import { joinable } from './scan.js';

/** Fewest words of a body's name read in lower case: one word ("ministry") names no body. */
const MIN_WORDS = 2;

/**
 * The body of `country` that a node's proper names stand for, or null: an organisation of that
 * country among the forms' entities, and only one.
 */
function bodyOf(doc: Doc, at: Node, country: string): string | null {
  let found: string | null = null;
  for (const form of ready(at).forms ?? []) {
    if (form.title || form.exact || !form.proper) continue;
    for (const id of form.ids) {
      if (id === found || doc.index.types.get(id) !== 'organisation') continue;
      if (doc.kb.getEntity(id)?.country !== country) continue;
      if (found !== null) return null;
      found = id;
    }
  }
  return found;
}

/**
 * Bodies written in lower case right after a country's genitive, as news agencies write them:
 * "Vietnam's foreign ministry", "Japan's defense ministry". The name is one the knowledge base
 * capitalises (a proper name, so not matched in lower case elsewhere: "a foreign ministry"), and
 * the genitive says whose body it is. Only a body of that country is read.
 */
export function lowerCaseBodies(doc: Doc, covered: Uint8Array): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const { text, tokens, matches } = doc;
  const root = doc.index.gazetteer.root;
  for (let k = 0; k < matches.length; k++) {
    const s = matches.to[k] as number;
    // The genitive: an apostrophe, then "s" ("Vietnam's", "Vietnam’s"), after a country.
    if (!tokens.possessive(s)) continue;
    const ids = matches.passing[k]?.ids ?? [];
    if (ids.length !== 1 || doc.index.types.get(ids[0] as string) !== 'country') continue;
    const from = s + 1;
    if (from >= tokens.length || covered[from] || tokens.capital(from) || !joinable(text, tokens, s))
      continue;
    // The longest run of lower-case words that is a name of one of the country's bodies.
    let at: Node | undefined = root;
    let to = -1;
    let body: string | null = null;
    for (let j = from; j < tokens.length && !covered[j] && !tokens.capital(j); j++) {
      at = childById(at, tokens.id(j));
      if (!at) break;
      if (at.forms && j + 1 - from >= MIN_WORDS) {
        const id = bodyOf(doc, at, ids[0] as string);
        if (id) {
          to = j + 1;
          body = id;
        }
      }
      if (!joinable(text, tokens, j)) break;
    }
    if (body === null) continue;
    found.push([from, mention(doc, from, to, body)]);
    covered.fill(1, from, to);
  }
  return found;
}
