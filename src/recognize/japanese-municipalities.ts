// Japanese cities and Tokyo's wards the knowledge base lacks ("in Kariya", "Honjo, Saitama",
// "tại Toyohashi", "i Suita"): news about Vietnamese workers and students in Japan names the towns
// they live in. The names come from GeoNames (data/japanese-municipalities.ts); a name alone is
// read as a place only in a text that names Japan, and only where a word around it says it is
// one, because many of them are also family names ("Takahashi", "Okazaki").

import { foldKey } from '../text/fold.js';
import { JAPANESE_PREFIXES, MUNICIPALITY_BEFORE } from './context.js';
import { JAPANESE_MUNICIPALITIES } from './data/japanese-municipalities.js';
import { type Doc, mention, spaced } from './doc.js';
import { localPlace, namesJapan } from './local-places.js';
import type { EntityMention } from './mention.js';
import { isVietnameseSyllable } from './syllables.js';

/** Words for the unit after a municipality's name ("Kariya City", "Kariya-shi", "Shinjuku Ward"). */
const UNIT_AFTER: readonly string[] = ['city', 'shi', 'ku', 'ward', 'stad'];

/** Words after a name that make it a prefecture's ("Yamanashi prefecture"; the city has the name too). */
const PREFECTURE_AFTER: readonly string[] = [
  'prefecture',
  'prefectures',
  'prefektur',
  'prefekturen',
  'prefekturerna',
  'ken',
];

/** Shortest and longest municipality name read (the data keeps names of four letters or more). */
const MIN_NAME = 4;
const MAX_NAME = 16;
/** Shortest prefecture's name read alone ("Mie"). */
const MIN_PREFECTURE = 3;
/** Number of Japan's prefectures (JIS X 0401 codes 01–47). */
const PREFECTURES = 47;

/**
 * The prefectures by the folding key of their name alone, for the prefectures whose name alone the
 * knowledge base does not hold ("Mie", "Shiga", "Saga": words once folded, family names or cities'
 * names too), by knowledge base.
 */
const prefectureNames = new WeakMap<Doc['kb'], Map<string, string>>();

/** The prefecture named `key` alone, where the knowledge base lacks the bare name: its id, or null. */
function prefectureNamed(doc: Doc, key: string): string | null {
  let byName = prefectureNames.get(doc.kb);
  if (byName === undefined) {
    byName = new Map();
    for (let code = 1; code <= PREFECTURES; code++) {
      const id = `subdivision:jp-${String(code).padStart(2, '0')}`;
      const name = doc.kb.getEntity(id)?.names.en;
      const m = name === undefined ? null : /^(\p{L}+) Prefecture$/u.exec(name);
      if (m) byName.set(foldKey(m[1] as string), id);
    }
    prefectureNames.set(doc.kb, byName);
  }
  return byName.get(key) ?? null;
}

let names: Set<string> | undefined;

function municipality(key: string): boolean {
  names ??= new Set(JAPANESE_MUNICIPALITIES.split(' '));
  return names.has(key);
}

/** Word `k - 1` is one of {@link MUNICIPALITY_BEFORE} (in the vocabulary: read by key), one space before word `k`. */
function placeBefore(doc: Doc, k: number): boolean {
  return k > 0 && spaced(doc, k - 1) && MUNICIPALITY_BEFORE.has(doc.tokens.key(k - 1) as string);
}

/** What parts the items of a list of places: a comma, "and" or both ("Osaki, Shibushi and Miyakonojo"). */
const LIST_GAP = /^(?:, ?(?:and |och |và |va )?| (?:and|och|và|va) )$/u;
/** Plural words for towns before "such as" or "like", which open a list of them ("towns such as Osaki"). */
const TOWNS: readonly string[] = ['towns', 'cities', 'municipalities'];

/**
 * Word `k` is the next item of a list whose item before is a Japanese place: one this stage read
 * (`found`, ending at word `lastEnd`) or one of the knowledge base ("Kagoshima, Shibushi"); or the
 * first of a list after "towns such as" or "cities like".
 */
