import { kbAmbiguities } from '../kb/meta.js';
import type { AmbiguityRecord, Entity, EntityType } from '../kb/types.js';
import {
  BALTIC,
  BALTIC_WORDS,
  CHINA_WORDS,
  CITY_WORDS,
  DEMOCRATIC_WORDS,
  JAPAN_WORDS,
  KOREA,
  MARITIME_DISPUTE,
  NORDIC_SEAS,
  PERSON_AFTER,
  PERSON_BEFORE,
  PROVINCE_WORDS,
  VIETNAM_MARITIME,
} from './context.js';
import { countryGenitiveBefore, type Doc, keyBefore, type Raw } from './doc.js';
import type { Form, Passing } from './gazetteer.js';
import {
  AMBIGUOUS,
  type MentionFlag,
  MISTRANSLATION,
  NO_FLAGS,
  UNDATED,
  UNDATED_AMBIGUOUS,
} from './mention.js';
import { nameKeys } from './tokenize.js';

/** Type order for picking among undeclared ambiguous readings: the more specific first. */
const TYPE_ORDER: readonly EntityType[] = [
  'person',
  'office',
  'province',
  'city',
  'subdivision',
  'sea',
  'island-group',
  'place',
  'country',
  'region',
  'organisation',
  'outlet',
  'agreement',
  'programme',
  'event',
];

const validOn = (e: Entity, day: string): boolean =>
  (e.validFrom == null || e.validFrom <= day) && (e.validTo == null || day <= e.validTo);

/** The KB's declared ambiguities (with a default and context rules), by the word keys of their key. */
let declaredByWords: Map<string, AmbiguityRecord> | undefined;
/** Declared ambiguity by the forms a match ended on: the trie path, so the words, are the same. */
const ambiguityByForms = new WeakMap<Form[], AmbiguityRecord | null>();

/** The declared ambiguity of a match ("Östersjön", "Ho Chi Minh"), or null. */
function ambiguityOf(doc: Doc, raw: Raw): AmbiguityRecord | null {
  let found = ambiguityByForms.get(raw.forms);
  if (found === undefined) {
    if (!declaredByWords) {
      declaredByWords = new Map();
      for (const record of kbAmbiguities)
        if (record.kind === 'declared') declaredByWords.set(nameKeys(record.key).join(' '), record);
    }
    const words: string[] = raw.keys ? [...raw.keys] : [];
    if (!raw.keys) for (let k = raw.from; k < raw.to; k++) words.push(doc.tokens.word(k) as string);
    found = declaredByWords.get(words.join(' ')) ?? null;
    ambiguityByForms.set(raw.forms, found);
  }
  return found;
}

/** The context of the data that the date decides, weighed after the words around a name. */
const DATE_CONTEXT = 'before-2025-07-01';

/** Whether a named context of the data holds around a mention. */
function holds(when: string, doc: Doc, raw: Raw): boolean {
  switch (when) {
    case DATE_CONTEXT:
      return doc.day !== null && doc.day < '2025-07-01';
    case 'person-context': {
      const after = doc.tokens.key(raw.to) === 's' ? doc.tokens.key(raw.to + 1) : doc.tokens.key(raw.to);
      const before = keyBefore(doc, raw, 1);
      return (
        (before !== undefined && PERSON_BEFORE.has(before)) ||
        (after !== undefined && PERSON_AFTER.has(after))
      );
    }
    case 'japan-context':
      return countryContext(doc, raw, JAPAN_WORDS, 'country:JP');
    case 'china-context':
      return countryContext(doc, raw, CHINA_WORDS, 'country:CN');
    case 'korea-focus':
      return about(doc, 'country:KR');
    case 'home-context':
      // Viet Nam's or Japan's own bodies, named without their country ("the Foreign Ministry"): in
      // Vietnamese text, or in a text that names either country or one of their places or people.
      return doc.language === 'vi' || namesHome(doc);
    case 'democratic-republic-context': {
      const before = keyBefore(doc, raw, 1);
      return before !== undefined && DEMOCRATIC_WORDS.has(before);
    }
    case 'korea-context':
      return [...KOREA].some((id) => doc.plain.has(id)) && !doc.plain.has('country:VN');
    case 'vietnam-maritime-context': {
      // A text that names the East Sea otherwise ("Sydkinesiska havet", "Östhavet") has its own
      // word for it: Östersjön is then the Baltic.
      // (A city or region of a Baltic country counts for the Baltic: "Göteborg", "Skåne".)
      let vn = 0;
      let baltic = 0;
      for (const id of doc.plain) {
        if (VIETNAM_MARITIME.has(id)) vn++;
        if (BALTIC.has(id)) baltic++;
        else if (!id.startsWith('country:')) {
          const country = doc.kb.getEntity(id)?.country;
          if (country !== undefined && BALTIC.has(country)) baltic++;
        }
      }
      // The words of a maritime dispute in its sentence, and no Baltic country's, in a text about
      // Viet Nam: the East Sea ("lösa tvister i Östersjön", "fred och stabilitet i Östersjön"),
      // whatever else the text names, its own word for the East Sea too.
      if (vn > 0 && disputeAround(doc, raw, MARITIME_DISPUTE) && !disputeAround(doc, raw, BALTIC_WORDS))
        return true;
      if (doc.plain.has('sea:bien-dong') || NORDIC_SEAS.some((id) => doc.plain.has(id))) return false;
      return vn > baltic;
    }
    default:
      return false;
  }
}

