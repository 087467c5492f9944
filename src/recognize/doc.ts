import { entitiesToIndex, type Normalizer } from '../kb/kb.js';
import { kbAmbiguities } from '../kb/meta.js';
import type { Entity, EntityType } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { CONTEXT_WORDS, INDEFINITE } from './context.js';
import { type Form, Gazetteer, type Node, type Passing } from './gazetteer.js';
import { lexiconWords } from './homograph-rules.js';
import { type EntityMention, type MentionFlag, NO_FLAGS } from './mention.js';
import type { Matches } from './scan.js';
import { SPAN_STRING_MAX, SpanStrings, sameSpan } from './span-memo.js';
import { Starts } from './starts.js';
import { nameKeys, type Tokens, Vocabulary } from './tokenize.js';

/** A surface-form match before resolution (made only for matches that need resolving). */
export interface Raw {
  from: number;
  to: number;
  forms: Form[];
  ids: string[];
  titleOffices: string[];
  /** The name's word keys when they differ from the text's (an inflected last word). */
  keys?: readonly string[];
}

export function rawAt(matches: Matches, k: number): Raw {
  const p = matches.passing[k] as Passing;
  return {
    from: matches.from[k] as number,
    to: matches.to[k] as number,
    forms: p.forms,
    ids: p.ids,
    titleOffices: p.titleIds,
  };
}

/**
 * The matches of title forms ("Prime Minister", "Thủ tướng"), looked up by the word they end
 * before: the person named right after them. Kept as match numbers in text order, searched by
 * halves, and read by index: no object is made per title. (A Map of Raws, made for every title of
 * a long text, cost more than all the lookups.)
 */
export class Titles {
  readonly #matches: Matches;
  /** The numbers of the matches that hold a title form, in text order (so by end too). */
  readonly #at: number[] = [];

  constructor(matches: Matches) {
    this.#matches = matches;
    for (let k = 0; k < matches.length; k++)
      if ((matches.passing[k] as Passing).titleIds.length > 0) this.#at.push(k);
  }

  /** How many title matches there are, read by index in text order. */
  get length(): number {
    return this.#at.length;
  }

  /** A title match ends before word `to`. */
  has(to: number): boolean {
    return this.endingAt(to) >= 0;
  }

