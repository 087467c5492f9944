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
import { type Form, Gazetteer, type Node, type Passing, passingOf, ready } from './gazetteer.js';
import { levenshtein } from './levenshtein.js';
import { asciiWordHash, nameKeys, type Tokens, tokenize } from './tokenize.js';

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
  flags: MentionFlag[];
  /** People: the office named by a title in front of the name, else the office held on the text's date. */
  office: string | null;
  /** Offices: the person holding it on the text's date, when the date is known and there is one holder. */
  holder: string | null;
  /** Other readings, for `ambiguous` mentions. */
  candidates?: string[];
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

/** A surface-form match before resolution. */
interface Raw {
  from: number;
  to: number;
  forms: Form[];
  ids: string[];
  titleOffices: string[];
}

interface Index {
  gazetteer: Gazetteer;
  /**
   * Person names for typo correction, by each of their words: a name one edit away from a run of
   * words shares all but one word with it, so only names sharing a word are compared.
   */
  personKeys: Map<string, { key: string; id: string; words: number }[]>;
  ambiguity: Map<string, AmbiguityRecord | null>;
  /** Hashes of the lower-case ASCII words names and context rules use (see `tokenize`). */
  vocabulary: Set<number>;
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
  const vocabulary = new Set<number>();
  const words = [...gazetteer.words(), ...CONTEXT_WORDS, 's'];
  for (const word of words) if (/^[a-z0-9]+$/u.test(word)) vocabulary.add(asciiWordHash(word));
  return { gazetteer, personKeys, ambiguity: new Map(), vocabulary, types };
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

/**
 * Whether two neighbouring words may belong to one name: separated only by spaces (one line
 * break at most), a dash, a dot or an apostrophe ("Viet Nam", "Bà Rịa - Vũng Tàu", "TP.HCM"),
 * or the colon of a Swedish genitive ("FN:s havsrättskonvention").
 */
function joinable(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.length) return false;
  const aEnd = tokens.end(i);
  const bStart = tokens.start(i + 1);
  const gap = bStart - aEnd;
  if (gap > 4) return false;
  // Swedish genitive after an abbreviation: "FN:s".
  if (gap === 1 && text.charCodeAt(aEnd) === 58) return true;
  let breaks = 0;
  for (let k = aEnd; k < bStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (
      !(
        c === 32 ||
        c === 9 ||
        c === 13 ||
        c === 0xa0 ||
        c === 46 ||
        c === 39 ||
        c === 0x2019 ||
        c === 45 ||
        c === 0x2013 ||
        c === 0x2014
      )
    ) {
      return false;
    }
  }
  return breaks <= 1;
}

/** The first matches of forms that pass their own conditions, longest first. */
/** The forms ending at a node that pass their conditions for the words `from`..`to`. */
function passing(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  at: Node,
  language: string | null,
): Passing {
  const forms = at.forms as Form[];
  if (at.unconditional) return at as Passing;
  let anyCapital = false;
  for (let k = from; k < to; k++) anyCapital ||= tokens.capital(k);
  const memoKey = at.hasExact ? null : `${anyCapital ? 'C' : 'c'}${language ?? ''}`;
  const memo = memoKey === null ? undefined : at.memo.get(memoKey);
  if (memo) return memo;
  let surface: string | undefined;
  const ok = forms.filter((f) => {
    if (f.exact) {
      surface ??= text.slice(tokens.start(from), tokens.end(to - 1));
      if (f.text !== surface) return false;
    }
    if (f.proper && !anyCapital) return false;
    return !(f.language && language && f.language !== language && to - from === 1 && !f.exact);
  });
  const result = ok.length === forms.length ? (at as Passing) : passingOf(ok);
  if (memoKey !== null) at.memo.set(memoKey, result);
  return result;
}