/** How far around a sea's name its sentence is searched for the words of a dispute. */
const DISPUTE_REACH = 12;

/** A word of `words` stands within {@link DISPUTE_REACH} of the match `raw`, in its sentence. */
function disputeAround(doc: Doc, raw: Raw, words: ReadonlySet<string>): boolean {
  const { text, tokens } = doc;
  const ends = (k: number): boolean => /[.!?\n]/u.test(text.slice(tokens.end(k), tokens.start(k + 1)));
  for (let k = raw.from - 1; k >= 0 && raw.from - k <= DISPUTE_REACH && !ends(k); k--)
    if (words.has(tokens.word(k) as string)) return true;
  for (let k = raw.to; k < tokens.length && k - raw.to < DISPUTE_REACH && !ends(k - 1); k++)
    if (words.has(tokens.word(k) as string)) return true;
  return false;
}

/**
 * A body's name is that country's: a word of the country right before it ("Japanese", "Kinas"), the
 * country right after it ("… Japan", "… of China"), or a text mainly about the country that has not
 * named another country's body of that name in full before.
 */
function countryContext(doc: Doc, raw: Raw, words: ReadonlySet<string>, country: string): boolean {
  const before = keyBefore(doc, raw, 1);
  if (before !== undefined && words.has(before)) return true;
  // A country's genitive before the name says whose it is ("Vietnam's Ministry of Health").
  const owner = countryGenitiveBefore(doc, raw.from);
  if (owner !== null) return owner === country;
  const after = doc.tokens.key(raw.to) === 'of' ? raw.to + 1 : raw.to;
  // (Right after it, in the same phrase: not the next sentence's first word, "… Ministry of
  // Health. Japan also …".)
  const next = after < doc.tokens.length && doc.tokens.spaced(after - 1) ? doc.matches.startingAt(after) : -1;
  if (next >= 0 && doc.matches.passing[next]?.ids.includes(country)) return true;
  // In English or Swedish, a city of the country right after "in" ("the Defense Ministry in Tokyo").
  if (inCityOf(doc, raw.to, country)) return true;
  // The bare name refers back to another country's body the text has named in full before
  // ("Việt Nam's Ministry of Foreign Affairs", then "the Ministry of Foreign Affairs"), whatever
  // country the text is mostly about.
  if (
    raw.ids.some((id) => {
      const other = doc.kb.getEntity(id)?.country;
      return other !== undefined && other !== country && namedInFull(doc, id, raw.from);
    })
  )
    return false;
  if (!about(doc, country)) return false;
  // Vietnamese text names a foreign body with its country ("Bộ Ngoại giao Nhật Bản"): the bare
  // name is Viet Nam's, even in a text mostly about Japan, unless the text has named that
  // country's body in full before (then the bare name is a short reference to it).
  return (
    doc.language !== 'vi' ||
    raw.ids.some((id) => doc.kb.getEntity(id)?.country === country && namedInFull(doc, id, raw.from))
  );
}

/** Words for "in" before a place, in English and Swedish. */
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'i']);

/** Word `k` is "in" (Swedish "i") before a city or province of `country`, one space apart. */
function inCityOf(doc: Doc, k: number, country: string): boolean {
  const { tokens } = doc;
  if (k + 1 >= tokens.length || !IN_WORDS.has(tokens.key(k) as string) || tokens.capital(k)) return false;
  if (!tokens.spaced(k - 1) || !tokens.spaced(k)) return false;
  const next = doc.matches.startingAt(k + 1);
  const ids = next >= 0 ? (doc.matches.passing[next] as Passing).ids : [];
  return ids.length > 0 && ids.every((id) => doc.kb.getEntity(id)?.country === country);
}

