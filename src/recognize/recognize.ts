import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import { kbAmbiguities } from '../kb/meta.js';
import type { AmbiguityRecord, Entity, EntityType } from '../kb/types.js';
import {
  BALTIC,
  CITY_WORDS,
  CONTEXT_WORDS,
  DEMOCRATIC_WORDS,
  JAPAN_WORDS,
  KOREA,
  PERSON_AFTER,
  PERSON_BEFORE,
  PROVINCE_WORDS,
  VIETNAM_MARITIME,
} from './context.js';
import { type Form, Gazetteer, type Node, type Passing } from './gazetteer.js';
import { levenshtein } from './levenshtein.js';
import { joinable, type Matches, scan } from './scan.js';
import { nameKeys, type Tokens, tokenize, Vocabulary } from './tokenize.js';

/** Why a mention resolved the way it did, when that is worth knowing. */
export type MentionFlag =
  /** A mistranslation resolved to what was meant (Swedish "Östersjön" for Biển Đông). */
  | 'mistranslation'
  /** A short reference ("Kishida", "PM Chinh") to a person named in full in the same text. */
  | 'short-reference'
  /** A Vietnamese referred to by the family name ("PM Pham"): a slip, resolved because unique. */
  | 'family-name-reference'
  /** A misspelt name ("Shizo Abe") resolved to the KB person one edit away. */
  | 'corrected'
  /** Several entities fit; `candidates` lists them and `id` is the best guess by type. */
  | 'ambiguous'
  /** A title word in front of a person's name, standing for the office (with `titles: true`). */
  | 'title'
  /** The text's date is unknown, so the unit valid today was chosen among same-named ones. */
  | 'undated';

/** A recognized mention of a knowledge-base entity. */
export interface EntityMention {
  /** Entity id: `person:pham-minh-chinh`, `sea:bien-dong`, `vn-province-2008:79` … */
  id: string;
  type: EntityType;
  /** The text as written: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** Why the mention resolved as it did; empty for most (a shared, frozen empty array). */
  flags: readonly MentionFlag[];
  /** People: the office named by a title in front of the name, else the office held on the text's date. */
  office: string | null;
  /** Offices: the person holding it on the text's date, when the date is known and there is one holder. */
  holder: string | null;
  /** Other readings, for `ambiguous` mentions. */
  candidates?: readonly string[];
}

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
   * are then not matched (Swedish "Island" is Iceland, but not in English text).
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

/** A surface-form match before resolution (made only for matches that need resolving). */
interface Raw {
  from: number;
  to: number;
  forms: Form[];
  ids: string[];
  titleOffices: string[];
}

function rawAt(matches: Matches, k: number): Raw {
  const p = matches.passing[k] as Passing;
  return {
    from: matches.from[k] as number,
    to: matches.to[k] as number,
    forms: p.forms,
    ids: p.ids,
    titleOffices: p.titleIds,
  };
}

interface Index {
  gazetteer: Gazetteer;
  /**
   * Person names for typo correction, by each of their words: a name one edit away from a run of
   * words shares all but one word with it, so only names sharing a word are compared.
   */
  personKeys: Map<string, { key: string; id: string; words: number }[]>;
  /** The words names and context rules use (see `tokenize`): other words are never copied. */
  vocabulary: Vocabulary;
  /** 1 for the vocabulary ids of words of people's names (the keys of `personKeys`). */
  personWords: Uint8Array;
  /** The trie's first level by vocabulary id (see `scan`). */
  starts: (Node | undefined)[];
  /** Type of each entity, for building mentions without a KB lookup. */
  types: Map<string, EntityType>;
}

const indexes = new WeakMap<Normalizer, Index>();

/** Type order for picking among undeclared ambiguous readings: the more specific first. */
const TYPE_ORDER: readonly EntityType[] = [
  'person',
  'office',
  'province',
  'city',
  'sea',
  'island-group',
  'country',
  'region',
  'organisation',
  'outlet',
  'agreement',
  'programme',
  'event',
];

/** Shortest word that typo correction considers: short words are too often other words. */
const MIN_TYPO_WORD = 3;
/** Shortest whole name that typo correction considers. */
const MIN_TYPO_NAME = 8;

