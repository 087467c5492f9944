// A country's or a city's institution named in Swedish by its genitive and a common noun the
// knowledge base does not hold: "Vietnams tullmyndighet" (the customs), "Japans meteorologiska
// institut", "Vietnams vetenskaps- och teknikakademi", "Hanois hälsodepartement". One local
// organisation, with the country or the city as its part.
import { type Doc, localMention } from './doc.js';
import { isTownId } from './generic.js';
import type { EntityMention } from './mention.js';

/**
 * Folding keys that end the noun of an institution (its last part in a compound: "tull|myndighet",
 * "konst|museum"), indefinite or definite. (Universities and colleges are local-orgs.ts's:
 * "Sveriges lantbruksuniversitet".)
 */
const INSTITUTION_END =
  /(?:myndighet|ministerium|ministeriet|departement|ambassad|konsulat|museum|museet|akademi|kontor|institut|forbund|forening|federation|organisation|bank|styrelse|kommission|direktorat|byra|kustbevakning|forvaltning|kommitte)(?:en|et|n)?$/u;

/** Most adjectives before the noun ("Vietnams nationella lantbruksakademi", "Japans statliga …"). */
const MAX_ADJECTIVES = 2;
/** Shortest adjective read: "nya" is read, "en" is not. */
const MIN_ADJECTIVE = 3;
/** Most words of a coordinated compound before its last ("hälso-, arbets- och välfärdsministerium"). */
const MAX_COORDINATED = 3;

/**
 * The end (a word index, exclusive) of the institution's noun after a country's Swedish genitive
 * ending before word `k`: lower-case words, at most {@link MAX_ADJECTIVES} adjectives in -a, then
 * maybe compounds cut at a hyphen and joined by "och", then a noun of {@link INSTITUTION_END} (after
 * a town's genitive, a compound on one). -1 when there is none.
 */
function institutionEnd(doc: Doc, k: number, town: boolean): number {
  const { text, tokens } = doc;
  const n = tokens.length;
  const lower = (w: number): boolean => w < n && !tokens.capital(w);
  const gap = (w: number): string => text.slice(tokens.end(w), tokens.start(w + 1));
  if (k < 1 || gap(k - 1) !== ' ' || !lower(k)) return -1;
  for (let adjectives = 0; adjectives < MAX_ADJECTIVES && lower(k + 1) && gap(k) === ' '; adjectives++) {
    const word = tokens.word(k) as string;
    if (word.length < MIN_ADJECTIVE || !word.endsWith('a')) break;
    k++;
  }
  for (let parts = 0; parts < MAX_COORDINATED && k + 1 < n && /^-,? $/u.test(gap(k)); parts++) {
    k++;
    if (tokens.is(k, 'och') && gap(k) === ' ') {
      k++;
      break;
    }
  }
  const noun = tokens.word(k) as string;
  const end = lower(k) ? INSTITUTION_END.exec(noun) : null;
  // (A people's committee is the knowledge base's body of the place: "Hanois folkkommitté".)
  if (end === null || FOLK_COMMITTEE.test(noun)) return -1;
  // A town's bare noun is its administration at large ("Hanois förvaltning"): a compound only.
  if (town && end.index === 0) return -1;
  return k + 1;
}

/** A people's committee, which province-bodies.ts reads as the place's body. */
const FOLK_COMMITTEE = /folkkommitte/u;

/**
 * The local organisation a Swedish genitive of a country opens, `country` its mention over words
 * `from`..`to`; null when no institution's noun follows. Its words are covered.
 */
export function swedishInstitution(
  doc: Doc,
  country: EntityMention,
  from: number,
  to: number,
  covered: Uint8Array,
): EntityMention | null {
  if (!country.id.startsWith('country:') && !isTownId(country.id)) return null;
  const end = institutionEnd(doc, to, !country.id.startsWith('country:'));
  if (end < 0) return null;
  for (let k = to; k < end; k++) if (covered[k]) return null;
  const words: string[] = [];
  for (let k = from; k < end; k++) words.push(doc.tokens.word(k) as string);
  const m = localMention(doc, from, end, `local:org:${words.join('-')}`, 'organisation');
  m.parts = [country];
  covered.fill(1, from, end);
  return m;
}
