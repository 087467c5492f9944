/**
 * Options of the public functions, validated at the boundary (valibot, as entities are).
 *
 * Each public function that takes options calls its `parse…Options` as its first statement:
 * - `null` or `undefined`, for the options object or for any one option, means the default;
 * - a wrong type for a known option, or an unknown value of an enumeration, throws a
 *   {@link VietnormError} (`invalid-option`) whose message and `details.option` name the option
 *   (`style.vietnam`), and whose message describes the value without serialising it (BigInts,
 *   circular objects and proxies are safe);
 * - options the schema does not list yet pass through untouched (loose objects), so a new option
 *   can be added to a function before it is added here. Add it here with its schema.
 *
 * Schemas are module-level constants built by valibot's side-effect-free factories, so a bundle
 * keeps only the schemas of the functions it uses.
 */
import * as v from 'valibot';
import { describeValue, VietnormError } from './errors.js';
import type { Normalizer } from './kb/kb.js';
import { EntityTypeSchema } from './kb/schema.js';

const OBJECT = 'must be an object';
const LANGUAGE = "must be 'en', 'sv' or 'vi'";
const DATE = "must be an ISO day such as '2024-03-14' (a longer ISO date-time is fine) or a valid Date";
const BOOLEAN = 'must be true or false';
const TYPES = 'must be an array of entity types';

/** An ISO day at the start of a string: a real month (01–12) and day of month (01–31). */
const ISO_DAY_PREFIX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/u;
/** A lower-case ISO 639 code, as `detectLanguage` answers them. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

/** The methods of {@link Normalizer}: a value offering all of them is accepted as a knowledge base. */
const NORMALIZER_METHODS = [
  'getEntity',
  'displayName',
  'findEntities',
  'successor',
  'predecessors',
  'provinceOf',
  'holdersOf',
  'restoreDiacritics',
  'listEntities',
  'resources',
] as const;

function isNormalizer(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const methods = value as Record<string, unknown>;
  return NORMALIZER_METHODS.every((m) => typeof methods[m] === 'function');
}

const isRecord = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy without the entries that are `null` or `undefined` (which mean "the default"). */
function withoutNullish<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry != null) out[key] = entry;
  return out as T;
}

/**
 * An options object: the known entries are checked, others pass through; null entries are
 * dropped, so that they take their defaults.
 */
/* @__NO_SIDE_EFFECTS__ */
function looseOptions<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom(isRecord, OBJECT), v.looseObject(entries, OBJECT), v.transform(withoutNullish));
}

const Language = v.picklist(['en', 'sv', 'vi'], LANGUAGE);
const Kb = v.custom<Normalizer>(isNormalizer, 'must be a Normalizer made by createNormalizer');
const DateOption = v.union([v.pipe(v.string(DATE), v.regex(ISO_DAY_PREFIX, DATE)), v.date(DATE)], DATE);
const Bool = v.boolean(BOOLEAN);
const EntityTypes = v.array(
  v.picklist(EntityTypeSchema.options, `must be an entity type (${EntityTypeSchema.options.join(', ')})`),
  TYPES,
);
const Sea = v.picklist(['vietnamese', 'international'], "must be 'vietnamese' or 'international'");

const AnalyzeSchema = looseOptions({
  displayLanguage: v.nullish(Language),
  kb: v.nullish(Kb),
});

const RecognizeSchema = looseOptions({
  date: v.nullish(DateOption),
  language: v.nullish(v.string('must be a language code (any code; only en, sv and vi change anything)')),
  kb: v.nullish(Kb),
  titles: v.nullish(Bool),
});

const NormalizeSchema = looseOptions({
  to: v.nullish(Language),
  style: v.nullish(
    looseOptions({
      sea: v.nullish(Sea),
      japaneseNameOrder: v.nullish(
        v.picklist(
          ['family-first', 'given-first', 'as-written'],
          "must be 'family-first', 'given-first' or 'as-written'",
        ),
      ),
      vietnameseNames: v.nullish(
        v.picklist(['restore', 'strip', 'as-written'], "must be 'restore', 'strip' or 'as-written'"),
      ),
      vietnam: v.nullish(v.picklist(['Viet Nam', 'Vietnam'], "must be 'Viet Nam' or 'Vietnam'")),
    }),
  ),
  date: v.nullish(DateOption),
  kb: v.nullish(Kb),
});