function buildIndex(kb: Normalizer): Index {
  const gazetteer = new Gazetteer();
  const personKeys = new Map<string, { key: string; id: string; words: number }[]>();
  const types = new Map<string, EntityType>();
  for (const e of kb.listEntities()) {
    types.set(e.id, e.type);
    for (const lng of ['en', 'sv', 'vi'] as const) gazetteer.add(e.names[lng], e.id, { language: lng });
    for (const alias of e.aliases ?? []) gazetteer.add(alias, e.id);
    for (const form of e.caseSensitive ?? []) gazetteer.add(form, e.id, { exact: true });
    for (const list of Object.values(e.titles ?? {}))
      for (const t of list ?? []) gazetteer.add(t, e.id, { title: true });
    if (e.type === 'person') {
      const forms = new Set([...Object.values(e.names), ...(e.aliases ?? [])].map((n) => nameKeys(n)));
      for (const keys of forms) {
        if (keys.length < 2 || keys.some((k) => k.length < MIN_TYPO_WORD)) continue;
        const entry = { key: keys.join(' '), id: e.id, words: keys.length };
        for (const word of new Set(keys)) {
          const bucket = personKeys.get(word) ?? [];
          bucket.push(entry);
          personKeys.set(word, bucket);
        }
      }
    }
  }
  // Readings recorded only as alternatives of an ambiguous key join the candidates of its forms.
  for (const record of kbAmbiguities) for (const id of record.candidates) gazetteer.extend(record.key, id);
  const vocabulary = new Vocabulary();
  for (const word of [...gazetteer.words(), ...CONTEXT_WORDS, 's']) vocabulary.add(word);
  const starts: (Node | undefined)[] = new Array(vocabulary.words.length).fill(undefined);
  for (const [key, next] of gazetteer.root.next ?? []) starts[vocabulary.id(key)] = next;
  const personWords = new Uint8Array(vocabulary.words.length);
  for (const word of personKeys.keys()) personWords[vocabulary.id(word)] = 1;
  personWords[0] = 0;
  return { gazetteer, starts, personKeys, personWords, vocabulary, types };
}

function indexFor(kb: Normalizer): Index {
  let index = indexes.get(kb);
  if (!index) {
    index = buildIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

function toDay(date: string | Date | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : null;
}

const validOn = (e: Entity, day: string): boolean =>
  (e.validFrom == null || e.validFrom <= day) && (e.validTo == null || day <= e.validTo);

interface Doc {
  text: string;
  tokens: Tokens;
  matches: Matches;
  /** Matches of title forms ("Prime Minister"), by the word they end before. */
  titles: Map<number, Raw>;
  day: string | null;
  kb: Normalizer;
  index: Index;
  /** Today, computed once per call when an undated text needs it. */
  today?: string;
  /** Ids that some match names without ambiguity, for document-level context. */
  readonly plain: Set<string>;
}

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
    const words: string[] = [];
    for (let k = raw.from; k < raw.to; k++) words.push(doc.tokens.word(k) as string);
    found = declaredByWords.get(words.join(' ')) ?? null;
    ambiguityByForms.set(raw.forms, found);
  }
  return found;
}

function keyBefore(doc: Doc, raw: Raw, n: number): string | undefined {
  return raw.from - n >= 0 ? doc.tokens.key(raw.from - n) : undefined;
}

