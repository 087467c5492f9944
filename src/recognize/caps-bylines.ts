// English by-lines that write the reporters' names in capitals: "By HARUKA MORIYAMA/ Staff Writer",
// "By MAI NGUYEN and KENJI TAKAHASHI", "YUSUKE KAWABATA, Nikkei staff writer, and THANH HUYEN, …". Capitals say nothing of names elsewhere (headlines, banners),
// but after "By" opening a line they are the people who wrote the page: persons local to the text,
// named in title case ("Haruka Moriyama"), one entity with the name written so in the body.
import { type Doc, localKey, localMention } from './doc.js';
import { englishRank } from './english-words.js';
import { japaneseName, japaneseShapedName } from './japanese-names.js';
import { LOCAL_PERSON } from './local-people.js';
import type { EntityMention } from './mention.js';
import { isVietnameseSyllable } from './syllables.js';

/** Words of one reporter's name in capitals. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** Most reporters one by-line names. */
const MAX_NAMES = 3;

/** The word in title case: "MORIYAMA" → "Moriyama". */
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLocaleLowerCase();

/**
 * The reporters named in capitals after "By" at the start of a line, each a local person (word
 * index and mention); none where a word is already read or the line goes on as a sentence.
 */
export function capsBylines(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): { found: [number, EntityMention][]; replaced: Set<number> } {
  const found: [number, EntityMention][] = [];
  const replaced = new Set<number>();
  photoCredits(doc, covered, { found, replaced });
  if (language !== 'en' && language !== null) return { found, replaced };
  const { text, tokens } = doc;
  const n = tokens.length;
  rolesBylines(doc, covered, found);
  captionCredits(doc, covered, { found, replaced });
  // Most texts have no line opening with "By": one search skips the visit of every word.
  // (No regular expression on the whole text: V8 keeps the last input one matched, and with it the
  // text, after the call.)
  if (
    !text.startsWith('By ') &&
    !text.startsWith('BY ') &&
    !text.includes('\nBy ') &&
    !text.includes('\nBY ')
  )
    return { found, replaced };
  for (let i = 0; i + 2 < n; i++) {
    const start = tokens.start(i);
    if (start > 0 && text.charCodeAt(start - 1) !== 10) continue;
    // "By" as written; "BY" in capitals only before a name that ends its line ("BY KEIKO MORISHITA",
    // the role on the line under it): "BY THE NUMBERS" is a heading.
    const capsBy = text.startsWith('BY ', start);
    if (!capsBy && !text.startsWith('By ', start)) continue;
    let k = i + 1;
    for (let names = 0; names < MAX_NAMES && k < n; names++) {
      let to = k;
      while (
        to < n &&
        to - k < MAX_WORDS &&
        !covered[to] &&
        tokens.allCaps(to) &&
        tokens.end(to) - tokens.start(to) >= 2 &&
        englishRank(tokens.word(to) as string) < 0 &&
        /^ $/u.test(text.slice(tokens.end(to - 1), tokens.start(to)))
      )
        to++;
      if (to - k < MIN_WORDS) break;
      // The name ends its line, or a separator follows: "/ Staff Writer", ", Nikkei staff writers".
      const after = text.charAt(tokens.end(to - 1));
      const next = to < n && /^ $/u.test(text.slice(tokens.end(to - 1), tokens.start(to)));
      const joined = next && (tokens.is(to, 'and') || tokens.is(to, 'och'));
      if (!joined && after !== '' && !'\n/,|'.includes(after)) break;
      if (capsBy && after !== '\n' && after !== '' && !joined) break;
      const words: string[] = [];
      for (let w = k; w < to; w++) words.push(titleCase(text.slice(tokens.start(w), tokens.end(w))));
      found.push([
        k,
        localMention(doc, k, to, LOCAL_PERSON + localKey(doc, k, to), 'person', words.join(' ')),
      ]);
      covered.fill(1, k, to);
      if (!joined) break;
      k = to + 1;
    }
  }
  return { found, replaced };
}