const CODE_MESSAGE = "must be a language code such as 'sv' (not 'und'), or an array of them";
const Code = v.pipe(
  v.string(CODE_MESSAGE),
  v.regex(LANGUAGE_CODE, CODE_MESSAGE),
  v.check((code) => code !== 'und', CODE_MESSAGE),
);
const detectEntries = {
  minLength: v.nullish(
    v.pipe(v.number('must be a number of letters (0 or more)'), v.minValue(0, 'must be 0 or more')),
  ),
  expect: v.nullish(v.union([Code, v.array(Code, CODE_MESSAGE)], CODE_MESSAGE)),
  // Spans are checked against the text's length by the detector itself.
  ignore: v.optional(v.unknown()),
  nameLanguages: v.nullish(Bool),
};
const DetectSchema = looseOptions(detectEntries);
const DetectRangesSchema = looseOptions({ ...detectEntries, expectWhole: v.nullish(Bool) });

const FindSchema = looseOptions({
  types: v.nullish(EntityTypes),
  date: v.nullish(DateOption),
});

const NormalizerSchema = looseOptions({
  // Checked entry by entry, with the entry's index and field, by the knowledge base itself.
  entities: v.optional(v.unknown()),
  locales: v.optional(v.unknown()),
});

const DisplayNameSchema = looseOptions({
  context: v.nullish(v.string("must be a string such as 'vn'")),
});

const RestoreDiacriticsSchema = looseOptions({
  style: v.nullish(v.picklist(['new', 'old'], "must be 'new' or 'old'")),
  requireCapitals: v.nullish(Bool),
});

const TranslateSchema = looseOptions({
  to: Language,
  from: v.nullish(Language),
  sea: v.nullish(Sea),
  date: v.nullish(DateOption),
  kb: v.nullish(Kb),
});

const ProtectSchema = looseOptions({
  from: v.nullish(Language),
  kb: v.nullish(Kb),
});

const RestoreSchema = looseOptions({
  to: Language,
  sea: v.nullish(Sea),
});

const LANGUAGES_MESSAGE = "must list two or three different languages of 'en', 'sv' and 'vi'";
const GlossarySchema = looseOptions({
  languages: v.pipe(
    v.array(Language, LANGUAGES_MESSAGE),
    v.check(
      (list) => list.length >= 2 && list.length <= 3 && new Set(list).size === list.length,
      LANGUAGES_MESSAGE,
    ),
  ),
  format: v.picklist(['csv', 'tsv', 'tbx', 'json'], 'must be csv, tsv, tbx or json'),
  types: v.nullish(EntityTypes),
  kb: v.nullish(Kb),
  formulas: v.nullish(v.picklist(['neutralize', 'keep'], "must be 'neutralize' or 'keep'")),
});

const RetextSchema = looseOptions({
  messageLanguage: v.nullish(Language),
  diacritics: v.nullish(
    v.picklist(['vietnamese-text', 'always', 'never'], "must be 'vietnamese-text', 'always' or 'never'"),
  ),
  japaneseNameOrder: v.nullish(
    v.picklist(['family-first', 'given-first'], "must be 'family-first', 'given-first' or null"),
  ),
  date: v.nullish(DateOption),
  kb: v.nullish(Kb),
});

type Schema = v.GenericSchema<unknown, Record<string, unknown>>;