/** Whether a named context of the data holds around a mention. */
function holds(when: string, doc: Doc, raw: Raw): boolean {
  switch (when) {
    case 'before-2025-07-01':
      return doc.day !== null && doc.day < '2025-07-01';
    case 'person-context': {
      const after = doc.tokens.key(raw.to) === 's' ? doc.tokens.key(raw.to + 1) : doc.tokens.key(raw.to);
      const before = keyBefore(doc, raw, 1);
      return (
        (before !== undefined && PERSON_BEFORE.has(before)) ||
        (after !== undefined && PERSON_AFTER.has(after))
      );
    }
    case 'japan-context': {
      const before = keyBefore(doc, raw, 1);
      const next = doc.matches.startingAt(raw.to);
      return (
        (before !== undefined && JAPAN_WORDS.has(before)) ||
        (next >= 0 && Boolean(doc.matches.passing[next]?.ids.includes('country:JP')))
      );
    }
    case 'democratic-republic-context': {
      const before = keyBefore(doc, raw, 1);
      return before !== undefined && DEMOCRATIC_WORDS.has(before);
    }
    case 'korea-context':
      return [...KOREA].some((id) => doc.plain.has(id)) && !doc.plain.has('country:VN');
    case 'vietnam-maritime-context': {
      let vn = 0;
      let baltic = 0;
      for (const id of doc.plain) {
        if (VIETNAM_MARITIME.has(id)) vn++;
        if (BALTIC.has(id)) baltic++;
      }
      return vn > baltic;
    }
    default:
      return false;
  }
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

// Flag lists are shared and frozen: most mentions have none, the rest one of a few combinations,
// and a list each would be one more object per mention.
const NO_FLAGS: readonly MentionFlag[] = Object.freeze([]);
const MISTRANSLATION: readonly MentionFlag[] = Object.freeze(['mistranslation']);
const UNDATED: readonly MentionFlag[] = Object.freeze(['undated']);
const AMBIGUOUS: readonly MentionFlag[] = Object.freeze(['ambiguous']);
const UNDATED_AMBIGUOUS: readonly MentionFlag[] = Object.freeze(['undated', 'ambiguous']);
const SHORT_REFERENCE: readonly MentionFlag[] = Object.freeze(['short-reference']);
const FAMILY_NAME_REFERENCE: readonly MentionFlag[] = Object.freeze(['family-name-reference']);
const CORRECTED: readonly MentionFlag[] = Object.freeze(['corrected']);
const TITLE: readonly MentionFlag[] = Object.freeze(['title']);

/** Picks one entity for a match: dates, declared ambiguities with their contexts, then words around it. */
function resolve(
  doc: Doc,
  raw: Raw,
): { id: string; flags: readonly MentionFlag[]; candidates?: readonly string[] } | null {
  let ids = raw.ids;
  if (ids.length === 0) return null;
  if (ids.length === 1) return { id: ids[0] as string, flags: NO_FLAGS };
  const declared = ambiguityOf(doc, raw);
  if (declared?.default) {
    const alternative = declared.alternatives?.find((a) => ids.includes(a.id) && holds(a.when, doc, raw));
    if (alternative)
      return {
        id: alternative.id,
        flags: alternative.flag === 'mistranslation' ? MISTRANSLATION : NO_FLAGS,
      };
    if (ids.includes(declared.default)) return { id: declared.default, flags: NO_FLAGS };
  }
  // Same-named units of different periods: the text's date decides, else the unit valid today.
  const byPeriod = validOnDay(doc, raw);
  const flags = byPeriod.undated ? UNDATED : NO_FLAGS;
  ids = byPeriod.ids;
  if (ids.length === 1) return { id: ids[0] as string, flags };
  // Province or city: a word next to the name decides ("Quang Ninh province", "thành phố Huế").
  const around = [keyBefore(doc, raw, 1), keyBefore(doc, raw, 2), doc.tokens.key(raw.to)];
  const typed = (type: EntityType) => ids.filter((id) => doc.kb.getEntity(id)?.type === type);
  if (around.some((k) => k && PROVINCE_WORDS.has(k)) && typed('province').length === 1) {
    return { id: typed('province')[0] as string, flags };
  }
  if (around.some((k) => k && CITY_WORDS.has(k)) && typed('city').length === 1) {
    return { id: typed('city')[0] as string, flags };
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

/** The office a person held on a day, per the KB's terms of office. */
function officeOn(person: Entity, day: string | null, among?: readonly string[]): string | null {
  if (day === null && !among) return null;
  const all = person.offices ?? [];
  const terms = among ? all.filter((t) => among.includes(t.office)) : all;
  if (day !== null) {
    const held = terms.find((t) => (t.from === null || t.from <= day) && (t.to === null || day <= t.to));
    if (held) return held.office;
  }
  // A title names the office even when the date is unknown: the person held one of them.
  if (among && terms.length > 0) return terms[terms.length - 1]?.office ?? null;
  return null;
}

function mention(
  doc: Doc,
  from: number,
  to: number,
  id: string,
  flags: readonly MentionFlag[] = NO_FLAGS,
): EntityMention {
  const start = doc.tokens.start(from);
  const end = doc.tokens.end(to - 1);
  const type = doc.index.types.get(id) ?? doc.kb.getEntity(id)?.type ?? 'organisation';
  return { id, type, text: doc.text.slice(start, end), start, end, flags, office: null, holder: null };
}

/** Short references and misspellings of people named in full in the same text. */
function people(doc: Doc, covered: Uint8Array, full: Set<string>): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const shortForms = new Gazetteer();
  const familyCount = new Map<string, number>();
  const persons = [...full].map((id) => doc.kb.getEntity(id)).filter((e): e is Entity => e !== null);
  for (const p of persons)
    if (p.family)
      familyCount.set(nameKeys(p.family).join(' '), (familyCount.get(nameKeys(p.family).join(' ')) ?? 0) + 1);
  for (const p of persons) {
    const vietnamese = p.country === 'country:VN';
    // Vietnamese go by the given name (the last syllable); Japanese by the family name.
    if (vietnamese && p.given) shortForms.add(p.given, p.id);
    if (!vietnamese && p.family) shortForms.add(p.family, p.id);
    if (vietnamese && p.family && familyCount.get(nameKeys(p.family).join(' ')) === 1) {
      shortForms.add(p.family, `${p.id}#family`);
    }
  }
  const keyAt = (i: number) => (covered[i] ? undefined : doc.tokens.key(i));
  const join = (i: number) => joinable(doc.text, doc.tokens, i);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !doc.tokens.capital(i)) continue;
    const wordId = doc.tokens.id(i);
    const nameWord =
      doc.index.personWords[wordId] === 1 ||
      (i + 1 < doc.tokens.length && doc.index.personWords[doc.tokens.id(i + 1)] === 1);
    if (nameWord && typo(doc, covered, found, i)) continue;
    // Short forms are words of full names: a word outside the vocabulary is none of them.
    if (wordId === 0 || !shortForms.starts(doc.tokens.key(i) as string)) continue;
    const [match] = shortForms.matchesAt(keyAt, i, join);
    if (!match) continue;
    const [to, forms] = match;
    const ids = [...new Set(forms.flatMap((f) => f.ids))];
    let allCapital = true;
    for (let k = i; k < to; k++) allCapital &&= doc.tokens.capital(k);
    if (ids.length !== 1 || !allCapital) continue;
    const [id, family] = (ids[0] as string).split('#');
    // A family name alone is a slip ("PM Pham"): only read as the person right after a title.
    const before = i > 0 ? doc.tokens.key(i - 1) : undefined;
    if (family && !doc.titles.has(i) && !(before && PERSON_BEFORE.has(before))) continue;
    found.push([i, mention(doc, i, to, id as string, family ? FAMILY_NAME_REFERENCE : SHORT_REFERENCE)]);
    covered.fill(1, i, to);
    i = to - 1;
  }
  return found;
}

