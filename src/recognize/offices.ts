import type { Normalizer } from '../kb/kb.js';
import type { Entity, OfficeTerm } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { caseAt, LOWER, NO_CASE, UPPER } from '../text/letter-case.js';
import {
  countryGenitiveBefore,
  DEFINITE_ENDINGS,
  type Doc,
  indefiniteBefore,
  mention,
  noOneAfter,
  qualifiedBy,
} from './doc.js';
import type { Passing } from './gazetteer.js';
import { inLexicon, sentenceStart } from './homograph-rules.js';
import {
  type EntityMention,
  type MentionFlag,
  SHORT_REFERENCE,
  SHORT_REFERENCE_UNDATED,
  TITLE,
} from './mention.js';
import { nameKeys, OTHER_WORD } from './tokenize.js';

/** Shortest part of a name read after a title or a country ("PM Chinh", "Japan's Kishida"). */
const MIN_PART = 3;

const MISMATCH: readonly MentionFlag[] = Object.freeze(['short-reference', 'office-mismatch']);

/** People of the knowledge base by each word of their names, built once per knowledge base. */
const partsByKb = new WeakMap<Normalizer, Map<string, Entity[]>>();

function peopleByPart(kb: Normalizer): Map<string, Entity[]> {
  let parts = partsByKb.get(kb);
  if (!parts) {
    parts = new Map();
    // A title of one word ("President" in an alias "President Ho Chi Minh", "Emperor") is no part
    // of a name. (Words of longer titles may be: "Chính" in "Thủ tướng Chính phủ".)
    const titleWords = new Set<string>();
    for (const e of kb.listEntities())
      for (const list of Object.values(e.titles ?? {}))
        for (const title of list ?? []) {
          const keys = nameKeys(title);
          if (keys.length === 1) titleWords.add(keys[0] as string);
        }
    for (const e of kb.listEntities('person')) {
      const words = new Set<string>();
      // A Vietnamese goes by the given name (or the family name), never by a middle name: "Vice
      // Chairman Duc" is no Nguyễn Đức Hải.
      const middle = new Set(e.country === 'country:VN' && e.middle ? nameKeys(e.middle) : []);
      for (const key of nameKeys(`${e.family ?? ''} ${e.given ?? ''}`)) middle.delete(key);
      for (const name of [...Object.values(e.names), ...(e.aliases ?? []), e.family ?? '', e.given ?? ''])
        for (const key of nameKeys(name))
          if (key.length >= MIN_PART && !titleWords.has(key) && !middle.has(key)) words.add(key);
      for (const key of words) {
        const list = parts.get(key) ?? [];
        list.push(e);
        parts.set(key, list);
      }
    }
    partsByKb.set(kb, parts);
  }
  return parts;
}

const heldOn = (p: Entity, offices: readonly string[], day: string): boolean =>
  (p.offices ?? []).some(
    (t) => offices.includes(t.office) && (t.from === null || t.from <= day) && (t.to === null || day <= t.to),
  );

/** The latest start of a term of one of the offices (for undated text: the most recent holder). */
function latestTerm(p: Entity, offices: readonly string[]): string {
  let latest = '';
  for (const t of p.offices ?? []) {
    const from = t.from ?? '';
    if (offices.includes(t.office) && from > latest) latest = from;
  }
  // A term of unknown start still counts as holding the office.
  if (latest === '' && (p.offices ?? []).some((t) => offices.includes(t.office))) return '0000';
  return latest;
}

/**
 * The holder of one of `offices` whose name has the word `part`: on the text's date; else one
 * who held it at another time (flagged `office-mismatch`); undated, the most recent (flagged
 * `undated`). Null when no holder's name has the word, or several fit.
 */
function holderByPart(
  doc: Doc,
  part: string,
  offices: readonly string[],
): { id: string; flags: readonly MentionFlag[] } | null {
  const everyone = peopleByPart(doc.kb).get(part) ?? [];
  const holders = everyone.filter((p) => (p.offices ?? []).some((t) => offices.includes(t.office)));
  if (holders.length === 0) return null;
  if (doc.day !== null) {
    const day = doc.day;
    const now = holders.filter((p) => heldOn(p, offices, day));
    if (now.length === 1) return { id: (now[0] as Entity).id, flags: SHORT_REFERENCE };
    if (now.length > 1) return null;
    return holders.length === 1 ? { id: (holders[0] as Entity).id, flags: MISMATCH } : null;
  }
  const sorted = holders
    .map((p) => [p, latestTerm(p, offices)] as const)
    .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  const [first, second] = sorted;
  if (!first || (second && second[1] === first[1])) return null;
  return { id: first[0].id, flags: SHORT_REFERENCE_UNDATED };
}