function listedPlace(doc: Doc, k: number, lastEnd: number): boolean {
  const { text, tokens } = doc;
  if (k < 2) return false;
  // (Cheap tests first: most capitalised words follow neither a comma nor one of these words.)
  // ("and", "och", "và" are in the vocabulary; "as", "like" are of two and four letters.)
  const comma = text.charCodeAt(tokens.end(k - 1)) === 44;
  const length = tokens.end(k - 1) - tokens.start(k - 1);
  if (!comma && tokens.id(k - 1) === 0 && length !== 2 && length !== 4) return false;
  // ("towns such as Osaki", "cities like Kariya")
  if (
    spaced(doc, k - 1) &&
    (tokens.is(k - 1, 'like')
      ? isAny(doc, k - 2, TOWNS)
      : tokens.is(k - 1, 'as') && tokens.is(k - 2, 'such') && isAny(doc, k - 3, TOWNS))
  )
    return true;
  // The item before ends at word `end`: before the gap, and "and" when the gap holds it as a word.
  let end = k - 1;
  if (tokens.is(end, 'and') || tokens.is(end, 'och') || tokens.is(end, 'va')) end--;
  if (end < 0) return false;
  // (The item before first, by offsets; the text between is read only then.)
  if (end + 1 !== lastEnd) {
    const m = doc.matches.endingAt(end + 1);
    if (m < 0 || !japanAt(doc, doc.matches.from[m] as number)) return false;
  }
  return LIST_GAP.test(text.slice(tokens.end(end), tokens.start(k)).replace(/\s+/gu, ' '));
}

/** Some word of `keys` is word `k`. */
function isAny(doc: Doc, k: number, keys: readonly string[]): boolean {
  for (const key of keys) if (doc.tokens.is(k, key)) return true;
  return false;
}

/** Word `k` starts a match of Japan, one of its prefectures or one of its cities ("Saitama"). */
function japanAt(doc: Doc, k: number): boolean {
  const m = doc.matches.startingAt(k);
  const ids = m < 0 ? [] : (doc.matches.passing[m]?.ids ?? []);
  return (
    ids.length > 0 &&
    ids.every(
      (id) =>
        id === 'country:JP' ||
        id.startsWith('subdivision:jp-') ||
        (id.startsWith('city:') && doc.kb.getEntity(id)?.country === 'country:JP'),
    )
  );
}

/**
 * Japan or a prefecture after word `k`: after a comma and maybe "in", "Japan's" ("Honjo, Saitama",
 * "Honjo, in Japan's Saitama Prefecture", "Kariya, tỉnh Aichi"), or in brackets ("Kariya (Aichi)").
 */
function prefectureAfter(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  if (text.startsWith(' (', tokens.end(k)))
    return tokens.start(k + 1) === tokens.end(k) + 2 && japanAt(doc, k + 1);
  if (text.charCodeAt(tokens.end(k)) !== 44 /* , */) return false;
  let at = k + 1;
  if (tokens.is(at, 'in') || tokens.is(at, 'i') || tokens.is(at, 'tinh')) at++;
  if (japanAt(doc, at) && tokens.is(at + 1, 's') && !spaced(doc, at)) at += 2;
  return japanAt(doc, at);
}

/** The word for the unit right after word `k`, spaced or hyphenated ("Kariya City", "Kariya-shi"): its index, or -1. */
function unitAfter(doc: Doc, k: number): number {
  const { text, tokens } = doc;
  if (k + 1 >= tokens.length) return -1;
  // One space or hyphen, then a word of four letters at most.
  const end = tokens.end(k);
  const next = tokens.start(k + 1);
  const gap = text.charCodeAt(end);
  if (next !== end + 1 || (gap !== 32 && gap !== 45) || tokens.end(k + 1) - next > 4) return -1;
  return isAny(doc, k + 1, UNIT_AFTER) ? k + 1 : -1;
}

/**
 * Word `k` is a Japanese prefix joined by a hyphen alone to the next word, and the two are a
 * municipality's name written as one ("Higashi-Osaka" for Higashiōsaka, "Nishi-Tokyo").
 */
