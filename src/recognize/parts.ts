import type { EntityType } from '../kb/types.js';
import { type Doc, mention } from './doc.js';
import { type Node, type Passing, ready } from './gazetteer.js';
import type { EntityMention } from './mention.js';

/** Kinds of names whose words may name other entities: "Japanese Embassy in Vietnam", "Kinas president". */
const OUTER: ReadonlySet<EntityType> = new Set(['organisation', 'office']);
/** Kinds of entities read inside such names: the country or body the name is of. */
const INNER: ReadonlySet<EntityType> = new Set(['country', 'organisation']);

/** A part of a name: `length` words from word `at` of the name (relative), naming entity `id`. */
interface Part {
  at: number;
  length: number;
  id: string;
}

const NONE: readonly Part[] = Object.freeze([]);

/**
 * Parts found per match outcome: the outcome is shared by every match of the same name in the
 * same case and language, so each name is read once.
 */
const partsByPassing = new WeakMap<Passing, readonly Part[]>();

/** The one entity of the inner kinds that the forms of a trie node name, or null. */
function innerId(
  doc: Doc,
  node: Node,
  capital: boolean,
  language: string | null,
  words: number,
  outer: readonly string[],
): string | null {
  let id: string | null = null;
  for (const f of ready(node).forms ?? []) {
    if (f.title || f.exact || (f.proper && !capital)) continue;
    if (words === 1 && f.language !== null && language !== null && f.language !== language) continue;
    for (const candidate of f.ids) {
      const type = doc.index.types.get(candidate);
      // A shorter name of the same entity ("gìn giữ hòa bình Liên Hợp Quốc" inside "hoạt động …") is no part.
      if (!type || !INNER.has(type) || outer.includes(candidate)) continue;
      if (id !== null && id !== candidate) return null;
      id = candidate;
    }
  }
  return id;
}

/**
 * The entities named inside the words `from`..`to` of a name: the longest inner name at each
 * word, left to right, never the whole span. A body at the head of a name whose other words are
 * a country ("Quốc hội | Nhật Bản", "Bộ Quốc phòng | Nhật Bản") is the generic word the country
 * makes specific, not a second body: it is left out. In Swedish the last word of an inner name
 * may carry the genitive s ("Kinas president", "Vietnams kommunistiska partis centralkommitté").
 */
function partsOf(
  doc: Doc,
  from: number,
  to: number,
  language: string | null,
  outer: readonly string[],
): readonly Part[] {
  const tokens = doc.tokens;
  const root = doc.index.gazetteer.root;
  let parts: Part[] | null = null;
  for (let s = from; s < to; s++) {
    let at: Node | undefined = root;
    let best: Part | null = null;
    for (let k = s; k < to && at; k++) {
      const key = tokens.key(k) as string;
      const whole = s === from && k === to - 1;
      const next: Node | undefined = at.next?.get(key);
      if (!whole && next?.forms) {
        const id = innerId(doc, next, tokens.capital(s), language, k - s + 1, outer);
        if (id) best = { at: s - from, length: k - s + 1, id };
      }
      if (!whole && language === 'sv' && key.length > 3 && key.endsWith('s')) {
        const stem = at.next?.get(key.slice(0, -1));
        if (stem?.forms) {
          const id = innerId(doc, stem, tokens.capital(s), language, k - s + 1, outer);
          if (id && (!best || best.length < k - s + 1)) best = { at: s - from, length: k - s + 1, id };
        }
      }
      at = next;
    }
    if (!best) continue;
    parts ??= [];
    parts.push(best);
    s += best.length - 1;
  }
  if (!parts) return NONE;
  // A body at the head, the rest a country: the generic word of the name, not another body.
  const head = parts[0] as Part;
  if (
    head.at === 0 &&
    parts.length === 2 &&
    doc.index.types.get(head.id) === 'organisation' &&
    doc.index.types.get((parts[1] as Part).id) === 'country' &&
    (parts[1] as Part).at + (parts[1] as Part).length === to - from
  )
    parts.shift();
  return parts;
}

/**
 * Sets `m.parts` to the entities named inside a body's or an office's name of several words: the
 * country in "Japanese Embassy in Vietnam" and "Kinas president", the UN in "United Nations
 * peacekeeping". Read once per name (per match outcome).
 */
export function addParts(
  doc: Doc,
  m: EntityMention,
  from: number,
  to: number,
  passing: Passing,
  language: string | null,
): void {
  if (to - from < 2 || !OUTER.has(m.type)) return;
  let parts = partsByPassing.get(passing);
  if (parts === undefined) {
    parts = partsOf(doc, from, to, language, passing.ids);
    partsByPassing.set(passing, parts);
  }
  if (parts.length === 0) return;
  const made: EntityMention[] = [];
  for (const p of parts)
    if (p.id !== m.id) made.push(mention(doc, from + p.at, from + p.at + p.length, p.id));
  if (made.length > 0) m.parts = made;
}
