// Companies' arms in Vietnam named by the company's name and the country's: "FujiMart Việt Nam",
// "Ajinomoto Vietnam", "Sumitomo Forestry Vietnam". The knowledge base holds a few of them as
// aliases ("Toyota Việt Nam"); the others would be read as the country alone, or (in English, where
// the scan leaves a country inside a longer capitalised name) as nothing. local-orgs.ts turns each
// span into a local organisation with the country as its part, as a subsidiary of a company the
// knowledge base holds ("Sojitz Vietnam") has it.

import { foldKey } from '../text/fold.js';
import { type Doc, idsStartingAt } from './doc.js';
import { englishRank } from './english-words.js';
import { sentenceStart } from './homograph-rules.js';
import { isVietnameseSyllable } from './syllables.js';
import type { Tokens } from './tokenize.js';

/** Most words of the company's name before the country's. */
const MAX_NAME_WORDS = 3;
/** Shortest first word of the company's name, in letters ("Ajinomoto", "NTT"; not "An", "Ở"). */
const MIN_FIRST_LETTERS = 3;

/** Words `k`.. spell Vietnam's name ("Vietnam", "Việt Nam", "Viet Nam"): the word after, or -1. */
function vietnamEnd(tokens: Tokens, k: number): number {
  if (tokens.is(k, 'vietnam')) return k + 1;
  if (tokens.is(k, 'viet') && k + 1 < tokens.length && tokens.oneSpace(k) && tokens.is(k + 1, 'nam'))
    return k + 2;
  return -1;
}

/** Word `k` was matched as the country (or is free, as the scan leaves it inside a longer name). */
function countryOrFree(doc: Doc, k: number, covered: Uint8Array): boolean {
  if (!covered[k]) return true;
  const ids = idsStartingAt(doc, k);
  return ids.length === 1 && ids[0] === 'country:VN';
}

/**
 * The company's first word may open such a name: capitalised, free, of three letters or more, and
 * no word of the language around it (English "South", "Visit"; a Vietnamese syllable, "Nam", "Miền";
 * in Swedish, where the list of common words is English, no sentence's first word: "Norra").
 */
function brandWord(doc: Doc, k: number, covered: Uint8Array, language: string | null): boolean {
  const { text, tokens } = doc;
  if (covered[k] || !tokens.capital(k) || tokens.end(k) - tokens.start(k) < MIN_FIRST_LETTERS) return false;
  // An abbreviation in Vietnamese text is a Vietnamese one ("CĐV", fans; "ĐSQ", embassy).
  if (
    tokens.allCaps(k) &&
    (language === 'vi' || !/^[A-Z0-9]+$/u.test(text.slice(tokens.start(k), tokens.end(k))))
  )
    return false;
  // (Words out of the vocabulary have no key: most brands are; their key is made here, rarely.)
  const key = tokens.id(k) !== 0 ? (tokens.key(k) as string) : foldKey(tokens.word(k) as string);
  if (isVietnameseSyllable(key) || englishRank(key) >= 0) return false;
  return language !== 'sv' || !sentenceStart(text, tokens, k);
}

/**
 * Spans `[from, to)` of companies' names followed by Vietnam's, with the word the country's name
 * starts at (see the top of this file): up to
 * three capitalised words one space apart before the country's name, the first a brand's word
 * ({@link brandWord}), none another stage read. Not in a line of capitals (a headline's words).
 */
export function branchSpans(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [from: number, country: number, to: number][] {
  const spans: [number, number, number][] = [];
  // (Only in the languages whose words brandWord knows: "Perdana Menteri Vietnam" is Malay.)
  if (language !== 'en' && language !== 'sv' && language !== 'vi') return spans;
  const { tokens } = doc;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    if (k === 0 || !tokens.oneSpace(k - 1)) continue;
    const to = vietnamEnd(tokens, k);
    if (to < 0 || tokens.allCaps(k) || !countryOrFree(doc, k, covered)) continue;
    let from = k;
    while (
      from > 0 &&
      k - from < MAX_NAME_WORDS &&
      !covered[from - 1] &&
      tokens.capital(from - 1) &&
      (from === k || tokens.oneSpace(from - 1))
    )
      from--;
    // A name that goes on before, through another stage's match, is that stage's to read
    // ("Mizusawa Kogyo Việt Nam": not "Kogyo Việt Nam").
    if (from > 0 && covered[from - 1] && tokens.capital(from - 1) && tokens.oneSpace(from - 1)) continue;
    // The first word that may open the name, from the farthest back.
    while (from < k && !brandWord(doc, from, covered, language)) from++;
    if (from === k) continue;
    spans.push([from, k, to]);
  }
  return spans;
}