/** Entity `id` has a mention of its own, a match of it alone, before word `at`. */
function namedInFull(doc: Doc, id: string, at: number): boolean {
  const { matches } = doc;
  for (let k = 0; k < matches.length && (matches.to[k] as number) <= at; k++) {
    const ids = (matches.passing[k] as Passing).ids;
    if (ids.length === 1 && ids[0] === id) return true;
  }
  return false;
}

/** The countries whose bodies a name without its country may mean ({@link namesHome}). */
const HOME: ReadonlySet<string> = new Set(['country:VN', 'country:JP']);

/** {@link namesHome} per text. */
const homeNamed = new WeakMap<Doc, boolean>();

/** Kinds of entity that say what a text is about; a body's name may be the ambiguous one itself. */
const NOT_EVIDENCE: ReadonlySet<string> = new Set(['organisation', 'outlet', 'office']);

/** Entity `id` is Viet Nam or Japan, or a place or person of theirs. */
function homeEntity(doc: Doc, id: string): boolean {
  if (HOME.has(id)) return true;
  const e = doc.kb.getEntity(id);
  if (e === null || NOT_EVIDENCE.has(e.type)) return false;
  return id.startsWith('vn-') || (e.country !== undefined && HOME.has(e.country));
}

/** The text names Viet Nam or Japan, or a place or person of theirs, in every reading of a match. */
function namesHome(doc: Doc): boolean {
  let known = homeNamed.get(doc);
  if (known === undefined) {
    known = false;
    const { matches } = doc;
    for (let k = 0; k < matches.length && !known; k++) {
      const ids = (matches.passing[k] as Passing).ids;
      known = ids.length > 0 && ids.every((id) => homeEntity(doc, id));
    }
    homeNamed.set(doc, known);
  }
  return known;
}

/** {@link about} per text and country. */
const focus = new WeakMap<Doc, Map<string, boolean>>();

/**
 * The text is mainly about `country`: it names it twice or more, and at least twice as often as
 * Viet Nam (the beat's home, whose bodies a name without its country means otherwise).
 */
function about(doc: Doc, country: string): boolean {
  let byCountry = focus.get(doc);
  if (byCountry === undefined) {
    byCountry = new Map();
    focus.set(doc, byCountry);
  }
  let known = byCountry.get(country);
  if (known === undefined) {
    let named = 0;
    let vietnam = 0;
    const { matches } = doc;
    for (let k = 0; k < matches.length; k++) {
      const ids = (matches.passing[k] as Passing).ids;
      // (Viet Nam's provinces and cities count for it: "Ho Chi Minh City", "Hà Nội", under their
      // ids before and after the 2025 merger.)
      if (ids.length > 0 && ids.every((id) => id.startsWith('vn-province-'))) vietnam++;
      if (ids.length !== 1) continue;
      if (ids[0] === country) named++;
      else if (ids[0] === 'country:VN') vietnam++;
    }
    known = named >= 2 && named >= 2 * vietnam;
    byCountry.set(country, known);
  }
  return known;
}

/** Readings of a match valid on the text's day (else today), computed once per trie node and day. */
const periodCache = new WeakMap<Form[], Map<string, { ids: string[]; undated: boolean }>>();

function validOnDay(doc: Doc, raw: Raw): { ids: string[]; undated: boolean } {
  doc.today ??= new Date().toISOString().slice(0, 10);
  const day = doc.day ?? doc.today;
  let byDay = periodCache.get(raw.forms);
  if (!byDay) {
    byDay = new Map();
    periodCache.set(raw.forms, byDay);
  }
  const key = doc.day === null ? `~${day}` : day;
  let result = byDay.get(key);
  if (!result) {
    result = { ids: raw.ids, undated: false };
    const entities = raw.ids.map((id) => doc.kb.getEntity(id)).filter((e): e is Entity => e !== null);
    if (entities.some((e) => e.validFrom != null || e.validTo != null)) {
      const valid = entities.filter((e) => validOn(e, day));
      if (valid.length > 0 && valid.length < entities.length) {
        result = { ids: valid.map((e) => e.id), undated: doc.day === null };
      }
    }
    byDay.set(key, result);
  }
  return result;
}

