import { type Doc, mention } from './doc.js';
import { levenshtein } from './levenshtein.js';
import { CORRECTED, type EntityMention } from './mention.js';
import { joinable } from './scan.js';

/** Shortest word that typo correction considers: short words are too often other words. */
const MIN_TYPO_WORD = 3;
/** Shortest whole name that typo correction considers. */
const MIN_TYPO_NAME = 8;

/** A run of capitalised words one edit away from a KB person's full name ("Shizo Abe"). */
export function typo(doc: Doc, covered: Uint8Array, found: [number, EntityMention][], from: number): boolean {
  for (const n of [3, 2]) {
    const to = from + n;
    if (to > doc.tokens.length) continue;
    const words: string[] = [];
    let ok = true;
    for (let k = from; k < to && ok; k++) {
      const key = doc.tokens.word(k) as string;
      ok =
        !covered[k] &&
        doc.tokens.capital(k) &&
        key.length >= MIN_TYPO_WORD &&
        (k === to - 1 || joinable(doc.text, doc.tokens, k));
      words.push(key);
    }
    const key = words.join(' ');
    if (!ok || key.length < MIN_TYPO_NAME) continue;
    const hits = new Set<string>();
    for (const word of words) {
      for (const candidate of doc.index.personKeys.get(word) ?? []) {
        if (
          candidate.words === n &&
          Math.abs(candidate.key.length - key.length) <= 1 &&
          candidate.key !== key &&
          levenshtein(candidate.key, key, 1) === 1
        ) {
          hits.add(candidate.id);
        }
      }
    }
    if (hits.size === 1) {
      found.push([from, mention(doc, from, to, [...hits][0] as string, CORRECTED)]);
      covered.fill(1, from, to);
      return true;
    }
  }
  return false;
}
