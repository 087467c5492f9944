import type { Normalizer } from '../kb/kb.js';
import { type Doc, mention, type PersonKey } from './doc.js';
import { isJapaneseFamilyName, isJapaneseGivenName } from './japanese-names.js';
import { levenshtein } from './levenshtein.js';
import { CORRECTED, type EntityMention } from './mention.js';
import { joinable } from './scan.js';
import { isFamilyNameKey, isVietnameseSyllable } from './syllables.js';
import { nameKeys } from './tokenize.js';

/** Shortest word that typo correction considers: short words are too often other words. */
const MIN_TYPO_WORD = 3;
/** Shortest whole name that typo correction considers. */
const MIN_TYPO_NAME = 8;

/** Names of this many letters or more (with spaces) may be misspelt by two letters. */
const LONG_NAME = 12;

/** Shortest word of a misspelt name: shorter words must be spelt as in the name. */
const MIN_SHORT_WORD = 2;

/** Shortest word that may be misspelt in a name: a shorter one is another name ("Rauch" is no slip for "Rau"). */
const MIN_SLIP_WORD = 4;
/** Shortest word whose first letter may be the slip ("Xinping"); in shorter ones it makes another name ("Kiko", "Aiko"). */
const MIN_FIRST_LETTER_SLIP = 6;

/**
 * Whether each word of a run that differs from the name's word at its place may be a slip of it
 * (the edits of the whole name are counted by the caller): four letters or more, and its first
 * letter kept unless six or more. In a Vietnamese name a word that is itself a Vietnamese syllable
 * is another name, not a slip ("Tran Duc Long" is not Trần Đức Lương); in a Japanese name a short
 * word with two letters changed is another name.
 */
function slipsOfWords(
  words: readonly string[],
  name: string,
  vietnamese: boolean,
  japanese: boolean,
): boolean {
  const parts = name.split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const p = parts[k] as string;
    if (w === p) continue;
    if (vietnamese && isVietnameseSyllable(w)) return false;
    const shorter = Math.min(w.length, p.length);
    if (shorter < MIN_SLIP_WORD) return false;
    if (w.charCodeAt(0) !== p.charCodeAt(0) && shorter < MIN_FIRST_LETTER_SLIP) return false;
    // A word that is a Japanese family name of its own is another family's ("Akiyama Hiroshi"
    // beside Kajiyama Hiroshi), not a slip. (Given names are not asked: "Fumiyo" is one, and
    // "Kishida Fumiyo" a slip.)
    if (japanese && isJapaneseFamilyName(w)) return false;
    // So is a given name of the list one letter changed from the person's, also of the list
    // ("Tanaka Mariko" beside Tanaka Makiko). (A letter added or dropped stays a slip: "Fumiyo".)
    if (japanese && w.length === p.length && isJapaneseGivenName(w) && isJapaneseGivenName(p)) return false;
    // Two letters changed in a word of a Japanese name is another name ("Okada Tetsuya" beside
    // Okada Katsuya), not a slip: its syllables make many names of one length close together.
    // (Letters added are a slip, "Fumiyoo"; other names vary more by transliteration: "Poetin" is Putin.)
    if (
      japanese &&
      w.length === p.length &&
      shorter < MIN_TWO_LETTER_SLIP &&
      levenshtein(w, p, 2) > 1 &&
      !transposed(w, p)
    )
      return false;
  }
  return true;
}

/** Whether `a` is `b` with two letters side by side swapped ("Fumoi" for Fumio). */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Shortest word of a Japanese name that a slip may change two letters of (else one, or two side by side swapped). */
const MIN_TWO_LETTER_SLIP = 8;

/** Whether the short words of a run are the words of the name at the same places. */
function shortWordsAgree(words: readonly string[], name: string): boolean {
  let parts: string[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (w.length >= MIN_TYPO_WORD) continue;
    parts ??= name.split(' ');
    if (parts[k] !== w) return false;
  }
  return true;
}

function isVietnamesePerson(doc: Doc, id: string): boolean {
  return doc.kb.getEntity(id)?.country === 'country:VN';
}

