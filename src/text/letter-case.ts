/** {@link caseAt}: not a letter with case (a digit, a mark, punctuation, CJK). */
export const NO_CASE = 0;
/** {@link caseAt}: a capital letter. */
export const UPPER = 1;
/** {@link caseAt}: a small letter (or a title-case one, which is not its capital form). */
export const LOWER = 2;

/**
 * The case of the code unit at `i` of `text`: {@link UPPER}, {@link LOWER} or {@link NO_CASE}, as
 * the engine's case mappings tell them. ASCII is read from its code, with no string made; other
 * characters from their mappings.
 */
export function caseAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : NO_CASE;
  if (Number.isNaN(c)) return NO_CASE;
  const ch = text[i] as string;
  const upper = ch.toUpperCase();
  if (ch.toLowerCase() === upper) return NO_CASE;
  return ch === upper ? UPPER : LOWER;
}
