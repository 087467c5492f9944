// A city's name with the word for its unit: "Fukuoka City", "Osaka-shi", "thành phố Kitakyushu",
// "TP Vinh", "TP.Hội An". The word is part of the name as written (the gold of real pages marks it
// so), and a mention that leaves it out leaves a stray "City" or "thành phố" beside it.

import { type Doc, respan, together } from './doc.js';
import type { EntityMention } from './mention.js';

/** Words for a city after its name ("Fukuoka City", "Osaka-shi"). */
const AFTER: readonly string[] = ['city', 'shi'];

/**
 * Widens mention `m` of a city (words `from`..`to`) over the word for its unit right after it or,
 * in Vietnamese, right before it ("thành phố", "TP"), when no mention holds that word: the last one
 * ends at character `previousEnd`, the next starts at word `nextFrom`. Returns the first word.
 */
export function withCityUnit(
  doc: Doc,
  m: EntityMention,
  from: number,
  to: number,
  previousEnd: number,
  nextFrom: number,
): number {
  if (m.type !== 'city') return from;
  const { tokens } = doc;
  // After: one space or a hyphen, and no mention there.
  if (to < nextFrom && to < tokens.length && tokens.start(to) - tokens.end(to - 1) === 1) {
    const gap = doc.text.charCodeAt(tokens.end(to - 1));
    const word = AFTER.find((w) => tokens.is(to, w));
    if (word && (gap === 32 || gap === 45) && (word !== 'shi' || gap === 45))
      respan(doc, m, m.start, tokens.end(to));
  }
  // Before, in Vietnamese: "thành phố" or "TP" (also "TP." and "TP.Hội An").
  if (doc.language === 'vi' || doc.language === null) {
    let at = -1;
    if (from >= 1 && tokens.is(from - 1, 'tp') && unitGap(doc, from - 1)) at = from - 1;
    else if (
      from >= 2 &&
      tokens.is(from - 1, 'pho') &&
      tokens.is(from - 2, 'thanh') &&
      together(doc, from - 2) &&
      unitGap(doc, from - 1)
    )
      at = from - 2;
    if (at >= 0 && tokens.start(at) >= previousEnd) {
      respan(doc, m, tokens.start(at), m.end);
      return at;
    }
  }
  return from;
}

/** Between word `k` and the next: one space, a full stop, or a full stop and a space. */
function unitGap(doc: Doc, k: number): boolean {
  const a = doc.tokens.end(k);
  const gap = doc.tokens.start(k + 1) - a;
  const c = doc.text.charCodeAt(a);
  return gap === 1 ? c === 32 || c === 46 : gap === 2 && c === 46 && doc.text.charCodeAt(a + 1) === 32;
}
