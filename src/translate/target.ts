import type { Normalizer } from '../kb/kb.js';
import type { KbLanguage } from '../kb/types.js';
import { isJapanesePerson, japaneseName, PARTIAL_FLAGS, writtenOrder } from '../recognize/names.js';
import type { EntityMention } from '../recognize/recognize.js';

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
  if (!TRANSLATED.has(m.type) || m.flags.some((f) => PARTIAL_FLAGS.has(f))) return null;
  const e = kb.getEntity(m.id);
  if (!e) return null;
  if (m.flags.includes('title')) return e.titles?.[to]?.[0] ?? null;
  if (isJapanesePerson(e)) return japaneseName(e, writtenOrder(e, m.text));
  return kb.displayName(e.id, to, e.type === 'sea' && seaContext ? { context: seaContext } : undefined);
}
