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
 * Each schema is built on the first call of its parser, never on import: the module holds only
 * declarations, so a bundle keeps the parsers (and schemas) of the functions it uses and no others.
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
function looseOptions<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom(isRecord, OBJECT), v.looseObject(entries, OBJECT), v.transform(withoutNullish));
}

// Pieces shared by several schemas (functions, so that nothing is built on import).
const language = () => v.picklist(['en', 'sv', 'vi'], LANGUAGE);
const kb = () =>
  v.nullish(v.custom<Normalizer>(isNormalizer, 'must be a Normalizer made by createNormalizer'));
const date = () =>
  v.nullish(v.union([v.pipe(v.string(DATE), v.regex(ISO_DAY_PREFIX, DATE)), v.date(DATE)], DATE));
const bool = () => v.nullish(v.boolean(BOOLEAN));
const entityTypes = () =>
  v.nullish(
    v.array(
      v.picklist(EntityTypeSchema.options, `must be an entity type (${EntityTypeSchema.options.join(', ')})`),
      TYPES,
    ),
  );
const sea = () =>
  v.nullish(v.picklist(['vietnamese', 'international'], "must be 'vietnamese' or 'international'"));
const CODE_MESSAGE = "must be a language code such as 'sv' (not 'und'), or an array of them";
const code = () =>
  v.pipe(
    v.string(CODE_MESSAGE),
    v.regex(LANGUAGE_CODE, CODE_MESSAGE),
    v.check((c) => c !== 'und', CODE_MESSAGE),
  );
const detectEntries = () => ({
  minLength: v.nullish(
    v.pipe(v.number('must be a number of letters (0 or more)'), v.minValue(0, 'must be 0 or more')),
  ),
  expect: v.nullish(v.union([code(), v.array(code(), CODE_MESSAGE)], CODE_MESSAGE)),
  // Spans are checked against the text's length by the detector itself.
  ignore: v.optional(v.unknown()),
  nameLanguages: bool(),
});
const LANGUAGES_MESSAGE = "must list two or three different languages of 'en', 'sv' and 'vi'";

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

/** Functions with a required option: `null` options must fail on them, naming the option. */
const WITH_REQUIRED: ReadonlySet<string> = new Set(['translateTerms', 'restore', 'exportGlossary']);

/** Schemas by function name, built on first use. */
const schemas = new Map<string, Schema>();

/** A plain object with no own keys (the `{}` every function takes by default): nothing to check. */
function isEmptyObject(o: unknown): boolean {
  if (typeof o !== 'object' || o === null || Object.getPrototypeOf(o) !== Object.prototype) return false;
  for (const k in o) if (Object.hasOwn(o, k)) return false;
  return Object.getOwnPropertySymbols(o).length === 0;
}

/**
 * Validates `options` for the public function `fn` against the schema `build` makes (once);
 * `null`/`undefined` is an empty object. Returns a fresh object without null entries.
 */
function parse<T>(fn: string, build: () => Schema, options: unknown): T {
  // No options: the defaults, unless the function has a required option (it must be named).
  if ((options == null || isEmptyObject(options)) && !WITH_REQUIRED.has(fn)) return {} as T;
  let schema = schemas.get(fn);
  if (schema === undefined) {
    schema = build();
    schemas.set(fn, schema);
  }
  const result = v.safeParse(schema, options ?? {}, { abortEarly: true });
  if (!result.success) fail(fn, result.issues[0]);
  return result.output as T;
}

// One parser per public function, called as its first statement. Each returns a fresh object of
// the caller's own option type, with null entries dropped.

/** Options of `analyze`. @throws {VietnormError} `invalid-option` */
export const parseAnalyzeOptions = <T extends object>(o: T | null | undefined): T =>
  parse('analyze', () => looseOptions({ displayLanguage: v.nullish(language()), kb: kb() }), o);

/** Options of `analyzeHtml`: those of `analyze`, plus `charset` and `url`. @throws {VietnormError} `invalid-option` */
export const parseAnalyzeHtmlOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'analyzeHtml',
    () =>
      looseOptions({
        displayLanguage: v.nullish(language()),
        kb: kb(),
        charset: v.nullish(v.string("must be a string such as 'windows-1258'")),
        url: v.nullish(v.string('must be a string')),
      }),
    o,
  );