/**
 * A photographer's Japanese name in capitals crediting a caption after a bar, ending its line:
 * "… in Naka Ward, Hiroshima. | TOMOYA SAKAI". A local person in title case, though one of its
 * words is a city's name the knowledge base read alone ("Sakai"); an outlet ("| KYODO", "| ASAHI
 * SHIMBUN") stays one.
 */
function captionCredits(
  doc: Doc,
  covered: Uint8Array,
  out: { found: [number, EntityMention][]; replaced: Set<number> },
): void {
  const { text, tokens } = doc;
  if (!text.includes('| ')) return;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const start = tokens.start(k);
    if (start < 2 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 124) continue;
    const to = k + 2;
    const end = tokens.end(to - 1);
    if (end < text.length && text.charCodeAt(end) !== 10) continue;
    if (text.charCodeAt(tokens.end(k)) !== 32 || tokens.start(k + 1) !== tokens.end(k) + 1) continue;
    if (!tokens.allCaps(k) || !tokens.allCaps(k + 1)) continue;
    const keys = [tokens.word(k) as string, tokens.word(k + 1) as string];
    if (keys.some((w) => englishRank(w) >= 0) || !(japaneseName(keys) || japaneseShapedName(keys))) continue;
    let ok = true;
    for (let w = k; w < to && ok; w++) ok = !covered[w] || cityAlone(doc, w);
    if (!ok) continue;
    creditedPerson(doc, covered, k, to, out);
  }
}

/**
 * Words `k`..`to` in capitals credit a person: a local person named in title case, in place of the
 * knowledge base's matches there.
 */
function creditedPerson(
  doc: Doc,
  covered: Uint8Array,
  k: number,
  to: number,
  out: { found: [number, EntityMention][]; replaced: Set<number> },
): void {
  const { text, tokens } = doc;
  for (let w = k; w < to; w++) if (covered[w]) out.replaced.add(w);
  const words: string[] = [];
  for (let w = k; w < to; w++) words.push(titleCase(text.slice(tokens.start(w), tokens.end(w))));
  out.found.push([
    k,
    localMention(doc, k, to, LOCAL_PERSON + localKey(doc, k, to), 'person', words.join(' ')),
  ]);
  covered.fill(1, k, to);
}

/** A photo's credit label right before a name: "Ảnh: ", "(Ảnh: ", "Anh: ", "Photo: ", "Foto: ". */
const PHOTO_LABEL = /(?:^|[\s(])(?:ảnh|anh|photo|foto):? ?$/iu;
/** Ids of towns and provinces, which a photographer's name in capitals may spell ("HẢI NAM"). */
const TOWN_ID = /^(?:city|vn-province-\d+|subdivision):/u;

/**
 * A photographer's Vietnamese name in capitals after a photo's credit label, ending its line or
 * its parenthesis: "Ảnh: HẢI NAM", "(Ảnh: HẢI DƯƠNG)". A credit names who took the photo, so a
 * town or a province the knowledge base reads there (Hainan, Hải Dương) is the person's name; an
 * outlet ("Ảnh: TTXVN") stays one.
 */
function photoCredits(
  doc: Doc,
  covered: Uint8Array,
  out: { found: [number, EntityMention][]; replaced: Set<number> },
): void {
  const { text, tokens, matches } = doc;
  for (let m = 0; m < matches.length; m++) {
    const k = matches.from[m] as number;
    const to = matches.to[m] as number;
    if (to - k < 2 || to - k > 3) continue;
    const ids = (matches.passing[m] as { ids: readonly string[] }).ids;
    if (ids.length === 0 || !ids.every((id) => TOWN_ID.test(id))) continue;
    const start = tokens.start(k);
    const end = tokens.end(to - 1);
    if (end < text.length && !'\n)/'.includes(text.charAt(end))) continue;
    if (!PHOTO_LABEL.test(text.slice(Math.max(0, start - 8), start))) continue;
    let ok = true;
    for (let w = k; w < to && ok; w++)
      ok =
        tokens.allCaps(w) &&
        isVietnameseSyllable(tokens.key(w) as string) &&
        (w === k || tokens.spaced(w - 1));
    if (!ok) continue;
    creditedPerson(doc, covered, k, to, out);
  }
}

/** Word `k` is a match of the knowledge base alone that names cities only ("SAKAI"). */
function cityAlone(doc: Doc, k: number): boolean {
  const m = doc.matches.startingAt(k);
  if (m < 0 || (doc.matches.to[m] as number) !== k + 1) return false;
  const ids = (doc.matches.passing[m] as { ids: readonly string[] }).ids;
  return ids.length > 0 && ids.every((id) => id.startsWith('city:'));
}

/** A journalist's role ending a part of a by-line ("Nikkei staff writer", "Contributing writer"). */
const ROLE_PART =
  /^[\p{L} ]{0,40}\b(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?)$/iu;
/** A reporter's name in capitals, as one part of a by-line ("YUSUKE KAWABATA", "and THANH HUYEN"). */
const CAPS_NAME_PART = /^(?:and )?(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2})$/u;
/** Two reporters' names in capitals joined by "and" as one part ("YUKI OKADA and NGUYEN HONG NHUNG"). */
const CAPS_NAME_PAIR = /^(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2}) and (\p{Lu}{2,}(?: \p{Lu}{2,}){1,2})$/u;
/** A role's word after a comma's part, anywhere in a text (see {@link ROLE_PART}). */
const ROLE_IN_TEXT = /(?:writer|reporter|correspondent|editor|columnist|contributor)s?(?:,|\n|$)/iu;
/** Longest line read as a by-line of names and roles. */
const MAX_ROLES_LINE = 200;