/** Single-word title forms by their key, with their offices, built once per knowledge base. */
const singleTitlesByKb = new WeakMap<Normalizer, Map<string, readonly string[]>>();

function singleTitles(doc: Doc): Map<string, readonly string[]> {
  let titles = singleTitlesByKb.get(doc.kb);
  if (!titles) {
    titles = new Map();
    for (const [key, node] of doc.index.gazetteer.root.next ?? []) {
      const offices = [...new Set((node.forms ?? []).filter((f) => f.title).flatMap((f) => f.ids))];
      if (offices.length > 0) titles.set(key, offices);
    }
    singleTitlesByKb.set(doc.kb, titles);
  }
  return titles;
}

/** Swedish words of a royal's style before the title ("Hans Majestät kejsaren"), folding keys. */
const STYLE_WORDS: ReadonlySet<string> = new Set(['majestat', 'hoghet', 'kunglig', 'kejserlig']);

/** Whether word `i` may be part of a name: capitalised letters, not all in capitals. */
function namePart(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  return i < tokens.length && tokens.capitalisedWord(i) && tokens.end(i) - tokens.start(i) >= 2;
}

/** Longest title word whose abbreviation dot may stand between it and the name ("Gen. Giang"). */
const MAX_ABBREVIATION = 3;

/**
 * The title ending before word `i` stands right before it: spaces between them, or the dot of an
 * abbreviated title ("Gen. Giang"). Not across the end of a sentence ("… the foreign minister.
 * The agreement …").
 */
