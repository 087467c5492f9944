import { deepFreeze } from '../freeze.js';
import { AMBIGUITIES, KB_STATS, SOURCES, UNVERIFIED } from './data/entities.generated.js';
import type { AmbiguityRecord, SourceRecord, UnverifiedRecord } from './types.js';

/**
 * Counts of the built-in KB: entities, aliases, keys, ambiguities; `unverified`, the facts that could
 * not be established (terms of office with a null date, listed in `kbUnverified`); entities by type
 * (`byType`) and by source (`bySource`: `curated` entities are facts from general knowledge, not
 * checked against a cited document).
 * @example kbStats.byType.country // 249
 * @example kbStats.unverified === kbUnverified.length // true
 */
export const kbStats: typeof KB_STATS = /* @__PURE__ */ deepFreeze(KB_STATS);

/** The KB's sources with package versions and the vn-admin provenance (`_meta` of each file). */
export const kbSources: readonly SourceRecord[] = /* @__PURE__ */ deepFreeze(SOURCES);

/**
 * Alias keys that name more than one entity (temporal: same-named province-level units of different
 * periods; declared: recorded in data/kb with a default and the contexts of the alternatives).
 * @example kbAmbiguities.find((a) => a.key === 'ostersjon')?.default // 'sea:baltic'
 */
export const kbAmbiguities: readonly AmbiguityRecord[] = /* @__PURE__ */ deepFreeze(AMBIGUITIES);

/** Facts the KB could not establish (null dates of terms of office), with what is missing. */
export const kbUnverified: readonly UnverifiedRecord[] = /* @__PURE__ */ deepFreeze(UNVERIFIED);