  /** The index of the title match that ends before word `to`, or -1. */
  endingAt(to: number): number {
    const ends = this.#matches.to;
    const at = this.#at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = ends[at[mid] as number] as number;
      if (end === to) return mid;
      if (end < to) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The title match i is matched alone, with no name of the knowledge base after it. */
  alone(i: number): boolean {
    return (this.#matches.passing[this.#at[i] as number] as Passing).ids.length === 0;
  }

  /** Where the title match i starts (a word index). */
  from(i: number): number {
    return this.#matches.from[this.#at[i] as number] as number;
  }

  /** Where the title match i ends (a word index). */
  to(i: number): number {
    return this.#matches.to[this.#at[i] as number] as number;
  }

  /** The offices the title match i may stand for. */
  offices(i: number): string[] {
    return (this.#matches.passing[this.#at[i] as number] as Passing).titleIds;
  }
}

/** A person's name as typo correction reads it: its folding key, its entity, its number of words. */
export interface PersonKey {
  key: string;
  id: string;
  words: number;
}

/** The order of {@link Index.personKeys}' lists: by number of words, then by key length. */
function byShape(a: PersonKey, b: PersonKey): number {
  return a.words - b.words || a.key.length - b.key.length;
}

/** What the recognizer precomputes once per knowledge base. */
export interface Index {
  gazetteer: Gazetteer;
  /**
   * Person names for typo correction, by each of their words: a name one edit away from a run of
   * words shares all but one word with it, so only names sharing a word are compared. Each list is
   * sorted by number of words, then key length (see {@link PersonKey}), so that a run is compared
   * with the few names of its shape only.
   */
  personKeys: Map<string, PersonKey[]>;
  /** The words names and context rules use (see `tokenize`): other words are never copied. */
  vocabulary: Vocabulary;
  /** The folding keys of the words of each person's names and aliases, by id. */
  personNameWords: Map<string, ReadonlySet<string>>;
  /** 1 for the vocabulary ids of words of people's names (the keys of `personKeys`). */
  personWords: Uint8Array;
  /** The trie's first level by vocabulary id, with its filter (see `scan`). */
  starts: Starts;
  /** Type of each entity, for building mentions without a KB lookup. */
  types: Map<string, EntityType>;
}

const indexes = new WeakMap<Normalizer, Index>();

/** Shortest word that typo correction considers: short words are too often other words. */
export const MIN_TYPO_WORD = 3;
/** Shortest stem whose Swedish genitive the vocabulary holds ("kinas"; see inflection.ts). */
const MIN_GENITIVE_STEM = 3;
/** Swedish definite endings of a title, with the genitive: "premiärministern", "presidentens". */
export const DEFINITE_ENDINGS: readonly string[] = ['ens', 'ns', 'en', 'n'];

/** Shortest word of a name indexed for typo correction (shorter ones must be spelt right). */
const MIN_NAME_WORD = 2;

/**
 * Whether a one-word display name is matched in every language: the entity's names in the other
 * languages are the same word or contain it ("Reuters" beside vi "Hãng tin Reuters"). A name the
 * other languages do not share ("Island", Swedish for Iceland) stays a name of its language, and
 * so does a name with letters outside ASCII (its forms stay apart from its ASCII alias).
 */
function neutral(e: Entity, lng: 'en' | 'sv' | 'vi'): boolean {
  const name = e.names[lng];
  // Only plain ASCII: a marked name ("Huế") keeps its forms apart from its unmarked alias ("Hue").
  if (!/^[!-~]+$/u.test(name)) return false;
  // The same name spelt with spaces in another language is no other word ("Haiphong", sv and vi
  // "Hải Phòng"). (One in other capitals or only with marks stays apart: "NATO", sv "Nato";
  // "Zurich", sv "Zürich".)
  const key = foldKey(name);
  const joined = key.replace(/ /gu, '');
  const respelt = (o: string) => {
    const other = foldKey(o);
    return other !== key && other.replace(/ /gu, '') === joined;
  };
  for (const other of ['en', 'sv', 'vi'] as const) {
    const o = e.names[other];
    if (other !== lng && o !== name && !o.split(/\s+/u).includes(name) && !respelt(o)) return false;
  }
  return true;
}

function buildIndex(kb: Normalizer): Index {
  const gazetteer = new Gazetteer();
  const personKeys = new Map<string, PersonKey[]>();
  const personNameWords = new Map<string, ReadonlySet<string>>();
  const types = new Map<string, EntityType>();
  for (const e of entitiesToIndex(kb)) {
    types.set(e.id, e.type);
    for (const lng of ['en', 'sv', 'vi'] as const)
      gazetteer.add(e.names[lng], e.id, { language: neutral(e, lng) ? null : lng, kind: e.type });
    for (const alias of e.aliases ?? []) gazetteer.add(alias, e.id, { kind: e.type });
    for (const form of e.caseSensitive ?? []) gazetteer.add(form, e.id, { exact: true });
    for (const list of Object.values(e.titles ?? {}))
      for (const t of list ?? []) gazetteer.add(t, e.id, { title: true });
    if (e.type === 'person') {
      const forms = new Set([...Object.values(e.names), ...(e.aliases ?? [])].map((n) => nameKeys(n)));
      personNameWords.set(e.id, new Set([...forms].flat()));
      for (const keys of forms) {
        // Short words of foreign names ("Xi", "Li") are kept: typo correction takes them only as
        // written. Vietnamese names, full of short syllables ("Lê", "Võ"), keep their long words.
        // Only in names of two words ("Xi Jinping", "Wang Yi"): in longer ones short words are
        // mostly particles ("of", "av", "de").
        const shortest = e.country === 'country:VN' || keys.length > 2 ? MIN_TYPO_WORD : MIN_NAME_WORD;
        if (keys.length < 2 || keys.some((k) => k.length < shortest)) continue;
        const entry = { key: keys.join(' '), id: e.id, words: keys.length };
        for (const word of new Set(keys)) {
          const bucket = personKeys.get(word) ?? [];
          bucket.push(entry);
          personKeys.set(word, bucket);
        }
      }
    }
  }
  for (const bucket of personKeys.values()) bucket.sort(byShape);
  // Readings recorded only as alternatives of an ambiguous key join the candidates of its forms.
  for (const record of kbAmbiguities) for (const id of record.candidates) gazetteer.extend(record.key, id);
  const vocabulary = new Vocabulary();
  const nameWords = gazetteer.words();
  for (const word of [...nameWords, ...CONTEXT_WORDS, ...lexiconWords(), 's']) vocabulary.add(word);
  // Swedish inflected forms, so that they are read by key without copying words out of the text:
  // the genitive of every name word ("japans") and the definite forms of one-word titles
  // ("premiarministern", "presidentens").
  for (const word of nameWords)
    if (word.length >= MIN_GENITIVE_STEM && !word.endsWith('s')) vocabulary.add(`${word}s`);
  for (const [word, node] of gazetteer.root.next ?? [])
    if (node.forms?.some((f) => f.title))
      for (const ending of DEFINITE_ENDINGS) vocabulary.add(word + ending);
  const nodes: (Node | undefined)[] = new Array(vocabulary.words.length).fill(undefined);
  for (const [key, next] of gazetteer.root.next ?? []) nodes[vocabulary.id(key)] = next;
  numberChildren(gazetteer.root, vocabulary);
  const starts = new Starts(nodes);
  const personWords = new Uint8Array(vocabulary.words.length);
  for (const word of personKeys.keys()) personWords[vocabulary.id(word)] = 1;
  personWords[0] = 0;
  return { gazetteer, starts, personKeys, personNameWords, personWords, vocabulary, types };
}

/** Fills every node's children by id below `root` from its `next` (the vocabulary holds every trie word). */
function numberChildren(root: Node, vocabulary: Vocabulary): void {
  const stack: Node[] = [root];
  let ids = new Int32Array(0);
  let children: Node[] = [];
  // (forEach, not for…of: no entry array per child, on every cold start.)
  const place = (next: Node, key: string): void => {
    // Insertion by id: most nodes have one child or two.
    const id = vocabulary.id(key);
    let k = children.length;
    children.push(next);
    for (; k > 0 && (ids[k - 1] as number) > id; k--) {
      ids[k] = ids[k - 1] as number;
      children[k] = children[k - 1] as Node;
    }
    ids[k] = id;
    children[k] = next;
    stack.push(next);
  };
  for (let at = stack.pop(); at; at = stack.pop()) {
    if (!at.next) continue;
    ids = new Int32Array(at.next.size);
    children = [];
    at.next.forEach(place);
    at.childIds = ids;
    at.children = children;
  }
}

/** The index of a knowledge base, built on first use and kept while the knowledge base lives. */
export function indexFor(kb: Normalizer): Index {
  let index = indexes.get(kb);
  if (!index) {
    index = buildIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

/** No ids: no match of the knowledge base there. */
const NO_IDS: readonly string[] = [];

/** The ids of the knowledge base's match that starts at word `k` (none when no match starts there). */
export function idsStartingAt(doc: Doc, k: number): readonly string[] {
  const m = doc.matches.startingAt(k);
  return m < 0 ? NO_IDS : (doc.matches.passing[m] as Passing).ids;
}

/** The ids of the knowledge base's match that ends right before word `end` (none when none does). */
export function idsEndingAt(doc: Doc, end: number): readonly string[] {
  const m = doc.matches.endingAt(end);
  return m < 0 ? NO_IDS : (doc.matches.passing[m] as Passing).ids;
}

/** An ISO day from a date option, or null when it is missing or not a date. */
export function toDay(date: string | Date | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : null;
}

/** One text being recognized: what every stage reads. */
export interface Doc {
  text: string;
  tokens: Tokens;
  matches: Matches;
  /** Matches of title forms ("Prime Minister"), by the word they end before. */
  titles: Titles;
  day: string | null;
  /** The text's language as the caller gave it (see `readLanguage`), null when unknown. */
  language: string | null;
  kb: Normalizer;
  index: Index;
  /** Today, computed once per call when an undated text needs it. */
  today: string | undefined;
  /** Ids that some match names without ambiguity, for document-level context. */
  readonly plain: Set<string>;
}

/** The country whose genitive stands right before word `from` ("Japan's | PM"), or null. */
export function countryGenitiveBefore(doc: Doc, from: number): string | null {
  const s = from - 1;
  if (s < 1 || !doc.tokens.possessive(s) || !doc.tokens.spaced(s)) return null;
  const m = doc.matches.endingAt(s);
  if (m < 0) return null;
  const ids = (doc.matches.passing[m] as Passing).ids;
  return ids.length === 1 && doc.index.types.get(ids[0] as string) === 'country' ? (ids[0] as string) : null;
}

/** The folding key of the word `n` places before a match, if any. */
export function keyBefore(doc: Doc, raw: { from: number }, n: number): string | undefined {
  return raw.from - n >= 0 ? doc.tokens.key(raw.from - n) : undefined;
}

/** The texts of mentions, shared between mentions of one spelling. */
const mentionTexts = new SpanStrings();

/**
 * A mention of words `from`..`to` (exclusive) as entity `id`; `forms`, the scan's match there,
 * keeps the text of its last mention, which most mentions of a name spell again.
 */
export function mention(
  doc: Doc,
  from: number,
  to: number,
  id: string,
  flags: readonly MentionFlag[] = NO_FLAGS,
  forms?: Passing,
): EntityMention {
  const start = doc.tokens.start(from);
  const end = doc.tokens.end(to - 1);
  const type = doc.index.types.get(id) ?? doc.kb.getEntity(id)?.type ?? 'organisation';
  let text = forms?.text;
  if (text === undefined || !sameSpan(text, doc.text, start, end)) {
    text = mentionTexts.get(doc.text, start, end);
    // (Only a copy is kept: a longer span's string may be a view that holds the whole text.)
    if (forms && end - start <= SPAN_STRING_MAX) forms.text = text;
  }
  return { id, type, text, start, end, flags, office: null, holder: null };
}

/** Moves mention `m` to characters `start`..`end` of the text, its text with it. */
export function respan(doc: Doc, m: EntityMention, start: number, end: number): void {
  m.start = start;
  m.end = end;
  m.text = mentionTexts.get(doc.text, start, end);
}

/**
 * A mention of an entity local to the text (`local:person:…`, `local:org:…`), words `from`..`to`:
 * its type is given and its name is the text's (the mention's own text unless `name` is given).
 */
export function localMention(
  doc: Doc,
  from: number,
  to: number,
  id: string,
  type: EntityType,
  name?: string,
): EntityMention {
  const m = mention(doc, from, to, id);
  m.type = type;
  m.name = name ?? m.text;
  return m;
}

/**
 * Where a run of words that ends at word `last` starts: back over the words right before it, one
 * space apart, that `accepts`, up to `max` words in all (`last` itself is taken as it is).
 */
export function runStart(
  doc: { text: string; tokens: Tokens },
  last: number,
  max: number,
  accepts: (k: number) => boolean,
): number {
  let from = last;
  while (from > 0 && last - from + 1 < max && spaced(doc, from - 1) && accepts(from - 1)) from--;
  return from;
}

/**
 * The word that starts (`edge` 'start') or ends ('end') right at `offset` in the text, found by
 * halves over the words' offsets, or -1.
 */
export function wordAt(doc: { tokens: Tokens }, offset: number, edge: 'start' | 'end'): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = edge === 'start' ? tokens.start(mid) : tokens.end(mid);
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The folding keys of words `from`..`to` joined by hyphens: the key of a local entity's id ("nui-thanh"). */
export function localKey(doc: Doc, from: number, to: number): string {
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push(doc.tokens.word(k) as string);
  return keys.join('-');
}

/**
 * The value of word `i` when it is a number of at most `digits` ASCII digits ("52", "12"), else -1:
 * an age after a name, a numbered district.
 */
export function smallNumber(doc: { text: string; tokens: Tokens }, i: number, digits: number): number {
  const { text, tokens } = doc;
  if (i < 0 || i >= tokens.length) return -1;
  const start = tokens.start(i);
  const end = tokens.end(i);
  if (end - start > digits) return -1;
  let value = 0;
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** Words `i` and `i + 1` are separated by one or two spaces only, as the words of a name are. */
export function spaced(doc: { text: string; tokens: Tokens }, i: number): boolean {
  return doc.tokens.spaced(i);
}

/** Blanks inside a line: space, tab, carriage return, no-break space. */
const lineBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 0xa0;

/** Word `i` opens its line: only blanks before it since the line break (or the text's start). */
export function opensLine(doc: { text: string; tokens: Tokens }, i: number): boolean {
  const { text, tokens } = doc;
  for (let c = tokens.start(i) - 1; c >= 0; c--) {
    const code = text.charCodeAt(c);
    if (code === 10) return true;
    if (!lineBlank(code)) return false;
  }
  return true;
}

/** Word `end - 1` closes its line: only blanks after it up to the line break (or the text's end). */
export function closesLine(doc: { text: string; tokens: Tokens }, end: number): boolean {
  const { text, tokens } = doc;
  for (let c = tokens.end(end - 1); c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code === 10) return true;
    if (!lineBlank(code)) return false;
  }
  return true;
}

/** A comma between two items of a list, with a space after it or none. */
const LIST_COMMA = /^, ?$/u;

/**
 * The words of the items right before and right after word `i` in a list: past a comma ("A, B"),
 * or past a joining word that `joins` accepts between spaces ("A và B", "A and B"); -1 for none.
 */
export function listNeighbours(
  doc: { text: string; tokens: Tokens },
  i: number,
  joins: (k: number) => boolean,
): [number, number] {
  const { text, tokens } = doc;
  const n = tokens.length;
  const gapAfter = (k: number): string => text.slice(tokens.end(k), tokens.start(k + 1));
  const before =
    i > 0 && LIST_COMMA.test(gapAfter(i - 1))
      ? i - 1
      : i > 1 && tokens.spaced(i - 1) && tokens.spaced(i - 2) && joins(i - 1)
        ? i - 2
        : -1;
  const after =
    i + 1 < n && LIST_COMMA.test(gapAfter(i))
      ? i + 1
      : i + 2 < n && tokens.spaced(i) && tokens.spaced(i + 1) && joins(i + 1)
        ? i + 2
        : -1;
  return [before, after];
}

/** Words `k` and `k + 1` stand in one phrase: at most three characters apart, no line break. */
export function together(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const a = doc.tokens.end(k);
  const b = doc.tokens.start(k + 1);
  if (b - a < 1 || b - a > 3) return false;
  for (let c = a; c < b; c++) {
    const code = doc.text.charCodeAt(c);
    if (code === 10 || code === 13) return false;
  }
  return true;
}

/** The words from `at` spell `keys` in one phrase. */
export function spells(doc: { text: string; tokens: Tokens }, at: number, keys: readonly string[]): boolean {
  if (at < 0 || at + keys.length > doc.tokens.length) return false;
  for (let j = 0; j < keys.length; j++) {
    if (!doc.tokens.is(at + j, keys[j] as string)) return false;
    if (j > 0 && !together(doc, at + j - 1)) return false;
  }
  return true;
}

/**
 * An English indefinite or possessive word stands right before word `from`, or before the one word
 * before it ("a president", "a Democratic president", "our minister"). Read as written, not folded:
 * Vietnamese "Mỹ" is no "my".
 */
export function indefiniteBefore(text: string, tokens: Tokens, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    const end = tokens.end(k);
    if (end + 1 !== tokens.start(k + 1)) return false;
    // (The indefinite words are short: a longer word is read past, as an adjective, not copied.)
    if (end - tokens.start(k) <= 7 && INDEFINITE.has(text.slice(tokens.start(k), end).toLowerCase()))
      return true;
  }
  return false;
}

/** Word `k` is "các" or "những" in lower case, the plural: the role before it is many people's. */
function pluralAfter(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const { tokens } = doc;
  return (
    k < tokens.length &&
    spaced(doc, k - 1) &&
    !tokens.capital(k) &&
    (tokens.is(k, 'cac') || tokens.is(k, 'nhung'))
  );
}

/**
 * Word `k` is "quán", which makes a diplomat's role the mission ("Đại sứ quán", "Tổng Lãnh sự
 * quán"): written so, or without marks where the text lost them and "tâm" does not follow ("quan
 * tâm", to care).
 */
function missionAfter(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const { text, tokens } = doc;
  if (k >= tokens.length || !tokens.is(k, 'quan') || !spaced(doc, k - 1)) return false;
  const written = markedSpelling(text.slice(tokens.start(k), tokens.end(k)));
  if (written === 'quán') return true;
  return written === 'quan' && !(k + 1 < tokens.length && tokens.is(k + 1, 'tam'));
}

/** What follows a role's possessive when it names the holder's office, not the holder. */
const OFFICE_AFTER_POSSESSIVE = /^['\u2019]s [Oo]ffice\b/;

/**
 * A role ending before word `k` names no one holder there: the mission ("Đại sứ quán", "Tổng Lãnh
 * sự quán"), many ("Thống đốc các tỉnh Nhật Bản") or the holder's office ("the Prime Minister's
 * Office said").
 */
export function noOneAfter(doc: { text: string; tokens: Tokens }, k: number): boolean {
  if (
    k >= 1 &&
    OFFICE_AFTER_POSSESSIVE.test(doc.text.slice(doc.tokens.end(k - 1), doc.tokens.end(k - 1) + 10))
  )
    return true;
  return missionAfter(doc, k) || pluralAfter(doc, k);
}

/**
 * A word of `words` (folding keys) stands right before word `from`, in the same phrase, or before
 * the one lower-case word that qualifies what starts at `from` ("a deputy defense minister", where
 * "minister" starts there): another role's or another holder's word.
 */
export function qualifiedBy(doc: { tokens: Tokens }, from: number, words: ReadonlySet<string>): boolean {
  const { tokens } = doc;
  if (from < 1 || !tokens.spaced(from - 1)) return false;
  if (words.has(tokens.word(from - 1) as string)) return true;
  return (
    from >= 2 &&
    tokens.spaced(from - 2) &&
    !tokens.capital(from - 1) &&
    words.has(tokens.word(from - 2) as string)
  );
}
