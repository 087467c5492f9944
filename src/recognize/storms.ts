// Storms named by the word for one before the name: "Typhoon Yagi", "bão Trami", "tyfonen Kristine",
// "Tropical Storm Son-Tinh". Storm names come from a list that rotates every few years, so the
// knowledge base holds none: the name after the word is an event local to the text, and the name
// alone elsewhere in the text ("Yagi made landfall") is the same storm, not a person or a place.
import { markedSpelling } from '../text/marks.js';
import { CALENDAR_WORDS, STORM_WORDS } from './context.js';
import { type Doc, localMention } from './doc.js';
import type { EntityMention } from './mention.js';

/** Prefix of the ids of storms local to one text: `local:event:yagi`. */
export const LOCAL_STORM = 'local:event:';

/** Whether a text may name a storm: one search of it skips the visit of every word. */
const STORM_IN_TEXT = /typhoon|cyclone|storm|tyfon|cyklon|ov[äa]dret|bão|(?:con|sieu) bao/iu;

/** Words that follow a word for a storm capitalised without being its name (days, months). */
const NOT_NAMES: ReadonlySet<string> = new Set([...CALENDAR_WORDS, 'season', 'center', 'centre', 'warning']);

/** Word `k` is a word for a storm, as it may stand before a name (see {@link STORM_WORDS}). */
function stormWord(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const key = tokens.key(k) as string;
  if (!STORM_WORDS.has(key)) return false;
  if (key === 'storm') return tokens.capital(k);
  // Vietnamese "bão" with its mark; without marks "bao" is many words, and only "cơn bão" or
  // "siêu bão" before it make it a storm.
  if (key === 'bao') {
    // ("Bảo", a given name, and "Báo", a newspaper, fold to it too.)
    if (tokens.marked(k, k + 1)) return markedSpelling(text.slice(tokens.start(k), tokens.end(k))) === 'bão';
    const before = k > 0 && tokens.spaced(k - 1) ? text.slice(tokens.start(k - 1), tokens.end(k - 1)) : '';
    return /^(?:con|sieu|Con|Sieu)$/u.test(before);
  }
  return true;
}

/**
 * The end of a storm's name from word `k` (exclusive), or -1: a capitalised word of letters,
 * maybe joined by a hyphen to one more ("Son-Tinh", "Ma-on").
 */
function nameEnd(doc: Doc, covered: Uint8Array, k: number): number {
  const { tokens } = doc;
  if (k >= tokens.length || covered[k] || !tokens.capitalisedWord(k)) return -1;
  if (NOT_NAMES.has(tokens.word(k) as string)) return -1;
  if (tokens.hyphenated(k) && k + 1 < tokens.length && !covered[k + 1]) return k + 2;
  return k + 1;
}

/**
 * Storms named after a word for one ({@link STORM_WORDS}), and their names alone elsewhere in the
 * text, as local events. The mention holds a capitalised English word for the storm ("Typhoon
 * Yagi"); a word in lower case is a classifier before the name ("bão Yagi", "tyfonen Trami").
 */
export function storms(doc: Doc, covered: Uint8Array): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (!STORM_IN_TEXT.test(doc.text)) return found;
  const { tokens, text } = doc;
  const n = tokens.length;
  /** The storms named so far: their name's text, id and entity name. */
  const named: { name: string; id: string; entity: string }[] = [];
  for (let k = 0; k + 1 < n; k++) {
    if (covered[k] || !tokens.spaced(k) || !stormWord(doc, k)) continue;
    // "Tropical Storm Trami", "Super Typhoon Yagi": the capitalised words before belong to it.
    const head = tokens.capital(k) && !tokens.allCaps(k) && tokens.key(k) !== 'bao';
    const to = nameEnd(doc, covered, k + 1);
    if (to < 0) continue;
    let from = head ? k : k + 1;
    if (
      head &&
      k > 0 &&
      tokens.spaced(k - 1) &&
      !covered[k - 1] &&
      /^(?:Tropical|Super)$/u.test(wordAt(doc, k - 1))
    )
      from = k - 1;
    const name = text.slice(tokens.start(k + 1), tokens.end(to - 1));
    let storm = named.find((s) => s.name === name);
    if (!storm) {
      const id = `${LOCAL_STORM}${tokens.word(k + 1)}${to - k > 2 ? `-${tokens.word(k + 2)}` : ''}`;
      storm = { name, id, entity: text.slice(tokens.start(from), tokens.end(to - 1)) };
      named.push(storm);
    }
    found.push([from, localMention(doc, from, to, storm.id, 'event', storm.entity)]);
    covered.fill(1, from, to);
    k = to - 1;
  }
  if (named.length === 0) return found;
  // The names alone ("Yagi made landfall"), capitalised as written, where nothing else was read.
  for (let k = 0; k < n; k++) {
    if (covered[k] || !tokens.capitalisedWord(k)) continue;
    for (const storm of named) {
      const to = storm.name.includes('-') ? k + 2 : k + 1;
      if (to > n || text.slice(tokens.start(k), tokens.end(to - 1)) !== storm.name) continue;
      found.push([k, localMention(doc, k, to, storm.id, 'event', storm.entity)]);
      covered.fill(1, k, to);
      break;
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return found;
}

/** The text of word `k`. */
function wordAt(doc: Doc, k: number): string {
  return doc.text.slice(doc.tokens.start(k), doc.tokens.end(k));
}
