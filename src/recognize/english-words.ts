import { foldKey } from '../text/fold.js';
import { COMMON_ENGLISH_WORDS, COMMON_SHORT_WORDS } from './data/common-english-words.js';

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

/** The frequent words of two letters of English and of Swedish, by folding key, made on first use. */
let shortWords: { en: Set<string>; sv: Set<string> } | undefined;

/**
 * A word of two letters among the most frequent of English or Swedish ("an", "my"; Swedish "ha",
 * "vi"), by folding key.
 */
export function commonShortWord(key: string, language: 'en' | 'sv'): boolean {
  shortWords ??= {
    en: new Set(COMMON_SHORT_WORDS.en.split(' ').map(foldKey)),
    sv: new Set(COMMON_SHORT_WORDS.sv.split(' ').map(foldKey)),
  };
  return shortWords[language].has(key);
}
