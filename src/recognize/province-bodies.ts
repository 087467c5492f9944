// The People's Committee and the People's Council of each of Viet Nam's province-level units
// (`vn-ubnd-<system>:<code>`, `vn-hdnd-…`, derived from the units: src/kb/peoples-bodies.ts).
// Their full names are names of the knowledge base; this module reads the short and free forms,
// which news writes far more often, around a mention of the unit: "UBND TPHCM", "HĐND tỉnh Quảng
// Ngãi", "Ủy ban nhân dân TP.Đà Nẵng", "Da Nang City People's Committee", "People's Committee of
// Hanoi", "folkkommittén i Hanoi". Either way the unit is a part of the body's mention.
import { PEOPLES_BODIES, type PeoplesBodyKind, peoplesBodyId } from '../kb/peoples-bodies.js';
import { isCentralCity } from '../kb/unit-forms.js';
import { type Doc, mention, spells, together } from './doc.js';
import { type EntityMention, SHORT_REFERENCE } from './mention.js';
import { nameKeys, type Tokens } from './tokenize.js';

/** Which body a head names. */
type Body = PeoplesBodyKind;

/** A head's words as folding keys, and the body it names. */
type Head = readonly [Body, readonly string[]];

/**
 * The heads, made on first use from the bodies' names: before the unit's name, the abbreviation
 * ("UBND"), the Vietnamese head ("Ủy ban nhân dân"), and the English and Swedish heads with their
 * preposition ("People's Committee of", "Folkkommittén i"); after it, the English head and the
 * Swedish one after a genitive ("Hanois folkkommitté").
 */
let heads: { before: readonly Head[]; after: readonly Head[] } | undefined;
function headsOf(): NonNullable<typeof heads> {
  heads ??= {
    before: PEOPLES_BODIES.flatMap((b): Head[] => [
      [b.key, [b.key]],
      [b.key, nameKeys(b.vi)],
      [b.key, [...nameKeys(b.en), 'of']],
      // ("Folkkommittén i provinsen Quang Ninh", "Folkets kommitté i provinsen Vinh Long", as
      // machine translation writes them.)
      ...[b.sv, b.svLiteral].flatMap((sv): Head[] => [
        [b.key, [...nameKeys(sv), 'i']],
        [b.key, [...nameKeys(sv), 'i', 'provinsen']],
        [b.key, [...nameKeys(sv), 'i', 'staden']],
      ]),
    ]),
    after: PEOPLES_BODIES.flatMap((b): Head[] => [
      [b.key, nameKeys(b.en)],
      [b.key, nameKeys(b.svAfter)],
    ]),
  };
  return heads;
}

/**
 * Words that may stand between the unit's name and an English head ("Quang Ngai Provincial …").
 * Not "City": "Da Nang City" is a name of the unit itself.
 */
const QUALIFIERS: ReadonlySet<string> = new Set(['provincial', 'municipal']);

/** The body of `kind` of the unit `unitId` (`vn-province-2008:79`), if the knowledge base has it. */
function bodyOf(doc: Doc, kind: Body, unitId: string): string | null {
  const id = peoplesBodyId(kind, unitId);
  return id !== null && doc.index.types.get(id) === 'organisation' ? id : null;
}

/** The text and its words, as the scan and the recognizer's stages both have them. */
interface Words {
  text: string;
  tokens: Tokens;
}

/** The head before word `from` (with its first word), or null. */
function headBefore(doc: Doc, from: number): { kind: Body; at: number } | null {
  for (const [kind, keys] of headsOf().before) {
    const at = from - keys.length;
    if (spells(doc, at, keys) && together(doc, from - 1)) return { kind, at };
  }
  return null;
}

/** The head after word `to` (the end past its last word), or null. */
function headAfter(doc: Words, to: number): { kind: Body; end: number } | null {
  if (to >= doc.tokens.length || !together(doc, to - 1)) return null;
  const at = QUALIFIERS.has(doc.tokens.word(to) as string) && together(doc, to) ? to + 1 : to;
  for (const [kind, keys] of headsOf().after)
    if (spells(doc, at, keys)) return { kind, end: at + keys.length };
  return null;
}

/**
 * An English head of a people's body follows the name ending before word `to` ("Da Nang City |
 * People's Council"): the capitalised words after it continue the body's name, not the unit's.
 */
export function bodyHeadAfter(text: string, tokens: Tokens, to: number): boolean {
  // "People", "Provincial", "Municipal": most capitalised words fail on their first letter, uncopied.
  const first = text.charCodeAt(tokens.start(to)) | 32;
  return (first === 112 || first === 109) && headAfter({ text, tokens }, to) !== null;
}

/**
 * The body named by a head around the unit's mention `unit` (words `from`..`to`), as a mention
 * holding it, when the head's words are free: after `previousEnd` (a character offset) and before
 * word `nextFrom`. Returns the body's first word and mention, or null when there is no such head.
 */
