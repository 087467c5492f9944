// Organisations the knowledge base lacks, named in full by an English head word ("Gakushuin
// University", "Japan Student Services Organization", "Association of Vietnamese Intellectuals in
// Japan") or a Swedish agency's compound ("Strålsäkerhetsmyndigheten"): entities local to the
// text, like the people of local-people.ts.

import type { EntityType } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { bankSpans } from './bank-names.js';
import { branchSpans } from './branches.js';
import {
  COMPANY_WORDS,
  EVENT_HEADS,
  FOREIGN_COMPANY_HEADS,
  ORG_HEADS as HEADS,
  JAPANESE_COMPANY_WORDS,
  LEGAL_FORMS,
  SWEDISH_INSTITUTION_TAILS,
  UNMARKED_ONLY_HEADS,
  VI_ORG_HEAD_ENDS,
  VI_ORG_HEADS,
} from './context.js';
import { departmentSpans } from './departments.js';
import { type Doc, idsEndingAt, idsStartingAt, localKey, localMention, mention, rawAt } from './doc.js';
import { englishRank } from './english-words.js';
import { expresswaySpans } from './expressways.js';
import { facilityEnd, facilityHeadBefore, facilityPlace, swedishFacilityEnd } from './facilities.js';
import type { Passing } from './gazetteer.js';
import { sentenceStart } from './homograph-rules.js';
import { zoneSpans } from './industrial-zones.js';
import { formsSpelt, LOCAL_PLACE, namesJapan, romajiWord } from './local-places.js';
import { type EntityMention, SHORT_REFERENCE } from './mention.js';
import { militaryUnitSpans } from './military-units.js';
import { officeSpans } from './org-offices.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { resolve } from './resolve.js';
import { gluedPossessive } from './scan.js';
import { isVietnameseSyllable } from './syllables.js';
import { bodySpans } from './vietnamese-bodies.js';
import { companyReferences, companySpans, wordsAt } from './vietnamese-companies.js';

/** Prefix of the ids of organisations local to one text: `local:org:gakushuin-university`. */
export const LOCAL_ORG = 'local:org:';
/** Prefix of the ids of outlets local to one text: `local:outlet:bao-lao-cai`. */
const LOCAL_OUTLET = 'local:outlet:';
/** Prefix of the ids of events local to one text that their name's head says are events: `local:event:japan-vietnam-festival`. */
const LOCAL_EVENT = 'local:event:';

/**
 * Heads that make an organisation with a place's name alone ("Kyoto University", "Hanoi
 * Medical College"): with the others a place and the head ("Japan Group", "Asia Fund") say too
 * little, and a word of the organisation's own is needed ("Kanshin Trust Bank").
 */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'academy',
  'archdiocese',
  'diocese',
  'airlines',
  'airways',
  'college',
  'fc',
  'hospital',
  'institute',
  'university',
  // A Japanese company's word after a region or a city ("Hokuriku Kensetsu", "Kansai Sangyo").
  ...JAPANESE_COMPANY_WORDS,
]);

/**
 * Words `k` and `k + 1` are two matched names joined by a hyphen or a dash ("Vietnam-Japan
 * Friendship Association", "Viet Nam – Japan"): the walk back over a name's places goes on.
 */
function placePair(doc: Doc, k: number, covered: Uint8Array): boolean {
  return Boolean(covered[k]) && Boolean(covered[k + 1]) && dashBetween(doc, k, true);
}

/**
 * Words `k` and `k + 1` are parted by a hyphen or an en dash alone ("High-Level", "ASEAN–Japan"),
 * or, with `spacesAround`, with spaces around it ("Hà Nội - Hải Phòng").
 */
function dashBetween(doc: Doc, k: number, spacesAround = false): boolean {
  const between = doc.text.slice(doc.tokens.end(k), doc.tokens.start(k + 1));
  const gap = spacesAround ? between.trim() : between;
  return gap === '-' || gap === '\u2013';
}

/** Words whose possessive is a word of a name ("People's Court", "Women's Union"), lower case. */
const NAME_POSSESSIVES: ReadonlySet<string> = new Set([
  'people',
  'women',
  'men',
  'children',
  'youth',
  'sheriff',
]);

/** Words that join the parts of a name after its head: "of" or "for" first ("Association of …"). */
const FIRST_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
/** Then these too ("… of Vietnamese Intellectuals in Japan"). */
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'in']);

/** Capitalised words that open a sentence or a phrase and are no part of a name. */
const NOT_NAME: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'its',
  'his',
  'her',
  'their',
  'our',
  'in',
  'at',
  'by',
  'for',
  'from',
  'of',
  'on',
  'to',
  'with',
  'and',
  'but',
  'or',
  'as',
  'when',
  'while',
  'after',
  'before',
  'since',
  'if',
  'all',
  'city',
  'go',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
]);

/**
 * Words `k` and `k + 1` stand side by side in one phrase: spaces only (an apostrophe may end the
 * first: "Students' Association"), no line break, no full stop ("Studies. Kungaparet").
 */
function spaced(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  if (tokens.spaced(k)) return true;
  let a = tokens.end(k);
  const b = tokens.start(k + 1);
  if (text.charCodeAt(a) !== 39 && text.charCodeAt(a) !== 0x2019) return false;
  a++;
  if (b - a < 1 || b - a > 2) return false;
  for (let c = a; c < b; c++) if (text.charCodeAt(c) !== 32 && text.charCodeAt(c) !== 0xa0) return false;
  return true;
}

/**
 * Swedish agencies are one compound on one of these ("Strålsäkerhetsmyndigheten", "Sjöfartsverket"),
 * and so are universities named for their city ("Tohokuuniversitetet", "Kyotouniversitetet").
 */
const SWEDISH_AGENCY =
  /^\p{Lu}\p{Ll}{3,}(?:myndigheten|verket|institutet|inspektionen|universitetet|högskolan)$/u;

/** Word `start`..`end` is a Swedish agency's compound (its last letter, n or t, checked first). */
function agency(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return (last === 110 || last === 116) && end - start > 10 && SWEDISH_AGENCY.test(text.slice(start, end));
}

/** The second compound of an agency named by two ("Havs- och vattenmyndigheten"). */
const AGENCY_TAIL = /^\p{Ll}{3,}(?:myndigheten|verket|institutet|inspektionen)$/u;

/**
 * Words `h`.. are a Swedish agency named by two coordinated compounds, the first cut short by a
 * hyphen: "Havs- och vattenmyndigheten".
 */
function coordinatedAgency(doc: Doc, h: number): boolean {
  const { text, tokens } = doc;
  if (h + 2 >= tokens.length || !tokens.capitalisedWord(h)) return false;
  const end = tokens.end(h);
  if (text.charCodeAt(end) !== 45 || tokens.start(h + 1) !== end + 2 || text.charCodeAt(end + 1) !== 32)
    return false;
  if (!spaced(doc, h + 1) || tokens.word(h + 1) !== 'och') return false;
  return AGENCY_TAIL.test(text.slice(tokens.start(h + 2), tokens.end(h + 2)));
}

/** Members that name a board of any company or body ("Board of Directors"). */
const GENERIC_BOARDS: ReadonlySet<string> = new Set(['directors', 'trustees', 'governors', 'management']);

/** Most words of a local organisation's name. */
const MAX_WORDS = 8;

/** A local organisation stage's result: the mentions it adds, and the KB matches it holds as parts. */
export interface LocalOrgs {
  found: [number, EntityMention][];
  /** Word indexes where a KB match starts that is now a part of a local organisation. */
  replaced: Set<number>;
}

/** The kinds of places a name may hold as a part ("Japan" in "Japan Student Services Organization"). */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set([
  'country',
  'city',
  'province',
  'subdivision',
  'region',
]);

/**
 * The kinds of places a Vietnamese body may end on (vietnamese-bodies.ts): those, and features
 * ("Đồn Biên phòng Lý Sơn", the island).
 */
const BODY_PLACE_TYPES: ReadonlySet<EntityType> = new Set([...PLACE_TYPES, 'place']);
/** A sea, which a company's name may hold (see localOrgs). */
const SEA: ReadonlySet<EntityType> = new Set(['sea']);

/** A local organisation's mention made an outlet's (a newspaper, a portal): its id and type. */
function asOutlet(m: EntityMention): EntityMention {
  m.id = LOCAL_OUTLET + m.id.slice(LOCAL_ORG.length);
  m.type = 'outlet';
  return m;
}

/** Entity `id` is one of `types`. */
const isPlace = (doc: Doc, id: string, types = PLACE_TYPES): boolean =>
  types.has(doc.index.types.get(id) as EntityType);

/**
 * The single place that KB match `m` names, with its end; null for anything else. A name that
 * units of two periods share ("Da Nang", the province before and after 1 July 2025) is the one
 * the text's date gives, as the match is resolved.
 */
