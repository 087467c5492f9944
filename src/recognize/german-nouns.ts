import type { EntityMention } from './mention.js';
import { primaryLanguage } from './other-language.js';

/**
 * Articles, and prepositions fused with one, that open a German noun phrase. German names a city
 * without an article (but with an attribute: "das alte Berlin", rare in news). "der", "die" and
 * "das" are left out: they are as often pronouns ("Gemälde, die Dresden zeigten").
 */
const ARTICLES: ReadonlySet<string> = new Set([
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'eines',
  'im',
  'am',
  'vom',
  'zum',
  'zur',
  'beim',
  'ins',
  'ans',
]);

/** The longest article above, in code units. */
const LONGEST = 6;

/** The word that ends right before `at` on its line, after spaces (lower case), or ''. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && end - start <= LONGEST) {
    const c = text.charCodeAt(start - 1) | 32;
    if (c < 97 || c > 122) break;
    start--;
  }
  if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return '';
  return text.slice(start, end).toLowerCase();
}

/**
 * In German text, which writes every noun with a capital, a city of one word right after an article
 * is that word's noun: "in den Bergen" (the mountains, not Bergen), "im Kanton Bern" (a canton, not
 * Kanton, an old name of Guangzhou), "beim Essen" (at the meal). Other languages, and other kinds
 * of place ("die Schweiz", "der Iran"), are left as they are. (A city that opens a compound, "des
 * Berlin-Marathons", is no name for the scan already.)
 */
export function withoutGermanNouns(
  text: string,
  mentions: EntityMention[],
  language: string,
): EntityMention[] {
  if (primaryLanguage(language) !== 'de') return mentions;
  return mentions.filter((m) => {
    if (m.type !== 'city' || m.text.includes(' ')) return true;
    return !ARTICLES.has(wordBefore(text, m.start));
  });
}
