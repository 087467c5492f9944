// The homograph set, data/kb/homographs.yaml (issue 16): real Vietnamese, English and Swedish words
// and phrases that fold to, or contain, a knowledge-base name without being it ("hòa bình" is
// peace, not the province Hòa Bình), each in a sentence of our own. The first tests check the file
// (the same rules as scripts/check-homographs.mjs); the last runs recognize on every sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  FIELDS,
  type Homograph,
  keys,
  LANGS,
  LOCAL_KINDS,
  occurrences,
  textProblem,
  wrongReadings,
} from '../scripts/homograph-set.js';
import { type EntityMention, getEntity } from '../src/index.js';

const FILE = join(import.meta.dirname, '../data/kb/homographs.yaml');

/**
 * The entries recognize reads as a name today, by key (`lang:phrase`; a phrase given again in the
 * same language is `lang:phrase #2`). This list must shrink to empty: the recognizer's precision
 * work (issue 16) removes entries from it. The test fails when an entry not listed here matches
 * (a regression, or a new alias) and when a listed entry no longer matches (delete it here).
 * Regenerate with `npx tsx scripts/check-homographs.mjs --known`.
 */
const KNOWN_MATCHES = new Set<string>([]);

const raw: unknown = parse(readFileSync(FILE, 'utf8'));
const list: unknown[] = Array.isArray(raw) ? raw : [];
const entries = list as Homograph[];

/** Each entry's problems, as `[n] "phrase": problem`. */
function problemsOf(check: (e: Record<string, unknown>) => (string | null)[]): string[] {
  return list.flatMap((item, n) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      return [`[${n}]: an entry must be a mapping`];
    const e = item as Record<string, unknown>;
    return check(e)
      .filter((p): p is string => p !== null)
      .map((p) => `[${n}] ${JSON.stringify(e.phrase)}: ${p}`);
  });
}

describe('the homograph set (data/kb/homographs.yaml)', () => {
  it('is a list of at least 330 entries: over half Vietnamese, at least 20% English and 15% Swedish', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(entries.length).toBeGreaterThanOrEqual(330);
    const share = (lang: string) => entries.filter((e) => e.lang === lang).length / entries.length;
    expect(share('vi')).toBeGreaterThan(0.5);
    expect(share('en')).toBeGreaterThanOrEqual(0.2);
    expect(share('sv')).toBeGreaterThanOrEqual(0.15);
  });

  it('has entries of the form { phrase, lang, sentence, resembles, allow?, note? } in NFC', () => {
    const problems = problemsOf((e) => [
      ...Object.keys(e).map((k) => (FIELDS.has(k) ? null : `unknown field "${k}"`)),
      textProblem(e.phrase, 'phrase'),
      textProblem(e.sentence, 'sentence'),
      textProblem(e.resembles, 'resembles'),
      e.note === undefined ? null : textProblem(e.note, 'note'),
      (LANGS as readonly unknown[]).includes(e.lang)
        ? null
        : `lang must be vi, en or sv; got ${String(e.lang)}`,
      e.allow === undefined ||
      (Array.isArray(e.allow) && e.allow.length > 0 && e.allow.every((id) => typeof id === 'string'))
        ? null
        : 'allow must be a non-empty list of ids',
    ]);
    expect(problems).toEqual([]);
  });

  it('holds each phrase exactly once in its sentence', () => {
    const problems = problemsOf((e) => {
      const n = occurrences(String(e.sentence), String(e.phrase));
      return [n === 1 ? null : `the sentence holds the phrase ${n} times`];
    });
    expect(problems).toEqual([]);
  });

  it('names KB entities in resembles and allow (or local:person), and never allows what it resembles', () => {
    const problems = problemsOf((e) => {
      const allow = Array.isArray(e.allow) ? (e.allow as string[]) : [];
      return [
        getEntity(String(e.resembles)) ? null : `resembles: ${String(e.resembles)} is not a KB entity`,
        ...allow.map((id) =>
          LOCAL_KINDS.includes(id) || getEntity(id) ? null : `allow: ${id} is not a KB entity`,
        ),
        new Set(allow).size === allow.length ? null : 'allow lists an id twice',
        allow.includes(String(e.resembles)) ? 'allow lists the id it resembles' : null,
      ];
    });
    expect(problems).toEqual([]);
  });

  it('has no entry twice (same phrase, language and sentence)', () => {
    const seen = entries.map((e) => JSON.stringify([e.phrase, e.lang, e.sentence]));
    expect(seen.filter((k, i) => seen.indexOf(k) !== i)).toEqual([]);
  });

  it('no homograph is read as a name (beyond the known matches, now none)', () => {
    const entryKeys = keys(entries);
    const matching = new Map<string, EntityMention[]>();
    for (const [n, e] of entries.entries()) {
      const wrong = wrongReadings(e);
      if (wrong.length > 0) matching.set(entryKeys[n] as string, wrong);
    }
    const newMatches = [...matching]
      .filter(([key]) => !KNOWN_MATCHES.has(key))
      .map(([key, ms]) => `${key} → ${ms.map((m) => `${m.id} "${m.text}"`).join(', ')}`);
    const noLongerMatching = [...KNOWN_MATCHES].filter((key) => !matching.has(key));
    expect.soft(newMatches, 'entries read as a name that are not in KNOWN_MATCHES').toEqual([]);
    expect.soft(noLongerMatching, 'KNOWN_MATCHES keys that no longer match: delete them').toEqual([]);
  });
});
