import type { EntityType } from '../kb/types.js';

/** Why a mention resolved the way it did, when that is worth knowing. */
export type MentionFlag =
  /** A mistranslation resolved to what was meant (Swedish "Östersjön" for Biển Đông). */
  | 'mistranslation'
  /** A short reference ("Kishida", "PM Chinh") to a person named in full in the same text. */
  | 'short-reference'
  /** A Vietnamese referred to by the family name ("PM Pham"): a slip, resolved because unique. */
  | 'family-name-reference'
  /** A misspelt name ("Shizo Abe") resolved to the KB person one edit away. */
  | 'corrected'
  /** Several entities fit; `candidates` lists them and `id` is the best guess by type. */
  | 'ambiguous'
  /** A title word in front of a person's name, standing for the office (with `titles: true`). */
  | 'title'
  /** The text's date is unknown, so the unit valid today (or the latest office holder) was chosen. */
  | 'undated'
  /** A title with part of a name ("Prime Minister Abe") whose bearer did not hold that office on the text's date. */
  | 'office-mismatch'
  /**
   * The name is the first part of a Swedish compound ("Nato" in "Natofrågan", "Asean" in
   * "Aseanländerna"): the mention spans that part, and rewriting tools leave the word as written.
   */
  | 'compound'
  /**
   * In an article's entities: the mention stands in the page's furniture (navigation, teasers of
   * related articles, comments), not in the article's content. Filter on it to keep the article's own.
   */
  | 'furniture';

/** How a mention's words are inflected: the inflection is inside the span ("Japans", "USA:s"). */
export type MentionInflection = 'genitive';

/** A recognized mention of a knowledge-base entity. */
export interface EntityMention {
  /** Entity id: `person:pham-minh-chinh`, `sea:bien-dong`, `vn-province-2008:79` … */
  id: string;
  type: EntityType;
  /** The text as written: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** Why the mention resolved as it did; empty for most (a shared, frozen empty array). */
  flags: readonly MentionFlag[];
  /** People: the office named by a title in front of the name, else the office held on the text's date. */
  office: string | null;
  /** Offices: the person holding it on the text's date, when the date is known and there is one holder. */
  holder: string | null;
  /** Other readings, for `ambiguous` mentions. */
  candidates?: readonly string[];
  /**
   * Set when the span carries an inflection that the entity's name does not: a Swedish genitive
   * ("Japans", "USA:s", "Ho Chi Minhs"), so that rewriting tools can inflect the replacement.
   */
  inflection?: MentionInflection;
  /**
   * Entities local to the text (`local:person:…`, `local:org:…`, `local:place:…`,
   * `local:programme:…`, `local:agreement:…` ids, which the
   * knowledge base does not know): the display name, for people the full name as written with the
   * most diacritics ("Mai Tiến Dũng").
   */
  name?: string;
  /**
   * Entities named inside the words of a body's or an office's name, each a mention of its own
   * span within this one: the country in "Japanese Embassy in Vietnam" or "Kinas president", the
   * UN in "United Nations peacekeeping", the city in "Internationella domstolen i Haag".
   */
  parts?: EntityMention[];
}

// Flag lists are shared and frozen: most mentions have none, the rest one of a few combinations,
// and a list each would be one more object per mention.
export const NO_FLAGS: readonly MentionFlag[] = Object.freeze([]);
export const MISTRANSLATION: readonly MentionFlag[] = Object.freeze(['mistranslation']);
export const UNDATED: readonly MentionFlag[] = Object.freeze(['undated']);
export const AMBIGUOUS: readonly MentionFlag[] = Object.freeze(['ambiguous']);
export const UNDATED_AMBIGUOUS: readonly MentionFlag[] = Object.freeze(['undated', 'ambiguous']);
export const SHORT_REFERENCE: readonly MentionFlag[] = Object.freeze(['short-reference']);
export const FAMILY_NAME_REFERENCE: readonly MentionFlag[] = Object.freeze(['family-name-reference']);
export const CORRECTED: readonly MentionFlag[] = Object.freeze(['corrected']);
export const TITLE: readonly MentionFlag[] = Object.freeze(['title']);
export const OFFICE_MISMATCH: readonly MentionFlag[] = Object.freeze(['office-mismatch']);
export const COMPOUND: readonly MentionFlag[] = Object.freeze(['compound']);
export const SHORT_REFERENCE_UNDATED: readonly MentionFlag[] = Object.freeze(['short-reference', 'undated']);
