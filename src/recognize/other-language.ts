/** The language the recognizer's stages read for a text in none of en, sv and vi ('de', 'es', …). */
export const OTHER_LANGUAGE = 'other';

/**
 * A memo slot per language the stages read: 1, 2 and 3 for en, sv and vi; 0 for unknown text and
 * text in another language, which read every language's names alike.
 */
export function languageSlot(language: string | null): number {
  return language === 'en' ? 1 : language === 'sv' ? 2 : language === 'vi' ? 3 : 0;
}

/** The primary subtag of a language tag, in lower case: "de" for "de-AT", "DE" or "de_CH". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/u)[0] as string;
}
