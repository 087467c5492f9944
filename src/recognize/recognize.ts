import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import { parseRecognizeOptions } from '../options.js';
import { acronymNames } from './acronym-names.js';
import { addressedPeople } from './addressed-people.js';
import { appositivePlaces } from './appositive-places.js';
import { britain } from './britain.js';
import { capsBylines } from './caps-bylines.js';
import { withCityUnit } from './city-units.js';
import { transliterated } from './corrections.js';
import { acronymAfter, acronymWords, localAcronyms } from './defined-acronyms.js';
import { type Doc, indexFor, mention, rawAt, Titles, toDay } from './doc.js';
import { withoutForeignAbbreviations } from './foreign-abbreviations.js';
import type { Passing } from './gazetteer.js';
import { withoutGermanNouns } from './german-nouns.js';
import { colonGenitive, compounds, inflected } from './inflection.js';
import { japaneseMunicipalities } from './japanese-municipalities.js';
import { localOrgs } from './local-orgs.js';
import { localPeople } from './local-people.js';
import { localPlaces, swedishZones } from './local-places.js';
import { lowerCaseBodies } from './lower-case-bodies.js';
import { type EntityMention, NO_FLAGS } from './mention.js';
import { Offices, titledPeople } from './offices.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { needsSupport } from './other-sense.js';
import { addParts } from './parts.js';
import { people } from './people.js';
import { bodyAround, bodyReferences, unitInside } from './province-bodies.js';
import { type Resolution, resolve } from './resolve.js';
import { bodyClosingTitle, scan } from './scan.js';
import { ByteScratch } from './scratch.js';
import { signedNames } from './signed-names.js';
import { namesakesOf } from './stated-ages.js';
import { storms } from './storms.js';
import { swedishFieldInstitutions } from './swedish-institutions.js';
import { swedishPlaces } from './swedish-places.js';
import { swedishTowns } from './swedish-towns.js';
import { tokenize } from './tokenize.js';
import { vietnameseDistricts } from './vietnamese-districts.js';

export type { EntityMention, MentionFlag, MentionInflection } from './mention.js';

/** Options of {@link recognize}. */
export interface RecognizeOptions {
  /**
   * The day the text speaks of (its publication date), as an ISO day or Date. It decides between
   * pre- and post-2025 province-level units and who held an office.
   * @default undefined (unknown: units valid today, offices only from titles)
   */
  date?: string | Date | null;
  /**
   * The language of the text, when known. Display names of other languages that are a single word
   * are then not matched (Swedish "Island" is Iceland, but not in English text). Another known
   * code ('de', 'es', …) says the text is in none of en, sv and vi: single words without marks are
   * then never Vietnamese names stripped of them (Spanish "Y" is not Ý, Italy), only
   * the knowledge base's names are read, and of the people it lacks only Vietnamese names are
   * inferred (capitalised German nouns are not names). 'und' is the same as unknown.
   * @default undefined
   */
  language?: string | null;
  /**
   * The knowledge base to match against.
   * @default the built-in knowledge base
   */
  kb?: Normalizer;
  /**
   * Also report a title word directly in front of a person ("Prime Minister", "Thủ tướng",
   * "premiärminister") as a mention of the office the person holds, flagged `title`.
   * @default false
   */
  titles?: boolean;
}

/**
 * Finds every mention of a knowledge-base entity in a text — people, places, provinces,
 * organisations, seas, agreements, offices and outlets — in en, sv or vi, with or without
 * diacritics, in any case, and resolves each to one entity by context. Offsets index the text as
 * given. Mentions are in text order and never overlap. Never throws on any string.
 *
 * The pipeline: tokenize, scan for surface forms, resolve ambiguous matches (resolve.ts), find
 * short references and misspellings of people (people.ts, corrections.ts), then emit the
 * mentions in text order with their offices and holders (offices.ts).
 *
 * @param text The text to read.
 * @throws {TypeError} when `text` is not a string.
 * @example
 * recognize('Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản', { date: '2023-05-22' })
 *   .map((m) => [m.text, m.id, m.office])
 * // [['Phạm Minh Chính', 'person:pham-minh-chinh', 'office:vn-prime-minister'], ['Nhật Bản', 'country:JP', null]]
 */
export function recognize(text: string, options: RecognizeOptions = {}): EntityMention[] {
  options = parseRecognizeOptions(options);
  assertString(text, 'text');
  return recognizeChecked(text, options);
}

