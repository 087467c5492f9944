import { assertString, describeValue, VietnormError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import {
  parseDisplayNameOptions,
  parseFindOptions,
  parseNormalizerOptions,
  parseRestoreDiacriticsOptions,
} from '../options.js';
import { foldKey } from '../text/fold.js';
import { normalizeToneMarks, type ToneStyle } from '../text/tone.js';
import { expandAliases } from './aliases.js';
import { AMBIGUITIES, ENTITIES } from './data/entities.generated.js';
import { NAMES } from './data/names.generated.js';
import { peoplesBodyRecords } from './peoples-bodies.js';
import {
  CONTROL_CHARACTER,
  ENTITY_ID,
  type EntityInput,
  type EntityOverride,
  parseEntityInput,
} from './schema.js';
import type { AmbiguityRecord, Entity, EntityRecord, EntityType, KbLanguage } from './types.js';
import { unitForms } from './unit-forms.js';

const LANGS: readonly KbLanguage[] = ['en', 'sv', 'vi'];
type NestedResources = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The built-in display names of one language as i18next resources, every name in it: the generated
 * data stores a Swedish or Vietnamese name only where it differs from the English one. Made on
 * first use, not on import, from the same table as the knowledge base's (see {@link addBuiltinNames}).
 */
function fullResources(lng: KbLanguage): NestedResources {
  if (lng === 'en') return NAMES.en;
  const names = new Map<string, string>();
  addBuiltinNames(names, lng);
  const out: Record<string, Record<string, string>> = {};
  for (const [id, name] of names) {
    const colon = id.indexOf(':');
    const prefix = id.slice(0, colon);
    out[prefix] ??= {};
    out[prefix][id.slice(colon + 1)] = name;
  }
  return out;
}

/**
 * Fills `names` with the built-in display names of `lng` by entity id, the English name where the
 * language has none: the English groups first, each with the language's own extra names after
 * them, then the groups only the language has.
 */
function addBuiltinNames(names: Map<string, string>, lng: KbLanguage): void {
  addAllBuiltinNames([[lng, names]]);
}

/**
 * {@link addBuiltinNames} for several languages in one pass over the English groups, which makes
 * each id once (this runs on every cold start).
 */
function addAllBuiltinNames(targets: readonly (readonly [KbLanguage, Map<string, string>])[]): void {
  const en = NAMES.en;
  for (const prefix in en) {
    const group = en[prefix] as Readonly<Record<string, string>>;
    const mine = targets.map(([lng]) =>
      lng !== 'en' && Object.hasOwn(NAMES[lng], prefix) ? NAMES[lng][prefix] : undefined,
    );
    for (const local in group) {
      const id = `${prefix}:${local}`;
      const name = group[local] as string;
      for (let t = 0; t < targets.length; t++) {
        const own = mine[t];
        (targets[t] as readonly [KbLanguage, Map<string, string>])[1].set(
          id,
          own && Object.hasOwn(own, local) ? (own[local] as string) : name,
        );
      }
    }
    for (let t = 0; t < targets.length; t++) {
      const own = mine[t];
      if (own === undefined) continue;
      const names = (targets[t] as readonly [KbLanguage, Map<string, string>])[1];
      for (const local in own)
        if (!Object.hasOwn(group, local)) names.set(`${prefix}:${local}`, own[local] as string);
    }
  }
  for (const [lng, names] of targets) {
    if (lng === 'en') continue;
    const own = NAMES[lng];
    for (const prefix in own)
      if (!Object.hasOwn(en, prefix)) {
        const group = own[prefix] as Readonly<Record<string, string>>;
        for (const local in group) names.set(`${prefix}:${local}`, group[local] as string);
      }
  }
}

/** A date as a `Date` or an ISO day string (`'2025-07-01'`). */
export type DateInput = Date | string;

/** Options of {@link Normalizer.displayName}. */
export interface DisplayNameOptions {
  /**
   * An i18next-style context: a variant name stored under `<key>_<context>`. The KB has `vn`
   * for the names Vietnamese sources use in other languages (East Sea, Östhavet).
   * Falls back to the plain name when the entity has no such variant.
   * @default undefined
   * @example displayName('sea:bien-dong', 'en', { context: 'vn' }) // 'East Sea'
   */
  readonly context?: string;
}

/** Options of {@link Normalizer.findEntities}. */
export interface FindOptions {
  /**
   * Only entities of these types.
   * @default all types
   */
  readonly types?: readonly EntityType[];
  /**
   * Only entities valid on this day (province-level units of the right period).
   * @default undefined (no date filter)
   * @example findEntities('Binh Duong', { date: '2022-05-01' }) // [vn-province-2008:74]
   */
  readonly date?: DateInput;
}

/** A folded name without the word for a city's unit before or after it ("tp vinh" → "vinh"), or null. */
function withoutCityUnit(key: string): string | null {
  for (const unit of ['thanh pho ', 'tp. ', 'tp ', 'tp.'])
    if (key.startsWith(unit)) return key.slice(unit.length) || null;
  for (const unit of [' city', '-shi']) if (key.endsWith(unit)) return key.slice(0, -unit.length) || null;
  return null;
}

/** One result of {@link Normalizer.findEntities}. */
export interface EntityMatch {
  readonly entity: Entity;
  /** How the query matched: by folding key, or case-sensitively (abbreviations). */
  readonly via: 'key' | 'case-sensitive';
  /** The ambiguity record of the key, when the key names more than one entity. */
  readonly ambiguity: AmbiguityRecord | null;
  /** True for the declared default reading of an ambiguous key. */
  readonly isDefault: boolean;
}

/** Options of {@link Normalizer.restoreDiacritics}. */
export interface RestoreOptions {
  /**
   * Tone-mark style of the inserted forms (`'new'`: Hòa, `'old'`: Hoà); `undefined` keeps the KB's form.
   * @default undefined
   */
  readonly style?: ToneStyle;
  /**
   * Restore only spans whose words are capitalised like the known name (so "hue" the colour and
   * "son" stay untouched; "Hue" and "Bui Thanh Son" are restored).
   * @default true
   */
  readonly requireCapitals?: boolean;
}

/** Options of {@link createNormalizer}. */
export interface NormalizerOptions {
  /**
   * Entities to add (names in en, sv and vi required) or to override (an existing `id`; the
   * fields given replace the built-in ones, `aliases` and `caseSensitive` are added to them).
   * Each entry is validated; a bad entry throws a `VietnormError` (`invalid-entity`) naming the
   * entry and the field.
   * @default []
   */
  readonly entities?: readonly (EntityInput | EntityOverride)[];
  /**
   * Display-name overrides per language, keyed by entity id (optionally `id_context`).
   * @default {}
   * @example { sv: { 'sea:bien-dong': 'Östhavet' } }
   */
  readonly locales?: Readonly<Partial<Record<KbLanguage, Readonly<Record<string, string>>>>>;
}

/** The knowledge-base API, bound to one set of entities (the built-in KB plus any extensions). */
export interface Normalizer {
  /** The entity with this id, or `null`. */
  getEntity(id: string): Entity | null;
  /** The display name of an entity in a language, or `null` for an unknown id. */
  displayName(id: string, lng: KbLanguage, options?: DisplayNameOptions): string | null;
  /**
   * Entities whose name or alias has the query's folding key (any language, any diacritics); for a
   * city's name with the word for its unit and no entity of its own ("Fukuoka City", "TP Vinh"),
   * the cities of the name without it.
   */
  findEntities(query: string, options?: FindOptions): EntityMatch[];
  /** The id of the province-level unit that continues `id` on `date` (itself while still valid). */
  successor(id: string, date?: DateInput): string | null;
  /** Ids of the province-level units merged into `id` (empty for units that were not merged). */
  predecessors(id: string): string[];
  /** The province-level unit a city belonged to on `date`. */
  provinceOf(id: string, date?: DateInput): string | null;
  /** The people holding an office on `date` (several during acting or concurrent terms). */
  holdersOf(officeId: string, date?: DateInput): Entity[];
  /** Replaces known names written without (or with wrong) diacritics by their Vietnamese form. */
  restoreDiacritics(text: string, options?: RestoreOptions): string;
  /** Every entity, optionally of one type, sorted by id. */
  listEntities(type?: EntityType): Entity[];
  /** The display names as i18next resources (`{ lng: { prefix: { local: name } } }`), overrides included. */
  resources(): Record<KbLanguage, Record<string, Record<string, string>>>;
}

function toDay(date: DateInput | undefined): string {
  if (date === undefined) return new Date().toISOString().slice(0, 10);
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new TypeError('Expected a valid date, got an invalid Date');
    return date.toISOString().slice(0, 10);
  }
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  throw new TypeError(`Expected a Date or an ISO day string, got ${describeValue(date)}`);
}