function placeOf(doc: Doc, m: number, types = PLACE_TYPES): { to: number; id: string } | null {
  const ids = (doc.matches.passing[m] as Passing).ids;
  if (ids.length === 0 || !ids.every((id) => isPlace(doc, id, types))) return null;
  if (ids.length === 1) return { to: doc.matches.to[m] as number, id: ids[0] as string };
  if (!ids.every((id) => id.startsWith('vn-province-'))) return null;
  const resolved = resolve(doc, rawAt(doc.matches, m));
  return resolved ? { to: doc.matches.to[m] as number, id: resolved.id } : null;
}

/** The single place a KB match at word `k` names, with its end; null for anything else. */
function placeAt(doc: Doc, k: number, types = PLACE_TYPES): { to: number; id: string } | null {
  const m = doc.matches.startingAt(k);
  return m < 0 ? null : placeOf(doc, m, types);
}

/**
 * The first word of the place of `types` the knowledge base matched that ends right before word
 * `end` (its words covered, back to the match's start), or -1.
 */
function placeEndingBefore(doc: Doc, end: number, covered: Uint8Array, types = PLACE_TYPES): number {
  if (end < 1 || !covered[end - 1]) return -1;
  let s = end - 1;
  while (s > 0 && covered[s - 1] && doc.matches.startingAt(s) < 0) s--;
  return placeAt(doc, s, types)?.to === end ? s : -1;
}

/** Word `k` alone is a place's name in the knowledge base, matched or not ("Japan" in "Japan Group"). */
function placeWord(doc: Doc, k: number): boolean {
  const at = doc.index.starts.nodes[doc.tokens.id(k)];
  return at?.forms?.some((f) => f.ids.some((id) => isPlace(doc, id))) ?? false;
}

/**
 * A city or a prefecture, province or state: Swedish institutions are named after theirs ("Örebro
 * universitet", "Ehime universitet"), not after a country's ("Vietnams universitet" are its universities).
 */
const CITY: ReadonlySet<EntityType> = new Set(['city', 'subdivision', 'province']);
/** A country: it names an institution only by a compound of its own ("Sveriges lantbruksuniversitet"). */
const COUNTRY: ReadonlySet<EntityType> = new Set(['country']);
/** A region or an island of the knowledge base, after which universities are named too ("Kyushu universitet"). */
const REGION: ReadonlySet<EntityType> = new Set(['place']);

/**
 * The first word of the place of `types` the knowledge base knows that ends with word `k`: a match
 * ("Örebro") or the genitive of its one-word name ("Stockholms"); -1 when there is none.
 */
function swedishPlaceEndingAt(doc: Doc, k: number, covered: Uint8Array, types = CITY): number {
  const { tokens } = doc;
  const matched = placeEndingBefore(doc, k + 1, covered, types);
  if (matched >= 0) return matched;
  // (A genitive the inflection stage read is covered with no match of the scan.)
  const key = tokens.key(k);
  if (key === undefined || key.length < 4 || !key.endsWith('s')) return -1;
  const at = doc.index.starts.nodes[tokens.vocabulary.id(key.slice(0, -1))];
  return at?.forms?.some((f) => f.ids.some((id) => isPlace(doc, id, types))) ? k : -1;
}

/** Swedish words for an association in the definite form, after its adjective. */
const ASSOCIATION_WORDS: readonly string[] = ['foreningen', 'forbundet', 'sallskapet'];

/** A word for an association, alone or ending a compound ("studentföreningen", "kulturförbundet"). */
const associationWord = (key: string): boolean => ASSOCIATION_WORDS.some((w) => key.endsWith(w));

/**
 * Word `k` is a capitalised adjective in the definite form ending in -ska, plain or joined to
 * another by a hyphen ("Vietnamesiska", "Svensk-vietnamesiska"). Read in the text, not copied.
 */
function capitalisedAdjective(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  const end = tokens.end(k);
  return end - tokens.start(k) >= 6 && text.endsWith('ska', end) && /\p{Ll}/u.test(text.charAt(end - 4));
}

/**
 * Swedish institutions' words in the definite form after a name and a hyphen ("Tohoku-universitetet",
 * "Bai Chay-sjukhuset"). Folding keys.
 */
const HYPHENED_INSTITUTIONS: ReadonlySet<string> = new Set(['universitetet', 'sjukhuset', 'hogskolan']);
/** Most words of the name before such a word ("Ho Chi Minh-universitetet"). */
const MAX_HYPHENED_NAME = 4;

/** Compounds that end an institution's name in Swedish ("lantbruksuniversitet", "konsthögskola"). */
const SWEDISH_INSTITUTION_COMPOUNDS: readonly string[] = ['universitet', 'högskola', 'högskolan'];

/**
 * Word `t` is a compound ending on an institution's word, with a stem of its own before it
 * ("skogsbruksuniversitet"; not "universitet" alone). Read in the text, not copied.
 */
function institutionCompound(doc: Doc, t: number): boolean {
  const { text, tokens } = doc;
  const start = tokens.start(t);
  const end = tokens.end(t);
  if (tokens.capital(t)) return false;
  return SWEDISH_INSTITUTION_COMPOUNDS.some(
    (tail) => end - start >= tail.length + 3 && text.endsWith(tail, end),
  );
}

/**
 * A definite adjective in lower case between a place and an institution's word ("nationella",
 * "tekniska", "kungliga"): read in the text, not copied.
 */
function definiteAdjective(doc: Doc, t: number): boolean {
  const { text, tokens } = doc;
  const end = tokens.end(t);
  return (
    !tokens.capital(t) &&
    end - tokens.start(t) >= 5 &&
    text.charCodeAt(end - 1) === 97 &&
    /\p{Ll}/u.test(text.charAt(end - 2))
  );
}

/**
 * Word `k` is a free capitalised word in the genitive, not opening a sentence ("Lunds", not
 * "Många" or "Hans" first in one): a town's name before an institution's word.
 */
function swedishGenitive(doc: Doc, k: number, covered: Uint8Array): boolean {
  const { text, tokens } = doc;
  if (covered[k] || !tokens.capitalisedWord(k) || tokens.end(k) - tokens.start(k) < 4) return false;
  if (text.charCodeAt(tokens.end(k) - 1) !== 115 || sentenceStart(text, tokens, k)) return false;
  return !(k > 0 && spaced(doc, k - 1) && tokens.capital(k - 1));
}

/** Places whose bodies news names in lower case after them: cities, prefectures, provinces. */
const LOCAL_BODY_PLACES: ReadonlySet<EntityType> = new Set(['city', 'province', 'subdivision']);
/** Words for a local body's level, in lower case ("prefectural police"), as keys. */
const BODY_LEVELS: readonly string[] = ['prefectural', 'provincial', 'city', 'municipal', 'metropolitan'];
/** Words for a local body after its level ("prefectural police", "city government"), as keys. */
const LOCAL_BODIES: readonly string[] = ['police', 'government', 'assembly', 'council'];

/**
 * The end of a local body written in lower case from word `at`, after its place: a level and a
 * body ("prefectural police", "city government"), or "police" alone ("Tokyo police"); -1 when none.
 */
function lowerBodyEnd(doc: Doc, at: number, covered: Uint8Array): number {
  const { tokens } = doc;
  if (covered[at] || tokens.capital(at) || !spaced(doc, at - 1)) return -1;
  // (Compared in place: most words after a match are none of these, and are not copied.)
  if (tokens.is(at, 'police')) return at + 1;
  if (!BODY_LEVELS.some((level) => tokens.is(at, level)) || at + 1 >= tokens.length || !spaced(doc, at))
    return -1;
  if (covered[at + 1] || tokens.capital(at + 1)) return -1;
  return LOCAL_BODIES.some((body) => tokens.is(at + 1, body)) ? at + 2 : -1;
}

/** Short words a headline in title case leaves in lower case ("Talks on Trade in Tokyo"). */
const TITLE_LOWER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
]);

/**
 * The words on the line around `from`..`to` are capitalised but for title case's short words, and
 * one of four letters or more is among them: a headline in title case ("Vietnam Welcomes …
 * Delegation"), where capitals say nothing.
 */
function titleCaseLine(doc: Doc, from: number, to: number): boolean {
  const { text, tokens } = doc;
  let long = 0;
  for (const step of [-1, 1]) {
    for (let k = step < 0 ? from - 1 : to, n = 0; k >= 0 && k < tokens.length && n < 8; k += step, n++) {
      const gap =
        step < 0
          ? text.slice(tokens.end(k), tokens.start(k + 1))
          : text.slice(tokens.end(k - 1), tokens.start(k));
      if (gap.includes('\n')) break;
      if (!tokens.capital(k)) {
        // (Numbers are neither: "$1.4 Billion".)
        const c = text.charCodeAt(tokens.start(k));
        if ((c >= 48 && c <= 57) || TITLE_LOWER.has(tokens.word(k) as string)) continue;
        return false;
      }
      if (tokens.end(k) - tokens.start(k) >= 4) long++;
    }
  }
  return long >= 1;
}

/**
 * The local organisation of words `from`..`to`, with the places the knowledge base matched inside
 * it from word `partsFrom` on as parts (their matches are then replaced; those before are replaced
 * with no part); its words become covered.
 */