/** How a match was resolved. */
export interface Resolution {
  id: string;
  flags: readonly MentionFlag[];
  candidates?: readonly string[];
}

/** Picks one entity for a match: dates, declared ambiguities with their contexts, then words around it. */
/** Words next to a name that make it a province's, or a city's. */
const UNIT_WORDS: readonly [ReadonlySet<string>, EntityType][] = [
  [PROVINCE_WORDS, 'province'],
  [CITY_WORDS, 'city'],
];

/** The one of `ids` of type `type`, or null when none or several are. */
function onlyOfType(doc: Doc, ids: readonly string[], type: EntityType): string | null {
  let only: string | null = null;
  for (const id of ids) {
    if (doc.kb.getEntity(id)?.type !== type) continue;
    if (only !== null) return null;
    only = id;
  }
  return only;
}

/** The first alternative of `declared` whose context holds, among those of the date (`byDate`) or the others. */
function alternativeThatFits(
  doc: Doc,
  raw: Raw,
  declared: AmbiguityRecord,
  byDate: boolean,
): NonNullable<AmbiguityRecord['alternatives']>[number] | undefined {
  for (const a of declared.alternatives ?? [])
    if ((a.when === DATE_CONTEXT) === byDate && raw.ids.includes(a.id) && holds(a.when, doc, raw)) return a;
  return undefined;
}

/**
 * A declared ambiguity with a default: an alternative whose context holds (words around the name
 * first, "Ho Chi Minh's mausoleum", then the date), else the default; null when the default's own
 * condition fails, undefined when the declaration does not decide. (Loops, not closures over
 * locals: a closure would make every call of {@link resolve} allocate its context.)
 */
function byDeclaration(doc: Doc, raw: Raw, declared: AmbiguityRecord): Resolution | null | undefined {
  const ids = raw.ids;
  const alternative =
    alternativeThatFits(doc, raw, declared, false) ?? alternativeThatFits(doc, raw, declared, true);
  if (alternative)
    return {
      id: alternative.id,
      flags: alternative.flag === 'mistranslation' ? MISTRANSLATION : NO_FLAGS,
    };
  if (declared.default === undefined || !ids.includes(declared.default)) return undefined;
  if (declared.defaultWhen !== undefined && !holds(declared.defaultWhen, doc, raw)) return null;
  return { id: declared.default, flags: NO_FLAGS };
}

export function resolve(doc: Doc, raw: Raw): Resolution | null {
  let ids = raw.ids;
  if (ids.length === 0) return null;
  if (ids.length === 1) return { id: ids[0] as string, flags: NO_FLAGS };
  const declared = ambiguityOf(doc, raw);
  if (declared?.default) {
    const chosen = byDeclaration(doc, raw, declared);
    if (chosen !== undefined) return chosen;
  }
  // Same-named units of different periods: the text's date decides, else the unit valid today.
  const byPeriod = validOnDay(doc, raw);
  const flags = byPeriod.undated ? UNDATED : NO_FLAGS;
  ids = byPeriod.ids;
  if (ids.length === 1) return { id: ids[0] as string, flags };
  // Province or city: a word next to the name decides ("Quang Ninh province", "thành phố Huế").
  const before1 = keyBefore(doc, raw, 1);
  const before2 = keyBefore(doc, raw, 2);
  const after = doc.tokens.key(raw.to);
  for (const [words, type] of UNIT_WORDS) {
    if (!(words.has(before1 as string) || words.has(before2 as string) || words.has(after as string)))
      continue;
    const only = onlyOfType(doc, ids, type);
    if (only !== null) return { id: only, flags };
  }
  const ranked = rankedOf(doc, ids);
  const best = ranked[0];
  if (best === undefined) return null;
  return { id: best, flags: byPeriod.undated ? UNDATED_AMBIGUOUS : AMBIGUOUS, candidates: ranked };
}

/**
 * Ids ranked by type, the more specific first, cached per candidate list (a trie node's or a
 * day's) and frozen: every mention of the same ambiguous name shares it.
 */
const rankCache = new WeakMap<readonly string[], readonly string[]>();

function rankedOf(doc: Doc, ids: readonly string[]): readonly string[] {
  let ranked = rankCache.get(ids);
  if (!ranked) {
    ranked = ids
      .map((id) => doc.kb.getEntity(id))
      .filter((e): e is Entity => e !== null)
      .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.id.localeCompare(b.id))
      .map((e) => e.id);
    Object.freeze(ranked);
    rankCache.set(ids, ranked);
  }
  return ranked;
}
