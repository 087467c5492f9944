// Vietnamese reporters and photographers sign with their name: alone on a line, under the headline
// or after the body, often with their outlet or "(tổng hợp)" ("Minh Thư (VOV)", "Chu Văn", "THANH
// TÙNG", "Ngọc Anh (tổng hợp)"), and in a photo credit beside the outlet ("Ảnh: Minh Thư/VOV",
// "Ảnh: VGP/Trọng Đức"). Such a name is a person local to the text, like the people of
// local-people.ts, even without a family name.
import { COMMENTS, READ_MORE, WEEKDAY } from '../regex.js';
import { whiteSpace } from '../text/white-space.js';
import { CREDIT_WORDS } from './context.js';
import { type Doc, localKey, localMention, opensLine } from './doc.js';
import type { Passing } from './gazetteer.js';
import { LOCAL_PERSON } from './local-people.js';
import type { EntityMention } from './mention.js';
import { isPlainVietnameseSyllable, isVietnameseSyllable } from './syllables.js';

/** Syllables of a signed name: a pen name of two, or a full name of three. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** What may follow the name on its line, trimmed: "(VOV)", "(tổng hợp)", "- TTXVN", "/QĐND", "(Phóng viên … tại Nhật Bản)". */
const SIGNATURE_TAIL =
  /^(?:\([^()\n]{1,60}\)|[-–/] ?[^\s()][^\n]{0,19}|, ?\p{Lu}\p{L}{0,7}(?: \p{Lu}\p{L}{0,7}){1,2})?$/u;
/** Longest rest of a signature's line (its tail, spaces around). */
const MAX_TAIL = 64;
/** Words around a line without marks that tell a text without marks from a marked one. */
const MARKS_REACH = 12;

/** Characters at most after a signature at the end of a text (a source line may follow it). */
const END_REACH = 160;
/** The label of a page's tags: "Tags:", "Từ khóa:", "Taggar:". */
const TAGS_LABEL = /^(?:tags?|taggar|từ khóa|tu khoa|chủ đề|keywords)[ \t]{0,3}:/iu;
/** A rule line, drawn with dashes, underscores, equals signs, stars or tildes. */
const RULE_LINE = /^[-_=*~]{3,}\s*$/u;
/** Longest rule line read. */
const MAX_RULE = 200;
/** Shortest line read as the body's first paragraph, under a by-line. */
const BODY_LINE = 120;
/** A share bar's first words: "Chia sẻ", "Share", "Dela". */
const SHARE_LINE = /^(?:chia s[ẻe]|share|dela)(?![\p{L}])/iu;
/** Longest date line read under a by-line, and what makes it one: a date or a time. */
const DATE_LINE = 60;
const DATE_IN_LINE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2})(?!\d)/u;

/**
 * The line ending at character `end` stands where a signature does: at the end of the text (a
 * source line may follow), or, when `byline`, right above the body's first paragraph.
 */
function signaturePlace(text: string, end: number, byline: boolean): boolean {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return true;
  // (Only the end of a text is read whole: blank lines there are few.)
  if (text.length - lineEnd <= 4 * END_REACH && text.slice(lineEnd).trim().length <= END_REACH) return true;
  let start = lineEnd;
  while (start < text.length && whiteSpace(text.charCodeAt(start))) start++;
  const next = text.indexOf('\n', start);
  // A rule line or a list of related articles or tags under it ends the article.
  const below = text.slice(start, next < 0 ? text.length : Math.min(next, start + MAX_RULE));
  if (RULE_LINE.test(below) || READ_MORE.test(below) || TAGS_LABEL.test(below)) return true;
  // So does a share bar or a comment counter ("Chia sẻ   Facebook", "Ý kiến (14)").
  if (SHARE_LINE.test(below) || COMMENTS.test(below.trim())) return true;
  if (!byline) return false;
  const belowEnd = next < 0 ? text.length : next;
  // Under the headline, the date line may come between the by-line and the body ("Thanh Hằng" over
  // "23/03/2024 19:42 GMT+7"), right under it.
  if (
    start === lineEnd + 1 &&
    belowEnd - start <= DATE_LINE &&
    DATE_IN_LINE.test(below) &&
    belowHeadline(text, text.lastIndexOf('\n', end - 1) + 1)
  )
    return true;
  return belowEnd - start >= BODY_LINE;
}

/** The text between character `from` and the end of its line. */
function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  // (Only the first characters past the longest tail are needed to refuse a longer line.)
  return text.slice(from, Math.min(end < 0 ? text.length : end, from + MAX_TAIL + 1));
}

/**
 * Words `from`..`to` write a name: capitalised or in capitals, Vietnamese syllables, free or lone
 * places ("Thanh Nga", where "Nga" alone is Russia), one space apart; with marks, or syllables that
 * take none ("Minh Anh", "MINH KHANG"), unless the text around has no marks either (a text typed
 * without marks).
 */
