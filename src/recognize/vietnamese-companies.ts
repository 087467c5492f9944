// Vietnamese companies the knowledge base lacks, named in full after their legal form: "Công ty
// TNHH Lọc hóa dầu Nghi Sơn", "Công ty Cổ phần Đầu tư Thế giới Di động". The legal form (TNHH, Cổ
// phần, CP) makes "Công ty" a name's head, not the common noun ("các công ty Nhật Bản", "Công ty
// này"); the words after it are the company's name. local-orgs.ts turns each span into a local
// organisation. A place the knowledge base holds under two readings (most provinces: before and
// after the 2025 merger) keeps the name from being read, as in English names: its reading is
// decided later, and a part needs one.

import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { COMPANY_HEAD, FOREIGN_COMPANY_HEADS, LEGAL_FORMS } from './context.js';
import { spaced } from './doc.js';
import { isVietnameseSyllable } from './syllables.js';
import type { Tokens } from './tokenize.js';

/**
 * Lower-case words that end a company's name: the sentence goes on ("Công ty TNHH X đã ký …",
 * "… X và đối tác"), as marked spellings. Other lower-case words may be part of it ("Lọc hóa
 * dầu", "Đầu tư": "tư" is no "từ").
 */
const ENDS_NAME: ReadonlySet<string> = new Set(
  (
    'và của là tại ở với cho được có sẽ đang đã trong này vừa cũng để theo khi nhằm từ đến thì mà ' +
    'nhưng các một như về sau trước bị do nếu hay hoặc hơn rất trên dưới giữa ngoài vào ra lên ' +
    'xuống tới sang tôi ông bà anh chị em họ nó chúng hiện năm tháng ngày'
  ).split(' '),
);

/**
 * The same words written without marks, less those whose unmarked form is as often a word of a
 * name ("tu" is "tư" in "Dau tu", "co" is "cổ" in "Co phan", "ra", "nam", "anh").
 */
const ENDS_NAME_UNMARKED: ReadonlySet<string> = new Set(
  (
    'va cua la tai voi cho duoc se dang da trong nay vua cung de theo khi nham den thi nhung cac ' +
    'nhu sau truoc neu hay hoac hon rat tren duoi giua ngoai vao len xuong toi ong chi ho chung ' +
    'thang ngay sang'
  ).split(' '),
);

/**
 * Word `k` goes on with the sentence (see {@link ENDS_NAME}): it ends a company's name, and a body's
 * (vietnamese-bodies.ts).
 */
export function endsName(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const { text, tokens } = doc;
  const written = text.slice(tokens.start(k), tokens.end(k));
  const spelling = markedSpelling(written);
  return hasVietnameseMarks(written) ? ENDS_NAME.has(spelling) : ENDS_NAME_UNMARKED.has(spelling);
}

/**
 * The end of "Công ty" in any case, with or without marks, composed or not ("ông ty", "o\u0302ng
 * ty", "ONG TY"), as {@link companySpans} reads it: a text without it names no company so. (Its
 * last letters alone: a regex that starts on a class of one letter's cases runs three times faster
 * over a long text than a case-insensitive one.)
 */
const COMPANY_IN_TEXT = /[gG][ \u00a0]{1,2}[tT][yY]/;

/** "Tập đoàn" or "Quỹ" before a name, with or without marks (see {@link COMPANY_IN_TEXT}). */
const OTHER_HEAD_IN_TEXT = /[pP][ \u00a0]{1,2}[đĐdD][oO][àÀaA][nN][ \u00a0]|[qQ][uU][ỹỸyY][ \u00a0]/u;

/** The first words of the heads, as folding keys: other capitals are not visited further. */
const HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(FOREIGN_COMPANY_HEADS.map((head) => head[0] as string));

/** Most words of a foreign name after a head without a legal form ("Tập đoàn Resonac Holdings"). */
const MAX_FOREIGN_WORDS = 3;

