import * as v from 'valibot';
import { VietnormError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { EntityRecord, KbLanguage } from './types.js';

/**
 * Entity ids: a lower-case type prefix, a colon, and a local part of letters, digits and hyphens
 * (no "." or ":", the i18next separators). `__proto__` and `constructor` cannot match.
 */
export const ENTITY_ID = /^[a-z][a-z0-9-]{0,39}:[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Control characters (C0, DEL, C1), lone surrogates and U+FFFE/U+FFFF: never part of a name, and not writable in XML (TBX). */
export const CONTROL_CHARACTER = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
const Text = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(300),
  v.check((s) => !CONTROL_CHARACTER.test(s), 'must not hold control characters or lone surrogates'),
);
const Id = v.pipe(
  v.string(),
  v.regex(ENTITY_ID, 'must look like "type:local-part" (e.g. person:pham-minh-chinh)'),
);
/** A day or, when only the year is known, a year (birth and death of people). */
const DayOrYear = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'must be YYYY-MM-DD or YYYY'));
const Day = v.nullable(v.pipe(v.string(), v.regex(ISO_DAY, 'must be an ISO day YYYY-MM-DD')));
const TextList = v.pipe(v.array(Text), v.maxLength(500));
/** The kinds of entity in the knowledge base. */
export const EntityTypeSchema = v.picklist([
  'country',
  'province',
  'subdivision',
  'city',
  'sea',
  'region',
  'island-group',
  'place',
  'organisation',
  'outlet',
  'agreement',
  'programme',
  'office',
  'person',
  'event',
]);
const Names = v.strictObject({ en: Text, sv: Text, vi: Text });

const common = {
  id: Id,
  type: EntityTypeSchema,
  aliases: v.optional(TextList),
  caseSensitive: v.optional(TextList),
  iso: v.optional(Text),
  validFrom: v.optional(Day),
  validTo: v.optional(Day),
  successor: v.optional(Id),
  predecessors: v.optional(v.array(Id)),
  within: v.optional(
    v.array(
      v.strictObject({
        id: Id,
        from: v.optional(v.pipe(v.string(), v.regex(ISO_DAY))),
        to: v.optional(v.pipe(v.string(), v.regex(ISO_DAY))),
      }),
    ),
  ),
  country: v.optional(Id),
  parent: v.optional(Id),
  nameOrder: v.optional(v.picklist(['family-first', 'given-first'])),
  family: v.optional(Text),
  middle: v.optional(Text),
  given: v.optional(Text),
  offices: v.optional(
    v.array(
      v.strictObject({
        office: Id,
        from: Day,
        to: Day,
        acting: v.optional(v.boolean()),
        unverified: v.optional(Text),
      }),
    ),
  ),
  born: v.optional(DayOrYear),
  died: v.optional(DayOrYear),
  concurrent: v.optional(v.boolean()),
  titles: v.optional(
    v.strictObject({ en: v.optional(TextList), sv: v.optional(TextList), vi: v.optional(TextList) }),
  ),
  notes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  sources: v.optional(TextList),
};

/** Schema of a new entity a user adds at runtime: names in all three languages are required. */
export const EntityInputSchema = /* @__PURE__ */ deepFreeze(v.strictObject({ ...common, names: Names }));

/** Schema of an override of an existing entity: every field but `id` is optional. */
export const EntityOverrideSchema = /* @__PURE__ */ deepFreeze(
  v.strictObject({
    ...common,
    type: v.optional(EntityTypeSchema),
    names: v.optional(v.strictObject({ en: v.optional(Text), sv: v.optional(Text), vi: v.optional(Text) })),
  }),
);

/** A new entity for {@link createNormalizer}'s `entities` option. */
export type EntityInput = v.InferInput<typeof EntityInputSchema>;
/** An override of an existing entity (matched by `id`) for `createNormalizer`'s `entities` option. */
export type EntityOverride = v.InferInput<typeof EntityOverrideSchema>;

function describe(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const issue = issues[0];
  const field =
    issue?.path
      ?.map((p) => String(p.key))
      .join('.')
      .replace(/\.(\d+)(?=\.|$)/g, '[$1]') ?? '(entry)';
  return { field: field || '(entry)', message: issue?.message ?? 'invalid' };
}

/**
 * Validates one user entry; throws a {@link VietnormError} (`invalid-entity`) naming the entry
 * (index and id) and the field.
 */
export function parseEntityInput(
  input: unknown,
  index: number,
  exists: (id: string) => boolean,
): {
  record: Partial<EntityRecord> & { id: string };
  names: Partial<Record<KbLanguage, string>>;
  isNew: boolean;
} {
  const rawId =
    typeof input === 'object' && input !== null && Object.hasOwn(input, 'id')
      ? (input as { id: unknown }).id
      : undefined;
  const id = typeof rawId === 'string' ? rawId : undefined;
  const isNew = id === undefined || !ENTITY_ID.test(id) || !exists(id);
  const result = isNew ? v.safeParse(EntityInputSchema, input) : v.safeParse(EntityOverrideSchema, input);
  if (!result.success) {
    const { field, message } = describe(result.issues);
    const label = id === undefined ? `entities[${index}]` : `entities[${index}] (${JSON.stringify(id)})`;
    throw new VietnormError('invalid-entity', `${label}: ${field}: ${message}`, { index, id, field });
  }
  const { names, ...record } = result.output;
  return { record: record as Partial<EntityRecord> & { id: string }, names: names ?? {}, isNew };
}
