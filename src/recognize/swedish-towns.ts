// Swedish towns the knowledge base lacks ("i Eslöv", "från Åkersberga", "Kumla kommun"): Swedish
// news about Vietnam names the towns of the firms, restaurants and families it follows. The names
// come from GeoNames (data/swedish-towns.ts); a name is read as a place only in Swedish text and
// only where a word around it says it is one, because many of them are also family names ("Lund",
// "Sala") or words of a sentence.
import { SWEDISH_PLACE_BEFORE } from './context.js';
import { SWEDISH_TOWNS } from './data/swedish-towns.js';
import { type Doc, idsEndingAt, spaced } from './doc.js';
import { localPlace } from './local-places.js';
import type { EntityMention } from './mention.js';

let towns: Set<string> | undefined;

/** Whether `key` (one word's folding key, or two joined by a space) names a Swedish town. */
function town(key: string): boolean {
  towns ??= new Set(SWEDISH_TOWNS.split('|'));
  return towns.has(key);
}

/** Word `k - 1` is a preposition of place (read by key), one space before word `k`. */
function placeBefore(doc: Doc, k: number): boolean {
  return k > 0 && spaced(doc, k - 1) && SWEDISH_PLACE_BEFORE.has(doc.tokens.key(k - 1) as string);
}

/** Word `k` is "kommun" or "kommuns", one space after the word before it. */
function municipalityAfter(doc: Doc, k: number): boolean {
  return (
    k < doc.tokens.length && spaced(doc, k - 1) && (doc.tokens.is(k, 'kommun') || doc.tokens.is(k, 'kommuns'))
  );
}

/** Types of the places a list of towns may go on from ("Stockholm, Göteborg och Lund"). */
const LIST_PLACES: ReadonlySet<string> = new Set(['city', 'place', 'country', 'subdivision']);

/**
 * The gap between two words separates a menu's items: a bar or a middle dot between spaces, two
 * spaces or more, or a line break between lines that hold one item each.
 */
function menuGap(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  const from = tokens.end(k - 1);
  const to = tokens.start(k);
  const gap = text.slice(from, to);
  if (gap === ' | ' || gap === ' · ') return true;
  if (gap === '\n') {
    const after = text.charCodeAt(tokens.end(k));
    return (
      (Number.isNaN(after) || after === 10) && (k < 2 || text.charCodeAt(tokens.start(k - 1) - 1) === 10)
    );
  }
  if (gap.length < 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Word `k` goes on a list whose item before it is a place: after ", " or "och" / "eller", right
 * after a place the knowledge base matched or a town this stage read ("i Stockholm, Göteborg och
 * Lund"), or on a menu after one ("Uppsala | Knivsta | Enköping").
 */
function listedAfterPlace(doc: Doc, k: number, towns: readonly [number, EntityMention][]): boolean {
  const { text, tokens } = doc;
  if (k < 1) return false;
  let end = k;
  // (The words and characters between first, by key and code: most capitalised words follow none.)
  const conjunction = k >= 2 && (tokens.is(k - 1, 'och') || tokens.is(k - 1, 'eller'));
  if (conjunction && spaced(doc, k - 1)) end = k - 1;
  else if (
    conjunction ||
    ((text.charCodeAt(tokens.end(k - 1)) !== 44 || text.slice(tokens.end(k - 1), tokens.start(k)) !== ', ') &&
      !menuGap(doc, k))
  )
    return false;
  if (end < k && !spaced(doc, end - 1)) return false;
  const last = towns[towns.length - 1];
  if (last && last[1].end === tokens.end(end - 1)) return true;
  const ids = idsEndingAt(doc, end);
  return ids.length > 0 && ids.every((id) => LIST_PLACES.has(doc.index.types.get(id) as string));
}

/**
 * Swedish towns in Swedish text: one or two capitalised words, no other stage read, that name a
 * town of {@link SWEDISH_TOWNS}, after a preposition of place ("i", "från", "till", "vid",
 * "utanför", "nära"), in a list or a menu after a place ("Göteborg och Lund", "Uppsala | Knivsta") or
 * before "kommun". Each is an entity local to the text
 * (`local:place:eslov`), as japanese-municipalities.ts reads Japan's towns.
 */
export function swedishTowns(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'sv') return found;
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    if (covered[k] || !tokens.capitalisedWord(k)) continue;
    // The word around it first, the name last: most capitalised words have no word of place.
    const before = placeBefore(doc, k) || listedAfterPlace(doc, k, found);
    if (!before && !municipalityAfter(doc, k + 1) && !municipalityAfter(doc, k + 2)) continue;
    // Two words ("Upplands Väsby"), or one not followed by another capitalised word of its name.
    const pair = k + 1 < n && spaced(doc, k) && tokens.capitalisedWord(k + 1) && !covered[k + 1];
    let to = -1;
    if (pair && town(`${tokens.word(k)} ${tokens.word(k + 1)}`)) to = k + 2;
    else if (!pair && town(tokens.word(k) as string)) to = k + 1;
    if (to < 0 || (!before && !municipalityAfter(doc, to))) continue;
    found.push([k, localPlace(doc, k, to, to)]);
    covered.fill(1, k, to);
  }
  return found;
}