/** Options of `recognize`. @throws {VietnormError} `invalid-option` */
export const parseRecognizeOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'recognize',
    () =>
      looseOptions({
        date: date(),
        language: v.nullish(
          v.string('must be a language code (en, sv or vi; another code marks a text in none of them)'),
        ),
        kb: kb(),
        titles: bool(),
      }),
    o,
  );

/** Options of `normalize`. @throws {VietnormError} `invalid-option` */
export const parseNormalizeOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'normalize',
    () =>
      looseOptions({
        to: v.nullish(language()),
        style: v.nullish(
          looseOptions({
            sea: sea(),
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
        date: date(),
        kb: kb(),
      }),
    o,
  );

/** Options of `detectLanguage`. @throws {VietnormError} `invalid-option` */
export const parseDetectOptions = <T extends object>(o: T | null | undefined): T =>
  parse('detectLanguage', () => looseOptions(detectEntries()), o);

/** Options of `detectLanguages`. @throws {VietnormError} `invalid-option` */
export const parseDetectRangesOptions = <T extends object>(o: T | null | undefined): T =>
  parse('detectLanguages', () => looseOptions({ ...detectEntries(), expectWhole: bool() }), o);

/** Options of `findEntities`. @throws {VietnormError} `invalid-option` */
export const parseFindOptions = <T extends object>(o: T | null | undefined): T =>
  parse('findEntities', () => looseOptions({ types: entityTypes(), date: date() }), o);

/** Options of `createNormalizer` (its entries are checked by the knowledge base). @throws {VietnormError} `invalid-option` */
export const parseNormalizerOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'createNormalizer',
    // Checked entry by entry, with the entry's index and field, by the knowledge base itself.
    () => looseOptions({ entities: v.optional(v.unknown()), locales: v.optional(v.unknown()) }),
    o,
  );

/** Options of `displayName`. @throws {VietnormError} `invalid-option` */
export const parseDisplayNameOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'displayName',
    () => looseOptions({ context: v.nullish(v.string("must be a string such as 'vn'")) }),
    o,
  );

/** Options of `restoreDiacritics`. @throws {VietnormError} `invalid-option` */
export const parseRestoreDiacriticsOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'restoreDiacritics',
    () =>
      looseOptions({
        style: v.nullish(v.picklist(['new', 'old'], "must be 'new' or 'old'")),
        requireCapitals: bool(),
      }),
    o,
  );

/** Options of `translateTerms`. @throws {VietnormError} `invalid-option` */
export const parseTranslateOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'translateTerms',
    () => looseOptions({ to: language(), from: v.nullish(language()), sea: sea(), date: date(), kb: kb() }),
    o,
  );

/** Options of `protectTerms`. @throws {VietnormError} `invalid-option` */
export const parseProtectOptions = <T extends object>(o: T | null | undefined): T =>
  parse('protectTerms', () => looseOptions({ from: v.nullish(language()), kb: kb() }), o);

/** Options of `restore` (of a protected text). @throws {VietnormError} `invalid-option` */
export const parseRestoreOptions = <T extends object>(o: T | null | undefined): T =>
  parse('restore', () => looseOptions({ to: language(), sea: sea() }), o);

/** Options of `exportGlossary`. @throws {VietnormError} `invalid-option` */
export const parseGlossaryOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'exportGlossary',
    () =>
      looseOptions({
        languages: v.pipe(
          v.array(language(), LANGUAGES_MESSAGE),
          v.check(
            (list) => list.length >= 2 && list.length <= 3 && new Set(list).size === list.length,
            LANGUAGES_MESSAGE,
          ),
        ),
        format: v.picklist(['csv', 'tsv', 'tbx', 'json'], 'must be csv, tsv, tbx or json'),
        types: entityTypes(),
        kb: kb(),
        formulas: v.nullish(v.picklist(['neutralize', 'keep'], "must be 'neutralize' or 'keep'")),
      }),
    o,
  );

/** Options of `retextVietnorm`. @throws {VietnormError} `invalid-option` */
export const parseRetextOptions = <T extends object>(o: T | null | undefined): T =>
  parse(
    'retextVietnorm',
    () =>
      looseOptions({
        messageLanguage: v.nullish(language()),
        diacritics: v.nullish(
          v.picklist(
            ['vietnamese-text', 'always', 'never'],
            "must be 'vietnamese-text', 'always' or 'never'",
          ),
        ),
        japaneseNameOrder: v.nullish(
          v.picklist(['family-first', 'given-first'], "must be 'family-first', 'given-first' or null"),
        ),
        date: date(),
        kb: kb(),
      }),
    o,
  );
