// The names of Viet Nam's district-level units before 1 July 2025 (data/vietnamese-districts.ts,
// from vn-admin), by folding key: what vietnamese-districts.ts reads districts by, and what tells a
// province's capital named like it ("thành phố Hải Dương") from the province.
import { foldKey } from '../text/fold.js';
import { VIETNAMESE_DISTRICTS } from './data/vietnamese-districts.js';
import type { Tokens } from './tokenize.js';

/**
 * A district: its name as written with marks, lower case, its province's codes before and after
 * 2025, and whether it is a city of its province.
 */
export interface District {
  marked: string;
  before: string;
  after: string;
  city: boolean;
}

export const BEFORE = 'vn-province-2008:';
export const AFTER = 'vn-province-2025:';

let byKey: Map<string, District[]> | undefined;

/** The districts by the folding key of their name ("thanh liem"). */
export function districts(): Map<string, District[]> {
  if (!byKey) {
    byKey = new Map();
    for (const entry of VIETNAMESE_DISTRICTS.split(';')) {
      const [name, before, after, city] = entry.split('|') as [string, string, string, string?];
      const key = foldKey(name);
      const list = byKey.get(key) ?? [];
      list.push({ marked: name.toLowerCase(), before, after, city: city === 'c' });
      byKey.set(key, list);
    }
  }
  return byKey;
}

/**
 * Whether the folding key `key` ("hai duong") names a city of the province with id `provinceId`
 * (vn-province-2008:30 or vn-province-2025:31): the province's capital, named like it.
 */
export function provincialCity(key: string, provinceId: string): boolean {
  const list = districts().get(key);
  if (!list) return false;
  return list.some(
    (d) =>
      d.city &&
      ((provinceId.startsWith(BEFORE) && provinceId.slice(BEFORE.length) === d.before) ||
        (provinceId.startsWith(AFTER) && provinceId.slice(AFTER.length) === d.after)),
  );
}

/**
 * The words of a city stand right before word `from`: "thành phố", "TP", "TP.", "Tp." ("thanh pho"
 * in text without marks).
 */
export function cityHeadBefore(text: string, tokens: Tokens, from: number): boolean {
  if (from < 1) return false;
  const k = from - 1;
  const gap = text.slice(tokens.end(k), tokens.start(from));
  if (tokens.is(k, 'tp')) return gap === ' ' || gap === '.' || gap === '. ';
  if (gap !== ' ' || k < 1 || !tokens.is(k, 'pho') || !tokens.is(k - 1, 'thanh')) return false;
  return text.slice(tokens.end(k - 1), tokens.start(k)) === ' ';
}