/**
 * By-lines of reporters in capitals, each with a role, between commas: "YUSUKE KAWABATA, Nikkei
 * staff writer, and THANH HUYEN, Contributing writer". The line is names and roles only, a role
 * last; each name is a local person in title case.
 */
function rolesBylines(doc: Doc, covered: Uint8Array, found: [number, EntityMention][]): void {
  const { text, tokens } = doc;
  // Most texts name no such role: one search skips the visit of every word.
  if (!ROLE_IN_TEXT.test(text)) return;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const start = tokens.start(i);
    if ((start > 0 && text.charCodeAt(start - 1) !== 10) || !tokens.allCaps(i)) continue;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_ROLES_LINE) continue;
    const parts = text.slice(start, end).trimEnd().split(', ');
    if (parts.length < 2 || !ROLE_PART.test(parts[parts.length - 1] as string)) continue;
    const names: [number, number][] = [];
    let at = start;
    let ok = true;
    for (const part of parts) {
      const m = CAPS_NAME_PART.exec(part);
      if (m) {
        const from = at + part.length - (m[1] as string).length;
        names.push([from, from + (m[1] as string).length]);
      } else if (!ROLE_PART.test(part)) {
        // Two names sharing the role after them: "YUKI OKADA and NGUYEN HONG NHUNG, Nikkei staff writers".
        const pair = CAPS_NAME_PAIR.exec(part);
        if (pair) {
          const first = pair[1] as string;
          const second = pair[2] as string;
          names.push([at, at + first.length]);
          const from = at + part.length - second.length;
          names.push([from, from + second.length]);
        } else ok = false;
      }
      at += part.length + 2;
    }
    if (!ok || names.length === 0) continue;
    let k = i;
    for (const [from, to] of names) {
      while (k < n && tokens.start(k) < from) k++;
      let e = k;
      while (e < n && tokens.end(e) <= to) e++;
      if (e - k < MIN_WORDS || covered.subarray(k, e).some((c) => c === 1)) continue;
      if (englishRank(tokens.word(k) as string) >= 0) continue;
      const words: string[] = [];
      for (let w = k; w < e; w++) words.push(titleCase(text.slice(tokens.start(w), tokens.end(w))));
      found.push([k, localMention(doc, k, e, LOCAL_PERSON + localKey(doc, k, e), 'person', words.join(' '))]);
      covered.fill(1, k, e);
    }
  }
}
