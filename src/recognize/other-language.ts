/** The language the recognizer's stages read for a text in none of en, sv and vi ('de', 'es', …). */
export const OTHER_LANGUAGE = 'other';

/** The primary subtag of a language tag, in lower case: "de" for "de-AT", "DE" or "de_CH". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/u)[0] as string;
}
