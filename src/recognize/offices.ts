import type { Entity } from '../kb/types.js';
import { type Doc, mention, type Raw } from './doc.js';
import { type EntityMention, TITLE } from './mention.js';

/** The office a person held on a day, per the KB's terms of office. */
export function officeOn(person: Entity, day: string | null, among?: readonly string[]): string | null {
  if (day === null && !among) return null;
  const all = person.offices ?? [];
  const terms = among ? all.filter((t) => among.includes(t.office)) : all;
  if (day !== null) {
    const held = terms.find((t) => (t.from === null || t.from <= day) && (t.to === null || day <= t.to));
    if (held) return held.office;
  }
  // A title names the office even when the date is unknown: the person held one of them.
  if (among && terms.length > 0) return terms[terms.length - 1]?.office ?? null;
  return null;
}

/**
 * Fills in offices as mentions are emitted: a title in front of a person names the office, else
 * the office held on the date; an office gets its holder on the date. People and offices repeat
 * through a text: each is looked up once.
 */
export class Offices {
  readonly #doc: Doc;
  readonly #titles: boolean;
  readonly #people = new Map<string, Entity | null>();
  readonly #holders = new Map<string, string | null>();

  constructor(doc: Doc, titles: boolean) {
    this.#doc = doc;
    this.#titles = titles;
  }

  /**
   * Sets the office or holder of `m` (which starts at word `from`), given the mention before it,
   * and pushes onto `out` the title mention that `titles` asks for.
   */
  attach(m: EntityMention, from: number, previous: EntityMention | undefined, out: EntityMention[]): void {
    const doc = this.#doc;
    const title: Raw | undefined = doc.titles.get(from);
    if (m.type === 'person') {
      let person = this.#people.get(m.id);
      if (person === undefined) {
        person = doc.kb.getEntity(m.id);
        this.#people.set(m.id, person);
      }
      if (person) {
        const officeBefore =
          previous?.type === 'office' && m.start - previous.end <= 2 ? previous : undefined;
        const among = title?.titleOffices ?? (officeBefore ? [officeBefore.id] : undefined);
        m.office = officeOn(person, doc.day, among) ?? officeOn(person, doc.day);
      }
      // With `titles`, the title words in front of the person become a mention of the office held.
      if (this.#titles && title && m.office && title.titleOffices.includes(m.office)) {
        const t = mention(doc, title.from, title.to, m.office, TITLE);
        t.type = 'office';
        out.push(t);
      }
    } else if (m.type === 'office' && doc.day !== null) {
      let holder = this.#holders.get(m.id);
      if (holder === undefined) {
        const found = doc.kb.holdersOf(m.id, doc.day);
        holder = found.length === 1 ? (found[0] as Entity).id : null;
        this.#holders.set(m.id, holder);
      }
      m.holder = holder;
    }
  }
}
