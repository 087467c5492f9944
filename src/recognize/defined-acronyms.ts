// An acronym that a text defines in parentheses right after a name of the knowledge base stands for
// that entity throughout the text: in "the Vietnam-Japan Economic Partnership Agreement (EPA)", EPA
// is the agreement, there and after, not the photo agency the knowledge base also knows as EPA.
// recognize.ts reads the acronym's matches, and its words no other stage read, as the entity.
import { type Doc, localMention } from './doc.js';
import type { EntityMention } from './mention.js';

/** An acronym as texts define them: two to eight capitals. */
const ACRONYM = /^[A-Z]{2,8}$/u;

/**
 * The acronym in parentheses right after the match of words `from`..`to` (" (EPA)"), when its
 * letters are initials of the name's capitalised words, in order, the last one last ("Economic
 * Partnership Agreement"); null otherwise ("Tokyo (AFP)" credits an agency).
 */
export function acronymAfter(doc: Doc, from: number, to: number): string | null {
  const { text, tokens } = doc;
  if (to >= tokens.length) return null;
  const end = tokens.end(to - 1);
  const start = tokens.start(to);
  if (start !== end + 2 || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return null;
  const after = tokens.end(to);
  if (text.charCodeAt(after) !== 41 || !tokens.allCaps(to)) return null;
  const acronym = text.slice(start, after);
  if (!ACRONYM.test(acronym)) return null;
  // Back over the name's words: each letter of the acronym, last first, is the initial of one.
  let letter = acronym.length - 1;
  for (let k = to - 1; k >= from && letter >= 0; k--) {
    if (!tokens.capital(k)) continue;
    const initial = text.charAt(tokens.start(k)).toUpperCase();
    if (initial === acronym.charAt(letter)) letter--;
    else if (k === to - 1) return null;
  }
  return letter < 0 ? acronym : null;
}

/**
 * The words spelling one of the `defined` acronyms (acronym → entity id) as a whole word in
 * capitals: each word's index with the id it stands for.
 */
export function acronymWords(doc: Doc, defined: ReadonlyMap<string, string>): Map<number, string> {
  const { text, tokens } = doc;
  const out = new Map<number, string>();
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    const length = tokens.end(k) - tokens.start(k);
    if (length < 2 || length > 8 || !tokens.allCaps(k)) continue;
    const id = defined.get(text.slice(tokens.start(k), tokens.end(k)));
    if (id !== undefined) out.set(k, id);
  }
  return out;
}

/**
 * Mentions of the acronyms a text defines right after names of its own ("Mekong Migrant Rights
 * Network (MMRN)", read by local-orgs.ts): each later use of the acronym in capitals, and the one
 * in parentheses, is the same local entity. `names` are mentions by the word they start at;
 * `covered` is updated.
 */
export function localAcronyms(
  doc: Doc,
  covered: Uint8Array,
  names: readonly (readonly [number, EntityMention])[],
): [number, EntityMention][] {
  const { text, tokens } = doc;
  let defined: Map<string, EntityMention> | null = null;
  for (const [from, m] of names) {
    let to = from;
    while (to < tokens.length && tokens.end(to) <= m.end) to++;
    const acronym = to > from ? acronymAfter(doc, from, to) : null;
    if (acronym === null || defined?.has(acronym)) continue;
    defined ??= new Map();
    defined.set(acronym, m);
  }
  const found: [number, EntityMention][] = [];
  if (defined === null) return found;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    const length = tokens.end(k) - tokens.start(k);
    if (covered[k] || length < 2 || length > 8 || !tokens.allCaps(k)) continue;
    const m = defined.get(text.slice(tokens.start(k), tokens.end(k)));
    if (m === undefined) continue;
    found.push([k, localMention(doc, k, k + 1, m.id, m.type, m.name ?? m.text)]);
    covered[k] = 1;
  }
  return found;
}