function nameWords(doc: Doc, covered: Uint8Array, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) if (k > from && !tokens.spaced(k - 1)) return false;
  if (!nameLike(doc, covered, from, to)) return false;
  if (tokens.marked(from, to) || plainSyllables(doc, from, to)) return true;
  const n = tokens.length;
  return !tokens.marked(Math.max(0, from - MARKS_REACH), Math.min(n, to + MARKS_REACH));
}

/** Words `from`..`to` are all syllables written right without any mark ("Minh Anh"; not "Hai Yen"). */
function plainSyllables(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++)
    if (tokens.nonAscii(k) || !isPlainVietnameseSyllable(tokens.word(k) as string)) return false;
  return true;
}

/** The signed names of a text, and the KB matches they took (now parts of no mention). */
export interface SignedNames {
  found: [number, EntityMention][];
  /** Word indexes where a KB match starts that a signed name took ("Đức" in "Trọng Đức"). */
  replaced: Set<number>;
}

/**
 * Words `from`..`to` sign a name: the local person named as written is found there, and the
 * words it takes from KB matches are replaced.
 */
function sign(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
  from: number,
  to: number,
): void {
  found.push([from, localMention(doc, from, to, LOCAL_PERSON + localKey(doc, from, to), 'person')]);
  for (let k = from; k < to; k++) if (covered[k]) replaced.add(k);
  covered.fill(1, from, to);
}

/**
 * The names signed in a text, each a local person (`local:person:minh-thu`) named as written: in
 * the photo credits of English, Swedish, Vietnamese or unknown text, and alone on a line of
 * Vietnamese text (at the end of English text).
 */
export function signedNames(doc: Doc, covered: Uint8Array, language: string | null): SignedNames {
  const found: [number, EntityMention][] = [];
  const replaced = new Set<number>();
  if (language === 'en' || language === 'vi' || language === 'sv' || language === null)
    creditNames(doc, covered, found, replaced);
  // English pages of Vietnamese outlets sign at the end too ("Thu Trang"), under the headline less
  // surely (a two-word line there may be a kicker).
  if (language === 'vi' || language === 'en') signedLines(doc, covered, found, replaced, language === 'vi');
  if (language === 'vi' || language === null) academicLines(doc, covered, found, replaced);
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return { found, replaced };
}

/** Most words of a credit read for names ("Ảnh: VGP/Trọng Đức", "Photo: NDO/Van Thanh"). */
const MAX_CREDIT_WORDS = 8;
/** What ends a part of a credit, after its spaces: a bracket, a stop, a comma or a dash. */
const PART_STOP = /^[)\]|.,;\-–—]/u;

/**
 * An outlet of the knowledge base ends right before word `label`, one space before it: a photo
 * credit without a colon, "VNA/VNS Photo Ngoc Anh", "— VNS Photo Thanh Tung".
 */
function outletBefore(doc: Doc, label: number): boolean {
  if (label < 1 || !doc.tokens.spaced(label - 1)) return false;
  const k = doc.matches.endingAt(label);
  if (k < 0) return false;
  const ids = (doc.matches.passing[k] as Passing).ids;
  return ids.length > 0 && ids.every((id) => id.startsWith('outlet:'));
}

/** Words before the last name of a credit's list ("and", "và", "och"). */
const LIST_AND: ReadonlySet<string> = new Set(['and', 'va', 'och']);

/**
 * How the part of a credit going on at word `k` ends there: 'slash' when another part follows (after
 * a slash or a comma),
 * 'end' when the credit ends (a bracket, a stop, a line break, the end of the text), or null when
 * the part goes on (a space before another word).
 */
function partEnd(doc: Doc, k: number): 'slash' | 'end' | null {
  const { text, tokens } = doc;
  if (k + 1 >= tokens.length) return 'end';
  const gap = text.slice(tokens.end(k), tokens.start(k + 1));
  const trimmed = gap.trim();
  // A slash parts the outlet from the name ("VGP/Trọng Đức"), a comma two names ("By Dinh Van, Huu Khoa").
  if (trimmed === '/' || (trimmed === ',' && gap.length === 2)) return 'slash';
  if (gap.includes('\n') || PART_STOP.test(trimmed)) return 'end';
  // Two spaces or a tab set the date apart from a by-line's name ("By Thanh Nhan   June 18").
  if (trimmed !== '' || gap.length !== 1) return 'end';
  // "and" before another capitalised word parts the last two names ("Huu Khoa and Dac Thanh").
  // (Not names in capitals: caps-bylines.ts reads "By MAI NGUYEN and KENJI TAKAHARA" whole.)
  const and =
    k + 2 < tokens.length &&
    !tokens.allCaps(k) &&
    LIST_AND.has(tokens.word(k + 1) as string) &&
    tokens.capital(k + 2);
  return and ? 'slash' : null;
}