function localOrg(
  doc: Doc,
  from: number,
  to: number,
  covered: Uint8Array,
  replaced: Set<number>,
  named?: { key: string; name: string },
  partsFrom = from,
): EntityMention {
  const key = named?.key ?? localKey(doc, from, to);
  const m = localMention(doc, from, to, LOCAL_ORG + key, 'organisation', named?.name);
  return withPlaces(doc, m, from, to, covered, replaced, partsFrom);
}

/**
 * A local name's mention `m` over words `from`..`to`, with the places the knowledge base matched
 * inside it (from word `partsFrom` on) as its parts: their matches are replaced, and its words covered.
 */
function withPlaces(
  doc: Doc,
  m: EntityMention,
  from: number,
  to: number,
  covered: Uint8Array,
  replaced: Set<number>,
  partsFrom = from,
): EntityMention {
  const parts: EntityMention[] = [];
  for (let k = from; k < to; k++) {
    if (!covered[k]) continue;
    const place = placeAt(doc, k, BODY_PLACE_TYPES);
    if (!place) continue;
    if (k >= partsFrom) parts.push(mention(doc, k, place.to, place.id));
    replaced.add(k);
    k = place.to - 1;
  }
  if (parts.length > 0) m.parts = parts;
  covered.fill(1, from, to);
  return m;
}

/** Entity `id` is an organisation of the knowledge base. */
const isOrganisation = (doc: Doc, id: string): boolean => doc.index.types.get(id) === 'organisation';

/**
 * The end of the knowledge base's match at word `k` when it names one entity that `accepts`, or -1
 * (a company taken into a longer name, an office's owner).
 */
function knownEnd(doc: Doc, k: number, accepts: (doc: Doc, id: string) => boolean): number {
  const m = doc.matches.startingAt(k);
  if (m < 0) return -1;
  const ids = (doc.matches.passing[m] as Passing).ids;
  return ids.length === 1 && accepts(doc, ids[0] as string) ? (doc.matches.to[m] as number) : -1;
}

/** Some free word of `from`..`to` is no common English word ("Hakozaki", "Tran"), or a place matched there. */
function uncommonWordIn(doc: Doc, from: number, to: number, covered: Uint8Array): boolean {
  for (let k = from; k < to; k++) {
    if (covered[k]) return true;
    const rank = englishRank(doc.tokens.word(k) as string);
    if (rank < 0 || rank >= COMMON_RANK) return true;
  }
  return false;
}

/** A match of the knowledge base that names organisations ends right before word `end`. */
function orgEndsAt(doc: Doc, end: number): boolean {
  const ids = idsEndingAt(doc, end);
  return ids.length > 0 && ids.every((id) => doc.index.types.get(id) === 'organisation');
}

/** Heads written in capitals: a legal form ("Dong Phong Industrial Development JSC"), a football club ("Yokohama FC"). Folding keys. */
const CAPITAL_HEADS: ReadonlySet<string> = new Set(['jsc', 'fc']);

/** Vietnamese prepositions, as folding keys: none is a word of an institution's qualifier. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'sang',
  'tai',
  'o',
  'den',
  'toi',
  'voi',
  'cua',
  'cho',
  've',
  'trong',
  'theo',
]);

/**
 * Most words that qualify an institution between its head and its place ("Quốc gia", "Đa khoa
 * tỉnh", "Gốm sứ mậu dịch").
 */
const MAX_QUALIFIER = 4;

/**
 * Where a Vietnamese head may end before the place at word `at`: right before it, or before one to
 * {@link MAX_QUALIFIER} free words in one phrase that open with a capital ("Đại học | Quốc gia |
 * Hà Nội", "Bệnh viện | Đa khoa | tỉnh Quảng Ninh"). The head's last word is read by key; -1 when
 * no head ends there.
 */
function viHeadEnd(doc: Doc, at: number, covered: Uint8Array): number {
  const { tokens } = doc;
  for (let q = 0; q <= MAX_QUALIFIER && at - q >= 1; q++) {
    const end = at - q;
    if (q > 0 && (covered[end] || !spaced(doc, end) || !isVietnameseSyllable(tokens.word(end) as string)))
      break;
    // A preposition in lower case ends the name before it: "Đại học Nông Lâm | sang Nhật".
    if (q > 0 && !tokens.capital(end) && PREPOSITIONS.has(tokens.word(end) as string)) break;
    if (tokens.id(end - 1) === 0 || !VI_ORG_HEAD_ENDS.has(tokens.key(end - 1) as string)) continue;
    // The qualifier opens with a capital: "Đại học Quốc gia", not "bệnh viện ở Hà Nội".
    if (q > 0 && !tokens.capital(end)) continue;
    return end;
  }
  return -1;
}

/** The folding keys of the last words of university heads ("Đại học", "Học viện"). */
const UNIVERSITY_HEAD_ENDS: ReadonlySet<string> = new Set(['hoc', 'vien']);

/**
 * Japanese universities and academies named by one romanised word after the head, in a text that
 * names Japan ("Đại học Waseda", "Trường Đại học Yamagata", "Học viện Kosen"): spans of the head and
 * the word, which no capitalised word follows in the phrase. (Elsewhere such a word may be a
 * Vietnamese name typed without marks.)
 */
function japaneseUniversities(doc: Doc, covered: Uint8Array): [number, number][] {
  const { tokens } = doc;
  const n = tokens.length;
  const out: [number, number][] = [];
  let japan: boolean | undefined;
  for (const k of tokens.capitals()) {
    // (By the head's last word first: "học" or "viện".)
    if (k < 2 || !UNIVERSITY_HEAD_ENDS.has(tokens.key(k - 1) as string) || !spaced(doc, k - 1)) continue;
    if (k + 1 < n && tokens.capital(k + 1) && spaced(doc, k)) continue;
    if (!romajiWord(doc, covered, k)) continue;
    const head = viHeadBefore(doc, k, covered, true);
    // ("Trường Đại học", "Đại học", "Học viện", and a university's hospital, "Bệnh viện Đại học";
    // not "Bệnh viện", "Viện".)
    if (
      head < 0 ||
      k - head < 2 ||
      !(
        tokens.is(head, 'truong') ||
        tokens.is(head, 'dai') ||
        tokens.is(head, 'hoc') ||
        (tokens.is(head, 'benh') && k - head >= 4)
      )
    )
      continue;
    japan ??= namesJapan(doc);
    if (!japan) return out;
    out.push([head, k + 1]);
  }
  return out;
}

/**
 * Heads whose name with a city or a province is the institution's even opening a sentence ("Đại học
 * Akita tuyển …"); others are then common nouns ("Bệnh viện Hà Nội quá tải": Hanoi's hospitals),
 * and so is any head before a country ("Đại học Việt Nam": Vietnam's universities).
 */
const SENTENCE_OPENING_HEADS: ReadonlySet<readonly string[]> = new Set(
  VI_ORG_HEADS.filter((h) =>
    ['đại học', 'trường đại học', 'học viện', 'trường đh', 'đh', 'công ty điện lực'].includes(h.join(' ')),
  ),
);

/** The folding keys of "Báo và Phát thanh, Truyền hình", a province's merged newspaper and broadcaster. */
const MERGED_PAPER: readonly string[] = ['bao', 'va', 'phat', 'thanh', 'truyen', 'hinh'];

/**
 * The first word of "Báo và Phát thanh, Truyền hình" (a comma, a dash or a space between its two
 * halves) ending right before word `at`, or -1.
 */
function mergedPaperBefore(doc: Doc, at: number, covered: Uint8Array): number {
  const { tokens } = doc;
  const from = at - MERGED_PAPER.length;
  // (The last word first: most places follow none of these.)
  if (from < 0 || !tokens.is(at - 1, 'hinh')) return -1;
  for (let j = 0; j < MERGED_PAPER.length; j++) {
    const w = from + j;
    if (covered[w] || !tokens.is(w, MERGED_PAPER[j] as string)) return -1;
    if (j === 3) {
      if (!/^(?:, ?| ?[-–] ?| )$/u.test(doc.text.slice(tokens.end(w), tokens.start(w + 1)))) return -1;
    } else if (!spaced(doc, w)) return -1;
  }
  return tokens.capital(from) ? from : -1;
}

/** A name of the knowledge base's organisations alone starts at word `k`: a body a department belongs to. */
function parentBodyAt(doc: Doc, k: number): boolean {
  const ids = idsStartingAt(doc, k);
  return ids.length > 0 && ids.every((id) => isOrganisation(doc, id));
}

