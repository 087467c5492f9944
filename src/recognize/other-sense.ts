import { foldKey } from '../text/fold.js';
import { OTHER_SENSE_ALIASES } from './data/homograph-words.js';
import { OTHER_WORD, type Tokens } from './tokenize.js';

/**
 * The other-sense rule of data/kb/homograph-rules.yaml (issue 16): a name that is also the
 * everyday name of something that is no place or body — "Iceland" the supermarket chain, "Chad"
 * the given name — is read as the entity, in English, Swedish or unknown text, only with support. Support is
 * another entity of the text that is no outlet (a place, body, office or known person: the text
 * is about the world of places and bodies, one sense per discourse), or "in" ("i" in Swedish)
 * right before the name.
 */

let aliases: ReadonlySet<string> | undefined;
/** The aliases' folding keys: a word with another key is refused without being copied. */
let aliasKeys: ReadonlySet<string> | undefined;

/** Word `i` of the text is written as an alias of the other-sense rule. */
function otherSenseWord(text: string, tokens: Tokens, i: number): boolean {
  const start = tokens.start(i);
  const end = tokens.end(i);
  // Every alias is one capitalised word of 4 to 8 letters: most words are refused unread.
  if (end - start < 4 || end - start > 8 || !tokens.capital(i)) return false;
  if (!aliases) {
    aliases = new Set(OTHER_SENSE_ALIASES.split('|'));
    aliasKeys = new Set([...aliases].map((a) => foldKey(a)));
  }
  // (Every alias is a name of the knowledge base, so its key is in the vocabulary.)
  const key = tokens.key(i);
  if (key === OTHER_WORD || !aliasKeys?.has(key as string)) return false;
  return aliases.has(text.slice(start, end));
}

/**
 * A locative word stands right before word `i`: "in Iceland", "i Tchad", and "In Iceland" at a
 * sentence start (not "I", the English pronoun).
 */
function locative(text: string, tokens: Tokens, i: number): boolean {
  const k = i - 1;
  if (k < 0 || tokens.start(i) !== tokens.end(k) + 1) return false;
  const length = tokens.end(k) - tokens.start(k);
  if (length > 2) return false;
  const word = text.slice(tokens.start(k), tokens.end(k));
  return word === 'in' || word === 'i' || word === 'In';
}

/**
 * Whether the match of words `from`..`to` needs support under the other-sense rule: it is one
 * word written as a declared alias, in English, Swedish or unknown text, with no locative before it.
 */
export function needsSupport(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  language: string | null,
): boolean {
  // The other senses are English and Swedish ones: a shop chain, an English given name.
  if (to !== from + 1 || (language !== null && language !== 'en' && language !== 'sv')) return false;
  return otherSenseWord(text, tokens, from) && !locative(text, tokens, from);
}