function rightBefore(doc: Doc, i: number): boolean {
  const end = doc.tokens.end(i - 1);
  let c = end;
  if (doc.text.charCodeAt(c) === 46 && end - doc.tokens.start(i - 1) <= MAX_ABBREVIATION) c++;
  const start = doc.tokens.start(i);
  if (c === start) return false;
  for (; c < start; c++) {
    const code = doc.text.charCodeAt(c);
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}

/** Swedish words for an office's staff and premises after a title's genitive ("premiärministerns kontor"). */
const OFFICE_BODY_NOUNS: ReadonlySet<string> = new Set([
  'kontor',
  'kontoret',
  'kansli',
  'kansliet',
  'residens',
  'residenset',
  'sekretariat',
  'sekretariatet',
  'stab',
  'staben',
]);

/** A title's genitive ends right before word `k`, one of {@link OFFICE_BODY_NOUNS}: the title names that body. */
export function bodyOfTitle(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return (
    k > 0 &&
    k < tokens.length &&
    OFFICE_BODY_NOUNS.has(tokens.key(k) as string) &&
    doc.text.charCodeAt(tokens.end(k - 1) - 1) === 115 &&
    tokens.oneSpace(k - 1)
  );
}

/**
 * People named by a title and part of their name, without their full name in the text: "Prime
 * Minister Kishida", "PM Chinh", "Thủ tướng Abe" — the holder of the office on the text's date;
 * and by a country and part of their name ("Japan's Kishida"). Also a title alone ("the Prime
 * Minister", "Thủ tướng") standing for the one person of the text named in full who holds it.
 *
 * @param persons KB people named in full in the text
 */
export function titledPeople(
  doc: Doc,
  covered: Uint8Array,
  persons: ReadonlySet<string>,
  language: string | null = null,
  refs: readonly [number, EntityMention][] = [],
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const tokens = doc.tokens;
  const day = doc.day;
  // Title forms share their office list (one per trie node): the holder is found once per list.
  const alone = new Map<readonly string[], string | null>();
  /** The one person named in full in the text who holds one of the offices, or null. */
  const holderInText = (offices: readonly string[]): string | null => {
    let only = alone.get(offices);
    if (only === undefined) {
      let count = 0;
      for (const id of persons) {
        const p = doc.kb.getEntity(id);
        if (!p) continue;
        if (day !== null ? heldOn(p, offices, day) : latestTerm(p, offices) !== '') {
          only = id;
          count++;
        }
      }
      if (count !== 1) only = null;
      alone.set(offices, only ?? null);
    }
    return only ?? null;
  };
  // (Each title is stored under the word it ends on.)
  const titleMatches = doc.titles;
  for (let t = 0; t < titleMatches.length; t++) {
    if (!titleMatches.alone(t)) continue;
    const from = titleMatches.from(t);
    const i = titleMatches.to(t);
    const offices = titleMatches.offices(t);
    if (
      !covered[i] &&
      namePart(doc, i) &&
      !(i + 1 < tokens.length && namePart(doc, i + 1) && !covered[i + 1]) &&
      rightBefore(doc, i)
    ) {
      const part = tokens.word(i) as string;
      // A word of a common word after the title is no name: "Chủ tịch Tập đoàn" (the chairman of a
      // corporation) is not "President Xi".
      if (
        tokens.spaced(i) &&
        !tokens.capital(i + 1) &&
        inLexicon(doc.text, tokens, i, i + 1, language === 'vi' ? 'vi' : null)
      )
        continue;
      // A person of the text named in full with this word: a short reference, read by `people`.
      const named = (peopleByPart(doc.kb).get(part) ?? []).some((p) => persons.has(p.id));
      const holder = named ? null : holderByPart(doc, part, offices);
      if (holder) {
        found.push([i, mention(doc, i, i + 1, holder.id, holder.flags)]);
        covered[i] = 1;
        continue;
      }
    }
    // A title and a country: that country's office, for its holder ("Ngoại trưởng Nhật Bản").
    if (i < tokens.length && covered[i]) {
      const holder = countryHolder(doc, from, offices, i, persons);
      if (holder) {
        found.push([
          from,
          mention(doc, from, i, holder, day === null ? SHORT_REFERENCE_UNDATED : SHORT_REFERENCE),
        ]);
        covered.fill(1, from, i);
      }
      continue;
    }
    // A title alone: the person of the text who holds the office; after a country's genitive,
    // one of that country's offices ("Japan's PM" is no Vietnamese prime minister).
    if (i < tokens.length && (namePart(doc, i) || noOneAfter(doc, i))) continue;
    if (language === 'sv' && bodyOfTitle(doc, i)) continue;
    const owner = countryGenitiveBefore(doc, from);
    const own = owner
      ? offices.filter((o) => officeCountry(doc, o) === owner)
      : ownedOffices(doc, from, offices);
    if (own.length === 0 || !definite(doc, from, own, language) || otherOwnerAfter(doc, i, own)) continue;
    // Vietnamese text writes another country's office with the country ("Thủ tướng Nhật Bản"):
    // the title alone is Viet Nam's where the text names holders of several countries' offices.
    let only = holderInText(own);
    if (only === null && language === 'vi') {
      const home = own.filter((o) => officeCountry(doc, o) === VIET_NAM);
      if (home.length > 0 && home.length < own.length) only = holderInText(home);
    }
    if (!only) continue;
    found.push([from, mention(doc, from, i, only, day === null ? SHORT_REFERENCE_UNDATED : SHORT_REFERENCE)]);
    covered.fill(1, from, i);
  }
  // Swedish definite titles stand alone: "Premiärministern", "presidentens", "Kungen".
  if (language === 'sv') {
    const titles = singleTitles(doc);
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const last = doc.text.charCodeAt(tokens.end(i) - 1);
      if (last !== 110 && last !== 115) continue;
      // Definite forms of titles are in the vocabulary: a word outside it is none.
      const key = tokens.key(i) as string;
      if (key === OTHER_WORD) continue;
      let offices: readonly string[] | undefined;
      for (const ending of DEFINITE_ENDINGS) {
        if (key.length > ending.length + 2 && key.endsWith(ending)) {
          offices = titles.get(key.slice(0, -ending.length));
          if (offices) break;
        }
      }
      if (!offices || qualifiedBy(doc, i, OTHER_HOLDER)) continue;
      // A title's genitive before the word for its office or staff names the body, not the holder:
      // "premiärministerns kontor", "Presidentens kansli".
      if (bodyOfTitle(doc, i + 1)) continue;
      // Before a capitalised name it is that person's title ("kabinettssekreteraren Hirokazu
      // Matsuno"), whose name is read for itself.
      if (
        i + 1 < tokens.length &&
        tokens.capital(i + 1) &&
        !tokens.allCaps(i + 1) &&
        tokens.start(i + 1) === tokens.end(i) + 1 &&
        doc.text.charCodeAt(tokens.end(i)) === 32
      )
        continue;
      // After a capitalised word no other name holds, inside a sentence, it is a word of a longer
      // name ("Kristus Konungens kyrka", Christ the King's church), not the title alone. (Not after
      // a person's name, "premiärministern Takaichi generalsekreteraren", nor "Hans Majestät".)
      if (
        i > 0 &&
        tokens.capital(i - 1) &&
        !covered[i - 1] &&
        tokens.oneSpace(i - 1) &&
        !STYLE_WORDS.has(tokens.word(i - 1) as string) &&
        !sentenceStart(doc.text, tokens, i - 1)
      )
        continue;
      // The person of the text who holds it; else, for the title of one office only ("Kejsaren"),
      // or of one of Sweden's among others ("Kungen": Sweden's, Norway's, Thailand's …, read in
      // Swedish), its holder on the text's date (the latest when the text is undated, flagged so).
      // "Kejsaren av Japan", "Kungen och Drottningen av Spanien": a country named after the title
      // says whose it is.
      const country = countryAfter(doc, i);
      const candidates = country
        ? offices.filter((o) => officeCountry(doc, o) === country)
        : ownedOffices(doc, i, offices);
      if (candidates.length === 0 || otherOwnerAfter(doc, i + 1, candidates)) continue;
      const own =
        candidates.length === 1 ? candidates : candidates.filter((o) => officeCountry(doc, o) === SWEDEN);
      // Sweden's office by default, unless the text named another holder before: "Vietnams
      // premiärminister Pham Minh Chinh … Premiärministern" is Chinh.
      const swedishDefault = candidates.length > 1 && own.length === 1;
      // A foreign office's holder only where the text names its country: "kronprinsen" in a text
      // about Japan is no Saudi crown prince, though the knowledge base has no other.
      const ownOffice = own.length === 1 ? (own[0] as string) : null;
      // (Sweden's head of government is its "statsminister": "premiärministern" alone, where no
      // holder is named, is some other country's, as in a translated Vietnamese story.)
      const foreignTitle =
        ownOffice !== null && officeCountry(doc, ownOffice) === SWEDEN && key.startsWith('premiar');
      const only =
        holderInText(candidates) ??
        (swedishDefault ? nearestHolderBefore(doc, i, candidates, refs) : null) ??
        (ownOffice && !foreignTitle && countryNamed(doc, ownOffice) ? latestHolder(doc, ownOffice) : null);
      if (!only) continue;
      const m = mention(doc, i, i + 1, only, day === null ? SHORT_REFERENCE_UNDATED : SHORT_REFERENCE);
      if (key.endsWith('s')) m.inflection = 'genitive';
      found.push([i, m]);
      covered[i] = 1;
    }
  }
  // A country's genitive before part of a name: "Japan's Kishida", "Japans Kishida".
  for (let k = 0; k < doc.matches.length; k++) {
    if (tokens.key(doc.matches.to[k] as number) !== 's') continue;
    const ids = doc.matches.passing[k]?.ids ?? [];
    const country =
      ids.length === 1 && doc.index.types.get(ids[0] as string) === 'country' ? (ids[0] as string) : null;
    if (!country) continue;
    let i = doc.matches.to[k] as number;
    if (!tokens.possessive(i)) continue;
    i++;
    if (covered[i] || !namePart(doc, i) || (namePart(doc, i + 1) && !covered[i + 1])) continue;
    const fits = (peopleByPart(doc.kb).get(tokens.word(i) as string) ?? []).filter(
      (p) => p.country === country,
    );
    if (fits.length !== 1) continue;
    found.push([i, mention(doc, i, i + 1, (fits[0] as Entity).id, SHORT_REFERENCE)]);
    covered[i] = 1;
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The office is Sweden's, or the text names its country or a place in it without ambiguity ("Tokyo"). */
function countryNamed(doc: Doc, office: string): boolean {
  const country = officeCountry(doc, office);
  if (country === SWEDEN || country === null || doc.plain.has(country)) return country !== null;
  for (const id of doc.plain) if (doc.kb.getEntity(id)?.country === country) return true;
  return false;
}

/** How many times as often as the nearest holder the story's subject is named. */
const DOMINANT = 2;

/**
 * The holder of one of `offices` (on the text's date, or at any time when it is undated) named
 * before word `i`, in full or by a short reference (`refs`), far more often than the others: the story's subject ("Japans
 * premiärminister Shigeru Ishiba … Ishiba … Vietnams premiärminister Pham Minh Chinh … sade
 * premiärministern" is Ishiba, named twice as often as Chinh); else the one whose full name the
 * scan read last ("Vietnams premiärminister Pham Minh Chinh" before "statsminister Ulf Kristersson"). Read
 * where the title would else default to Sweden's office. Null when none is named before it.
 */
function nearestHolderBefore(
  doc: Doc,
  i: number,
  offices: readonly string[],
  refs: readonly [number, EntityMention][],
): string | null {
  // Each holder's mentions before word i, in full or by short reference, and the nearest holder.
  const counts = new Map<string, number>();
  let nearest: string | null = null;
  const holds = (id: string): boolean => {
    const p = doc.kb.getEntity(id);
    return (
      p?.type === 'person' && (doc.day !== null ? heldOn(p, offices, doc.day) : latestTerm(p, offices) !== '')
    );
  };
  for (let k = 0; k < doc.matches.length; k++) {
    if ((doc.matches.to[k] as number) > i) break;
    const ids = doc.matches.passing[k]?.ids ?? [];
    if (ids.length !== 1 || !holds(ids[0] as string)) continue;
    nearest = ids[0] as string;
    counts.set(nearest, (counts.get(nearest) ?? 0) + 1);
  }
  for (const [at, m] of refs)
    if (at < i && m.type === 'person' && m.flags.includes('short-reference') && counts.has(m.id))
      counts.set(m.id, (counts.get(m.id) as number) + 1);
  // The holder the text names at least twice as often as the nearest, the story's subject
  // ("Ishiba … Ishiba … premiärministern"); else the nearest.
  if (nearest === null) return null;
  // (Where Sweden's holder is named, the nearest: "Den svenska utrikesministern" after Bui Thanh Son
  // is Maria Malmer Stenergard, though Son is named more.)
  for (const id of counts.keys()) if (doc.kb.getEntity(id)?.country === SWEDEN) return nearest;
  let best = nearest;
  for (const [id, n] of counts)
    if (n >= DOMINANT * (counts.get(nearest) as number) && n > (counts.get(best) as number)) best = id;
  return best;
}

/**
 * A title alone names the one holder of the text, but in English not after an indefinite or
 * possessive word ("a president treats …", "our president", "a Democratic president").
 */
function definite(doc: Doc, from: number, offices: readonly string[], language: string | null): boolean {
  // (Not after a word of another holder: "vice premiärministern", "a deputy defense minister".)
  if (qualifiedBy(doc, from, OTHER_HOLDER)) return false;
  return (
    language === 'vi' ||
    (!indefiniteBefore(doc.text, doc.tokens, from) && !otherOwnerBefore(doc, from, offices))
  );
}

/**
 * Words before a title that make it another office's or a former holder's: "vice premiärministern",
 * "the deputy president", "den förre premiärministern", "cựu Thủ tướng". Folding keys.
 */
const OTHER_HOLDER: ReadonlySet<string> = new Set([
  'vice',
  'deputy',
  'former',
  'ex',
  'forre',
  'tidigare',
  'bitradande',
  'cuu',
  'pho',
  // "the then prime minister", "dåvarande kronprinsen": a former holder.
  'then',
  'davarande',
  // "Hai Bộ trưởng", "các Bộ trưởng": two or more holders, none alone.
  'hai',
  'cac',
]);

/**
 * Word `k` is the adjective of `country`, by its name in en or sv: they share their first letters
 * and the adjective keeps all of the name but its last three letters at most ("Japanese" and
 * "japanska" for Japan, "Chinese" for China, "Lao" for Laos, "Thai" for Thailand).
 */
function adjectiveOf(doc: Doc, word: string, country: string): boolean {
  for (const key of countryKeys(doc, country)) {
    let p = 0;
    while (p < key.length && p < word.length && key[p] === word[p]) p++;
    if (p >= 3 && p >= key.length - 3 && word !== key) return true;
  }
  return false;
}

/** The folding keys of the last words of a country's names in en and sv ("japan", "korea"), by entity. */
const countryKeyCache = new WeakMap<Entity, readonly string[]>();

function countryKeys(doc: Doc, country: string): readonly string[] {
  const e = doc.kb.getEntity(country);
  if (!e) return [];
  let keys = countryKeyCache.get(e);
  if (!keys) {
    keys = [e.names.en, e.names.sv]
      .filter((n): n is string => !!n)
      .map((n) => foldKey(n.split(' ').pop() as string));
    countryKeyCache.set(e, keys);
  }
  return keys;
}

/**
 * The offices of `offices` that a nationality's adjective right before the title (word `from`)
 * leaves: "the Japanese minister", "japanska ministern" is none of Viet Nam's. The adjective is
 * known by a country the text names or one the offices belong to; any other word leaves them all.
 * (An adjective is capitalised in English and ends in -sk, -ska or -ske in Swedish; Vietnamese
 * writes the country after the title.)
 */
function ownedOffices(doc: Doc, from: number, offices: readonly string[]): readonly string[] {
  const { tokens } = doc;
  const k = from - 1;
  if (k < 0 || !tokens.spaced(k) || tokens.end(k) - tokens.start(k) < 3) return offices;
  const word = tokens.word(k) as string;
  if (!tokens.capitalisedWord(k) && !/sk[ae]?$/u.test(word)) return offices;
  let named = false;
  const own: string[] = [];
  const seen = new Set<string>();
  const visit = (c: string): void => {
    if (seen.has(c)) return;
    seen.add(c);
    if (!adjectiveOf(doc, word, c)) return;
    named = true;
    for (const o of offices) if (officeCountry(doc, o) === c) own.push(o);
  };
  for (const o of offices) {
    const c = officeCountry(doc, o);
    if (c) visit(c);
  }
  for (const id of doc.plain) if (doc.index.types.get(id) === 'country') visit(id);
  return named ? own : offices;
}

/** Owners in the possessive before a title that still make it the text's holder ("the country's president"). */
const HOME_OWNERS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'government', 'republic']);