/** A run of capitalised words one edit away from a KB person's full name ("Shizo Abe"). */
function typo(doc: Doc, covered: Uint8Array, found: [number, EntityMention][], from: number): boolean {
  for (const n of [3, 2]) {
    const to = from + n;
    if (to > doc.tokens.length) continue;
    const words: string[] = [];
    let ok = true;
    for (let k = from; k < to && ok; k++) {
      const key = doc.tokens.word(k) as string;
      ok =
        !covered[k] &&
        doc.tokens.capital(k) &&
        key.length >= MIN_TYPO_WORD &&
        (k === to - 1 || joinable(doc.text, doc.tokens, k));
      words.push(key);
    }
    const key = words.join(' ');
    if (!ok || key.length < MIN_TYPO_NAME) continue;
    const hits = new Set<string>();
    for (const word of words) {
      for (const candidate of doc.index.personKeys.get(word) ?? []) {
        if (
          candidate.words === n &&
          Math.abs(candidate.key.length - key.length) <= 1 &&
          candidate.key !== key &&
          levenshtein(candidate.key, key, 1) === 1
        ) {
          hits.add(candidate.id);
        }
      }
    }
    if (hits.size === 1) {
      found.push([from, mention(doc, from, to, [...hits][0] as string, CORRECTED)]);
      covered.fill(1, from, to);
      return true;
    }
  }
  return false;
}

/**
 * Finds every mention of a knowledge-base entity in a text — people, places, provinces,
 * organisations, seas, agreements, offices and outlets — in en, sv or vi, with or without
 * diacritics, in any case, and resolves each to one entity by context. Offsets index the text as
 * given. Mentions are in text order and never overlap. Never throws on any string.
 *
 * @param text The text to read.
 * @throws {TypeError} when `text` is not a string.
 * @example
 * recognize('Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản', { date: '2023-05-22' })
 *   .map((m) => [m.text, m.id, m.office])
 * // [['Phạm Minh Chính', 'person:pham-minh-chinh', 'office:vn-prime-minister'], ['Nhật Bản', 'country:JP', null]]
 */