/**
 * The language the stages read: 'en', 'sv' or 'vi'; {@link OTHER_LANGUAGE} for any other known
 * code; null when unknown ('und' included).
 */
function readLanguage(code: string | null | undefined): string | null {
  if (!code || code === 'und') return null;
  return code === 'en' || code === 'sv' || code === 'vi' ? code : OTHER_LANGUAGE;
}

/** The {@link Doc} of one call: a class, so that making one per text is as cheap as can be. */
class TextDoc implements Doc {
  today: string | undefined = undefined;
  #plain: Set<string> | undefined;

  constructor(
    readonly text: string,
    readonly tokens: Doc['tokens'],
    readonly matches: Doc['matches'],
    readonly titles: Doc['titles'],
    readonly day: string | null,
    readonly language: string | null,
    readonly kb: Normalizer,
    readonly index: Doc['index'],
  ) {}

  /** Document-level context, built only when an ambiguous name asks for it. */
  get plain(): Set<string> {
    if (!this.#plain) {
      this.#plain = new Set();
      const passing = this.matches.passing;
      for (let k = 0; k < this.matches.length; k++) {
        const ids = (passing[k] as Passing).ids;
        if (ids.length === 1) this.#plain.add(ids[0] as string);
      }
    }
    return this.#plain;
  }
}

/** The per-call word arrays of {@link recognizeChecked}, one scratch each. */
const coveredScratch = new ByteScratch();
const singleScratch = new ByteScratch();
const inTitleScratch = new ByteScratch();

/** Words before or after a title that make its holders two or more: "hai Bộ trưởng", "Bộ trưởng … hai nước". */
const MANY_HOLDERS: ReadonlySet<string> = new Set(['hai', 'cac']);
/** Words for the countries or sides after "hai" ("hai nước", "các bên"). */
const SIDES: ReadonlySet<string> = new Set(['nuoc', 'ben']);

/**
 * The knowledge base's body that title match `k`, matched alone, ends on ("Thứ trưởng Bộ Ngoại
 * giao" names the Ministry of Foreign Affairs), as a mention: the body of the title's country where
 * the name is ambiguous, else the reading its context gives. Null for none, and for the title of
 * two countries' holders ("Bộ trưởng Bộ Quốc phòng hai nước").
 */
function titleBody(doc: Doc, k: number): { from: number; mention: EntityMention } | null {
  const { matches, tokens } = doc;
  const from = matches.from[k] as number;
  const to = matches.to[k] as number;
  const body = bodyClosingTitle(doc.text, tokens, doc.index.starts, from, to, doc.language);
  if (!body) return null;
  if (from > 0 && MANY_HOLDERS.has(tokens.key(from - 1) as string)) return null;
  if (MANY_HOLDERS.has(tokens.key(to) as string) && SIDES.has(tokens.key(to + 1) as string)) return null;
  const ids = body.passing.ids;
  let id = ids.length === 1 ? (ids[0] as string) : null;
  let flags = NO_FLAGS;
  if (id === null) {
    const countries = new Set(
      (matches.passing[k] as Passing).titleIds.map((o) => doc.kb.getEntity(o)?.country),
    );
    const own = countries.size === 1 ? ids.filter((b) => countries.has(doc.kb.getEntity(b)?.country)) : [];
    if (own.length === 1) id = own[0] as string;
    else {
      const raw = { from: body.from, to, forms: body.passing.forms, ids, titleOffices: [] };
      const reading = resolve(doc, raw);
      if (!reading) return null;
      id = reading.id;
      flags = reading.flags;
    }
  }
  return { from: body.from, mention: mention(doc, body.from, to, id, flags, body.passing) };
}