/**
 * The folded words of each office's names in en, sv and vi ("ministry" for the ministry's
 * spokesperson, "vietnams" for the Communist Party's leader).
 */
const officeWords = new WeakMap<Entity, ReadonlySet<string>>();

function wordsOfOffice(office: Entity): ReadonlySet<string> {
  let words = officeWords.get(office);
  if (!words) {
    words = new Set(Object.values(office.names).flatMap((name) => nameKeys(name ?? '')));
    officeWords.set(office, words);
  }
  return words;
}

/**
 * A common noun in the English possessive stands right before the title, and the title's offices
 * are not of it: "the opposing party's president" and "the company's chairman" are another body's
 * holder, not the text's; "the ministry's spokesperson" and "the country's president" stay.
 */
function otherOwnerBefore(doc: Doc, from: number, offices: readonly string[]): boolean {
  const tokens = doc.tokens;
  const s = from - 1;
  if (!tokens.possessive(s) || !tokens.spaced(s) || tokens.capital(s - 1)) return false;
  const owner = tokens.word(s - 1) as string;
  if (HOME_OWNERS.has(owner)) return false;
  return !offices.some((id) => {
    const office = doc.kb.getEntity(id);
    return office != null && wordsOfOffice(office).has(owner);
  });
}

/** Words that put a body after a title: "of", "for", "för", "av", "của" (folding keys). */
const OWNER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'av', 'cua']);
/** Articles between such a word and the body's name ("of the LDP"). */
const OWNER_ARTICLES: ReadonlySet<string> = new Set(['the', 'den', 'det']);

