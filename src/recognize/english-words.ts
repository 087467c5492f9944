import { COMMON_ENGLISH_WORDS } from './data/common-english-words.js';

/** Rank of each of the most frequent English words (0: "the"), made on first use. */
let ranks: Map<string, number> | undefined;

/**
 * The frequency rank of a folding key among the most frequent English words (0 is the commonest),
 * or -1 when it is none of them.
 */
export function englishRank(key: string): number {
  if (!ranks) {
    ranks = new Map();
    for (const word of COMMON_ENGLISH_WORDS.split(' ')) if (!ranks.has(word)) ranks.set(word, ranks.size);
  }
  return ranks.get(key) ?? -1;
}