export function bodyAround(
  doc: Doc,
  unit: EntityMention,
  from: number,
  to: number,
  previousEnd: number,
  nextFrom: number,
): [number, EntityMention] | null {
  if (unit.type !== 'province') return null;
  let start = from;
  let end = to;
  let kind: Body | null = null;
  const before = headBefore(doc, from);
  if (before && doc.tokens.start(before.at) >= previousEnd) {
    kind = before.kind;
    start = before.at;
  } else {
    const after = headAfter(doc, to);
    if (after && after.end <= nextFrom) {
      kind = after.kind;
      end = after.end;
    }
  }
  const id = kind && bodyOf(doc, kind, unit.id);
  if (!id) return null;
  const body = mention(doc, start, end, id, unit.flags);
  body.parts = [unit];
  return [start, body];
}

/**
 * For a body matched by one of its names (words `from`..`to`): the unit inside it, as a part of its
 * own, once the head is found at either end ("Ủy ban nhân dân | tỉnh Quảng Ngãi", "Ho Chi Minh City
 * | People's Committee").
 */
export function unitInside(doc: Doc, body: EntityMention, from: number, to: number): void {
  if (body.type !== 'organisation' || !(body.id.startsWith('vn-ubnd-') || body.id.startsWith('vn-hdnd-')))
    return;
  const unitId = doc.kb.getEntity(body.id)?.parent;
  if (!unitId) return;
  let unitFrom = from;
  let unitTo = to;
  for (const [, keys] of headsOf().before)
    if (to - from > keys.length && spells(doc, from, keys)) {
      unitFrom = from + keys.length;
      break;
    }
  if (unitFrom === from)
    for (const [, keys] of headsOf().after) {
      let at = to - keys.length;
      if (at > from && spells(doc, at, keys)) {
        if (at - 1 > from && QUALIFIERS.has(doc.tokens.word(at - 1) as string)) at--;
        unitTo = at;
        break;
      }
    }
  if (unitFrom === from && unitTo === to) return;
  body.parts = [mention(doc, unitFrom, unitTo, unitId, body.flags)];
}

/** The kinds of unit a head may be followed by alone: "tỉnh" (a province), "thành phố"/"TP" (a city). */
const UNIT_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['tinh', ['tinh']],
  ['thanh pho', ['thanh', 'pho']],
  ['thanh pho', ['tp']],
];

/** A unit's kind as the word before its name says it: "thanh pho" for a central city, else "tinh". */
function unitKind(doc: Doc, unitId: string): string | null {
  const unit = doc.kb.getEntity(unitId);
  if (!unit) return null;
  return isCentralCity(unit) ? 'thanh pho' : 'tinh';
}

/**
 * A people's body written by its head and the kind of unit alone ("mới đây UBND tỉnh khuyến cáo",
 * "HĐND thành phố đã họp"), after the text has named one province-level unit of that kind and no
 * other: that unit's body, as a short reference. `units` holds the units the text names, each with
 * the word its name ends before, in text order.
 */
export function bodyReferences(
  doc: Doc,
  covered: Uint8Array,
  units: readonly (readonly [number, string])[],
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const { tokens } = doc;
  // The heads' first words by vocabulary id ("UBND", "Ủy", "People's"): a head is capitalised,
  // so only capitalised words are visited.
  const firsts: number[] = [];
  for (const [, keys] of headsOf().before) {
    const id = tokens.vocabulary.id(keys[0] as string);
    if (id !== 0 && !firsts.includes(id)) firsts.push(id);
  }
  /** The units named before word `i`. */
  const named = new Set<string>();
  let u = 0;
  let next = 0;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (i < next || covered[i] || !firsts.includes(tokens.id(i))) continue;
    for (; u < units.length && (units[u] as readonly [number, string])[0] <= i; u++)
      named.add((units[u] as readonly [number, string])[1]);
    if (named.size !== 1) continue;
    const unit = named.values().next().value as string;
    search: for (const [kind, keys] of headsOf().before) {
      if (!spells(doc, i, keys)) continue;
      const at = i + keys.length;
      for (const [unitWord, words] of UNIT_WORDS) {
        if (!together(doc, at - 1) || !spells(doc, at, words)) continue;
        const end = at + words.length;
        // The unit's name right after is the full form, read with the unit ("UBND tỉnh Quảng Ngãi").
        if (end < tokens.length && (tokens.capital(end) || covered[end]) && together(doc, end - 1)) continue;
        let free = true;
        for (let w = i; w < end; w++) free &&= !covered[w];
        const id = free && unitKind(doc, unit) === unitWord ? bodyOf(doc, kind, unit) : null;
        if (!id) continue;
        found.push([i, mention(doc, i, end, id, SHORT_REFERENCE)]);
        covered.fill(1, i, end);
        next = end;
        break search;
      }
    }
  }
  return found;
}