/**
 * Right after the title (word `i` on) a link and a capitalised name say whose it is, and no office
 * of `offices` has that name's first word in its names: "generalsekreterare för Liberala
 * demokratiska partiet", "Secretary-General of the LDP" is another party's, not the Communist
 * Party's leader of the text. A country after the link is left to the country rules ("President of
 * the Philippines").
 */
function otherOwnerAfter(doc: Doc, i: number, offices: readonly string[]): boolean {
  const { tokens } = doc;
  if (i < 1 || !tokens.spaced(i - 1) || !OWNER_LINKS.has(tokens.word(i) as string)) return false;
  let k = i + 1;
  if (tokens.spaced(k - 1) && OWNER_ARTICLES.has(tokens.word(k) as string)) k++;
  if (k >= tokens.length || !tokens.spaced(k - 1) || !tokens.capital(k)) return false;
  const m = doc.matches.startingAt(k);
  const ids = m < 0 ? [] : ((doc.matches.passing[m] as Passing).ids ?? []);
  if (ids.some((id) => doc.index.types.get(id) === 'country')) return false;
  // An abbreviation the knowledge base lacks says too little ("Minister of MoET").
  if (ids.length === 0 && !tokens.capitalisedWord(k)) return false;
  if (
    ids.length === 0 &&
    tokens.end(k) - tokens.start(k) <= 4 &&
    /\p{Lu}/u.test(doc.text.slice(tokens.start(k) + 1, tokens.end(k)))
  )
    return false;
  const owner = tokens.word(k) as string;
  return !offices.some((id) => {
    const office = doc.kb.getEntity(id);
    return office != null && wordsOfOffice(office).has(owner);
  });
}

