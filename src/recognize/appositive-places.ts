// Places an English text defines in apposition: "at Daionji, a Buddhist temple in Honjo", "from
// Oizumi, a small town north of Tokyo". The noun after "a" says what the name is; the knowledge base
// holds few temples, villages or neighbourhoods, and without this the name is read as a person's
// or not at all. Like the other local places, the name is an entity local to the text.
import { type Doc, runStart, spaced, wordAt } from './doc.js';
import { englishRank } from './english-words.js';
import { localPlace } from './local-places.js';
import type { EntityMention } from './mention.js';

/** Nouns for a place that an apposition may end on, as lower-case words. */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'temple',
  'pagoda',
  'shrine',
  'town',
  'city',
  'village',
  'hamlet',
  'district',
  'ward',
  'commune',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'island',
  'port',
  'harbour',
  'harbor',
  'resort',
  'lake',
  'river',
  'mountain',
]);

/** Words after the noun that go on to where the place is ("in Honjo", "north of Tokyo"). */
const WHERE: ReadonlySet<string> = new Set([
  'in',
  'on',
  'near',
  'outside',
  'north',
  'south',
  'east',
  'west',
  'of',
  'about',
  'some',
  'just',
]);

/** Most words between "a" and the noun ("a small Buddhist", "a quiet fishing"). */
const MAX_WORDS_BEFORE_NOUN = 3;
/** Most words of the name before the comma. */
const MAX_NAME_WORDS = 3;

/** Rank below which a common English word is no word of a name ("In", "The", "Then"). */
const COMMON_RANK = 1000;

/** English words of two letters that open a sentence before a name (the common-word list has none so short). */
const SHORT_WORDS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'to',
  'of',
  'by',
  'as',
  'if',
  'so',
  'or',
  'up',
]);

/** Word `k` may be a word of a place's name: capitalised, free, no common English word. */
function nameWord(doc: Doc, covered: Uint8Array, k: number): boolean {
  return !covered[k] && doc.tokens.capitalisedWord(k) && !commonWord(doc, k);
}

/** Word `k` is a common English word ("In", "The", "Then" opening a sentence). */
function commonWord(doc: Doc, k: number): boolean {
  const word = doc.tokens.word(k) as string;
  if (SHORT_WORDS.has(word)) return true;
  const rank = englishRank(word);
  return rank >= 0 && rank < COMMON_RANK;
}

/** The text of word `k` as written. */
function textOf(doc: Doc, k: number): string {
  return doc.text.slice(doc.tokens.start(k), doc.tokens.end(k));
}

/**
 * Whether the words from `k` (right after "a") run on one phrase, spaced, to a place noun that ends
 * the apposition: a word of {@link WHERE} or a mark of punctuation after it.
 */
function placeNounFrom(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  for (let w = k; w < tokens.length && w - k <= MAX_WORDS_BEFORE_NOUN; w++) {
    const word = textOf(doc, w);
    if (PLACE_NOUNS.has(word)) {
      if (w + 1 >= tokens.length) return true;
      const gap = text.slice(tokens.end(w), tokens.start(w + 1));
      if (/^[ \u00a0]$/u.test(gap)) return WHERE.has(textOf(doc, w + 1));
      return /^[.,;:)]/u.test(gap);
    }
    if (!spaced(doc, w)) return false;
  }
  return false;
}

/**
 * Names of one to three capitalised words before ", a … <place noun>" (see {@link PLACE_NOUNS}), in
 * English text, as local places: "Daionji, a Buddhist temple in Honjo". The name must open its
 * phrase (no capitalised word right before it) and hold no word another stage read.
 */
export function appositivePlaces(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'en' && language !== null) return found;
  const { text, tokens } = doc;
  for (let at = text.indexOf(', a'); at >= 0; at = text.indexOf(', a', at + 3)) {
    // ", a " or ", an ", read in place.
    const length = text.startsWith(' ', at + 3) ? 4 : text.startsWith('n ', at + 3) ? 5 : 0;
    if (length === 0) continue;
    const last = wordAt(doc, at, 'end');
    if (last < 0 || !nameWord(doc, covered, last)) continue;
    const from = runStart(doc, last, MAX_NAME_WORDS, (k) => nameWord(doc, covered, k));
    // A capitalised word right before the name makes it part of a longer one.
    if (from > 0 && spaced(doc, from - 1) && tokens.capital(from - 1) && !commonWord(doc, from - 1)) continue;
    // (The article "a" or "an" ends right before the space that ends the match.)
    const after = wordAt(doc, at + length - 1, 'end');
    if (after < 0 || !placeNounFrom(doc, after + 1)) continue;
    found.push([from, localPlace(doc, from, last + 1, last + 1)]);
    covered.fill(1, from, last + 1);
  }
  return found;
}