function validOn(e: EntityRecord, day: string): boolean {
  return (e.validFrom == null || e.validFrom <= day) && (e.validTo == null || day <= e.validTo);
}

/** Vietnamese letters (and ASCII): forms made only of these are candidates for restoration. */
const VIETNAMESE_FORM =
  /^[\sA-Za-z0-9.'’\-àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/u;
const HAS_MARK = /[^\x20-\x7e]/u;
/** A word of the text: letters, marks and digits (a single class run, linear). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Separators allowed inside a name: whitespace, or a dash with optional spaces. */
const NAME_GAP = /^(?:\s+|\s*[-\u2010-\u2015\u2212]\s*)$/u;
const MAX_NAME_WORDS = 10;

/** The built-in records (ASCII aliases derived) and display names, made once, on first use. */
let builtin:
  | { records: Map<string, EntityRecord>; names: Record<KbLanguage, Map<string, string>> }
  | undefined;

function builtinTables(): NonNullable<typeof builtin> {
  if (builtin) return builtin;
  const names = {
    en: new Map<string, string>(),
    sv: new Map<string, string>(),
    vi: new Map<string, string>(),
  };
  addAllBuiltinNames(LANGS.map((lng) => [lng, names[lng]] as const));
  const records = new Map<string, EntityRecord>();
  const add = (e: EntityRecord): void => {
    const own: string[] = [];
    for (const l of LANGS) {
      const name = names[l].get(e.id);
      if (name !== undefined) own.push(name);
    }
    const aliases = expandAliases(own, e.aliases ?? [], e.caseSensitive ?? []);
    // The generated data leaves out the default provenance.
    const record = e.sources ? e : { ...e, sources: CURATED };
    records.set(e.id, aliases.length > 0 ? { ...record, aliases } : record);
  };
  for (const e of ENTITIES) {
    if (e.type !== 'province') {
      add(e);
      continue;
    }
    // A unit's generic forms ("tỉnh X", "X Province") are derived, not stored.
    add({ ...e, aliases: [...(e.aliases ?? []), ...unitForms(e, names.vi.get(e.id) ?? e.id)] });
    // The unit's people's bodies, derived (their display names are in locales/ like every other).
    for (const body of peoplesBodyRecords(e)) add(body);
  }
  builtin = { records, names };
  return builtin;
}

/** The provenance of a generated record that states none: facts entered by hand from general knowledge. */
const CURATED: readonly string[] = Object.freeze(['curated']);

class KnowledgeBase implements Normalizer {
  private readonly records: Map<string, EntityRecord>;
  private readonly names = new Map<string, Map<string, string>>(); // lng → key → name
  private readonly entityCache = new Map<string, Entity>();
  private keyIndex: Map<string, string[]> | null = null;
  private exactIndex: Map<string, string[]> | null = null;
  private ambiguityIndex: Map<string, AmbiguityRecord> | null = null;
  private restoreIndex: Map<string, string | null> | null = null;
  private holders: Map<string, [string, EntityRecord][]> | null = null;
  private longestName = 1;

  constructor(options: NormalizerOptions) {
    const builtin = builtinTables();
    this.records = new Map(builtin.records);
    for (const lng of LANGS) this.names.set(lng, new Map(builtin.names[lng]));
    this.extend(options);
  }

  private extend(options: NormalizerOptions): void {
    const { entities = [], locales = {} } = options;
    if (!Array.isArray(entities))
      throw new VietnormError('invalid-option', 'entities must be an array', { option: 'entities' });
    entities.forEach((input, index) => {
      const { record, names, isNew } = parseEntityInput(input, index, (id) => this.records.has(id));
      const base = isNew ? undefined : this.records.get(record.id);
      const merged: EntityRecord = {
        ...(base ?? { sources: ['user'] }),
        ...record,
        aliases: [...(base?.aliases ?? []), ...(record.aliases ?? [])],
        caseSensitive: [...(base?.caseSensitive ?? []), ...(record.caseSensitive ?? [])],
        sources: record.sources ?? base?.sources ?? ['user'],
      } as EntityRecord;
      this.records.set(record.id, merged);
      for (const lng of LANGS) {
        const name = names[lng];
        if (name !== undefined) this.names.get(lng)?.set(record.id, name.normalize('NFC'));
      }
    });
    if (typeof locales !== 'object' || locales === null)
      throw new VietnormError('invalid-option', 'locales must be an object', { option: 'locales' });
    for (const lng of Object.keys(locales)) {
      if (!(LANGS as readonly string[]).includes(lng))
        throw new VietnormError('invalid-option', `locales.${lng}: unknown language (en, sv, vi)`, {
          option: 'locales',
          field: lng,
        });
      const table = (locales as Record<string, unknown>)[lng];
      if (typeof table !== 'object' || table === null)
        throw new VietnormError('invalid-option', `locales.${lng} must be an object`, {
          option: 'locales',
          field: lng,
        });
      for (const key of Object.keys(table)) {
        const value = (table as Record<string, unknown>)[key];
        const id = key.replace(/_[a-z0-9-]{1,40}$/, '');
        if (!ENTITY_ID.test(id) || !this.records.has(id))
          throw new VietnormError('invalid-entity', `locales.${lng}: "${key}" is not a known entity id`, {
            field: `locales.${lng}`,
            id: key,
          });
        if (typeof value !== 'string' || value.trim() === '' || CONTROL_CHARACTER.test(value))
          throw new VietnormError(
            'invalid-entity',
            `locales.${lng}["${key}"]: must be a non-empty string without control characters`,
            {
              field: `locales.${lng}`,
              id: key,
            },
          );
        this.names.get(lng as KbLanguage)?.set(key, value.normalize('NFC'));
      }
    }
  }

  private nameOf(id: string, lng: KbLanguage): string | undefined {
    return this.names.get(lng)?.get(id);
  }

  getEntity(id: string): Entity | null {
    if (typeof id !== 'string') return null;
    const cached = this.entityCache.get(id);
    if (cached) return cached;
    const record = this.records.get(id);
    if (!record) return null;
    const names = {
      en: this.nameOf(id, 'en') ?? id,
      sv: this.nameOf(id, 'sv') ?? id,
      vi: this.nameOf(id, 'vi') ?? id,
    };
    const entity = deepFreeze<Entity>({ ...record, names });
    this.entityCache.set(id, entity);
    return entity;
  }

  displayName(id: string, lng: KbLanguage, options?: DisplayNameOptions): string | null {
    // Called for every entity of every analysis, mostly without options: those need no check.
    const context = options === undefined ? undefined : parseDisplayNameOptions(options).context;
    if (!this.records.has(id)) return null;
    if (!(LANGS as readonly string[]).includes(lng))
      throw new VietnormError('invalid-option', `Unknown language "${String(lng)}" (en, sv, vi)`, {
        option: 'lng',
      });
    if (context !== undefined && context !== null) {
      const variant = this.nameOf(`${id}_${context}`, lng);
      if (variant !== undefined) return variant;
    }
    return this.nameOf(id, lng) ?? null;
  }

  private buildIndexes(): void {
    const keys = new Map<string, string[]>();
    const exact = new Map<string, string[]>();
    const push = (map: Map<string, string[]>, key: string, id: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    };
    for (const [id, e] of this.records) {
      const cs = new Set(e.caseSensitive ?? []);
      const forms = [...LANGS.map((l) => this.nameOf(id, l) ?? ''), ...(e.aliases ?? [])];
      for (const form of forms) {
        if (form === '' || cs.has(form)) continue;
        const key = foldKey(form);
        if (key === '') continue;
        push(keys, key, id);
        if (key.includes('-')) push(keys, key.replace(/-/g, ' ').replace(/ {2,}/g, ' ').trim(), id);
      }
      for (const form of cs) push(exact, form.normalize('NFC').trim(), id);
    }
    const ambiguities = new Map<string, AmbiguityRecord>(AMBIGUITIES.map((a) => [a.key, a]));
    for (const [key, ids] of keys) {
      const known = ambiguities.get(key);
      if (ids.length > 1 && (!known || ids.some((id) => !known.candidates.includes(id))))
        ambiguities.set(key, {
          ...(known ?? {}),
          key,
          candidates: [...new Set([...(known?.candidates ?? []), ...ids])],
          kind: known?.kind ?? 'runtime',
        });
    }
    this.keyIndex = keys;
    this.exactIndex = exact;
    this.ambiguityIndex = ambiguities;
  }

  findEntities(query: string, options: FindOptions = {}): EntityMatch[] {
    options = parseFindOptions(options);
    assertString(query, 'query');
    if (!this.keyIndex) this.buildIndexes();
    const key = foldKey(query);
    const day = options.date === undefined ? undefined : toDay(options.date);
    const ambiguity = this.ambiguityIndex?.get(key) ?? null;
    const out: EntityMatch[] = [];
    const seen = new Set<string>();
    const consider = (ids: readonly string[] | undefined, via: EntityMatch['via']) => {
      for (const id of ids ?? []) {
        if (seen.has(id)) continue;
        const entity = this.getEntity(id);
        if (!entity) continue;
        if (options.types && !options.types.includes(entity.type)) continue;
        if (day !== undefined && !validOn(entity, day)) continue;
        seen.add(id);
        out.push({
          entity,
          via,
          ambiguity: via === 'key' ? ambiguity : null,
          isDefault: ambiguity?.default === id,
        });
      }
    };
    consider(this.exactIndex?.get(query.normalize('NFC').trim()), 'case-sensitive');
    // Declared ambiguities also list readings that do not carry the alias (Östersjön → Biển Đông).
    consider(
      key === '' ? undefined : [...(this.keyIndex?.get(key) ?? []), ...(ambiguity?.candidates ?? [])],
      'key',
    );
    // A city's name with the word for its unit ("Fukuoka City", "thành phố Kitakyushu", "TP Vinh"):
    // the cities of the name without it.
    if (out.length === 0) {
      const bare = withoutCityUnit(key);
      if (bare !== null) {
        const cities = (this.keyIndex?.get(bare) ?? []).filter((id) => this.getEntity(id)?.type === 'city');
        consider(cities, 'key');
      }
    }
    return out.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  }

  successor(id: string, date?: DateInput): string | null {
    const day = toDay(date);
    let current = this.records.get(id);
    for (let hops = 0; current && hops < 10; hops++) {
      if (current.validTo == null || day <= current.validTo || !current.successor) return current.id;
      current = this.records.get(current.successor);
    }
    return current ? current.id : null;
  }

  predecessors(id: string): string[] {
    return [...(this.records.get(id)?.predecessors ?? [])];
  }

  provinceOf(id: string, date?: DateInput): string | null {
    const day = toDay(date);
    const record = this.records.get(id);
    if (!record?.within) return null;
    const hit = record.within.find(
      (w) => (w.from === undefined || w.from <= day) && (w.to === undefined || day <= w.to),
    );
    return hit?.id ?? null;
  }

  holdersOf(officeId: string, date?: DateInput): Entity[] {
    const day = toDay(date);
    const out: Entity[] = [];
    for (const [id, record] of this.holderIndex().get(officeId) ?? []) {
      const holds = record.offices?.some(
        (t) =>
          t.office === officeId &&
          t.from !== null &&
          t.from <= day &&
          (t.to === null ? !!t.unverified?.startsWith('open') : day < t.to),
      );
      const entity = holds ? this.getEntity(id) : null;
      if (entity) out.push(entity);
    }
    return out;
  }

  /** The people who ever held each office, in the base's order, built on first use. */
  private holderIndex(): Map<string, [string, EntityRecord][]> {
    if (this.holders) return this.holders;
    const index = new Map<string, [string, EntityRecord][]>();
    for (const [id, record] of this.records) {
      if (record.type !== 'person') continue;
      for (const office of new Set(record.offices?.map((t) => t.office))) {
        const list = index.get(office) ?? [];
        list.push([id, record]);
        index.set(office, list);
      }
    }
    this.holders = index;
    return index;
  }

  private buildRestoreIndex(): Map<string, string | null> {
    const index = new Map<string, string | null>();
    const add = (form: string, preferred: boolean) => {
      if (!HAS_MARK.test(form) || !VIETNAMESE_FORM.test(form)) return;
      const key = foldKey(form);
      const words = key.split(/[ -]/).length;
      if (words > this.longestName) this.longestName = Math.min(words, MAX_NAME_WORDS);
      const prev = index.get(key);
      if (prev === undefined || (preferred && prev !== null)) {
        // Two different Vietnamese spellings of one key (other than tone placement) are a conflict.
        if (
          prev &&
          normalizeToneMarks(prev).toLowerCase() !== normalizeToneMarks(form).toLowerCase() &&
          !preferred
        )
          index.set(key, null);
        else index.set(key, form);
      } else if (
        prev !== null &&
        normalizeToneMarks(prev).toLowerCase() !== normalizeToneMarks(form).toLowerCase()
      )
        index.set(key, null);
    };
    for (const [id, e] of this.records) {
      const vi = this.nameOf(id, 'vi');
      const cs = new Set(e.caseSensitive ?? []);
      if (vi) add(vi, true);
      const en = this.nameOf(id, 'en') ?? '';
      // A marked alias of an English name spelt without marks ("Việt Nam News" beside "Viet Nam
      // News") is one more spelling: the English one is right as written and is not restored.
      const plain = HAS_MARK.test(en) ? null : foldKey(en);
      for (const form of [en, this.nameOf(id, 'sv') ?? '', ...(e.aliases ?? [])])
        if (!cs.has(form) && !(form !== vi && foldKey(form) === plain)) add(form, false);
    }
    return index;
  }

  restoreDiacritics(text: string, options: RestoreOptions = {}): string {
    options = parseRestoreDiacriticsOptions(options);
    assertString(text, 'text');
    if (!this.keyIndex) this.buildIndexes();
    if (!this.restoreIndex) this.restoreIndex = this.buildRestoreIndex();
    const restore = this.restoreIndex;
    const keys = this.keyIndex as Map<string, string[]>;
    const requireCapitals = options.requireCapitals ?? true;
    const source = text.normalize('NFC');
    const words: { start: number; end: number; key: string }[] = [];
    for (const m of source.matchAll(WORD))
      words.push({ start: m.index, end: m.index + m[0].length, key: foldKey(m[0]) });
    let out = '';
    let cursor = 0;
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      let replacement: string | null = null;
      let key = '';
      const first = words[i] as (typeof words)[number];
      // Longest match first; a longer known non-Vietnamese name ("Viet Nam News") blocks shorter ones.
      const candidates: { n: number; key: string }[] = [];
      key = first.key;
      candidates.push({ n: 1, key });
      for (let n = 2; n <= this.longestName + 2 && i + n - 1 < words.length; n++) {
        const prev = words[i + n - 2] as (typeof words)[number];
        const next = words[i + n - 1] as (typeof words)[number];
        const gap = source.slice(prev.end, next.start);
        if (!NAME_GAP.test(gap)) break;
        key += gap.trim() === '' ? ` ${next.key}` : `-${next.key}`;
        candidates.push({ n, key });
      }
      for (let c = candidates.length - 1; c >= 0; c--) {
        const cand = candidates[c] as (typeof candidates)[number];
        const form = restore.get(cand.key);
        if (form) {
          matched = cand.n;
          replacement = form;
          break;
        }
        if (form === null || (cand.n > 1 && keys.has(cand.key))) {
          matched = cand.n;
          break;
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      const last = words[i + matched - 1] as (typeof words)[number];
      const span = source.slice(first.start, last.end);
      if (replacement !== null) {
        const fixed = this.fitCase(span, replacement, requireCapitals, options.style);
        if (fixed !== null) {
          out += source.slice(cursor, first.start) + fixed;
          cursor = last.end;
        }
      }
      i += matched;
    }
    return out + source.slice(cursor);
  }

  /** The replacement in the case of the source span, or null when the span should stay. */
  private fitCase(
    span: string,
    form: string,
    requireCapitals: boolean,
    style: ToneStyle | undefined,
  ): string | null {
    const sameName = normalizeToneMarks(span).toLowerCase() === normalizeToneMarks(form).toLowerCase();
    if (sameName) return null; // already written with the right marks (either tone style)
    const target = style ? normalizeToneMarks(form, style) : form;
    const spanWords = span.match(WORD) ?? [];
    const targetWords = target.match(WORD) ?? [];
    if (spanWords.length !== targetWords.length) return null;
    const upper = (w: string) => w !== w.toLowerCase() && w === w.toUpperCase();
    const capital = (w: string) => {
      const c = w.charAt(0);
      return c !== c.toLowerCase();
    };
    if (spanWords.every((w) => upper(w)) && spanWords.join('').length > 1) return target.toUpperCase();
    // Put each target word in place of the source word, keeping the source's separators.
    let k = 0;
    let refused = false;
    const result = span.replace(WORD, (sw) => {
      const tw = targetWords[k++] ?? sw;
      if (requireCapitals && capital(tw) && !capital(sw)) refused = true;
      return capital(sw) && !capital(tw) ? tw.charAt(0).toUpperCase() + tw.slice(1) : tw;
    });
    return refused ? null : result;
  }

  /**
   * Every entity in id order, as plain objects that share the stored records' arrays and are not
   * frozen: for the recognizer's index, built once per knowledge base on a cold start, which reads
   * them and keeps none. (Freezing a copy of each, as {@link getEntity} does, was a fifth of it.)
   */
  unfrozenEntities(): Entity[] {
    const out: Entity[] = [];
    for (const id of [...this.records.keys()].sort()) {
      const record = this.records.get(id) as EntityRecord;
      const names = {
        en: this.nameOf(id, 'en') ?? id,
        sv: this.nameOf(id, 'sv') ?? id,
        vi: this.nameOf(id, 'vi') ?? id,
      };
      out.push({ ...record, names } as Entity);
    }
    return out;
  }

  listEntities(type?: EntityType): Entity[] {
    const out: Entity[] = [];
    for (const id of [...this.records.keys()].sort()) {
      const e = this.getEntity(id);
      if (e && (type === undefined || e.type === type)) out.push(e);
    }
    return out;
  }

  resources(): Record<KbLanguage, Record<string, Record<string, string>>> {
    // Null-prototype tables: an id such as "constructor:x" must not reach Object.prototype.
    const table = () => Object.create(null) as Record<string, Record<string, string>>;
    const out: Record<KbLanguage, Record<string, Record<string, string>>> = {
      en: table(),
      sv: table(),
      vi: table(),
    };
    for (const lng of LANGS) {
      for (const [key, name] of this.names.get(lng) ?? []) {
        const i = key.indexOf(':');
        const prefix = key.slice(0, i);
        let group = out[lng][prefix];
        if (!group) {
          group = Object.create(null) as Record<string, string>;
          out[lng][prefix] = group;
        }
        group[key.slice(i + 1)] = name;
      }
    }
    return out;
  }
}

/**
 * Creates a knowledge base with the built-in entities plus the given additions and overrides.
 * Nothing is indexed until the first lookup. Ids are validated (`type:local-part`), so keys such
 * as `__proto__` or `constructor` are rejected, and all tables are `Map`s.
 *
 * @param options - entities to add or override, display-name overrides
 * @default options {}
 * @returns an independent {@link Normalizer}
 * @throws VietnormError `invalid-entity` naming the entry and the field; `invalid-option`
 * @example
 * const kb = createNormalizer({
 *   entities: [{ id: 'person:nguyen-van-a', type: 'person', names: { en: 'Nguyễn Văn A', sv: 'Nguyễn Văn A', vi: 'Nguyễn Văn A' } }],
 *   locales: { en: { 'sea:bien-dong': 'East Sea' } },
 * });
 * kb.findEntities('nguyen van a')[0]?.entity.id // 'person:nguyen-van-a'
 * kb.displayName('sea:bien-dong', 'en') // 'East Sea'
 */
export function createNormalizer(options: NormalizerOptions = {}): Normalizer {
  options = parseNormalizerOptions(options);
  if (typeof options !== 'object' || options === null)
    throw new VietnormError('invalid-option', 'createNormalizer options must be an object', {
      option: 'options',
    });
  return new KnowledgeBase(options);
}

/**
 * The entities of a knowledge base for a reader that only reads them once (the recognizer's index):
 * not frozen, and not kept. Any other {@link Normalizer} gives its {@link Normalizer.listEntities}.
 * @internal
 */
export function entitiesToIndex(kb: Normalizer): readonly Entity[] {
  return kb instanceof KnowledgeBase ? kb.unfrozenEntities() : kb.listEntities();
}

let defaultKb: Normalizer | undefined;
/**
 * The built-in knowledge base, created on first use (its indexes are built on first lookup).
 * The module-level functions (`getEntity`, `findEntities` …) are its methods.
 */
export function defaultNormalizer(): Normalizer {
  defaultKb ??= createNormalizer();
  return defaultKb;
}
const kb = defaultNormalizer;

/**
 * The entity with this id from the built-in KB, or `null`.
 * @example getEntity('country:VN')?.names.vi // 'Việt Nam'
 */
export function getEntity(id: string): Entity | null {
  return kb().getEntity(id);
}

/**
 * The display name of an entity in en, sv or vi, or `null` for an unknown id.
 * @param options - `context` picks a variant (`'vn'`: the names Vietnamese sources use)
 * @default options {}
 * @example displayName('sea:bien-dong', 'sv') // 'Sydkinesiska havet'
 * @example displayName('sea:bien-dong', 'en', { context: 'vn' }) // 'East Sea'
 */
export function displayName(id: string, lng: KbLanguage, options?: DisplayNameOptions): string | null {
  return kb().displayName(id, lng, options);
}

/**
 * Entities whose name or alias folds to the same key as `query` (any language, with or without
 * diacritics, any case; abbreviations such as `VN` or `AP` only with their exact case). Declared
 * defaults come first; ambiguous keys carry their {@link AmbiguityRecord}.
 * @default options {}
 * @example findEntities('Bien Dong Sea')[0]?.entity.id // 'sea:bien-dong'
 * @example findEntities('Binh Duong', { date: '2022-05-01' }).map((m) => m.entity.id) // ['vn-province-2008:74']
 */
export function findEntities(query: string, options?: FindOptions): EntityMatch[] {
  return kb().findEntities(query, options);
}

/**
 * The province-level unit that continues `id` on `date`: the unit itself while it was valid, its
 * successor after the 1 July 2025 merger. `null` for an unknown id.
 * @param date - defaults to today
 * @example successor('vn-province-2008:74', '2026-01-01') // 'vn-province-2025:79' (Bình Dương → Hồ Chí Minh)
 * @example successor('vn-province-2008:74', '2022-05-01') // 'vn-province-2008:74'
 */
export function successor(id: string, date?: DateInput): string | null {
  return kb().successor(id, date);
}

/**
 * The province-level units merged into a post-2025 unit.
 * @example predecessors('vn-province-2025:68') // ['vn-province-2008:60', 'vn-province-2008:67', 'vn-province-2008:68']
 */
export function predecessors(id: string): string[] {
  return kb().predecessors(id);
}

/**
 * The province-level unit a city belonged to on `date` (default today).
 * @example provinceOf('city:vung-tau', '2024-01-01') // 'vn-province-2008:77'
 */
export function provinceOf(id: string, date?: DateInput): string | null {
  return kb().provinceOf(id, date);
}

/**
 * The people holding an office on `date` (default today). A term with an unknown end counts as
 * running only when it is recorded as open (in office when the KB's knowledge ends).
 * @example holdersOf('office:jp-prime-minister', '2022-05-01').map((p) => p.id) // ['person:kishida-fumio']
 */
export function holdersOf(officeId: string, date?: DateInput): Entity[] {
  return kb().holdersOf(officeId, date);
}

/**
 * Restores the diacritics of known Vietnamese names: a run of words that folds to the key of a
 * KB name or alias with Vietnamese marks is replaced by that form (longest match, whole words
 * only, case kept). Unknown words are never touched; keys with two different Vietnamese spellings
 * are left alone.
 * @default options { requireCapitals: true }
 * @example restoreDiacritics('Ha Noi, Bui Thanh Son') // 'Hà Nội, Bùi Thanh Sơn'
 * @example restoreDiacritics('HA NOI') // 'HÀ NỘI'
 */
export function restoreDiacritics(text: string, options?: RestoreOptions): string {
  return kb().restoreDiacritics(text, options);
}

/**
 * Every entity of the built-in KB, optionally of one type, sorted by id.
 * @example listEntities('province').length // 97 (63 + 34)
 */
export function listEntities(type?: EntityType): Entity[] {
  return kb().listEntities(type);
}

/**
 * The i18next resource key of an entity in the `entities` namespace: the id with its first ":"
 * replaced by ".", because ":" is i18next's namespace separator.
 * @example entityKey('vn-province-2025:01') // 'vn-province-2025.01'
 * @example t(entityKey('country:JP'), { ns: 'entities' }) // 'Japan'
 */
export function entityKey(id: string): string {
  assertString(id, 'id');
  return id.replace(':', '.');
}

/**
 * The built-in display names as i18next resources, `{ en: {...}, sv: {...}, vi: {...} }`, for an
 * app to add to its own instance: `i18n.addResourceBundle('en', 'entities', entityResources.en)`.
 */
export const entityResources: Readonly<Record<KbLanguage, NestedResources>> = /* @__PURE__ */ Object.freeze({
  get en() {
    return frozenResources('en');
  },
  get sv() {
    return frozenResources('sv');
  },
  get vi() {
    return frozenResources('vi');
  },
});

/** The frozen resources of each language, made on first read of {@link entityResources}. */
const frozen: Partial<Record<KbLanguage, NestedResources>> = {};

function frozenResources(lng: KbLanguage): NestedResources {
  frozen[lng] ??= deepFreeze(fullResources(lng));
  return frozen[lng];
}
