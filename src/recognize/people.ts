import type { Entity } from '../kb/types.js';
import { PERSON_BEFORE } from './context.js';
import { typo } from './corrections.js';
import { type Doc, mention } from './doc.js';
import { Gazetteer } from './gazetteer.js';
import { type EntityMention, FAMILY_NAME_REFERENCE, SHORT_REFERENCE } from './mention.js';
import { joinable } from './scan.js';
import { nameKeys } from './tokenize.js';

/** Short references and misspellings of people named in full in the same text. */
export function people(doc: Doc, covered: Uint8Array, full: Set<string>): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  const shortForms = new Gazetteer();
  const familyCount = new Map<string, number>();
  const persons = [...full].map((id) => doc.kb.getEntity(id)).filter((e): e is Entity => e !== null);
  for (const p of persons)
    if (p.family)
      familyCount.set(nameKeys(p.family).join(' '), (familyCount.get(nameKeys(p.family).join(' ')) ?? 0) + 1);
  for (const p of persons) {
    const vietnamese = p.country === 'country:VN';
    // Vietnamese go by the given name (the last syllable); Japanese by the family name.
    if (vietnamese && p.given) shortForms.add(p.given, p.id);
    if (!vietnamese && p.family) shortForms.add(p.family, p.id);
    // The given name alone ("Thủ tướng Fumio") only right after a title or honorific.
    if (!vietnamese && p.given) shortForms.add(p.given, `${p.id}#given`);
    if (vietnamese && p.family && familyCount.get(nameKeys(p.family).join(' ')) === 1) {
      shortForms.add(p.family, `${p.id}#family`);
    }
  }
  const keyAt = (i: number) => (covered[i] ? undefined : doc.tokens.key(i));
  const join = (i: number) => joinable(doc.text, doc.tokens, i);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !doc.tokens.capital(i)) continue;
    const wordId = doc.tokens.id(i);
    const nameWord =
      doc.index.personWords[wordId] === 1 ||
      (i + 1 < doc.tokens.length && doc.index.personWords[doc.tokens.id(i + 1)] === 1);
    if (nameWord && typo(doc, covered, found, i)) continue;
    // Short forms are words of full names: a word outside the vocabulary is none of them.
    if (wordId === 0 || !shortForms.starts(doc.tokens.key(i) as string)) continue;
    const [match] = shortForms.matchesAt(keyAt, i, join);
    if (!match) continue;
    const [to, forms] = match;
    const ids = [...new Set(forms.flatMap((f) => f.ids))];
    let allCapital = true;
    for (let k = i; k < to; k++) allCapital &&= doc.tokens.capital(k);
    if (ids.length !== 1 || !allCapital) continue;
    const [id, part] = (ids[0] as string).split('#');
    // A Vietnamese family name alone is a slip ("PM Pham"), a Japanese given name alone unusual
    // ("Thủ tướng Fumio"): only read as the person right after a title or honorific.
    const before = i > 0 ? doc.tokens.key(i - 1) : undefined;
    if (part && !doc.titles.has(i) && !(before && PERSON_BEFORE.has(before))) continue;
    found.push([
      i,
      mention(doc, i, to, id as string, part === 'family' ? FAMILY_NAME_REFERENCE : SHORT_REFERENCE),
    ]);
    covered.fill(1, i, to);
    i = to - 1;
  }
  return found;
}