export function recognize(text: string, options: RecognizeOptions = {}): EntityMention[] {
  assertString(text, 'text');
  const kb = options.kb ?? defaultNormalizer();
  const index = indexFor(kb);
  const tokens = tokenize(text, index.vocabulary);
  const day = toDay(options.date);
  const language =
    options.language && ['en', 'sv', 'vi'].includes(options.language) ? options.language : null;
  const matches = scan(text, tokens, index.starts, language);
  // Title matches by the word they end on: the person named right after them.
  const titles = new Map<number, Raw>();
  for (let k = 0; k < matches.length; k++)
    if ((matches.passing[k] as Passing).titleIds.length > 0) {
      const raw = rawAt(matches, k);
      titles.set(raw.to, raw);
    }
  // Document-level context, built only when an ambiguous name asks for it.
  let plain: Set<string> | undefined;
  const doc: Doc = {
    text,
    tokens,
    matches,
    titles,
    day,
    kb,
    index,
    get plain() {
      if (!plain) {
        plain = new Set();
        for (const p of matches.passing) if (p.ids.length === 1) plain.add(p.ids[0] as string);
      }
      return plain;
    },
  };

  const covered = new Uint8Array(tokens.length);
  // First pass over the matches: the words they cover and the people they name (for short
  // references). Ambiguous matches are resolved here, once, and their resolutions kept in match
  // order for the final pass, which makes the mentions.
  const resolutions: ReturnType<typeof resolve>[] = [];
  const persons = new Set<string>();
  for (let k = 0; k < matches.length; k++) {
    const ids = (matches.passing[k] as Passing).ids;
    let id: string;
    if (ids.length === 1) id = ids[0] as string;
    else {
      const resolved = resolve(doc, rawAt(matches, k));
      resolutions.push(resolved);
      if (!resolved) continue;
      id = resolved.id;
    }
    if (index.types.get(id) === 'person') persons.add(id);
    const to = matches.to[k] as number;
    for (let w = matches.from[k] as number; w < to; w++) covered[w] = 1;
  }
  // Short references and corrected names, found after the scan: merged in text order below.
  const added = people(doc, covered, persons);
  // Offices: a title in front of a person names the office; else the office held on the date.
  // People and offices repeat through a text: look each up once.
  const people_ = new Map<string, Entity | null>();
  const holders = new Map<string, string | null>();
  const out: EntityMention[] = [];
  let previous: EntityMention | undefined;
  let resolution = 0;
  for (let k = 0, j = 0; k < matches.length || j < added.length; ) {
    const next = added[j];
    let m: EntityMention;
    let from: number;
    if (next === undefined || (k < matches.length && (matches.from[k] as number) < next[0])) {
      from = matches.from[k] as number;
      const to = matches.to[k] as number;
      const ids = (matches.passing[k] as Passing).ids;
      const resolved = ids.length === 1 ? undefined : resolutions[resolution++];
      k++;
      if (ids.length === 1) m = mention(doc, from, to, ids[0] as string);
      else if (!resolved) continue;
      else {
        m = mention(doc, from, to, resolved.id, resolved.flags);
        if (resolved.candidates) m.candidates = resolved.candidates;
      }
    } else {
      [from, m] = next;
      j++;
    }
    const title = titles.get(from);
    if (m.type === 'person') {
      let person = people_.get(m.id);
      if (person === undefined) {
        person = kb.getEntity(m.id);
        people_.set(m.id, person);
      }
      if (person) {
        const officeBefore =
          previous?.type === 'office' && m.start - previous.end <= 2 ? previous : undefined;
        const among = title?.titleOffices ?? (officeBefore ? [officeBefore.id] : undefined);
        m.office = officeOn(person, day, among) ?? officeOn(person, day);
      }
      // With `titles`, the title words in front of the person become a mention of the office held.
      if (options.titles && title && m.office && title.titleOffices.includes(m.office)) {
        const t = mention(doc, title.from, title.to, m.office, TITLE);
        t.type = 'office';
        out.push(t);
      }
    } else if (m.type === 'office' && day !== null) {
      let holder = holders.get(m.id);
      if (holder === undefined) {
        const found = kb.holdersOf(m.id, day);
        holder = found.length === 1 ? (found[0] as Entity).id : null;
        holders.set(m.id, holder);
      }
      m.holder = holder;
    }
    out.push(m);
    previous = m;
  }
  return out;
}