/**
 * A company or foundation named by its head and a foreign name, with no legal form: "Công ty
 * Ishige Suisan", "Tập đoàn IHI", "Quỹ Sumitomo". Each word of the name is capitalised and no
 * Vietnamese syllable (a Vietnamese name after a bare head may be a description: "Công ty Nhà
 * nước"); no other stage read it (a company of the knowledge base is its own match). The span
 * from the head, or null.
 */
function foreignName(
  doc: { text: string; tokens: Tokens },
  h: number,
  covered: Uint8Array,
  placeEnd: (k: number) => number,
  townEnd: (k: number) => number,
): [number, number] | null {
  const { tokens } = doc;
  let start = -1;
  for (const head of FOREIGN_COMPANY_HEADS) {
    start = wordsAt(doc, h, head);
    if (start >= 0) break;
  }
  if (start < 0 || start >= tokens.length || !spaced(doc, start - 1)) return null;
  let end = start;
  while (
    end < tokens.length &&
    end - start < MAX_FOREIGN_WORDS &&
    (end === start || spaced(doc, end - 1)) &&
    // (Its first word may be a one-word place the name was taken from: "Công ty Hamamatsu Seimitsu".)
    (!covered[end] || (end === start && placeEnd(end) === end + 1)) &&
    tokens.capital(end) &&
    !isVietnameseSyllable(foldKey(doc.text.slice(tokens.start(end), tokens.end(end))))
  )
    end++;
  // A town the knowledge base read may end the name after its foreign words, as a branch's or a
  // firm's ("Công ty Sakura Vinh"). (A country is another stage's: "Yaskawa Việt Nam" alone names
  // the same subsidiary.)
  if (end > start && end < tokens.length && spaced(doc, end - 1) && covered[end]) {
    const to = townEnd(end);
    if (to > end && (to >= tokens.length || !spaced(doc, to - 1) || !tokens.capital(to))) end = to;
  }
  // The name ends there: not before more capitalised words (a longer name read otherwise). A place
  // alone after the head stays the place ("Công ty Hamamatsu" may be a firm there).
  if (end === start || (end < tokens.length && spaced(doc, end - 1) && tokens.capital(end))) return null;
  if (covered[start] && end - start < 2) return null;
  return [h, end];
}

/** Most words of a name after the legal form. */
const MAX_NAME_WORDS = 10;
/** Most lower-case words in a row inside a name ("Sản xuất lốp xe Bridgestone"). */
const MAX_LOWER_RUN = 3;

/**
 * Words `at`.. spell `keys` in order, one phrase (spaces only between them): the word after, or -1.
 * The keys are words of the vocabulary (context.ts), so a word is compared by its key alone.
 */
export function wordsAt(doc: { text: string; tokens: Tokens }, at: number, keys: readonly string[]): number {
  const { tokens } = doc;
  for (let j = 0; j < keys.length; j++) {
    const k = at + j;
    if (tokens.key(k) !== keys[j] || (j > 0 && !spaced(doc, k - 1))) return -1;
  }
  return at + keys.length;
}

/**
 * The spans (first word, past the last) of Vietnamese company names: "Công ty", capitalised, a
 * legal form, then a name that starts with a capital and ends on one, before a stop, the end of
 * the line or a word that goes on with the sentence. A place the knowledge base matched may be
 * part of the name (`placeEnd` gives its end, or -1 for any other match): a name that holds any
 * other word another stage read is not read. `townEnd` gives the end of a place other than a
 * country at a word (or -1): one may end a foreign name after a bare head.
 */