function fail(fn: string, issue: v.BaseIssue<unknown>): never {
  // 'style.vietnam', 'types[1]'; 'options' for the options object itself.
  const path =
    issue.path
      ?.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./u, '') || 'options';
  const last = issue.path?.[issue.path.length - 1];
  const required = last !== undefined && 'origin' in last && last.origin === 'key';
  const message = required
    ? `${fn}: '${path}' is required`
    : path === 'options'
      ? `${fn}: options ${issue.message}, got ${describeValue(issue.input)}`
      : `${fn}: '${path}' ${issue.message}, got ${describeValue(issue.input)}`;
  throw new VietnormError('invalid-option', message, {
    option: path,
    received: describeValue(issue.input),
  });
}

/** Validates `options` against `schema`; `null`/`undefined` is an empty object. */
function parse<T>(fn: string, schema: Schema, options: unknown): T {
  const result = v.safeParse(schema, options ?? {}, { abortEarly: true });
  if (!result.success) fail(fn, result.issues[0]);
  return result.output as T;
}

// One parser per public function (the first statement of each), so that bundles keep only theirs.
// Each returns a fresh object of the caller's own option type, with null entries dropped.

/** Options of `analyze`. @throws {VietnormError} `invalid-option` */
export const parseAnalyzeOptions = <T extends object>(o: T | null | undefined): T =>
  parse('analyze', AnalyzeSchema, o);
/** Options of `recognize`. @throws {VietnormError} `invalid-option` */
export const parseRecognizeOptions = <T extends object>(o: T | null | undefined): T =>
  parse('recognize', RecognizeSchema, o);
/** Options of `normalize`. @throws {VietnormError} `invalid-option` */
export const parseNormalizeOptions = <T extends object>(o: T | null | undefined): T =>
  parse('normalize', NormalizeSchema, o);
/** Options of `detectLanguage`. @throws {VietnormError} `invalid-option` */
export const parseDetectOptions = <T extends object>(o: T | null | undefined): T =>
  parse('detectLanguage', DetectSchema, o);
/** Options of `detectLanguages`. @throws {VietnormError} `invalid-option` */
export const parseDetectRangesOptions = <T extends object>(o: T | null | undefined): T =>
  parse('detectLanguages', DetectRangesSchema, o);
/** Options of `findEntities`. @throws {VietnormError} `invalid-option` */
export const parseFindOptions = <T extends object>(o: T | null | undefined): T =>
  parse('findEntities', FindSchema, o);
/** Options of `createNormalizer` (its entries are checked by the knowledge base). @throws {VietnormError} `invalid-option` */
export const parseNormalizerOptions = <T extends object>(o: T | null | undefined): T =>
  parse('createNormalizer', NormalizerSchema, o);
/** Options of `displayName`. @throws {VietnormError} `invalid-option` */
export const parseDisplayNameOptions = <T extends object>(o: T | null | undefined): T =>
  parse('displayName', DisplayNameSchema, o);
/** Options of `restoreDiacritics`. @throws {VietnormError} `invalid-option` */
export const parseRestoreDiacriticsOptions = <T extends object>(o: T | null | undefined): T =>
  parse('restoreDiacritics', RestoreDiacriticsSchema, o);
/** Options of `translateTerms`. @throws {VietnormError} `invalid-option` */
export const parseTranslateOptions = <T extends object>(o: T | null | undefined): T =>
  parse('translateTerms', TranslateSchema, o);
/** Options of `protectTerms`. @throws {VietnormError} `invalid-option` */
export const parseProtectOptions = <T extends object>(o: T | null | undefined): T =>
  parse('protectTerms', ProtectSchema, o);
/** Options of `restore` (of a protected text). @throws {VietnormError} `invalid-option` */
export const parseRestoreOptions = <T extends object>(o: T | null | undefined): T =>
  parse('restore', RestoreSchema, o);
/** Options of `exportGlossary`. @throws {VietnormError} `invalid-option` */
export const parseGlossaryOptions = <T extends object>(o: T | null | undefined): T =>
  parse('exportGlossary', GlossarySchema, o);
/** Options of `retextVietnorm`. @throws {VietnormError} `invalid-option` */
export const parseRetextOptions = <T extends object>(o: T | null | undefined): T =>
  parse('retextVietnorm', RetextSchema, o);
