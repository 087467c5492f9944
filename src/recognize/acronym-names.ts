// Programmes and agreements an English text defines with an acronym in parentheses, that the
// knowledge base lacks: "Japan Human Resource Development Scholarship (JDS)". The name and the
// acronym, there and after, are one entity local to the text, like the organisations of
// local-orgs.ts (which reads bodies by their head word).
import type { EntityType } from '../kb/types.js';
import { type Doc, localMention } from './doc.js';
import type { EntityMention } from './mention.js';

/** Prefix of the ids of names local to one text that their acronym defines: `local:programme:jds`. */
const LOCAL_ACRONYM = 'local:';

/** An acronym as English text defines one: two to eight capitals. */
const ACRONYM = /^[A-Z]{2,8}$/u;
/** Most words of a name an acronym defines. */
const MAX_NAME_WORDS = 10;
/** Small words inside such a name, which give the acronym no letter ("Ministry of Foreign Affairs"). */
const SMALL: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&']);
/**
 * The kind of what a name names, by its last word: a programme or an agreement. Other names with
 * an acronym are as often terms ("Bus Rapid Transit (BRT)", "Method Resolution Order (MRO)") as
 * bodies, and are not read.
 */
const PROGRAMME_HEADS: ReadonlySet<string> = new Set([
  'scholarship',
  'scholarships',
  'programme',
  'program',
  'initiative',
  'project',
  'plan',
  'fund',
]);
const AGREEMENT_HEADS: ReadonlySet<string> = new Set([
  'agreement',
  'treaty',
  'partnership',
  'declaration',
  'statement',
  'convention',
  'pact',
  'accord',
  'framework',
]);

/**
 * The first word of the name that the acronym at word `k` defines, or -1. Read back from the word
 * before the parenthesis: each letter of the acronym, last first, is the initial of a capitalised
 * word, nearest first; a capitalised word between them gives none ("Japan Human Resource
 * Development Scholarship" is JDS); small words sit inside. The name starts at the word of the
 * first letter, and holds no word another stage read.
 */
function nameBefore(doc: Doc, covered: Uint8Array, k: number, acronym: string): number {
  const { text, tokens } = doc;
  let letter = acronym.length - 1;
  for (let w = k - 1; w >= 0 && k - w <= MAX_NAME_WORDS; w--) {
    if (covered[w]) return -1;
    // One space between the words, and between the name and the parenthesis.
    const after = text.slice(tokens.end(w), w + 1 < k ? tokens.start(w + 1) : tokens.start(k) - 1);
    if (after !== ' ') return -1;
    const word = text.slice(tokens.start(w), tokens.end(w));
    const initial = word.charCodeAt(0);
    if (initial < 65 || initial > 90) {
      // A small word may not end the name.
      if (!SMALL.has(word) || w === k - 1) return -1;
      continue;
    }
    if (word.charAt(0) === acronym.charAt(letter)) {
      letter--;
      if (letter < 0) return w;
    } else if (w === k - 1) return -1;
  }
  return -1;
}

/** An entity a name with its acronym defines. */
interface Defined {
  id: string;
  type: EntityType;
  name: string;
}

/** The kind of entity a name is, by its last word, or null. */
function kindOf(last: string): EntityType | null {
  const key = last.toLowerCase();
  if (PROGRAMME_HEADS.has(key)) return 'programme';
  if (AGREEMENT_HEADS.has(key)) return 'agreement';
  return null;
}

/**
 * Programmes and agreements an English text defines with an acronym in parentheses and the
 * knowledge base lacks ("Japan Human Resource Development Scholarship (JDS)"): the name, the
 * acronym and each later use of the acronym as written are one entity local to the text,
 * `local:programme:jds`, of the kind the name's last word says. Only where no other stage read a
 * word of them.
 *
 * @returns mentions by the word they start at, in text order; `covered` is updated
 */
export function acronymNames(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'en') return found;
  const { text, tokens } = doc;
  const n = tokens.length;
  const defined = new Map<string, Defined>();
  /** Words `from`..`to` name the entity `entry`. */
  const read = (from: number, to: number, entry: Defined): void => {
    found.push([from, localMention(doc, from, to, entry.id, entry.type, entry.name)]);
    covered.fill(1, from, to);
  };
  for (let k = 1; k < n; k++) {
    if (covered[k] || !tokens.allCaps(k)) continue;
    const start = tokens.start(k);
    const end = tokens.end(k);
    const written = text.slice(start, end);
    const known = defined.get(written);
    if (known) {
      read(k, k + 1, known);
      continue;
    }
    if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41 || !ACRONYM.test(written)) continue;
    const from = nameBefore(doc, covered, k, written);
    if (from < 0 || k - from < 2) continue;
    const type = kindOf(text.slice(tokens.start(k - 1), tokens.end(k - 1)));
    if (type === null) continue;
    const entry = {
      id: `${LOCAL_ACRONYM}${type}:${written.toLowerCase()}`,
      type,
      name: text.slice(tokens.start(from), tokens.end(k - 1)),
    };
    read(from, k, entry);
    read(k, k + 1, entry);
    defined.set(written, entry);
  }
  return found;
}