/** Words `k - length`..`k - 1` spell a Vietnamese head, capitalised and inside a sentence: its first word, or -1. */
function viHeadBefore(doc: Doc, k: number, covered: Uint8Array, opening = false): number {
  const { text, tokens } = doc;
  for (const head of VI_ORG_HEADS) {
    const from = k - head.length;
    // (A newspaper's name opens its masthead too: "BÁO LÀO CAI" on the page's first line.)
    const paper = head.length === 1 && head[0] === 'báo';
    const opens = opening && SENTENCE_OPENING_HEADS.has(head);
    if (from < (paper || opens ? 0 : 1) || !tokens.capital(from)) continue;
    const unmarkedOnly = UNMARKED_ONLY_HEADS.has(head);
    let ok = true;
    for (let j = 0; j < head.length && ok; j++) {
      const w = from + j;
      const written = text.slice(tokens.start(w), tokens.end(w));
      // (In Vietnamese typed without marks, or a word that lost them in a partly stripped text,
      // by the head's folded key: "Dai hoc Da Nang", "Đại hoc Akita".)
      const unmarked = tokens.noMarks || (tokens.partialMarks && !hasVietnameseMarks(written));
      ok =
        (unmarked || !unmarkedOnly) &&
        !covered[w] &&
        spaced(doc, w) &&
        (unmarked ? tokens.is(w, foldKey(head[j] as string)) : markedSpelling(written) === head[j]);
    }
    if (!ok) continue;
    // Inside a sentence: the word before is on the same line, with no full stop between; a
    // school's head and a city (`opening`) open a sentence too ("Đại học Akita là …").
    const gap = from > 0 ? text.slice(tokens.end(from - 1), tokens.start(from)) : '\n';
    if (!paper && !opens && /[.!?:\n]/u.test(gap)) continue;
    // A head right before another opens the name ("Trường ĐH | Bách khoa Đà Nẵng").
    if (!paper) {
      const outer = viHeadBefore(doc, from, covered, opening);
      if (outer >= 0) return outer;
    }
    return from;
  }
  return -1;
}

/** Most words a name may have with a list after a link ("Department of Labour, Invalids and Social Affairs"). */
const MAX_LISTED_WORDS = MAX_WORDS + 3;
/** Most words of one item of that list after "and". */
const MAX_LAST_ITEM = 2;

/**
 * The end of a list of capitalised words that goes on a link's words ending before word `end`:
 * items after ", " and a last one after "and", of one or two words that end the phrase ("of
 * Planning | and Investment", "of Labour | , Invalids and Social Affairs"). `end` when there is
 * none: a capitalised word after the last item starts another name ("and Education Minister Lan").
 */
function conjoined(doc: Doc, end: number, from: number, covered: Uint8Array): number {
  const { text, tokens } = doc;
  const n = tokens.length;
  /** Word `k` is a capitalised word no other stage read (a place after "and" is another name). */
  // (Nor a head: "… Research | and Surveillance Centre" is another name's end.)
  const free = (k: number): boolean =>
    k < n &&
    !covered[k] &&
    tokens.capital(k) &&
    !NOT_NAME.has(tokens.word(k) as string) &&
    !(tokens.id(k) !== 0 && HEADS.has(tokens.key(k) as string));
  let at = end;
  while (at < n && text.slice(tokens.end(at - 1), tokens.start(at)) === ', ') {
    if (!free(at)) return end;
    at++;
    while (at < n && spaced(doc, at - 1) && free(at)) at++;
  }
  if (at + 1 >= n || tokens.word(at) !== 'and' || !spaced(doc, at - 1) || !spaced(doc, at)) return end;
  let last = at + 1;
  while (last - at <= MAX_LAST_ITEM && free(last)) {
    last++;
    if (last < n && !spaced(doc, last - 1)) break;
  }
  const items = last - at - 1;
  if (items === 0 || items > MAX_LAST_ITEM || last - from > MAX_LISTED_WORDS) return end;
  if (last < n && tokens.capital(last) && spaced(doc, last - 1)) return end;
  return last;
}

/**
 * Organisations the knowledge base lacks, named in full: English names with a head word
 * ("Gakushuin University", "University of Tokyo", "Japan Association of Travel Agents"), in any
 * text but one of another language; Swedish agencies' compounds in Swedish text. A place the
 * knowledge base matched inside the name is kept as a part ("Japan" in "Japan Student Services
 * Organization"); a name that holds another kind of match, or a word another stage read, is not
 * read. Repeated names are one local entity.
 */
