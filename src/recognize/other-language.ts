/** The language the recognizer's stages read for a text in none of en, sv and vi ('de', 'es', …). */
export const OTHER_LANGUAGE = 'other';
