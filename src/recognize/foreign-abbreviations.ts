import { COUNTRY_LANGUAGES } from './data/country-languages.js';
import type { Doc } from './doc.js';
import type { EntityMention } from './mention.js';
import { primaryLanguage } from './other-language.js';

/** Official languages by country id ("country:DE" → {de}), made on first use. */
let languagesOf: Map<string, ReadonlySet<string>> | undefined;

function officialIn(country: string, language: string): boolean {
  if (!languagesOf) {
    languagesOf = new Map();
    for (const entry of COUNTRY_LANGUAGES.split('|')) {
      const [code, list] = entry.split(':') as [string, string];
      languagesOf.set(`country:${code}`, new Set(list.split(',')));
    }
  }
  // A tag with a region or script ("de-AT", "zh_Hant") is read by its language.
  return languagesOf.get(country)?.has(primaryLanguage(language)) ?? false;
}

/**
 * Types whose abbreviations the rule reads: bodies and offices of one country. Outlets are not
 * among them: agencies' abbreviations ("AFP", "dpa", "AP") credit news in every language.
 */
const BODY_TYPES: ReadonlySet<string> = new Set(['organisation', 'office']);

/** Lengths of an abbreviation the rule reads ("EU" to "TTXVN"). */
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** `s` is written as an abbreviation: capitals (and digits) only, no space. */
function abbreviation(s: string): boolean {
  if (s.length < MIN_LETTERS || s.length > MAX_LETTERS) return false;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c < 48 || c > 57) return false;
  }
  return letters > 0;
}

/**
 * In text in a language the knowledge base has no names in (`language`, its code), a country's
 * body or office written only as its abbreviation ("MPI", "NPC", "UD") is more often something of
 * that language: a Max Planck institute, a game's character, Norway's foreign ministry. Such a
 * mention is kept where the text is in an official language of the entity's country ("CDU" in
 * German), names that country, or names the entity in a longer form. Bodies of no one country
 * (the EU, the UN) are not read by this rule.
 */
export function withoutForeignAbbreviations(
  doc: Doc,
  mentions: EntityMention[],
  language: string,
): EntityMention[] {
  let suspect = false;
  for (const m of mentions) if (BODY_TYPES.has(m.type) && abbreviation(m.text)) suspect = true;
  if (!suspect) return mentions;
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'country') named.add(m.id);
    else if (!abbreviation(m.text)) named.add(m.id);
    for (const p of m.parts ?? []) if (p.type === 'country') named.add(p.id);
  }
  return mentions.filter((m) => {
    if (!BODY_TYPES.has(m.type) || !abbreviation(m.text) || named.has(m.id)) return true;
    const country = doc.kb.getEntity(m.id)?.country;
    return country === undefined || named.has(country) || officialIn(country, language);
  });
}