/** Ids of places a name in a credit may hold, read as words of it ("Đức" in "Trọng Đức"). */
const PLACE_ID = /^(?:country|city|vn-province-\d+|region):/u;

/** Word `k` is free, or the scan matched it alone as a place or a country. */
function takeable(doc: Doc, covered: Uint8Array, k: number): boolean {
  if (!covered[k]) return true;
  const m = doc.matches.startingAt(k);
  if (m < 0 || (doc.matches.to[m] as number) !== k + 1) return false;
  const ids = (doc.matches.passing[m] as Passing).ids;
  return ids.length > 0 && ids.every((id) => PLACE_ID.test(id));
}

/** Words `from`..`to` of a credit are a name: Vietnamese syllables, free or lone places, not all places. */
function nameLike(doc: Doc, covered: Uint8Array, from: number, to: number): boolean {
  const { tokens } = doc;
  let free = false;
  for (let k = from; k < to; k++) {
    if (!takeable(doc, covered, k) || !isVietnameseSyllable(tokens.word(k) as string)) return false;
    free ||= !covered[k];
  }
  // ("Hà Nội/TTXVN" is a dateline's place, read whole by the scan.)
  return free;
}

/**
 * The label of a credit at capitalised word `k`, or -1: a credit word ("Ảnh", "Photo", "By", "Bài"),
 * or the "ảnh" of a line that opens on "Tin, ảnh:", "Bài và ảnh:" (text and photos by one reporter).
 */
function creditLabel(doc: Doc, k: number): number {
  const { tokens } = doc;
  // (Vocabulary keys first: "anh", "va" and the credit words are all of it; most words are none.)
  const next = k + 1 < tokens.length && !tokens.capital(k + 1) ? tokens.key(k + 1) : undefined;
  if (next !== undefined && k + 2 < tokens.length) {
    // A label of two words whose second is in lower case: "Biên tập:", "Tổng Biên tập:" (editor).
    if (CREDIT_WORDS.has(next)) {
      const colon = doc.text.slice(tokens.end(k + 1), tokens.start(k + 2)).trim();
      if (colon === ':' && tokens.spaced(k)) return k + 1;
    }
    // "Tin, ảnh:", "Bài và ảnh:" opening their line.
    const photo =
      next === 'anh'
        ? k + 1
        : next === 'va' && tokens.key(k + 2) === 'anh' && !tokens.capital(k + 2)
          ? k + 2
          : -1;
    if (photo > 0 && (tokens.is(k, 'bai') || tokens.is(k, 'tin')) && opensLine(doc, k)) return photo;
  }
  return CREDIT_WORDS.has(tokens.key(k) as string) ? k : -1;
}

/**
 * Names in photo credits: after "Ảnh:", "Photo:" …, each part between slashes that is two or three
 * capitalised Vietnamese syllables ("Minh Thư", "HOÀI THƯƠNG"); an outlet's part is one word.
 */
function creditNames(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
): void {
  const { text, tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const label = creditLabel(doc, capitals[c] as number);
    // The label, capitalised, by key, then its colon, or "by" ("Photo by VnExpress/Quynh Tran", a
    // by-line "By Thanh Nhan" opening its line).
    if (label < 0 || label + 1 >= n) continue;
    const colon = text.slice(tokens.end(label), tokens.start(label + 1)).trim();
    let first = label + 1;
    if (tokens.is(label, 'by')) {
      if (colon !== '' || !opensLine(doc, label)) continue;
    } else if (colon === '' && tokens.is(label + 1, 'by') && tokens.spaced(label) && label + 2 < n)
      first = label + 2;
    else if (colon !== ':' && !(colon === '' && tokens.spaced(label) && outletBefore(doc, label))) continue;
    for (let p = first; p < n && p - label <= MAX_CREDIT_WORDS; ) {
      let to = p;
      let end: 'slash' | 'end' | null = null;
      while (to < n && to - p < MAX_WORDS && tokens.capital(to) && end === null) {
        end = partEnd(doc, to);
        to++;
      }
      if (end === null) break;
      if (to - p >= MIN_WORDS && nameLike(doc, covered, p, to)) sign(doc, covered, found, replaced, p, to);
      if (end === 'end') break;
      p = to;
      // "By Minh Thu, Huu Khoa and Dac Thanh": the last name after "and" too.
      if (p + 1 < n && LIST_AND.has(tokens.word(p) as string) && tokens.capital(p + 1) && tokens.spaced(p))
        p++;
    }
  }
}