function prefixedName(doc: Doc, covered: Uint8Array, k: number): boolean {
  const { tokens } = doc;
  if (!tokens.hyphenated(k) || !tokens.capital(k + 1)) return false;
  const prefix = tokens.word(k) as string;
  return (
    JAPANESE_PREFIXES.has(prefix) && municipality(prefix + (tokens.word(k + 1) as string)) && !covered[k + 1]
  );
}

/**
 * Japanese municipalities the knowledge base lacks, in a text that names Japan or one of its
 * prefectures: a capitalised word that is the name of a Japanese city or Tokyo ward, not part of a
 * longer name, after a preposition of place ("in Kariya", "tại Suita", "i Toyohashi"), before a
 * comma and a prefecture ("Honjo, Saitama") or before a word for the unit ("Kariya-shi"). Each is
 * an entity local to the text (`local:place:kariya`), as local-places.ts reads Vietnamese units.
 */
export function japaneseMunicipalities(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== null && language !== 'en' && language !== 'vi' && language !== 'sv') return found;
  // Whether the text names Japan, asked only once a name passes the cheaper tests (most texts
  // have no candidate, and the set of the text's entities is made on first use).
  let japan: boolean | undefined;
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  // The end of the last municipality read, for the next item of a list.
  let lastEnd = -1;
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    const length = tokens.end(k) - tokens.start(k);
    if (covered[k] || length < MIN_PREFECTURE || length > MAX_NAME || !tokens.capitalisedWord(k)) continue;
    // The words around it first, the name last: most capitalised words have no word of place.
    const before = placeBefore(doc, k) || listedPlace(doc, k, lastEnd);
    const unit = unitAfter(doc, k);
    if (!before && unit < 0 && !prefectureAfter(doc, k)) continue;
    // Part of a longer name: a capitalised word right after it ("Okazaki Tomoko"; not "Kariya City").
    if (unit < 0 && k + 1 < n && spaced(doc, k) && tokens.capital(k + 1)) continue;
    // Part of a longer name: a capitalised word right before it that says nothing of a place.
    if (!before && k > 0 && spaced(doc, k - 1) && tokens.capital(k - 1)) continue;
    // "pho" is a place word only as "thành phố".
    if (before && tokens.is(k - 1, 'pho') && !tokens.is(k - 2, 'thanh')) continue;
    const key = tokens.word(k) as string;
    // A prefecture whose name alone the knowledge base does not read, in a list of Japanese places,
    // after a word of place or before another ("Aichi, Gifu, Mie", "Fukuoka, Saga and Kumamoto
    // prefectures"). A city's name too is the city's, as the knowledge base reads "Gifu", unless a
    // word for the prefecture follows. (Not one joined to a unit or an honorific by a hyphen:
    // "Gunma-gun", "Chiba-san".)
    const prefecture = unit < 0 && !tokens.hyphenated(k) ? prefectureNamed(doc, key) : null;
    if (
      prefecture !== null &&
      (!municipality(key) || (k + 1 < n && isAny(doc, k + 1, PREFECTURE_AFTER))) &&
      !isVietnameseSyllable(key)
    ) {
      japan ??= namesJapan(doc);
      if (!japan) break;
      found.push([k, mention(doc, k, k + 1, prefecture)]);
      covered[k] = 1;
      lastEnd = k + 1;
      continue;
    }
    if (length < MIN_NAME || (k + 1 < n && isAny(doc, k + 1, PREFECTURE_AFTER))) continue;
    // A name of a prefix and a hyphen ("Higashi-Osaka", GeoNames' Higashiōsaka): both words.
    const prefixed = prefixedName(doc, covered, k);
    if (!prefixed && (!municipality(key) || isVietnameseSyllable(key))) continue;
    japan ??= namesJapan(doc);
    if (!japan) break;
    const end = prefixed ? k + 2 : k + 1;
    const nameTo = unit < 0 ? end : unit + 1;
    found.push([k, localPlace(doc, k, end, nameTo)]);
    covered.fill(1, k, end);
    lastEnd = end;
  }
  return found;
}