export function localOrgs(doc: Doc, covered: Uint8Array, language: string | null): LocalOrgs {
  const found: [number, EntityMention][] = [];
  const replaced = new Set<number>();
  if (language === OTHER_LANGUAGE) return { found, replaced };
  const { text, tokens } = doc;
  const n = tokens.length;
  /** Words `k`.. that may be in a name: free, or a place match wholly inside; the end, or -1. */
  const wordEnd = (k: number): number => {
    if (!tokens.capital(k) || NOT_NAME.has(tokens.word(k) as string)) return -1;
    if (!covered[k]) return k + 1;
    const place = placeAt(doc, k, BODY_PLACE_TYPES);
    return place ? place.to : -1;
  };
  const swedish = language === 'sv';
  // Heads are capitalised: only those words are visited (a name found covers its words).
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const h = capitals[c] as number;
    if (covered[h]) continue;
    // The heads are in the vocabulary (context.ts, CONTEXT_WORDS): other words are not folded.
    const key = tokens.key(h) as string;
    let from = h;
    let to = h + 1;
    /** The match of a parent company the name opens with, or -1. */
    let parent = -1;
    const event = EVENT_HEADS.has(key) && !swedish;
    // A city's or a town's hall is its government ("Kanazawa City Hall"); no other hall is read
    // ("Carnegie Hall", a venue).
    if (key === 'hall') {
      const start = cityHallStart(doc, h, covered);
      if (start >= 0 && !replaced.has(start))
        found.push([start, localOrg(doc, start, h + 1, covered, replaced, undefined, h)]);
      continue;
    }
    if (tokens.id(h) !== 0 && (HEADS.has(key) || event || companyEnd(doc, h, covered))) {
      // A head in capitals ("UNIVERSITY") is a heading's word, not a name's; not a legal form,
      // which is written so ("JSC").
      if (tokens.end(h) - tokens.start(h) > 1 && tokens.allCaps(h) && !CAPITAL_HEADS.has(key)) continue;
      // An adjective of a name that goes on ("Annual International Conference") is no head.
      if (key === 'international' && h + 1 < n && spaced(doc, h) && tokens.capital(h + 1)) continue;
      // "Co., Ltd.": the legal form of two words, the name before the first ("Asahina Frame Co., Ltd.").
      if (key === 'ltd' && coLtd(doc, h)) from = h - 1;
      // Back over the capitalised words before the head, a place match taken whole, and "and"
      // between two of them ("Vietnamese Youths and Students' Association").
      for (
        let k = from - 1;
        k >= 0 && h - k <= MAX_WORDS && (spaced(doc, k) || placePair(doc, k, covered));
      ) {
        if (!covered[k]) {
          // (Not before a company's word: "Nam Long and Hankyu Hanshin Properties" are two firms.)
          if (
            (HEADS.has(key) || event) &&
            tokens.word(k) === 'and' &&
            k > 0 &&
            spaced(doc, k - 1) &&
            wordEnd(k - 1) === k
          ) {
            from = k - 1;
            k -= 2;
            continue;
          }
          // A possessive word of the name ("People's Court", "Women's Union"); not an owner's
          // name ("Japan's Cabinet Office", "MIT's … Laboratory").
          if (
            gluedPossessive(text, tokens, k) &&
            !covered[k - 1] &&
            NAME_POSSESSIVES.has(tokens.word(k - 1) as string) &&
            wordEnd(k - 1) === k
          ) {
            from = k - 1;
            k -= 2;
            continue;
          }
          if (wordEnd(k) !== k + 1) break;
          from = k--;
          continue;
        }
        // A place the knowledge base matched, ending right before the words taken so far.
        // (`k` is always the word right before `from`.)
        const s = placeEndingBefore(doc, from, covered, BODY_PLACE_TYPES);
        if (s < 0) break;
        from = s;
        k = s - 1;
      }
      // A company's word after a Vietnamese company's head or legal form ends the name that the
      // Vietnamese pass reads whole ("Công ty TNHH Kanazawa Foods", "Công ty Marutake Foods").
      if (!HEADS.has(key) && !event && vietnameseCompanyBefore(doc, from)) continue;
      // Before a legal form, an organisation of the knowledge base right before the words is the
      // name's first word, which another stage read ("Viettel Post JSC"): the rest alone is no name.
      if (CAPITAL_HEADS.has(key) && from > 0 && spaced(doc, from - 1) && orgEndsAt(doc, from)) continue;
      // Before another company's word, it is the parent whose name the subsidiary's opens with
      // ("IHI Infrastructure Systems"): one name, the parent its part.
      if (!HEADS.has(key) && !event && from > 0 && spaced(doc, from - 1) && orgEndsAt(doc, from)) {
        parent = doc.matches.endingAt(from);
        if (parent >= 0) from = doc.matches.from[parent] as number;
      }
      // A consulate general's head is two words ("Consulate General of Vietnam in Osaka").
      if (key === 'consulate' && h + 1 < n && tokens.capital(h + 1) && tokens.is(h + 1, 'general'))
        to = h + 2;
      const headTo = to;
      // On over "of …", "for …": links, each followed by capitalised words.
      while (
        to + 1 < n &&
        to - from < MAX_WORDS &&
        (to === headTo ? FIRST_LINKS : LINKS).has(tokens.word(to) as string)
      ) {
        if (!spaced(doc, to - 1) || !spaced(doc, to)) break;
        let end = to + 1;
        let words = 0;
        for (let e = wordEnd(end); e > 0 && end - from < MAX_WORDS; e = end < n ? wordEnd(end) : -1) {
          end = e;
          words++;
          if (end >= n || !spaced(doc, end - 1)) break;
        }
        if (words === 0) break;
        end = conjoined(doc, end, from, covered);
        // An organisation named in full after the link, ending the name, is its own ("Department of
        // | Gakushuin University"; not "University of Michigan College of Engineering").
        const last = end - 1;
        const ownName =
          last > to + 1 &&
          tokens.id(last) !== 0 &&
          HEADS.has(tokens.key(last) as string) &&
          !(end < n && LINKS.has(tokens.word(end) as string));
        if (ownName) break;
        to = end;
      }
      // (A name is more than its legal form: "Co., Ltd" after a known company is that company's.)
      if (to - from < 2 || (key === 'ltd' && from === h - 1)) continue;
      // An event's name goes on back over a hyphen, to a capitalised word or a place ("Mid-Autumn
      // Festival", "Vietnam-Japan Defence Policy Dialogue"); cut short there, after another word
      // ("ASEAN-Japan Summit"), it is none.
      if (event)
        while (from > 0 && dashBetween(doc, from - 1)) {
          const before = covered[from - 1] ? placeEndingBefore(doc, from, covered, BODY_PLACE_TYPES) : -1;
          if (before >= 0) from = before;
          else if (!covered[from - 1] && wordEnd(from - 1) === from) from--;
          else break;
        }
      if (event && from > 0 && dashBetween(doc, from - 1)) continue;
      // A committee of two words is one of many bodies' ("Organising Committee", "Standing Committee"),
      // and the People's Committees and Councils are the units' (province-bodies.ts).
      const possessives = from + 1 < h && gluedPossessive(text, tokens, h - 1) ? 1 : 0;
      if (key === 'committee' && to - from - possessives < 3) continue;
      if ((key === 'committee' || key === 'council') && possessives > 0 && tokens.word(h - 2) === 'people')
        continue;
      // A word of its own besides places and the head, unless the head makes a place's name one.
      let own = false;
      for (let k = from; k < to && !own; k++)
        own = !covered[k] && k !== h && !LINKS.has(tokens.word(k) as string) && !placeWord(doc, k);
      if (!own && !PLACE_HEADS.has(key) && !event) continue;
      // A school is named by a word of its own, not by common words alone ("a High School Diploma").
      if (key === 'school' && !uncommonWordIn(doc, from, h, covered)) continue;
      if (titleCaseLine(doc, from, to)) continue;
      // A company's board named by its members alone ("Board of Directors") is no body's name.
      if (
        to - from === 3 &&
        key === 'board' &&
        h === from &&
        GENERIC_BOARDS.has(tokens.word(to - 1) as string)
      )
        continue;
    } else if (swedish && coordinatedAgency(doc, h)) to = h + 3;
    else if (!swedish || !agency(text, tokens.start(h), tokens.end(h))) continue;
    // (Else a Swedish agency: the compound alone, or two coordinated, is the name.) A place
    // before an English head qualifies the name and is no mention of its own ("Japan Student
    // Services Organization", "Asia Industrial Strategy Institute"); one after a link is ("Association
    // of Vietnamese Intellectuals in Japan").
    // (An event's places are where it is held, and mentions: "Osaka Summit".)
    const m = localOrg(doc, from, to, covered, replaced, undefined, event ? from : h);
    if (parent >= 0) {
      const owner = doc.matches;
      const ids = (owner.passing[parent] as Passing).ids;
      m.parts = [mention(doc, owner.from[parent] as number, owner.to[parent] as number, ids[0] as string)];
      replaced.add(owner.from[parent] as number);
    }
    // An event's name ("Japan Vietnam Festival"): a local event, not a body.
    if (event) {
      m.id = LOCAL_EVENT + m.id.slice(LOCAL_ORG.length);
      m.type = 'event';
    }
    found.push([from, m]);
  }
  // Swedish: a place the knowledge base knows, or its genitive, and an institution's word in lower
  // case ("Örebro universitet", "Stockholms universitet").
  if (swedish)
    for (let c = 0; c < capitals.length; c++) {
      const k = capitals[c] as number;
      if (k + 2 > n || !spaced(doc, k) || tokens.capital(k + 1)) continue;
      // The institution's word, after a definite adjective or not ("Vietnams nationella
      // skogsbruksuniversitet"), as a word of its own or ending a compound.
      const adjective = k + 3 <= n && spaced(doc, k + 1) && definiteAdjective(doc, k + 1) ? 1 : 0;
      const tail = k + 1 + adjective;
      // (A name the scan read whole is the knowledge base's: "Sveriges lantbruksuniversitet", SLU.)
      if (covered[tail]) continue;
      const word = tokens.id(tail) !== 0 && SWEDISH_INSTITUTION_TAILS.has(tokens.key(tail) as string);
      const compound = !word && institutionCompound(doc, tail);
      if (!word && !compound) continue;
      const to = tail + 1;
      let from = swedishPlaceEndingAt(doc, k, covered);
      // The word alone after an adjective only after a city the knowledge base knows ("Luleå
      // tekniska universitet"): after a country it is plural ("Japans statliga universitet").
      if (word && adjective === 1 && from < 0) continue;
      // A country's own institution, named by a compound ("Sveriges lantbruksuniversitet").
      if (from < 0 && compound) from = swedishPlaceEndingAt(doc, k, covered, COUNTRY);
      // A region's, by the word alone ("Kyushu universitet", "Tohoku universitet").
      if (from < 0 && word && adjective === 0) from = swedishPlaceEndingAt(doc, k, covered, REGION);
      // A town the knowledge base lacks, in the genitive inside a sentence ("vid Lunds universitet").
      if (from < 0 && swedishGenitive(doc, k, covered)) from = k;
      if (from < 0 || replaced.has(from)) continue;
      found.push([from, localOrg(doc, from, to, covered, replaced, undefined, tail)]);
    }
  // Swedish: an association by its adjective, and the place it is of ("Vietnamesiska föreningen i
  // Uppsala", "Japansk-svenska sällskapet", "Vietnamesiska studentföreningen i Stockholm").
  if (swedish)
    for (let c = 0; c < capitals.length; c++) {
      const k = capitals[c] as number;
      // (The adjective may be two joined by a hyphen, the second in lower case: "Svensk-vietnamesiska".)
      const a = k + 1 < n && tokens.hyphenated(k) && !tokens.capital(k + 1) ? k + 1 : k;
      if (a + 1 >= n || covered[k] || covered[a] || !spaced(doc, a) || tokens.capital(a + 1)) continue;
      // (The adjective's ending first: most capitalised words have none.)
      if (!capitalisedAdjective(doc, a) || !associationWord(tokens.word(a + 1) as string)) continue;
      let to = a + 2;
      // "i" and a place the knowledge base knows.
      if (to + 1 < n && spaced(doc, a + 1) && tokens.word(to) === 'i' && spaced(doc, to)) {
        const place = placeAt(doc, to + 1, CITY);
        if (place) to = place.to;
      }
      if (replaced.has(k)) continue;
      found.push([k, localOrg(doc, k, to, covered, replaced, undefined, a + 1)]);
    }
  // Swedish: a name and a hyphen before an institution's word in its definite form ("Tohoku-universitetet",
  // "Bai Chay-sjukhuset", "Can Tho-universitetet").
  // (By the capitalised word before the hyphen, the hyphen first: most are joined by none.)
  if (swedish)
    for (let c = 0; c < capitals.length; c++) {
      const t = (capitals[c] as number) + 1;
      if (t >= n || !tokens.hyphenated(t - 1) || tokens.capital(t) || covered[t] || covered[t - 1]) continue;
      if (!HYPHENED_INSTITUTIONS.has(tokens.word(t) as string)) continue;
      let from = t - 1;
      while (
        from > 0 &&
        t - from < MAX_HYPHENED_NAME &&
        tokens.capital(from - 1) &&
        ((spaced(doc, from - 1) && !covered[from - 1]) || dashBetween(doc, from - 1))
      )
        from--;
      // (A name that goes on over a dash is read whole or not at all: "Vietnam–Sverige-sjukhuset".)
      if (from > 0 && dashBetween(doc, from - 1)) continue;
      if (replaced.has(from)) continue;
      found.push([from, localOrg(doc, from, t + 1, covered, replaced, undefined, t)]);
    }
  // English: a place's body in lower case after it, as news writes it ("Saitama prefectural
  // police", "the Kitakyushu city government").
  if (language === 'en' || language === null) {
    const { matches } = doc;
    for (let k = 0; k < matches.length; k++) {
      // The words after the match first: most matches are followed by none of a body's.
      const at = matches.to[k] as number;
      if (at >= n) continue;
      const to = lowerBodyEnd(doc, at, covered);
      if (to < 0) continue;
      const place = placeOf(doc, k, LOCAL_BODY_PLACES);
      if (!place || replaced.has(matches.from[k] as number)) continue;
      const from = matches.from[k] as number;
      found.push([from, localOrg(doc, from, to, covered, replaced)]);
    }
  }
  // Vietnamese: a capitalised head and a place the knowledge base matched, ending the name
  // ("Đại học Kyoto", "Bệnh viện Bạch Mai" is not read: Bạch Mai is no place of the base).
  if (language === 'vi' || language === null) {
    const { matches } = doc;
    for (let k = 0; k < matches.length; k++) {
      const at = matches.from[k] as number;
      // A province's newspaper merged with its radio and television (2025): "Báo và Phát thanh,
      // Truyền hình Đà Nẵng", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH". An outlet.
      const merged = mergedPaperBefore(doc, at, covered);
      if (merged >= 0) {
        const place = placeOf(doc, k, BODY_PLACE_TYPES);
        if (place && !replaced.has(at)) {
          found.push([merged, asOutlet(localOrg(doc, merged, place.to, covered, replaced))]);
          continue;
        }
      }
      // A head ends right before the place, or before the words that qualify it ("Đại học | Quốc
      // gia | Hà Nội"): looked for by key first (most matches are after none), in place.
      const headEnd = viHeadEnd(doc, at, covered);
      if (headEnd < 0) continue;
      const place = placeOf(doc, k, BODY_PLACE_TYPES);
      if (!place || replaced.has(at)) continue;
      // (A newspaper's electronic edition goes on after the place: "BÁO ĐẮK LẮK ĐIỆN TỬ".)
      const edition =
        place.to + 1 < n &&
        tokens.is(place.to, 'dien') &&
        tokens.is(place.to + 1, 'tu') &&
        spaced(doc, place.to - 1) &&
        spaced(doc, place.to);
      // (Unless the body it belongs to follows: "Vụ Đông Bắc Á | Bộ Ngoại giao".)
      if (
        !edition &&
        place.to < n &&
        tokens.capital(place.to) &&
        spaced(doc, place.to - 1) &&
        !parentBodyAt(doc, place.to)
      )
        continue;
      const city = !place.id.startsWith('country:');
      const head = viHeadBefore(doc, headEnd, covered, city);
      if (head < 0) continue;
      const paper = headEnd === head + 1 && tokens.is(head, 'bao');
      if (edition && !paper) continue;
      const from = memberBefore(doc, head, covered);
      // (The edition is the paper's: one entity, named without "điện tử".)
      const named = edition
        ? {
            key: localKey(doc, from, place.to),
            name: doc.text.slice(tokens.start(from), tokens.end(place.to - 1)),
          }
        : undefined;
      const m = localOrg(doc, from, edition ? place.to + 2 : place.to, covered, replaced, named);
      // A province's newspaper by its name ("Báo Lào Cai", "BÁO QUẢNG NINH"): an outlet.
      found.push([from, paper ? asOutlet(m) : m]);
    }
    // A branch of an organisation of the knowledge base in a province ("Agribank chi nhánh tỉnh
    // Nghệ An", "Ngân hàng Nhà nước chi nhánh Hà Tĩnh"), or its chapter there ("Hội hữu nghị Việt
    // Nam - Nhật Bản tỉnh Quảng Nam"): one organisation, the two its parts.
    for (let k = 0; k < matches.length; k++) {
      const at = matches.from[k] as number;
      const to = matches.to[k] as number;
      const ids = (matches.passing[k] as Passing).ids;
      if (ids.length !== 1 || replaced.has(at) || !isOrganisation(doc, ids[0] as string)) continue;
      // (By key first: most organisations are followed by no "chi nhánh".) So is its chapter in a
      // province, named with the province's word ("Hội hữu nghị Việt Nam - Nhật Bản tỉnh Quảng Nam").
      if (tokens.capital(to) || !spaced(doc, to - 1)) continue;
      // (Not a province's delegation to the body: "Đoàn đại biểu Quốc hội tỉnh Lào Cai".)
      const chapter = tokens.is(to, 'tinh') && !(at > 0 && tokens.is(at - 1, 'bieu'));
      if (
        !chapter &&
        (!tokens.is(to, 'chi') || !tokens.is(to + 1, 'nhanh') || !spaced(doc, to) || !spaced(doc, to + 1))
      )
        continue;
      const placeFrom = chapter ? to : to + 2;
      const place = placeAt(doc, placeFrom, BODY_PLACE_TYPES);
      if (!place || replaced.has(placeFrom) || (chapter && !place.id.startsWith('vn-province-'))) continue;
      const branch = localMention(doc, at, place.to, LOCAL_ORG + localKey(doc, at, place.to), 'organisation');
      branch.parts = [mention(doc, at, to, ids[0] as string), mention(doc, placeFrom, place.to, place.id)];
      replaced.add(at);
      replaced.add(placeFrom);
      covered.fill(1, at, place.to);
      found.push([at, branch]);
    }
    // A member institution named before its university of the knowledge base and a dash ("Trường
    // Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội"): one organisation, the university its part.
    for (let k = 0; k < matches.length; k++) {
      const at = matches.from[k] as number;
      const ids = (matches.passing[k] as Passing).ids;
      if (ids.length !== 1 || at < 2 || replaced.has(at)) continue;
      if (doc.index.types.get(ids[0] as string) !== 'organisation') continue;
      const from = memberBefore(doc, at, covered);
      if (from === at) continue;
      const to = matches.to[k] as number;
      const member = localMention(doc, from, to, LOCAL_ORG + localKey(doc, from, to), 'organisation');
      member.parts = [mention(doc, at, to, ids[0] as string)];
      replaced.add(at);
      covered.fill(1, from, to);
      found.push([from, member]);
    }
    // A Japanese university by one romanised word, in a text that names Japan ("Đại học Waseda").
    for (const [from, to] of japaneseUniversities(doc, covered))
      found.push([from, localOrg(doc, from, to, covered, replaced)]);
    // Departments of a province-level unit ("Sở Nội vụ", "Sở GD&ĐT").
    for (const d of departmentSpans(doc, covered, language))
      found.push([d.from, localOrg(doc, d.from, d.to, covered, replaced, d)]);
    // Companies named after their legal form ("Công ty TNHH Lọc hóa dầu Nghi Sơn").
    // (A region, a landmark too: "Công ty TNHH Kanto Seimitsu Việt Nam".)
    // (A sea too: "Công ty CP Nhân lực Thái Bình Dương" names no Pacific.)
    const seaEnd = (k: number): number => placeAt(doc, k, SEA)?.to ?? -1;
    const placeEnd = (k: number): number => placeAt(doc, k, BODY_PLACE_TYPES)?.to ?? seaEnd(k);
    // (The end of a company of the knowledge base named at word `k`, taken into a longer name.)
    const orgEnd = (k: number): number => knownEnd(doc, k, isOrganisation);
    const townEnd = (k: number): number => {
      const place = placeAt(doc, k, BODY_PLACE_TYPES);
      return place && !place.id.startsWith('country:') ? place.to : -1;
    };
    // The places in a company's name name the company, not a place it is in or deals with ("Công ty
    // Cổ phần Cảng quốc tế Bình Thuận" is a port in Quảng Ngãi; "Công ty Cổ phần Nhân lực Quốc tế
    // Tràng An" no landscape): no part. A country is the one it works in ("… Việt Nam"), its part.
    const companies: { from: number; to: number; id: string }[] = [];
    for (const [from, to] of companySpans(doc, covered, placeEnd, orgEnd, townEnd)) {
      for (let k = from; k < to; k++) if (orgEnd(k) > 0 || seaEnd(k) > 0) replaced.add(k);
      const company = localOrg(doc, from, to, covered, replaced);
      if (company.parts) {
        const countries = company.parts.filter((part) => part.id.startsWith('country:'));
        if (countries.length > 0) company.parts = countries;
        else delete company.parts;
      }
      found.push([from, company]);
      companies.push({ from, to, id: company.id });
    }
    // The company again by "Công ty" and the last words of its name ("Công ty Thái Bình Dương"
    // after "Công ty CP Cung ứng Nhân lực Thái Bình Dương"): the same company.
    if (companies.length > 0)
      for (const [from, to, id] of companyReferences(doc, covered, companies, placeEnd)) {
        for (let k = from; k < to; k++) if (covered[k] && doc.matches.startingAt(k) >= 0) replaced.add(k);
        covered.fill(1, from, to);
        const m = localMention(doc, from, to, id, 'organisation');
        m.name = (found.find(([, f]) => f.id === id)?.[1].name ?? m.name) as string;
        m.flags = SHORT_REFERENCE;
        // (The country it works in stays its part, as in the full name: "… Việt Nam".)
        const countries: EntityMention[] = [];
        for (let k = from; k < to; k++) {
          const place = placeAt(doc, k, COUNTRY);
          if (place) countries.push(mention(doc, k, place.to, place.id));
        }
        if (countries.length > 0) m.parts = countries;
        found.push([from, m]);
      }
    // Bodies named by a head, a description and the place they serve ("Ban Quản lý các khu công
    // nghiệp tỉnh Bắc Ninh").
    const bodyPlaceEnd = (k: number): number => placeAt(doc, k, BODY_PLACE_TYPES)?.to ?? -1;
    // (A body of the knowledge base at word `k`: the parent after a name, "Cục Đối ngoại (Bộ Quốc phòng)".)
    const orgAt = (k: number): boolean =>
      idsStartingAt(doc, k).some((id) => doc.index.types.get(id) === 'organisation');
    for (const [from, to, event] of bodySpans(
      doc,
      covered,
      bodyPlaceEnd,
      (k) => formsSpelt(doc, k, k + 2) !== null,
      orgAt,
    )) {
      // (A name of the knowledge base spelt whole is its entity: "Bộ Quốc phòng".)
      if (formsSpelt(doc, from, to) !== null) continue;
      const m = localOrg(doc, from, to, covered, replaced);
      // An event's name ("Liên hoan phim Nhật Bản"): a local event, not a body.
      if (event) {
        m.id = LOCAL_EVENT + m.id.slice(LOCAL_ORG.length);
        m.type = 'event';
      } else if (tokens.is(from, 'cong') && (tokens.is(from + 1, 'thong') || tokens.is(from + 1, 'ttdt'))) {
        // A government's web portal publishes: an outlet, as a province's newspaper is. (One
        // entity by its abbreviation too: "Cổng TTĐT tỉnh Lào Cai".)
        asOutlet(m);
        m.id =
          LOCAL_OUTLET + m.id.slice(LOCAL_OUTLET.length).replace(/^cong-ttdt-/u, 'cong-thong-tin-dien-tu-');
      }
      found.push([from, m]);
    }
    // Industrial zones named by a brand or an investor and a place ("KCN Nomura - Hải Phòng"): local
    // places, with the places inside them as parts.
    for (const [from, to] of zoneSpans(doc, covered, bodyPlaceEnd)) {
      const zone = localMention(doc, from, to, LOCAL_PLACE + localKey(doc, from, to), 'place');
      found.push([from, withPlaces(doc, zone, from, to, covered, replaced)]);
    }
  }
  // An organisation's office in a place ("Văn phòng JETRO Hà Nội", "the JICA Hanoi office"), the
  // organisation and the place its parts.
  // (An organisation or a Japanese prefecture: "Văn phòng đại diện của tỉnh Saga tại Hà Nội".)
  const ownerEnd = (k: number): number =>
    knownEnd(doc, k, (d, id) => isOrganisation(d, id) || id.startsWith('subdivision:jp-'));
  for (const o of officeSpans(doc, ownerEnd, (k) => placeAt(doc, k)?.to ?? -1, language)) {
    let clear = true;
    for (let k = o.from; k < o.to && clear; k++)
      clear = (k >= o.owner[0] && k < o.owner[1]) || (k >= o.place[0] && k < o.place[1]) || !covered[k];
    if (!clear) continue;
    const m = localMention(doc, o.from, o.to, LOCAL_ORG + localKey(doc, o.from, o.to), 'organisation');
    const owner = idsStartingAt(doc, o.owner[0])[0] as string;
    const place = placeAt(doc, o.place[0]);
    m.parts = [mention(doc, o.owner[0], o.owner[1], owner)];
    if (place) m.parts.push(mention(doc, o.place[0], o.place[1], place.id));
    replaced.add(o.owner[0]);
    replaced.add(o.place[0]);
    covered.fill(1, o.from, o.to);
    found.push([o.from, m]);
  }
  // Military and coast-guard units by their kind and number ("Lữ đoàn 162", "Vùng 4 Hải quân").
  if (language === 'vi' || language === null)
    for (const [from, to] of militaryUnitSpans(doc, covered))
      found.push([from, localOrg(doc, from, to, covered, replaced)]);
  // Banks named by one word ending in "Bank" ("HDBank", "SeABank").
  for (const [from, to] of bankSpans(doc, covered))
    found.push([from, localOrg(doc, from, to, covered, replaced)]);
  // A company's arm in Vietnam named by its name and the country's ("Ajinomoto Việt Nam"), the
  // country its part (matched or not: in English the scan leaves it inside the longer name). Not in
  // a headline in title case ("Japan Agrees to Lend Vietnam …").
  for (const [from, country, to] of branchSpans(doc, covered, language)) {
    if (titleCaseLine(doc, from, to)) continue;
    const m = localOrg(doc, from, to, covered, replaced, undefined, to);
    m.parts = [mention(doc, country, to, 'country:VN')];
    found.push([from, m]);
  }
  // A brand's shopping centre named after its place ("Aeon Mall Long Bien").
  malls(doc, covered, found, replaced);
  // A station, a port or an airport named after its place ("Tokyo Station", "Quy Nhon Port").
  facilities(doc, covered, found, replaced, language);
  // An expressway named by the places it joins ("cao tốc Hà Nội - Hải Phòng"): a local place, with
  // the places the knowledge base knows among its ends as parts.
  const placeEndAt = (k: number): number => placeAt(doc, k, BODY_PLACE_TYPES)?.to ?? -1;
  for (const [from, to] of expresswaySpans(doc, covered, language, placeEndAt)) {
    const road = localMention(doc, from, to, LOCAL_PLACE + localKey(doc, from, to), 'place');
    found.push([from, withPlaces(doc, road, from, to, covered, replaced)]);
  }
  subsidiaries(
    doc,
    covered,
    found,
    replaced,
    language === 'vi' || (language === null && tokens.marked(0, n)),
  );
  // (Each pass above is in text order, not all of them together.)
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return { found, replaced };
}