/** Offices by id, for their country. */
const officeCountry = (doc: Doc, id: string): string | null => doc.kb.getEntity(id)?.country ?? null;

/** The country whose offices a Swedish title alone names, when several countries have the title. */
const SWEDEN = 'country:SE';
/** The country whose offices a Vietnamese title alone names first. */
const VIET_NAM = 'country:VN';

/** Within a few words after word `i`, "av" (of) and a country: "Kungen och Drottningen av Spanien". */
function countryAfter(doc: Doc, i: number): string | null {
  const { tokens } = doc;
  for (let k = i + 1; k < tokens.length - 1 && k <= i + 3; k++) {
    if (!tokens.is(k, 'av')) continue;
    const m = doc.matches.startingAt(k + 1);
    const ids = m < 0 ? [] : (doc.matches.passing[m]?.ids ?? []);
    return ids.length === 1 && doc.index.types.get(ids[0] as string) === 'country'
      ? (ids[0] as string)
      : null;
  }
  return null;
}

/**
 * The holder of the office that a title followed by a country names ("Ngoại trưởng Nhật",
 * "Foreign Minister of Japan"): the title's office of that country, held by the one person of the
 * text named in full, else by its one holder on the text's date. Null when a name follows the
 * country, "former" precedes the title, or nothing fits.
 */