/** Finds the longest passing surface form at each word, left to right, without overlaps. */
function scan(text: string, tokens: Tokens, index: Index, language: string | null): Raw[] {
  const raws: Raw[] = [];
  const root = index.gazetteer.root;
  const ends: number[] = [];
  const nodes: Node[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    // Walk the trie word by word, remembering every node where a form ends.
    let at: Node | undefined = root.next.get(tokens.key(i) as string);
    let count = 0;
    for (let j = i; at; ) {
      if (at.forms) {
        ends[count] = j + 1;
        nodes[count++] = at;
      }
      if (!joinable(text, tokens, j)) break;
      j++;
      at = at.next.get(tokens.key(j) as string);
    }
    let matched = false;
    for (let c = count - 1; c >= 0; c--) {
      const to = ends[c] as number;
      const at = ready(nodes[c] as Node);
      const ok = passing(text, tokens, i, to, at, language);
      // "US$500,000" is an amount, not the country.
      if (ok.forms.length === 0 || text.charCodeAt(tokens.end(to - 1)) === 36) continue;
      raws.push({ from: i, to, forms: ok.forms, ids: ok.ids, titleOffices: ok.titleIds });
      i = to;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return raws;
}

interface Doc {
  text: string;
  tokens: Tokens;
  raws: Raw[];
  day: string | null;
  kb: Normalizer;
  index: Index;
  /** Today, computed once per call when an undated text needs it. */
  today?: string;
  /** Ids that some match names without ambiguity, for document-level context. */
  readonly plain: Set<string>;
}

/** Ambiguity records by the forms a match ended on: one lookup per trie node, not per mention. */
const ambiguityByForms = new WeakMap<Form[], AmbiguityRecord | null>();

function ambiguityOf(doc: Doc, raw: Raw): AmbiguityRecord | null {
  const byForms = ambiguityByForms.get(raw.forms);
  if (byForms !== undefined) return byForms;
  const surface = doc.text.slice(doc.tokens.start(raw.from), doc.tokens.end(raw.to - 1));
  const cacheKey = `${raw.ids.slice().sort().join('|')}\u0000${nameKeys(surface).join(' ')}`;
  let found = doc.index.ambiguity.get(cacheKey);
  if (found === undefined) {
    found = doc.kb.findEntities(surface).find((m) => m.ambiguity)?.ambiguity ?? null;
    doc.index.ambiguity.set(cacheKey, found);
  }
  ambiguityByForms.set(raw.forms, found);
  return found;
}

/** The match that starts at word `from`, by binary search (matches are in text order). */
function rawStartingAt(raws: Raw[], from: number): Raw | undefined {
  let lo = 0;
  let hi = raws.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = raws[mid] as Raw;
    if (r.from === from) return r;
    if (r.from < from) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
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
      const next = rawStartingAt(doc.raws, raw.to);
      return (before !== undefined && JAPAN_WORDS.has(before)) || Boolean(next?.ids.includes('country:JP'));
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

/** Picks one entity for a match: dates, declared ambiguities with their contexts, then words around it. */
function resolve(doc: Doc, raw: Raw): { id: string; flags: MentionFlag[]; candidates?: string[] } | null {
  let ids = raw.ids;
  if (ids.length === 0) return null;
  if (ids.length === 1) return { id: ids[0] as string, flags: [] };
  const flags: MentionFlag[] = [];
  const declared = ambiguityOf(doc, raw);
  if (declared?.default && declared.kind === 'declared') {
    const alternative = declared.alternatives?.find((a) => ids.includes(a.id) && holds(a.when, doc, raw));
    if (alternative)
      return { id: alternative.id, flags: alternative.flag === 'mistranslation' ? ['mistranslation'] : [] };
    if (ids.includes(declared.default)) return { id: declared.default, flags };
  }
  // Same-named units of different periods: the text's date decides, else the unit valid today.
  const byPeriod = validOnDay(doc, raw);
  if (byPeriod.undated) flags.push('undated');
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
  const ranked = ids
    .map((id) => doc.kb.getEntity(id))
    .filter((e): e is Entity => e !== null)
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.id.localeCompare(b.id));
  const best = ranked[0];
  if (!best) return null;
  return { id: best.id, flags: [...flags, 'ambiguous'], candidates: ranked.map((e) => e.id) };
}

/** The office a person held on a day, per the KB's terms of office. */
function officeOn(person: Entity, day: string | null, among?: readonly string[]): string | null {
  const terms = (person.offices ?? []).filter((t) => !among || among.includes(t.office));
  if (day !== null) {
    const held = terms.find((t) => (t.from === null || t.from <= day) && (t.to === null || day <= t.to));
    if (held) return held.office;
  }
  // A title names the office even when the date is unknown: the person held one of them.
  if (among && terms.length > 0) return terms[terms.length - 1]?.office ?? null;
  return null;
}

function mention(doc: Doc, from: number, to: number, id: string, flags: MentionFlag[]): EntityMention {
  const start = doc.tokens.start(from);
  const end = doc.tokens.end(to - 1);
  const type = doc.index.types.get(id) ?? doc.kb.getEntity(id)?.type ?? 'organisation';
  return { id, type, text: doc.text.slice(start, end), start, end, flags, office: null, holder: null };
}

/** Short references and misspellings of people named in full in the same text. */
/** Merges the scan's mentions (with their first words) and the people pass's, each in text order. */
function mergeByStart(
  froms: number[],
  list: EntityMention[],
  added: [number, EntityMention][],
): [number[], EntityMention[]] {
  const outFroms: number[] = [];
  const out: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < list.length || j < added.length) {
    const y = added[j];
    if (y === undefined || (i < list.length && (froms[i] as number) < y[0])) {
      outFroms.push(froms[i] as number);
      out.push(list[i] as EntityMention);
      i++;
    } else {
      outFroms.push(y[0]);
      out.push(y[1]);
      j++;
    }
  }
  return [outFroms, out];
}

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
  const titled = new Set(doc.raws.filter((r) => r.titleOffices.length > 0).map((r) => r.to));
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !doc.tokens.capital(i)) continue;
    const tokenKey = doc.tokens.key(i) as string;
    const nextKey = doc.tokens.key(i + 1);
    const nameWord =
      doc.index.personKeys.has(tokenKey) || (nextKey !== undefined && doc.index.personKeys.has(nextKey));
    if (nameWord && typo(doc, covered, found, i)) continue;
    if (!shortForms.starts(tokenKey)) continue;
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
    if (family && !titled.has(i) && !(before && PERSON_BEFORE.has(before))) continue;
    found.push([
      i,
      mention(doc, i, to, id as string, [family ? 'family-name-reference' : 'short-reference']),
    ]);
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
      const key = doc.tokens.key(k) as string;
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
      found.push([from, mention(doc, from, to, [...hits][0] as string, ['corrected'])]);
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
  const raws = scan(text, tokens, index, language);
  // Document-level context, built only when an ambiguous name asks for it.
  let plain: Set<string> | undefined;
  const doc: Doc = {
    text,
    tokens,
    raws,
    day,
    kb,
    index,
    get plain() {
      plain ??= new Set(raws.filter((r) => r.ids.length === 1).map((r) => r.ids[0] as string));
      return plain;
    },
  };

  const covered = new Uint8Array(tokens.length);
  // Mentions in text order, with the index of their first word alongside (no pair object per mention).
  let froms: number[] = [];
  let list: EntityMention[] = [];
  const persons = new Set<string>();
  for (const raw of raws) {
    let m: EntityMention;
    if (raw.ids.length === 1) m = mention(doc, raw.from, raw.to, raw.ids[0] as string, []);
    else {
      const resolved = resolve(doc, raw);
      if (!resolved) continue;
      m = mention(doc, raw.from, raw.to, resolved.id, resolved.flags);
      if (resolved.candidates) m.candidates = resolved.candidates;
    }
    if (m.type === 'person') persons.add(m.id);
    froms.push(raw.from);
    list.push(m);
    covered.fill(1, raw.from, raw.to);
  }
  const added = people(doc, covered, persons);
  // Short references and corrected names were found after the scan: merge both lists in text order.
  if (added.length > 0) [froms, list] = mergeByStart(froms, list, added);
  // Offices: a title in front of a person names the office; else the office held on the date.
  const titles = new Map(raws.filter((r) => r.titleOffices.length > 0).map((r) => [r.to, r]));
  // People and offices repeat through a text: look each up once.
  const people_ = new Map<string, Entity | null>();
  const holders = new Map<string, string | null>();
  let previous: EntityMention | undefined;
  for (let k = 0; k < list.length; k++) {
    const m = list[k] as EntityMention;
    const from = froms[k] as number;
    if (m.type === 'person') {
      let person = people_.get(m.id);
      if (person === undefined) {
        person = kb.getEntity(m.id);
        people_.set(m.id, person);
      }
      if (person) {
        const title = titles.get(from);
        const officeBefore =
          previous?.type === 'office' && m.start - previous.end <= 2 ? previous : undefined;
        const among = title?.titleOffices ?? (officeBefore ? [officeBefore.id] : undefined);
        m.office = officeOn(person, day, among) ?? officeOn(person, day);
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
    previous = m;
  }
  if (!options.titles) return list;
  // Title words in front of a person become mentions of the office the person held.
  const out: EntityMention[] = [];
  for (let k = 0; k < list.length; k++) {
    const m = list[k] as EntityMention;
    const title = titles.get(froms[k] as number);
    if (m.type === 'person' && title && m.office && title.titleOffices.includes(m.office)) {
      const t = mention(doc, title.from, title.to, m.office, ['title']);
      t.type = 'office';
      out.push(t);
    }
    out.push(m);
  }
  return out;
}