export function companySpans(
  doc: { text: string; tokens: Tokens },
  covered: Uint8Array,
  placeEnd: (k: number) => number,
  orgEnd: (k: number) => number = () => -1,
  townEnd: (k: number) => number = () => -1,
): [number, number][] {
  const { tokens } = doc;
  const n = tokens.length;
  const out: [number, number][] = [];
  // Most texts hold no "Công ty" nor "Tập đoàn" nor "Quỹ" at all: one search of the text skips the
  // visit of every capital.
  if (!COMPANY_IN_TEXT.test(doc.text) && !OTHER_HEAD_IN_TEXT.test(doc.text)) return out;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const h = capitals[c] as number;
    if (covered[h] || tokens.id(h) === 0 || !HEAD_FIRST_WORDS.has(tokens.key(h) as string)) continue;
    if (wordsAt(doc, h, COMPANY_HEAD) < 0) {
      const foreign = foreignName(doc, h, covered, placeEnd, townEnd);
      if (foreign) out.push(foreign);
      continue;
    }
    let start = -1;
    for (const form of LEGAL_FORMS) {
      start = spaced(doc, h + 1) ? wordsAt(doc, h + 2, form) : -1;
      if (start >= 0) break;
    }
    if (start < 0) {
      const foreign = foreignName(doc, h, covered, placeEnd, townEnd);
      if (foreign) out.push(foreign);
      continue;
    }
    if (start >= n || !spaced(doc, start - 1) || !tokens.capital(start)) continue;
    let end = start;
    let lowerRun = 0;
    let blocked = false;
    for (let k = start; k < n && k - start < MAX_NAME_WORDS && (k === start || spaced(doc, k - 1)); k++) {
      if (covered[k]) {
        // A place, or a company of the knowledge base right after a foreign word of the name's own,
        // one brand with it ("Công ty TNHH Sanko Denso Việt Nam" is no Denso; "Công ty TNHH Sản
        // xuất lốp xe Bridgestone Việt Nam" is Bridgestone's, read so by the scan).
        const brand =
          k > start && tokens.capitalisedWord(k - 1) && !isVietnameseSyllable(tokens.word(k - 1) as string);
        const placeTo = Math.max(placeEnd(k), brand ? orgEnd(k) : -1);
        if (placeTo < 0) {
          blocked = true;
          break;
        }
        k = placeTo - 1;
        end = placeTo;
        lowerRun = 0;
      } else if (tokens.capital(k)) {
        end = k + 1;
        lowerRun = 0;
      } else if (++lowerRun > MAX_LOWER_RUN || endsName(doc, k)) break;
    }
    if (!blocked && end > start) out.push([h, end]);
  }
  return out;
}

/** Fewest letters of a one-word short name a company is referred to by ("Công ty Sakura"). */
const MIN_SHORT_NAME = 4;

/**
 * Short references to companies the text named in full after their legal form: "Công ty" and
 * the last words of one's name, capitalised, after it ("Công ty Thái Bình Dương" after "Công ty
 * CP Cung ứng Nhân lực Thái Bình Dương"). Each as [first word, past the last, the company's id].
 * The name's words may be free or a place's or sea's (`placeEnd`); the reference ends the name.
 */
export function companyReferences(
  doc: { text: string; tokens: Tokens },
  covered: Uint8Array,
  companies: readonly { from: number; to: number; id: string }[],
  placeEnd: (k: number) => number,
): [number, number, string][] {
  const { tokens } = doc;
  const n = tokens.length;
  const out: [number, number, string][] = [];
  const keys = (from: number, to: number): string => {
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(tokens.word(k) as string);
    return words.join(' ');
  };
  // Each company's name as folding keys, by its last word's.
  const names = companies.map((c) => ({ ...c, name: ` ${keys(c.from, c.to)}` }));
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const h = capitals[c] as number;
    // (Any case: "công ty" inside a sentence, "Công ty" opening one.)
    const at =
      h > 0 && !tokens.capital(h - 1) && tokens.is(h - 1, 'ty') && tokens.is(h - 2, 'cong') ? h - 2 : -1;
    if (at < 0 || covered[at] || !spaced(doc, at) || !spaced(doc, h - 1)) continue;
    // The capitalised run after the head: free words, or a place's whole match.
    let end = h;
    while (end < n && (end === h || spaced(doc, end - 1)) && tokens.capital(end)) {
      if (!covered[end]) end++;
      else {
        const to = placeEnd(end);
        if (to < 0) break;
        end = to;
      }
    }
    if (end === h || (end === h + 1 && tokens.end(h) - tokens.start(h) < MIN_SHORT_NAME)) continue;
    const tail = ` ${keys(h, end)}`;
    const company = names.find((x) => x.to <= at && x.name.endsWith(tail) && x.to - x.from > end - at);
    if (company) out.push([at, end, company.id]);
  }
  return out;
}
