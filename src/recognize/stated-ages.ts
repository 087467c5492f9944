// A person's age or year of birth stated in apposition right after the name ("Nguyễn Văn Hùng (34
// tuổi)", "Le Thai Binh, 41,", "Tran Van Nam (SN 1990)", "Sato Ken, född 1988,"), and whether it
// rules out a person of the knowledge base: a namesake of a minister aged 34 is not the minister.
import type { Entity } from '../kb/types.js';
import type { Doc } from './doc.js';
import type { Passing } from './gazetteer.js';

/**
 * An age (one or two digits, closed by a comma, not a list's ("12, 13 và 14"), a bracket or a word
 * for years) or a year of birth after a word for being born, right after a name. Anchored, no
 * nested repetition: linear.
 */
const STATED_AGE =
  /^(?:, |,? \()(?:(?:SN|[Ss]inh năm|[Ss]inh nam|born|född|f\.) ?(?<born>\d{4})(?!\d)|(?<age>\d{1,2})(?:,(?![ \u00a0]?\d)|\)| tuổi| tuoi| år\b| years?\b|-year-old))/u;

/** How far after a name {@link STATED_AGE} reads. */
const REACH = 16;

/** How many years a stated age or year of birth may differ from the knowledge base's (rounding, typos). */
const SLACK = 2;

/**
 * The year of birth the text states or implies right after the name ending at `end`: a year of
 * birth as written, or an age counted back from the text's day. Null when the text states neither,
 * or states an age and its day is unknown.
 */
export function statedBirthYear(text: string, end: number, day: string | null): number | null {
  const stated = statedAge(text, end);
  if (stated === null) return null;
  if (stated.born !== undefined) return stated.born;
  if (day === null) return null;
  return Number(day.slice(0, 4)) - (stated.age as number);
}

/** The age or the year of birth stated right after the name ending at `end`, or null. */
export function statedAge(text: string, end: number): { age?: number; born?: number } | null {
  const groups = STATED_AGE.exec(text.slice(end, end + REACH))?.groups;
  if (!groups) return null;
  return groups.born !== undefined ? { born: Number(groups.born) } : { age: Number(groups.age) };
}

/**
 * The text's age or year of birth after the name ending at `end` rules `person` out: the knowledge
 * base gives a year of birth more than {@link SLACK} years from it.
 */
export function ageRulesOut(person: Entity, text: string, end: number, day: string | null): boolean {
  if (person.born === undefined) return false;
  const stated = statedBirthYear(text, end, day);
  if (stated === null) return false;
  return Math.abs(stated - Number(person.born.slice(0, 4))) > SLACK;
}

/**
 * The people of the knowledge base whose stated age or year of birth, after one of the scan's
 * matches of their names, rules them out: the text names a namesake. Null when none is.
 */
export function namesakesOf(doc: Doc): Set<string> | null {
  const { matches, text, tokens } = doc;
  let out: Set<string> | null = null;
  for (let k = 0; k < matches.length; k++) {
    const ids = (matches.passing[k] as Passing).ids;
    if (ids.length !== 1) continue;
    const end = tokens.end((matches.to[k] as number) - 1);
    // (Cheap test first: an age follows a comma or a bracket.)
    const next = text.charCodeAt(end);
    if (next !== 44 && !(next === 32 && text.charCodeAt(end + 1) === 40)) continue;
    const id = ids[0] as string;
    if (doc.index.types.get(id) !== 'person') continue;
    const person = doc.kb.getEntity(id);
    if (person === null || !ageRulesOut(person, text, end, doc.day)) continue;
    out ??= new Set();
    out.add(id);
  }
  return out;
}
