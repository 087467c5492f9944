import type { Normalizer } from '../kb/kb.js';
import type { KbLanguage } from '../kb/types.js';
import { isJapanesePerson, japaneseName, PARTIAL_FLAGS, writtenOrder } from '../recognize/names.js';
import type { EntityMention } from '../recognize/recognize.js';
import { formerNameIn } from '../recognize/respell.js';
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

/**
 * The canonical form of a mention in another language, or null when it stays as written:
 * display names from the knowledge base; the title in front of a name as the office's title word
 * ("Prime Minister" → "Thủ tướng"); Japanese names in the order they were written; a unit's
 * former name in that name of its period (see `formerNameIn`).
 */
export function targetName(
  kb: Normalizer,
  m: Pick<EntityMention, 'id' | 'type' | 'text' | 'flags'> & { office?: string | null },
  to: KbLanguage,
  seaContext?: 'vn',
): string | null {
  // An office's name or title read as its holder ("Japans kejsare", "Ngoại trưởng") is translated
  // as the office: the words name the office, not the person.
  const wording = officeWording(kb, m);
  if (wording) {
    const office = kb.getEntity(wording.office);
    return wording.title ? (office?.titles?.[to]?.[0] ?? null) : kb.displayName(wording.office, to);
  }
  if (!TRANSLATED.has(m.type) || m.flags.some((f) => PARTIAL_FLAGS.has(f))) return null;
  const e = kb.getEntity(m.id);
  if (!e) return null;
  if (m.flags.includes('title')) return e.titles?.[to]?.[0] ?? null;
  if (isJapanesePerson(e)) return japaneseName(e, writtenOrder(e, m.text));
  // A former name ("Tỉnh Thừa Thiên Huế") is translated into that name, not the unit's current one.
  const former = formerNameIn(e, m.text, to);
  if (former !== null) return former;
  return kb.displayName(e.id, to, e.type === 'sea' && seaContext ? { context: seaContext } : undefined);
}

/**
 * The office whose name or title a mention's words are, when the mention stands for the office's
 * holder (an office's name or a title with no name after it, read as the person): null otherwise.
 */
export function officeWording(
  kb: Normalizer,
  m: Pick<EntityMention, 'type' | 'text' | 'flags'> & { office?: string | null },
): { office: string; title: boolean } | null {
  if (m.type !== 'person' || !m.office || !m.flags.includes('short-reference')) return null;
  const e = kb.getEntity(m.office);
  if (!e) return null;
  const key = foldKey(m.text);
  for (const n of [...Object.values(e.names), ...(e.aliases ?? [])])
    if (foldKey(n) === key) return { office: e.id, title: false };
  for (const list of Object.values(e.titles ?? {}))
    for (const t of list ?? []) if (foldKey(t) === key) return { office: e.id, title: true };
  return null;
}
