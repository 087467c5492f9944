// The homograph set's shape and the readings it forbids, shared by scripts/check-homographs.mjs
// (the report) and test/homographs.test.ts (the guard), so both apply the same rules.
import { type EntityMention, recognize } from '../src/index.js';

/** The languages of the set. */
export const LANGS = ['vi', 'en', 'sv'] as const;
/** The fields an entry may have. */
export const FIELDS: ReadonlySet<string> = new Set([
  'phrase',
  'lang',
  'sentence',
  'resembles',
  'allow',
  'note',
]);
/** In `allow`: a person of the text who is not in the KB (mention ids `local:person:…`). */
export const LOCAL_PERSON = 'local:person';
/** `allow` may name the kinds of entities local to a text: a person, an organisation, a place. */
export const LOCAL_KINDS: readonly string[] = [LOCAL_PERSON, 'local:org', 'local:place'];

/** One entry of data/kb/homographs.yaml. */
export interface Homograph {
  phrase: string;
  lang: (typeof LANGS)[number];
  sentence: string;
  resembles: string;
  allow?: string[];
  note?: string;
}

/** How many times `needle` occurs in `text`, overlapping occurrences included. */
export function occurrences(text: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/** A problem with a text field, or null when it is a clean one-line NFC string. */
export function textProblem(value: unknown, field: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `${field} must be a non-empty string`;
  if (value !== value.trim()) return `${field} has leading or trailing spaces`;
  if (value !== value.normalize('NFC')) return `${field} is not in NFC (normalise it)`;
  if (/[\p{Cc}\u2028\u2029]/u.test(value)) return `${field} holds a control character or line break`;
  return null;
}

/** `lang:phrase`, with ` #2`, ` #3` … for a phrase given again in the same language. */
export function keys(entries: readonly Homograph[]): string[] {
  const count = new Map<string, number>();
  return entries.map((e) => {
    const base = `${e.lang}:${e.phrase}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  });
}

/** The mentions of `recognize` that overlap the entry's phrase and that the entry does not allow. */
export function wrongReadings(e: Homograph): EntityMention[] {
  const start = e.sentence.indexOf(e.phrase);
  const end = start + e.phrase.length;
  const allow = new Set(e.allow ?? []);
  return recognize(e.sentence, { language: e.lang }).filter(
    (m) =>
      m.start < end &&
      m.end > start &&
      !allow.has(m.id) &&
      !LOCAL_KINDS.some((kind) => allow.has(kind) && m.id.startsWith(`${kind}:`)),
  );
}
