// Vietnamese institutions' heads ("Đại học", "Trường ĐH", "Bệnh viện", "Công ty Điện lực") and the
// capitalised words right after them: the institution's name, or its dedicatee's, never a person
// of the text nor a place the name ends on alone ("Trường Đại học Nông Lâm Huế", "Trường Đại học
// Phạm Văn Đồng"). Read by the homograph rules, the scan and the local people.
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { VI_ORG_HEADS } from './context.js';
import type { Tokens } from './tokenize.js';

/** The heads of {@link VI_ORG_HEADS}, their words as folding keys and marked spellings, made on first use. */
let institutionHeads: readonly { keys: readonly string[]; spellings: readonly string[] }[] | undefined;

/**
 * Words right before word `from` spell a Vietnamese institution's head, capitalised ("Đại học",
 * "Trường ĐH", "Bệnh viện", "Dai hoc"), one space apart, a word written with marks with the head's
 * ("Học viên", a student, is no "Học viện"): the capitalised words after it are the institution's
 * name or its dedicatee's ("Trường Đại học Nông Lâm Huế", "Bệnh viện Trưng Vương").
 */
export function institutionHeadBefore(text: string, tokens: Tokens, from: number): boolean {
  if (from < 1 || !tokens.spaced(from - 1)) return false;
  // (Not a newspaper's "Báo", also the given name Bảo typed without marks: "Bao Ngoc".)
  institutionHeads ??= VI_ORG_HEADS.filter((head) => head.join(' ') !== 'báo').map((head) => ({
    keys: head.map((word) => foldKey(word)),
    spellings: head,
  }));
  for (const head of institutionHeads) {
    const start = from - head.keys.length;
    if (start < 0 || !tokens.capital(start)) continue;
    let ok = true;
    for (let j = 0; j < head.keys.length && ok; j++) {
      const k = start + j;
      ok =
        (k === from - 1 || tokens.spaced(k)) &&
        tokens.word(k) === head.keys[j] &&
        (!tokens.marked(k, k + 1) ||
          markedSpelling(text.slice(tokens.start(k), tokens.end(k))) === head.spellings[j]);
    }
    if (ok) return true;
  }
  return false;
}

/** Most capitalised words between an institution's head and a word of its name. */
const MAX_INSTITUTION_QUALIFIER = 3;

/** Word `k` is one of the capitalised words right after an institution's head ("Đại học Nông | Lâm"). */
export function institutionQualifier(text: string, tokens: Tokens, k: number): boolean {
  for (let j = k; j >= 0 && k - j < MAX_INSTITUTION_QUALIFIER; j--) {
    if (!tokens.capital(j) || (j < k && !tokens.spaced(j))) return false;
    if (institutionHeadBefore(text, tokens, j)) return true;
  }
  return false;
}
