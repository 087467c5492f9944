// A country's or a city's institution named in Swedish by its genitive and a common noun the
// knowledge base does not hold: "Vietnams tullmyndighet" (the customs), "Japans meteorologiska
// institut", "Vietnams vetenskaps- och teknikakademi", "Hanois hälsodepartement", "Vietnams
// nationella musik- och dansteater", "Jönköpings stadsbibliotek". One local
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
  /(?:myndighet|ministerium|ministeriet|departement|ambassad|konsulat|museum|museet|akademi|kontor|institut|forbund|forening|federation|organisation|bank|styrelse|kommission|direktorat|byra|kustbevakning|forvaltning|kommitte|teater|opera|orkester|bibliotek|sjukhus)(?:en|et|n)?$/u;

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
  let adjectives = 0;
  for (; adjectives < MAX_ADJECTIVES && lower(k + 1) && gap(k) === ' '; adjectives++) {
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
  // A noun whose plural is the same is one institution only as a compound without an adjective:
  // "Skånes universitetssjukhus", not "Vietnams sjukhus" nor "Vietnams största kvinnosjukhus".
  if (SAME_PLURAL.test(noun) && (end.index === 0 || adjectives > 0)) return -1;
  return k + 1;
}

/** Nouns of {@link INSTITUTION_END} whose plural is written the same. */
const SAME_PLURAL = /(?:bibliotek|sjukhus)$/u;

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

/**
 * Definite nouns of Swedish institutions that name their field after "för", as folding keys:
 * "Ministeriet för industri och handel", "Myndigheten för samhällsskydd och beredskap",
 * "Institutionen för urbana studier".
 */
const FIELD_HEADS: ReadonlySet<string> = new Set([
  'ministeriet',
  'myndigheten',
  'institutionen',
  'institutet',
  'departementet',
  'kommitten',
  'namnden',
  'radet',
  'verket',
  'centrum',
  'centret',
  'akademien',
  'stiftelsen',
]);
/** Words that end a field's name: prepositions, articles, conjunctions and common verbs. */
const FIELD_STOP: ReadonlySet<string> = new Set([
  'i',
  'vid',
  'pa',
  'med',
  'till',
  'fran',
  'som',
  'att',
  'av',
  'om',
  'under',
  'efter',
  'mot',
  'hos',
  'samt',
  'den',
  'det',
  'de',
  'en',
  'ett',
  'har',
  'ar',
  'var',
  'for',
]);
/**
 * Adjectives before a field's noun, as folding keys: in -a ("urbana studier"), in -isk, -sk, -ell
 * or -iv ("klinisk vetenskap", "medicinsk biokemi"), "utrikes" and "inrikes".
 */
const FIELD_ADJECTIVE = /(?:a|isk|sk|ell|iv|^utrikes|^inrikes)$/u;
/** Most words of a field after "för". */
const MAX_FIELD_WORDS = 5;

/**
 * Swedish institutions named by a definite noun and their field after "för", which the knowledge
 * base lacks: one local organisation each, over words no other stage read ("Ministeriet för
 * industri och handel i Vietnam" is the ministry, Vietnam after it its own mention). The field is
 * lower-case words joined by "och" or commas, up to a preposition, an article or a verb.
 */
export function swedishFieldInstitutions(doc: Doc, covered: Uint8Array): [number, EntityMention][] {
  const { text, tokens } = doc;
  const n = tokens.length;
  const found: [number, EntityMention][] = [];
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    if (covered[k] || !FIELD_HEADS.has(tokens.word(k) as string)) continue;
    if (k + 2 >= n || !tokens.is(k + 1, 'for') || tokens.capital(k + 1) || !tokens.oneSpace(k)) continue;
    let last = -1;
    let words = 0;
    let joined = false;
    for (let j = k + 2; j < n && words < MAX_FIELD_WORDS && !covered[j]; j++) {
      const gap = text.slice(tokens.end(j - 1), tokens.start(j));
      // (Compounds cut at a hyphen are coordinated: "öst- och sydöstasiatiska studier".)
      if (gap !== ' ' && gap !== ', ' && gap !== '- ' && gap !== '-, ') break;
      if (tokens.capital(j)) break;
      if (tokens.is(j, 'och')) {
        if (last < 0) break;
        joined = true;
        continue;
      }
      if (FIELD_STOP.has(tokens.word(j) as string)) break;
      last = j;
      words++;
      // The field ends on the noun after "och" ("… samhällsskydd och beredskap | varnar"), goes on
      // to "och", a comma or a hyphen's coordination, or from an adjective in -a to its noun
      // ("urbana studier"), and else ends on its one word ("rymdfysik | meddelade").
      const adjective = FIELD_ADJECTIVE.test(tokens.word(j) as string);
      if (joined && !adjective) break;
      const after = j + 1 < n ? text.slice(tokens.end(j), tokens.start(j + 1)) : '';
      const more = tokens.is(j + 1, 'och') || after === ', ' || after.startsWith('-');
      if (!more && !adjective) break;
    }
    // (The name ends on a word of its field, not on "och": "… för industri och | handel".)
    if (last < 0 || tokens.is(last, 'och')) continue;
    const keys: string[] = [];
    for (let j = k; j <= last; j++) keys.push(tokens.word(j) as string);
    found.push([k, localMention(doc, k, last + 1, `local:org:${keys.join('-')}`, 'organisation')]);
    covered.fill(1, k, last + 1);
  }
  return found;
}