/** {@link recognize} for callers inside the library that pass a string and valid options. */
export function recognizeChecked(
  text: string,
  options: RecognizeOptions & {
    /** The text's Vietnamese marks are partly stripped (analyze's language detection says so). */
    partialMarks?: boolean;
    /** The text is Vietnamese without any marks (analyze's language detection says so). */
    noMarks?: boolean;
  },
): EntityMention[] {
  const kb = options.kb ?? defaultNormalizer();
  const index = indexFor(kb);
  const tokens = tokenize(text, index.vocabulary);
  tokens.partialMarks = options.partialMarks === true;
  tokens.noMarks = options.noMarks === true;
  const day = toDay(options.date);
  const language = readLanguage(options.language);
  // The language whose display names alone are read (in other languages, every language's).
  const own = language === OTHER_LANGUAGE ? null : language;
  const matches = scan(text, tokens, index.starts, language);
  const doc: Doc = new TextDoc(text, tokens, matches, new Titles(matches), day, language, kb, index);

  const covered = coveredScratch.take(tokens.length);
  // Words matched alone as a place or organisation: a local person's name may take them ("Anh").
  const single = singleScratch.take(tokens.length);
  // First pass over the matches: the words they cover and the people they name (for short
  // references). Ambiguous matches are resolved here, once, and their resolutions kept in match
  // order for the final pass, which makes the mentions.
  const resolutions: (Resolution | null)[] = [];
  const persons = new Set<string>();
  // Matches that the other-sense rule reads only with support ("Iceland", "Chad"), by first word,
  // and whether the text gives it: another entity that is no outlet.
  let unsupported: Set<number> | undefined;
  // The words of titles matched alone (no name of the knowledge base after them).
  let inTitle: Uint8Array | undefined;
  // The bodies those titles end on, as mentions by first word.
  const titleBodies: [number, EntityMention][] = [];
  // The province-level units named, with the word each match ends before.
  const units: [number, string][] = [];
  // Acronyms the text defines in parentheses after a name the scan matched ("… Agreement (EPA)").
  const knownAcronyms = new Map<string, string>();
  let supported = false;
  // People of the knowledge base a stated age or year of birth rules out at one of their names
  // ("anh Nguyễn Văn Hùng (34 tuổi)" beside a minister born in 1961): every match of theirs is a
  // namesake's, dropped with its words left free for local-people.ts to read as a local person's.
  const namesakeIds = namesakesOf(doc);
  // Those matches, by first word.
  let namesakes: Set<number> | undefined;
  for (let k = 0; k < matches.length; k++) {
    const ids = (matches.passing[k] as Passing).ids;
    let id: string;
    if (ids.length === 1) id = ids[0] as string;
    else {
      // (A title alone, most of these, names no entity to resolve.)
      const resolved = ids.length === 0 ? null : resolve(doc, rawAt(matches, k));
      resolutions.push(resolved);
      if (!resolved) {
        if (ids.length === 0) {
          const from = matches.from[k] as number;
          const to = matches.to[k] as number;
          inTitle ??= inTitleScratch.take(tokens.length);
          for (let w = from; w < to; w++) inTitle[w] = 1;
          // The body a title ends on is named: "Thứ trưởng Bộ Ngoại giao" names the ministry.
          const body = titleBody(doc, k);
          // (Its words stay a title's, not covered: "Thứ trưởng" there is no role alone.)
          if (body) titleBodies.push([body.from, body.mention]);
        }
        continue;
      }
      id = resolved.id;
    }
    const type = index.types.get(id);
    const from = matches.from[k] as number;
    const to = matches.to[k] as number;
    if (type === 'person') {
      if (namesakeIds?.has(id)) {
        namesakes ??= new Set();
        namesakes.add(from);
        continue;
      }
      persons.add(id);
    }
    if (needsSupport(text, tokens, from, to, language)) {
      unsupported ??= new Set();
      unsupported.add(from);
    } else if (type !== 'outlet') supported = true;
    for (let w = from; w < to; w++) covered[w] = 1;
    if (to === from + 1 && type !== 'person' && type !== 'office') single[from] = 1;
    if (type === 'province') units.push([to, id]);
    const acronym = acronymAfter(doc, from, to);
    if (acronym !== null) knownAcronyms.set(acronym, id);
  }
  // The defined acronyms stand for their names' entities throughout: their matches are read so in
  // the final pass, and their words no match covers are mentions of their own.
  const acronyms = knownAcronyms.size > 0 ? acronymWords(doc, knownAcronyms) : null;
  const definedMentions: [number, EntityMention][] = titleBodies;
  if (acronyms)
    for (const [k, id] of acronyms)
      if (!covered[k]) {
        definedMentions.push([k, mention(doc, k, k + 1, id)]);
        covered[k] = 1;
      }
  // Swedish names with an inflected last word ("Kinas", "Sydkinesiska sjön").
  const genitives = inflected(doc, covered, language);
  for (const [, m] of genitives) if (m.type === 'person') persons.add(m.id);
  // Swedish compounds on an acronym written as a word ("Natofrågan").
  const compoundNames = compounds(doc, covered, language);
  // Vietnamese "Anh" alone for the United Kingdom ("ở Anh"), where no pronoun or name can be.
  const uk = britain(doc, covered, language);
  // Short references and corrected names, found after the scan: merged in text order below.
  const added = people(doc, covered, persons);
  if (definedMentions.length > 0) added.push(...definedMentions);
  if (genitives.length > 0) added.push(...genitives);
  if (compoundNames.length > 0) added.push(...compoundNames);
  if (uk.length > 0) added.push(...uk);
  // Japanese names transliterated syllable by syllable ("Sin-dô A-bê").
  const transliterations = transliterated(doc, covered);
  if (transliterations.length > 0) added.push(...transliterations);
  // Titles with part of a name, or alone, for the office holder ("PM Chinh", "Thủ tướng").
  const titled = titledPeople(doc, covered, persons, language, added);
  if (titled.length > 0) added.push(...titled);
  // Bodies written in lower case after a country's genitive ("Vietnam's foreign ministry").
  const bodies = lowerCaseBodies(doc, covered);
  if (bodies.length > 0) added.push(...bodies);
  // A people's body by its head alone, after the text named one unit ("UBND tỉnh khuyến cáo").
  const bodyRefs = units.length > 0 ? bodyReferences(doc, covered, units) : [];
  if (bodyRefs.length > 0) added.push(...bodyRefs);
  // Storms named after the word for one ("bão Yagi"), and their names alone after.
  const stormNames = storms(doc, covered);
  if (stormNames.length > 0) added.push(...stormNames);
  // Places the knowledge base lacks, named with a word for their unit ("huyện Núi Thành").
  const places = localPlaces(doc, covered, language);
  if (language === 'sv')
    places.push(...swedishZones(doc, covered, language), ...swedishPlaces(doc, covered, language));
  // Japanese cities and wards after a word of place ("in Kariya", "Honjo, Saitama").
  places.push(...japaneseMunicipalities(doc, covered, language));
  // Vietnamese districts named alone in a text that names their province ("Thanh Liem").
  places.push(...vietnameseDistricts(doc, covered, language));
  // Swedish towns after a preposition of place ("i Eslöv").
  places.push(...swedishTowns(doc, covered, language));
  // Places an English text defines in apposition ("Daionji, a Buddhist temple in Honjo").
  places.push(...appositivePlaces(doc, covered, language));
  if (places.length > 0) added.push(...places);
  // People the knowledge base lacks, and short references to them.
  const locals = localPeople(doc, covered, language, (i) => single[i] === 1, inTitle, added);
  if (locals.found.length > 0) added.push(...locals.found);
  // Organisations the knowledge base lacks, with the places it matched inside them as parts.
  const orgs = localOrgs(doc, covered, language);
  // Swedish institutions named by their field after "för" ("Ministeriet för industri och handel").
  if (language === 'sv') orgs.found.push(...swedishFieldInstitutions(doc, covered));
  if (orgs.found.length > 0) added.push(...orgs.found);
  // Acronyms the text defines after those ("… Rights Network (MMRN)") stand for them throughout.
  const orgAcronyms = orgs.found.length > 0 ? localAcronyms(doc, covered, orgs.found) : [];
  if (orgAcronyms.length > 0) added.push(...orgAcronyms);
  // Names an English text defines with an acronym ("… Development Scholarship (JDS)").
  const defined = acronymNames(doc, covered, language);
  if (defined.length > 0) added.push(...defined);
  // People named by one name after an honorific or a word of address ("chú Hà", "Mr Sato").
  const addressed = addressedPeople(doc, covered, language);
  if (addressed.length > 0) added.push(...addressed);
  // Vietnamese reporters' names signed alone on a line ("Minh Thư (VOV)").
  const signed = signedNames(doc, covered, language);
  if (signed.found.length > 0) added.push(...signed.found);
  // English reporters' names in capitals after "By" ("By HARUKA MORIYAMA/ Staff Writer").
  const bylines = capsBylines(doc, covered, language);
  if (bylines.found.length > 0) added.push(...bylines.found);
  if (
    definedMentions.length > 0 ||
    genitives.length > 0 ||
    compoundNames.length > 0 ||
    uk.length > 0 ||
    transliterations.length > 0 ||
    titled.length > 0 ||
    bodies.length > 0 ||
    bodyRefs.length > 0 ||
    stormNames.length > 0 ||
    places.length > 0 ||
    locals.found.length > 0 ||
    orgs.found.length > 0 ||
    orgAcronyms.length > 0 ||
    defined.length > 0 ||
    addressed.length > 0 ||
    signed.found.length > 0 ||
    bylines.found.length > 0
  )
    added.sort((a, b) => a[0] - b[0]);
  if (unsupported && !supported)
    supported = added.some(([, m]) => m.type !== 'outlet' && !m.id.startsWith('local:'));
  const offices = new Offices(doc, options.titles ?? false, persons);
  // Made at its largest size and cut to what it holds: a long text has a hundred thousand
  // mentions, and an array grown one at a time copies itself many times over.
  const out: EntityMention[] = new Array((matches.length + added.length) * (options.titles ? 2 : 1));
  let count = 0;
  let previous: EntityMention | undefined;
  let resolution = 0;
  /** The first word of the next match (from `k`) or added mention (from `j`): a body's head ends before it. */
  const nextStart = (k: number, j: number): number =>
    Math.min(
      k < matches.length ? (matches.from[k] as number) : tokens.length,
      j < added.length ? (added[j] as [number, EntityMention])[0] : tokens.length,
    );
  for (let k = 0, j = 0; k < matches.length || j < added.length; ) {
    const next = added[j];
    let m: EntityMention;
    let from: number;
    if (next === undefined || (k < matches.length && (matches.from[k] as number) < next[0])) {
      from = matches.from[k] as number;
      const to = matches.to[k] as number;
      const forms = matches.passing[k] as Passing;
      const ids = forms.ids;
      const resolved = ids.length === 1 ? undefined : resolutions[resolution++];
      k++;
      if (
        locals.replaced.has(from) ||
        orgs.replaced.has(from) ||
        signed.replaced.has(from) ||
        bylines.replaced.has(from) ||
        namesakes?.has(from) ||
        (!supported && unsupported?.has(from))
      )
        continue;
      const acronymId = acronyms !== null && to === from + 1 ? acronyms.get(from) : undefined;
      if (acronymId !== undefined) m = mention(doc, from, to, acronymId);
      else if (ids.length === 1) m = mention(doc, from, to, ids[0] as string, NO_FLAGS, forms);
      else if (!resolved) continue;
      else {
        m = mention(doc, from, to, resolved.id, resolved.flags, forms);
        if (resolved.candidates) m.candidates = resolved.candidates;
      }
      colonGenitive(doc, m, to);
      // A name that ends in a plus ("Vietnam+") holds it (the scan read its forms only before one).
      if (forms.plus) {
        m.end++;
        m.text = text.slice(m.start, m.end);
      }
      // A name whose exact form ends with a full stop holds it ("U.S.").
      if (
        text.charCodeAt(m.end) === 46 &&
        forms.forms.some((f) => f.exact && f.text.length === m.text.length + 1 && f.text === `${m.text}.`)
      ) {
        m.end++;
        m.text = text.slice(m.start, m.end);
      }
      addParts(doc, m, from, to, forms, own);
      // A city with the word for its unit ("Fukuoka City", "thành phố Kitakyushu").
      if (m.type === 'city') from = withCityUnit(doc, m, from, to, previous?.end ?? 0, nextStart(k, j));
      else if (m.type === 'province') {
        // A province-level unit with the head of one of its people's bodies ("UBND TPHCM"), whose
        // words are free up to the next match or added mention.
        const body = bodyAround(doc, m, from, to, previous?.end ?? 0, nextStart(k, j));
        if (body) [from, m] = body;
      } else unitInside(doc, m, from, to);
    } else {
      [from, m] = next;
      j++;
      // A unit's Swedish genitive and its body's head ("Hanois folkkommitté").
      if (m.type === 'province' && m.inflection === 'genitive') {
        let to = from + 1;
        while (to < tokens.length && tokens.end(to) <= m.end) to++;
        const body = bodyAround(doc, m, from, to, previous?.end ?? 0, nextStart(k, j));
        if (body) [from, m] = body;
      }
    }
    const title = offices.attach(m, from, previous, count > 0 ? out[count - 1] : undefined);
    if (title) out[count++] = title;
    out[count++] = m;
    previous = m;
  }
  out.length = count;
  if (language !== OTHER_LANGUAGE) return out;
  const code = options.language as string;
  return withoutGermanNouns(text, withoutForeignAbbreviations(doc, out, code), code);
}