/** Rank below which an English word is too common to name a company with such a word. */
const COMMON_RANK = 1000;

/**
 * Word `h` is a word that ends a company's name ({@link COMPANY_WORDS}: "Saigon Ledger Securities",
 * "Kabuto Capital") right after a capitalised word of the name, and ends the name: no capitalised
 * word or link after it ("Department of Planning and Investment", "Partners for Resilience" are
 * read by their own heads or not at all).
 */
function companyEnd(doc: Doc, h: number, covered: Uint8Array): boolean {
  const { tokens } = doc;
  if (!COMPANY_WORDS.has(tokens.key(h) as string) || h === 0 || !spaced(doc, h - 1)) return false;
  if (covered[h - 1] || !tokens.capitalisedWord(h - 1)) return false;
  // A common word before it is a headline's ("Quiet Partners: Japan's Growing Role").
  const rank = englishRank(tokens.word(h - 1) as string);
  if (rank >= 0 && rank < COMMON_RANK) return false;
  return (
    h + 1 >= tokens.length ||
    !spaced(doc, h) ||
    (!tokens.capital(h + 1) && !LINKS.has(tokens.word(h + 1) as string))
  );
}

/** Words `h - 1` and `h` are "Co., Ltd" (or "Co.,Ltd", "Co, Ltd"), the legal form of a company's name. */
function coLtd(doc: Doc, h: number): boolean {
  const { text, tokens } = doc;
  return (
    h > 1 &&
    tokens.is(h - 1, 'co') &&
    tokens.capital(h - 1) &&
    /^\.?, ?$/u.test(text.slice(tokens.end(h - 1), tokens.start(h))) &&
    spaced(doc, h - 2)
  );
}