function countryHolder(
  doc: Doc,
  from: number,
  titleOffices: readonly string[],
  i: number,
  persons: ReadonlySet<string>,
): string | null {
  const k = doc.matches.startingAt(i);
  if (k < 0) return null;
  const ids = doc.matches.passing[k]?.ids ?? [];
  const country = ids.length === 1 && doc.index.types.get(ids[0] as string) === 'country' ? ids[0] : null;
  if (!country) return null;
  const to = doc.matches.to[k] as number;
  if (namePart(doc, to) || formerBefore(doc, from) || thenAfter(doc.text, doc.tokens.end(to - 1)))
    return null;
  const offices = titleOffices.filter((o) => officeCountry(doc, o) === country);
  if (offices.length !== 1) return null;
  const named = holderAmong(doc, persons, offices);
  if (named || doc.day === null) return named;
  return latestHolder(doc, offices[0] as string);
}

/**
 * Words after an office that make its holder one of another time: "Thủ tướng Nhật Bản khi đó" (the
 * then prime minister), "lúc đó", "khi ấy", "at the time", read as folding keys.
 */
const THEN_AFTER = /^,? ?(?:khi do|luc do|khi ay|luc ay|thoi do|at the time)(?![\p{L}\p{M}])/u;
/** Characters after an office that {@link THEN_AFTER} reads. */
const THEN_REACH = 16;

/** Words of {@link THEN_AFTER} follow the office that ends at character `end`. */
function thenAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + THEN_REACH);
  const first = after.charCodeAt(0);
  return (first === 32 || first === 0xa0 || first === 44) && THEN_AFTER.test(foldKey(after));
}

/** The one holder of an office on the text's date, or today when the text is undated; else null. */
function latestHolder(doc: Doc, office: string): string | null {
  const holders = doc.kb.holdersOf(office, doc.day ?? undefined);
  return holders.length === 1 ? (holders[0] as Entity).id : null;
}

/** The office a person held on a day, per the KB's terms of office. */
export function officeOn(person: Entity, day: string | null, among?: readonly string[]): string | null {
  if (day === null && !among) return null;
  // One pass over the person's terms, in order, without a filtered copy (this runs per mention).
  let last: string | null = null;
  const terms = person.offices;
  if (!terms) return null;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as OfficeTerm;
    if (among && !among.includes(t.office)) continue;
    if (day !== null && (t.from === null || t.from <= day) && (t.to === null || day <= t.to)) return t.office;
    last = t.office;
  }
  // A title names the office even when the date is unknown: the person held one of them.
  return among ? last : null;
}

/**
 * Fills in offices as mentions are emitted: a title in front of a person names the office, else
 * the office held on the date; an office gets its holder on the date. People and offices repeat
 * through a text: each is looked up once.
 */
export class Offices {
  readonly #doc: Doc;
  readonly #titles: boolean;
  readonly #persons: ReadonlySet<string>;
  readonly #people = new Map<string, Entity | null>();
  readonly #holders = new Map<string, string | null>();
  readonly #standing = new Map<string, string | null>();
  readonly #offices = new Map<string, string | null>();

  /** @param persons KB people named in full in the text */
  constructor(doc: Doc, titles: boolean, persons: ReadonlySet<string> = new Set()) {
    this.#doc = doc;
    this.#titles = titles;
    this.#persons = persons;
  }

  /**
   * The person an office's name stands for when no name follows it ("Japans kejsare åker …",
   * "Turkiets president lovar …"): the one person named in full in the text who holds it (on the
   * text's date, or at some time when the date is unknown), else its one holder on the text's date.
   * Undated text with nobody of the office named keeps the office.
   */
  #standingFor(office: string): string | null {
    let found = this.#standing.get(office);
    if (found === undefined) {
      const doc = this.#doc;
      found = holderAmong(doc, this.#persons, [office]);
      if (found === null && doc.day !== null) found = holderOnDay(doc.kb, office, doc.day);
      this.#standing.set(office, found);
    }
    return found;
  }

