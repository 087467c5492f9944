/**
 * Unicode normalization that stays linear on hostile text. Engines reorder a run of combining marks
 * with an insertion sort, so a run of thousands of stacked marks ("Vie" + 64,000 × U+0301) makes
 * `String.prototype.normalize` quadratic. No language stacks more than a few marks on a letter, so
 * runs longer than {@link MAX_MARK_RUN} are left as written (their first marks are normalized with
 * their letter) and everything else is normalized as usual.
 */

/** Longest run of combining marks normalized; no real text comes near it. */
export const MAX_MARK_RUN = 16;

const MARK = /\p{M}/u;

const isMark = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x300 && MARK.test(text.charAt(i));
};

/**
 * `text.normalize(form)`, except that a run of more than {@link MAX_MARK_RUN} combining marks keeps
 * its marks after the first {@link MAX_MARK_RUN} as written. Linear in the length of the text.
 * @example safeNormalize('Ha\u0300 No\u0302\u0323i') // 'Hà Nội'
 */
export function safeNormalize(text: string, form: 'NFC' | 'NFD' = 'NFC'): string {
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text, i)) {
      run = 0;
      continue;
    }
    if (++run <= MAX_MARK_RUN) continue;
    // Normalize up to here, keep the rest of the long run as written, and go on after it.
    let end = i;
    while (end < text.length && isMark(text, end)) end++;
    out += text.slice(from, i).normalize(form) + text.slice(i, end);
    from = end;
    i = end - 1;
    run = 0;
  }
  return from === 0 ? text.normalize(form) : out + text.slice(from).normalize(form);
}