/**
 * The first word of the place the knowledge base matched before "City" or "Town" and the "Hall"
 * at word `h` ("Kanazawa City Hall"), or -1.
 */
function cityHallStart(doc: Doc, h: number, covered: Uint8Array): number {
  const { tokens } = doc;
  const unit = h - 1;
  if (unit < 1 || !spaced(doc, unit) || !spaced(doc, unit - 1)) return -1;
  if (!tokens.is(unit, 'city') && !tokens.is(unit, 'town')) return -1;
  return placeEndingBefore(doc, unit, covered, BODY_PLACE_TYPES);
}

/**
 * The name from word `from` on follows a Vietnamese company's head ("Công ty", "Tập đoàn", "Quỹ")
 * or its legal form ("TNHH", "Cổ phần", "CP"), or opens on the legal form.
 */
function vietnameseCompanyBefore(doc: Doc, from: number): boolean {
  // (The words of `keys` at word `at`, one phrase; they end at `end` when it is given.)
  const at = (keys: readonly string[], start: number, end = -1): boolean => {
    if (start < 0) return false;
    const to = wordsAt(doc, start, keys);
    return to >= 0 && (end < 0 || to === end);
  };
  return (
    LEGAL_FORMS.some((form) => at(form, from) || at(form, from - form.length, from)) ||
    FOREIGN_COMPANY_HEADS.some((head) => at(head, from - head.length, from))
  );
}