  /**
   * Sets the office or holder of `m` (which starts at word `from`), given the mention before it
   * (`previous`) and the last one out (`last`, a title mention or `previous`), and returns the title
   * mention that `titles` asks for in front of `m`, or null.
   */
  attach(
    m: EntityMention,
    from: number,
    previous: EntityMention | undefined,
    last: EntityMention | undefined,
  ): EntityMention | null {
    const doc = this.#doc;
    if (m.type === 'person') {
      const title = doc.titles.endingAt(from);
      const titleOffices = title < 0 ? undefined : doc.titles.offices(title);
      let person = this.#people.get(m.id);
      if (person === undefined) {
        person = doc.kb.getEntity(m.id);
        this.#people.set(m.id, person);
      }
      if (person) {
        const officeBefore =
          previous?.type === 'office' && m.start - previous.end <= 2 ? previous : undefined;
        const among = titleOffices ?? (officeBefore ? [officeBefore.id] : undefined);
        m.office = (among ? officeOn(person, doc.day, among) : null) ?? this.#officeOf(person);
      }
      // With `titles`, the title words in front of the person become a mention of the office held.
      if (this.#titles && titleOffices && m.office && titleOffices.includes(m.office)) {
        const t = mention(doc, doc.titles.from(title), doc.titles.to(title), m.office, TITLE);
        t.type = 'office';
        // Mentions never overlap: title words already read as something else stay that.
        if ((last?.end ?? -1) <= t.start) return t;
      }
    } else if (m.type === 'office' && standsAlone(doc, m, from)) {
      const holder = this.#standingFor(m.id);
      if (holder) {
        m.office = m.id;
        m.id = holder;
        m.type = 'person';
        m.flags = doc.day === null ? SHORT_REFERENCE_UNDATED : SHORT_REFERENCE;
      } else if (doc.day !== null) m.holder = this.#holderOn(m.id);
    } else if (m.type === 'office' && doc.day !== null) {
      m.holder = this.#holderOn(m.id);
    }
    return null;
  }

  /** The one holder of an office on the text's date, or null. */
  #holderOn(office: string): string | null {
    const doc = this.#doc;
    let holder = this.#holders.get(office);
    if (holder === undefined) {
      holder = doc.day === null ? null : holderOnDay(doc.kb, office, doc.day);
      this.#holders.set(office, holder);
    }
    return holder;
  }

  /** The office a person held on the text's date, looked up once per person and text. */
  #officeOf(person: Entity): string | null {
    let office = this.#offices.get(person.id);
    if (office === undefined) {
      office = officeOn(person, this.#doc.day);
      this.#offices.set(person.id, office);
    }
    return office;
  }
}

/** Holders of offices by day, per knowledge base: texts of one day name the same offices. */
const holdersByKb = new WeakMap<Normalizer, Map<string, string | null>>();
/** Entries kept before the cache starts over (a bound on memory across many days). */
const MAX_HOLDERS = 20_000;

/** The one holder of an office on a day, or null. */
function holderOnDay(kb: Normalizer, office: string, day: string): string | null {
  let cache = holdersByKb.get(kb);
  if (!cache) {
    cache = new Map();
    holdersByKb.set(kb, cache);
  }
  const key = `${office} ${day}`;
  let holder = cache.get(key);
  if (holder === undefined) {
    const found = kb.holdersOf(office, day);
    holder = found.length === 1 ? (found[0] as Entity).id : null;
    if (cache.size >= MAX_HOLDERS) cache.clear();
    cache.set(key, holder);
  }
  return holder;
}

/** Words before an office or title that make it someone else's than the holder's ("former", "nguyên"). */
const FORMER: readonly string[] = [
  'former',
  'ex',
  'late',
  'then',
  'nguyen',
  'cuu',
  'forre',
  'tidigare',
  'davarande',
  'avgangne',
  'fd',
];

/** Whether the word before word `from` says "former" (lower case: "nguyên", not the name Nguyễn). */
function formerBefore(doc: Doc, from: number): boolean {
  if (from === 0 || doc.tokens.capital(from - 1)) return false;
  // (Compared in place: most words before an office are outside the vocabulary.)
  for (const word of FORMER) if (doc.tokens.is(from - 1, word)) return true;
  return false;
}

/**
 * Whether an office's name stands alone, for its holder: no name follows it on its line (after
 * spaces or a comma), and no "former" precedes it.
 */
function standsAlone(doc: Doc, m: EntityMention, from: number): boolean {
  if (formerBefore(doc, from) || thenAfter(doc.text, m.end)) return false;
  const text = doc.text;
  let i = m.end;
  while (
    i < text.length &&
    (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 0xa0)
  )
    i++;
  if (caseAt(text, i) !== UPPER) return true;
  // A capitalised word: a name unless it is all capitals (an acronym) or ends the text.
  let j = i + 1;
  let lower = false;
  while (j < text.length && j - i < 40) {
    const letter = caseAt(text, j);
    if (letter === NO_CASE) break;
    if (letter === LOWER) lower = true;
    j++;
  }
  return !lower;
}

/**
 * The one person of `persons` (named in full in the text) who holds one of the offices: on the
 * text's date, or at some time when it is unknown. Null when none or several do.
 */
function holderAmong(doc: Doc, persons: ReadonlySet<string>, offices: readonly string[]): string | null {
  let only: string | null = null;
  for (const id of persons) {
    const p = doc.kb.getEntity(id);
    if (!p) continue;
    if (doc.day !== null ? heldOn(p, offices, doc.day) : latestTerm(p, offices) !== '') {
      if (only !== null) return null;
      only = id;
    }
  }
  return only;
}