/** The names signed alone on a line: at the end of the text, or also under the headline when `byline`. */
function signedLines(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
  byline: boolean,
): void {
  const { text, tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const from = capitals[c] as number;
    // (A lone place may open the signature: "ĐỨC TRUNG", "HẢI DƯƠNG".)
    if (!takeable(doc, covered, from) || !opensLine(doc, from)) continue;
    let to = from + 1;
    while (to < n && to - from < MAX_WORDS + 1 && tokens.spaced(to - 1) && tokens.capital(to)) to++;
    if (to - from < MIN_WORDS || to - from > MAX_WORDS) continue;
    const tail = restOfLine(text, tokens.end(to - 1));
    if (tail.length > MAX_TAIL || !SIGNATURE_TAIL.test(tail.trim())) continue;
    if (!signaturePlace(text, tokens.end(to - 1), byline)) continue;
    if (!nameWords(doc, covered, from, to)) continue;
    // (A date line's weekday is no name: "Thứ Năm, 13/03/2025".)
    if (WEEKDAY.test(text.slice(tokens.start(from), tokens.end(to - 1)))) continue;
    sign(doc, covered, found, replaced, from, to);
    coSigners(doc, covered, found, replaced, to);
  }
}

/** A dash or a comma between two names signed on one line ("Hoài Thu - Trọng Kiên", "Thu Hằng, Hoàng Nga"). */
const CO_SIGNER_GAP = /^ ?[-–,] ?$/u;

/**
 * The other names on a signature's line after the one ending before word `to`, each after a dash or
 * a comma, each two or three syllables that end the line or come before another dash or comma.
 */
function coSigners(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
  to: number,
): void {
  const { text, tokens } = doc;
  const n = tokens.length;
  for (let p = to; p < n; ) {
    if (!CO_SIGNER_GAP.test(text.slice(tokens.end(p - 1), tokens.start(p))) || !tokens.capital(p)) return;
    let q = p + 1;
    while (q < n && q - p < MAX_WORDS && tokens.spaced(q - 1) && tokens.capital(q)) q++;
    const after = q < n ? text.slice(tokens.end(q - 1), tokens.start(q)) : '\n';
    const lineEnds = after.includes('\n');
    if (q - p < MIN_WORDS || (!lineEnds && !CO_SIGNER_GAP.test(after))) return;
    if (!nameWords(doc, covered, p, q)) return;
    sign(doc, covered, found, replaced, p, q);
    if (lineEnds) return;
    p = q;
  }
}

/** Shortest line read as the headline above a by-line (a masthead's "NhânDân" is none). */
const HEADLINE_LINE = 20;

/** The last line with text before the line starting at character `lineStart` is a headline's length. */
function belowHeadline(text: string, lineStart: number): boolean {
  let end = text.lastIndexOf('\n', lineStart - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') return line.length >= HEADLINE_LINE;
    end = start - 1;
  }
  return false;
}

/** Vietnamese academic titles, as keys, that open an author's line ("TS.", "PGS.TS.", "ThS."). */
const ACADEMIC_TITLES: ReadonlySet<string> = new Set(['gs', 'pgs', 'ts', 'tskh', 'ths', 'ncs']);
/** Word `i` is an academic title (its key is copied only for a word of two to four letters). */
function academicTitle(doc: Doc, i: number): boolean {
  const length = doc.tokens.end(i) - doc.tokens.start(i);
  return length >= 2 && length <= 4 && ACADEMIC_TITLES.has(doc.tokens.word(i) as string);
}
/** Most syllables of an author's name after the titles ("Phan Thị Minh Nguyệt"). */
const MAX_AUTHOR_WORDS = 5;

/**
 * Authors named alone on their line after academic titles, each with its stop ("TS. PHAN THỊ MINH
 * NGUYỆT", "PGS.TS. Lê Văn Hòa"): the name, in capitals too, is a local person.
 */
function academicLines(
  doc: Doc,
  covered: Uint8Array,
  found: [number, EntityMention][],
  replaced: Set<number>,
): void {
  const { text, tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const at = capitals[c] as number;
    if (!academicTitle(doc, at) || !opensLine(doc, at)) continue;
    let from = at;
    while (
      from < n &&
      academicTitle(doc, from) &&
      /^\.[ \t]?$/u.test(text.slice(tokens.end(from), from + 1 < n ? tokens.start(from + 1) : text.length))
    )
      from++;
    if (from === at || from >= n || covered[from]) continue;
    let to = from + 1;
    while (to < n && to - from < MAX_AUTHOR_WORDS + 1 && tokens.spaced(to - 1) && tokens.capital(to)) to++;
    if (to - from < MIN_WORDS || to - from > MAX_AUTHOR_WORDS) continue;
    if (restOfLine(text, tokens.end(to - 1)).trim() !== '') continue;
    if (nameWords(doc, covered, from, to)) sign(doc, covered, found, replaced, from, to);
  }
}
