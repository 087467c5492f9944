import { DATELINE } from '../regex.js';

/** Number of words, not counting lone punctuation such as the dash in "Lao dong - Viec lam". One pass. */
export function words(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      counted = false;
      continue;
    }
    if (
      !counted &&
      (c >= 0x80
        ? /[\p{L}\d]/u.test(s.charAt(i))
        : (c | 32) >= 97 && (c | 32) <= 122
          ? true
          : c >= 48 && c <= 57)
    ) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Quotes and brackets that may close a sentence after its stop: " ' ” ’ » ). */
const CLOSERS = '"\'\u201d\u2019\u00bb)';

/**
 * The stop a line ends on (". ! ? … : ;", possibly followed by one closing quote or bracket), or
 * '' when it ends otherwise. Reads the last two characters only: a regular expression anchored
 * with `$` is tried from every position of the line.
 */
export function finalStop(t: string): string {
  let i = t.length - 1;
  if (i >= 0 && CLOSERS.includes(t.charAt(i))) i--;
  const c = i >= 0 ? t.charAt(i) : '';
  return c !== '' && '.!?\u2026:;'.includes(c) ? c : '';
}

/** The line ends like a sentence: on ". ! ? … : ;", possibly followed by a closing quote or bracket. */
export const endsSentence = (t: string): boolean => finalStop(t) !== '';

/** Shortest paragraph read as the body's rather than a caption's: a sentence or more. */
const MIN_BODY_PARAGRAPH = 150;

/** A paragraph long enough, and ending as a sentence, to be the body's. */
export const bodyParagraph = (t: string): boolean => t.length >= MIN_BODY_PARAGRAPH && endsSentence(t);

const UPPER = /^[^\p{Ll}]+$/u;

/**
 * A single token that reads as an outlet's short name, not a place: "LNV", "TCCSĐT", "GD&TD", "VTV.vn",
 * "TTH.VN", "PSNews". (A longer word in capitals opening a dateline is a city's: "MAEBASHI -".)
 */
export const OUTLET_TOKEN =
  /^(?:[\p{Lu}\d]{2,6}|\p{Lu}{1,3}&\p{Lu}{1,3}|[\p{L}\d]{2,20}\.(?:[a-z]{2,3}|VN|COM|NET|ORG)|\p{Lu}{2,5}\p{Ll}{2,10}|\p{Lu}{1,3}\p{Ll}{1,8}\p{Lu}[\p{L}]{1,12})$/u;
/** Words that open a photo caption in the dash form ("FILE - …"), never a dateline. */
const CAPTION_WORDS = /^(?:FILE|PHOTO|VIDEO|ẢNH|FOTO|BILD)$/u;

/**
 * A dateline at the start of a body paragraph, when it really is one: it names an outlet in
 * parentheses or slashes, or its place is in capitals, or it uses a long dash ("Japan - Vietnam
 * ties" is not).
 */
export function matchDateline(text: string): RegExpExecArray | null {
  const m = DATELINE.exec(text);
  if (!m?.groups) return null;
  const { place, outlet, slashed } = m.groups;
  if (!place && !outlet && !slashed) return null;
  if (place && CAPTION_WORDS.test(place)) return null;
  const dash = m[0].trimEnd().at(-1);
  if (!outlet && !slashed && !(place && (UPPER.test(place) || OUTLET_TOKEN.test(place))) && dash === '-')
    return null;
  // A dateline opens a body: "Tin Biển Đông – 23/04/2018" is a headline with its date.
  if (
    words(text.slice(m[0].length, m[0].length + 40)) < 2 ||
    !/\p{L}/u.test(text.slice(m[0].length, m[0].length + 40))
  )
    return null;
  return m;
}

/**
 * A dateline that {@link matchDateline} found is one in any line: it names an outlet, or its place
 * is in capitals or an outlet's token. A place in title case and a long dash alone ("Việt Nam –
 * Nhật Bản thúc đẩy …") open headlines too, and are a dateline only before a sentence.
 */
export function namedDateline(m: RegExpExecArray): boolean {
  const { place, outlet, slashed } = m.groups ?? {};
  return Boolean(outlet || slashed || (place && (UPPER.test(place) || OUTLET_TOKEN.test(place))));
}