/** The first name in `bucket` (sorted by {@link byShape}) of `words` words and at least `length` letters. */
function firstOfShape(bucket: readonly PersonKey[], words: number, length: number): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = bucket[mid] as PersonKey;
    if (c.words < words || (c.words === words && c.key.length < length)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A run of capitalised words one edit away from a KB person's full name ("Shizo Abe"). */
export function typo(doc: Doc, covered: Uint8Array, found: [number, EntityMention][], from: number): boolean {
  const tokens = doc.tokens;
  for (let n = 3; n >= 2; n--) {
    const to = from + n;
    if (to > tokens.length) continue;
    // Part of a longer run of capitalised words ("Nguyễn Tuấn Anh"): another, longer name. So is
    // a run after a Vietnamese family name: its given names ("Phạm Tấn Công" is not Tần Cương).
    if (to < tokens.length && tokens.capital(to) && !covered[to] && joinable(doc.text, tokens, to - 1))
      continue;
    if (
      from > 0 &&
      tokens.capital(from - 1) &&
      !covered[from - 1] &&
      joinable(doc.text, tokens, from - 1) &&
      isFamilyNameKey(tokens.key(from - 1) as string)
    )
      continue;
    // A run of capitalised words not yet matched, joined as a name: checked before any word is
    // copied, since most runs are not one.
    let ok = true;
    for (let k = from; k < to && ok; k++)
      ok = !covered[k] && tokens.capital(k) && (k === to - 1 || joinable(doc.text, tokens, k));
    if (!ok) continue;
    const words: string[] = [];
    for (let k = from; k < to && ok; k++) {
      const key = tokens.word(k) as string;
      ok = key.length >= MIN_SHORT_WORD;
      words.push(key);
    }
    const key = words.join(' ');
    if (!ok || key.length < MIN_TYPO_NAME) continue;
    const hits = new Set<string>();
    // Long names may be two letters off, unless Vietnamese: their names are too close together.
    const long = key.length >= LONG_NAME;
    for (const word of words) {
      // A common family name lists many people: only those of n words within two letters of the
      // run's length are compared (the list is sorted by words, then length).
      const bucket = doc.index.personKeys.get(word);
      if (bucket === undefined) continue;
      for (let c = firstOfShape(bucket, n, key.length - 2); c < bucket.length; c++) {
        const candidate = bucket[c] as PersonKey;
        const lengths = Math.abs(candidate.key.length - key.length);
        if (candidate.words !== n || candidate.key.length > key.length + 2) break;
        if (candidate.key === key || hits.has(candidate.id)) continue;
        // Words shorter than three letters ("Xi", "Li") only as the name spells them.
        if (!shortWordsAgree(words, candidate.key)) continue;
        // A name read in Vietnamese syllables (also a foreigner's Sino-Vietnamese one, "Hồng Lỗi")
        // is as close to other Vietnamese names as a Vietnamese person's ("Hưng Lợi" is a ward).
        const vietnamese =
          isVietnamesePerson(doc, candidate.id) || candidate.key.split(' ').every(isVietnameseSyllable);
        const max = long && !vietnamese ? 2 : 1;
        if (lengths > max || levenshtein(candidate.key, key, max) > max) continue;
        const japanese = doc.kb.getEntity(candidate.id)?.country === 'country:JP';
        if (slipsOfWords(words, candidate.key, vietnamese, japanese)) hits.add(candidate.id);
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

/** Japanese people of the knowledge base with the keys of their name in both orders. */
const japaneseByKb = new WeakMap<Normalizer, { id: string; keys: string[] }[]>();

function japanesePeople(kb: Normalizer): { id: string; keys: string[] }[] {
  let people = japaneseByKb.get(kb);
  if (!people) {
    people = [];
    for (const e of kb.listEntities('person')) {
      if (e.country !== 'country:JP' || !e.family || !e.given) continue;
      const family = nameKeys(e.family).join('');
      const given = nameKeys(e.given).join('');
      people.push({ id: e.id, keys: [`${family} ${given}`, `${given} ${family}`] });
    }
    japaneseByKb.set(kb, people);
  }
  return people;
}

/**
 * Japanese names transliterated syllable by syllable, Vietnamese style ("Sin-dô A-bê",
 * "Mư-ra-i-a-ma Tô-mi-i-chi"): two groups of hyphen-joined syllables, read as the Japanese person
 * of the knowledge base whose name is nearest (two letters off, three for long names), when one
 * is nearest. Flagged `corrected`.
 */
export function transliterated(doc: Doc, covered: Uint8Array): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const tokens = doc.tokens;
  // Only capitalised words start one (the stage visits those); `next` skips a name just read.
  let next = 0;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    if (i + 3 >= tokens.length) break;
    if (i < next || covered[i] || !tokens.hyphenated(i)) continue;
    // Two groups: syllables joined by hyphens, the groups by one space.
    const groups: string[] = [];
    let k = i;
    for (let g = 0; g < 2; g++) {
      if (k >= tokens.length || covered[k] || !tokens.capital(k)) break;
      let group = tokens.word(k) as string;
      while (tokens.hyphenated(k) && !covered[k + 1]) group += tokens.word(++k) as string;
      groups.push(group);
      if (g === 0 && !(k + 1 < tokens.length && tokens.start(k + 1) - tokens.end(k) === 1)) break;
      k++;
    }
    if (groups.length !== 2) continue;
    const key = groups.join(' ');
    const max = key.length >= LONG_NAME ? 3 : 2;
    let best: string | null = null;
    let bestDistance = max + 1;
    let tie = false;
    for (const p of japanesePeople(doc.kb)) {
      for (const name of p.keys) {
        const d = levenshtein(name, key, max);
        if (d < bestDistance) {
          best = p.id;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && best !== p.id) tie = true;
      }
    }
    if (!best || tie || bestDistance > max) continue;
    found.push([i, mention(doc, i, k, best, CORRECTED)]);
    covered.fill(1, i, k);
    next = k;
  }
  return found;
}
