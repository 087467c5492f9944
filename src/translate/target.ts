import type { Normalizer } from '../kb/kb.js';
import type { Entity, KbLanguage } from '../kb/types.js';
import type { EntityMention } from '../recognize/recognize.js';
import { foldKey } from '../text/fold.js';

/** Names that translation rewrites (full names of these types; short references stay). */
const TRANSLATED = new Set([
  'person',
  'country',
  'province',
  'city',
  'sea',
  'island-group',
  'region',
  'organisation',
  'agreement',
  'programme',
  'office',
  'event',
]);
const PARTIAL = new Set(['short-reference', 'family-name-reference']);

/** How a Japanese name was written: family name first ("Kishida Fumio") or given name first. */
function familyFirst(e: Entity, written: string): boolean {
  const first = foldKey(written.split(/\s+/u)[0] ?? '');
  return e.family !== undefined && first === foldKey(e.family);
}

/**
 * The canonical form of a mention in another language, or null when it stays as written:
 * display names from the knowledge base; the title in front of a name as the office's title word
 * ("Prime Minister" → "Thủ tướng"); Japanese names in the order they were written.
 */
export function targetName(
  kb: Normalizer,
  m: Pick<EntityMention, 'id' | 'type' | 'text' | 'flags'>,
  to: KbLanguage,
  seaContext?: 'vn',
): string | null {
  if (!TRANSLATED.has(m.type) || m.flags.some((f) => PARTIAL.has(f))) return null;
  const e = kb.getEntity(m.id);
  if (!e) return null;
  if (m.flags.includes('title')) return e.titles?.[to]?.[0] ?? null;
  if (e.type === 'person' && e.country === 'country:JP' && e.family && e.given) {
    return familyFirst(e, m.text) ? `${e.family} ${e.given}` : `${e.given} ${e.family}`;
  }
  return kb.displayName(e.id, to, e.type === 'sea' && seaContext ? { context: seaContext } : undefined);
}