/** Most words of a member institution's name before the dash ("Đại học Ngoại ngữ - …"). */
const MAX_MEMBER_WORDS = 6;

/**
 * Where the name that starts at word `from` ("Đại học Đà Nẵng") really starts: at the head of a
 * member institution named before it and a dash ("Trường Đại học Ngoại ngữ - Đại học Đà Nẵng",
 * "Dai hoc Bach khoa - Dai hoc Da Nang"), or at `from`.
 */
function memberBefore(doc: Doc, from: number, covered: Uint8Array): number {
  const { text, tokens } = doc;
  if (from < 2 || !/^ [-–] $/u.test(text.slice(tokens.end(from - 1), tokens.start(from)))) return from;
  for (let end = from - 1; end > 0 && from - end <= MAX_MEMBER_WORDS; end--) {
    if (covered[end] || (end < from - 1 && !spaced(doc, end))) return from;
    const head = viHeadBefore(doc, end, covered);
    if (head >= 0) return head;
  }
  return from;
}

/** Most words of a shopping centre's name after "Mall" ("Binh Duong Canary", "Tan Phu Celadon"). */
const MAX_MALL_WORDS = 4;

/**
 * Shopping centres named by an organisation of the knowledge base, "Mall" and the place they stand
 * in ("Aeon Mall Long Bien", "AEON Mall Binh Duong Canary"): local places, with the organisation and
 * the places the knowledge base matched inside as parts. One to four capitalised words after "Mall",
 * in one phrase; not a country alone ("AEON Mall Vietnam" is the company's subsidiary).
 */
function malls(doc: Doc, covered: Uint8Array, found: [number, EntityMention][], replaced: Set<number>): void {
  const { tokens, matches } = doc;
  const n = tokens.length;
  for (let k = 0; k < matches.length; k++) {
    const e = matches.to[k] as number;
    // "Mall" ends the organisation's name as the knowledge base writes it ("Aeon Mall"), or follows it.
    const named = tokens.is(e - 1, 'mall');
    if (!named && (e + 1 >= n || !tokens.is(e, 'mall') || !tokens.capital(e) || !tokens.spaced(e - 1)))
      continue;
    const after = named ? e : e + 1;
    const s = matches.from[k] as number;
    const ids = (matches.passing[k] as Passing).ids;
    if (replaced.has(s) || ids.length !== 1 || doc.index.types.get(ids[0] as string) !== 'organisation')
      continue;
    let to = after;
    let country = true;
    while (to < n && to - after < MAX_MALL_WORDS && tokens.spaced(to - 1) && tokens.capitalisedWord(to)) {
      if (covered[to]) {
        const place = placeAt(doc, to, BODY_PLACE_TYPES);
        if (!place) break;
        country &&= place.id.startsWith('country:');
        to = place.to;
      } else {
        country = false;
        to++;
      }
    }
    // (Not on a headline in title case: "Aeon Mall To Open In Hue".)
    if (to === after || country || titleCaseLine(doc, s, to)) continue;
    const mall = localMention(doc, s, to, LOCAL_PLACE + localKey(doc, s, to), 'place');
    withPlaces(doc, mall, s, to, covered, replaced);
    mall.parts = [mention(doc, s, e, ids[0] as string), ...(mall.parts ?? [])];
    replaced.add(s);
    found.push([s, mall]);
  }
}

/**
 * Facilities named after a place the knowledge base matched and their kind ("Tokyo Station", "Quy
 * Nhơn Port", "Long An International Port", "Ha Noi Opera House"; facilities.ts): local places, with
 * the place as a part. Not on a facility the knowledge base names whole, which the scan matched instead.
 */
function facilities(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
  language: string | null,
): void {
  const { matches } = doc;
  for (let k = 0; k < matches.length; k++) {
    const s = matches.from[k] as number;
    if (replaced.has(s) || !facilityPlace((matches.passing[k] as Passing).ids)) continue;
    // The kind after the name in English ("Tokyo Station"), before it in Vietnamese ("ga Tokyo").
    let from = s;
    let to =
      language === 'sv'
        ? swedishFacilityEnd(doc.tokens, matches.to[k] as number)
        : facilityEnd(doc.tokens, matches.to[k] as number);
    if (to < 0) {
      // (Not a region written as a common noun: "những cây cầu miền Tây" are the West's bridges.)
      const region = !doc.tokens.capital(s) && (doc.tokens.is(s, 'mien') || doc.tokens.is(s, 'vung'));
      from = s > 0 && !covered[s - 1] && !region ? facilityHeadBefore(doc.text, doc.tokens, s) : -1;
      to = matches.to[k] as number;
    }
    if (from < 0 || placeOf(doc, k, BODY_PLACE_TYPES) === null) continue;
    const facility = localMention(doc, from, to, LOCAL_PLACE + localKey(doc, from, to), 'place');
    found.push([from, withPlaces(doc, facility, from, to, covered, replaced)]);
  }
}

/**
 * Initials that are no firm's: titles, units, economic terms, and Vietnamese abbreviations of
 * common nouns ("PM Vietnam", "FDI Vietnam", "TTS Việt Nam": interns; "KCN": industrial zone).
 */
const NOT_FIRMS: ReadonlySet<string> = new Set(
  'pm ceo gdp fdi oda tp ubnd hdnd vn us uk eu un mr ms dr ts hlv ttxvn tts xkld kcn kkt ctv cp tnhh jsc ltd inc co'.split(
    ' ',
  ),
);

/**
 * Word `k` is a firm's initials: letters in capitals the knowledge base left free, no English word
 * ("NEWS"), two to six of them (three or more in Vietnamese text, where "DN", "PV", "HS" are
 * abbreviations of common nouns: enterprises, reporter, pupils).
 */
function firmInitials(doc: Doc, k: number, vietnamese: boolean): boolean {
  const { tokens } = doc;
  const length = tokens.end(k) - tokens.start(k);
  if (length < (vietnamese ? 3 : 2) || length > 6 || !tokens.allCaps(k) || tokens.nonAscii(k)) return false;
  const word = tokens.word(k) as string;
  return !NOT_FIRMS.has(word) && englishRank(word) < 0;
}

/**
 * A company's subsidiary, named by a company of the knowledge base and a country other than its
 * own, ending a run of capitalised words ("Sojitz Vietnam", "Bridgestone Việt Nam"): the company's mention, the
 * country inside it a part of it. (After another capitalised word the scan already
 * leaves the country out, as inside a longer name: "Ministop Vietnam".)
 */
function subsidiaries(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
  vietnamese: boolean,
): void {
  const { tokens, matches } = doc;
  const n = tokens.length;
  for (let k = 0; k < matches.length; k++) {
    const s = matches.from[k] as number;
    const e = matches.to[k] as number;
    if (s === 0 || replaced.has(s) || !spaced(doc, s - 1) || !tokens.capital(s - 1)) continue;
    const ids = (matches.passing[k] as Passing).ids;
    if (ids.length === 0 || !ids.every((id) => id.startsWith('country:'))) continue;
    // (A name read after it ends the run: "Văn phòng JICA Việt Nam Kobayashi Yosuke".)
    if (e < n && spaced(doc, e - 1) && tokens.capital(e) && !covered[e]) continue;
    if (!covered[s - 1]) {
      // A firm the knowledge base lacks, by its initials, and the country it works in: "CBRE
      // Vietnam", "IIG Việt Nam" (one of the words before it none: a longer name).
      const longer =
        s >= 2 && spaced(doc, s - 2) && tokens.capital(s - 2) && !sentenceStart(doc.text, tokens, s - 2);
      // (A country in capitals is a heading's word: "CAP NHAT", "HOC NHAT BAN".)
      if (longer || tokens.allCaps(s) || !firmInitials(doc, s - 1, vietnamese)) continue;
      const firm = localOrg(doc, s - 1, e, covered, replaced);
      found.push([s - 1, firm]);
      covered.fill(1, s - 1, e);
      continue;
    }
    const before = matches.endingAt(s);
    if (before < 0) continue;
    const owner = (matches.passing[before] as Passing).ids;
    if (owner.length !== 1 || doc.index.types.get(owner[0] as string) !== 'organisation') continue;
    // The organisation's own country is its attribute ("JICA Nhật Bản", Japan's JICA), not a
    // subsidiary's: only another country makes one.
    const home = doc.kb.getEntity(owner[0] as string)?.country;
    if (home === undefined || ids.includes(home)) continue;
    const from = matches.from[before] as number;
    if (replaced.has(from)) continue;
    replaced.add(from);
    replaced.add(s);
    const company = mention(doc, from, e, owner[0] as string);
    // The country is a part of the subsidiary's name, as of any body's ("JICA Việt Nam").
    if (ids.length === 1) company.parts = [mention(doc, s, e, ids[0] as string)];
    found.push([from, company]);
    covered.fill(1, from, e);
  }
}
