// Vietnamese bodies the knowledge base lacks, named in full by a head, a description and the
// place they serve: "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Trung tâm Xúc tiến Đầu tư
// Đà Nẵng", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Bắc Giang", "Hội người Việt Nam tại Nhật
// Bản". Official names capitalise the head and the first word after it; a common noun in prose does
// not ("trung tâm thành phố Đà Nẵng", the city centre). local-orgs.ts turns each span into a local
// organisation whose places stay mentions of their own, as parts.
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { type BodyHead, VI_BODY_HEADS, VI_BODY_NOT_AFTER } from './context.js';
import { closesLine, opensLine, smallNumber, spaced } from './doc.js';
import { sentenceStart } from './homograph-rules.js';
import { isVietnameseSyllable } from './syllables.js';
import type { Tokens } from './tokenize.js';
import { endsName } from './vietnamese-companies.js';

/** Most words after the head. */
const MAX_WORDS = 12;
/** Most digits of a number inside a name ("Trung tâm Cấp cứu 115 Hải Phòng"). */
const MAX_NUMBER_DIGITS = 4;
/** Most lower-case words in a row ("xuất nhập cảnh khu vực"). */
const MAX_LOWER_RUN = 7;

/**
 * Words `at`.. spell `head` in order, one phrase: the word after, or -1. A word written with marks
 * must have the head's ("Trưởng", chief, and "Trương", a family name, are no "Trường", school); one
 * without marks may be any.
 */
function headAt(doc: { text: string; tokens: Tokens }, at: number, head: BodyHead): number {
  const { text, tokens } = doc;
  for (let j = 0; j < head.keys.length; j++) {
    const k = at + j;
    if (tokens.key(k) !== head.keys[j] || (j > 0 && !spaced(doc, k - 1))) return -1;
    const written = text.slice(tokens.start(k), tokens.end(k));
    if (hasVietnameseMarks(written) && markedSpelling(written) !== head.spellings[j]) return -1;
  }
  return at + head.keys.length;
}

/** A head of {@link VI_BODY_HEADS} starts at word `k`. */
function headStarts(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const heads = VI_BODY_HEADS.get(doc.tokens.key(k) as string);
  return heads?.some((head) => headAt(doc, k, head) >= 0) === true;
}

/** Words for the units above a district's or a commune's (folding keys), after a dash in an address. */
const HIGHER_UNITS: ReadonlySet<string> = new Set(['tinh', 'huyen', 'thanh', 'tp', 'quan', 'thi']);

/** Words `k` and `k + 1` are one phrase: spaces only, or a dash between spaces ("Nông - Lâm"). */
function joined(doc: { text: string; tokens: Tokens }, k: number): boolean {
  if (spaced(doc, k)) return true;
  const { text, tokens } = doc;
  const a = tokens.end(k);
  const b = tokens.start(k + 1);
  if (b - a !== 3 || text.charCodeAt(a) !== 32 || text.charCodeAt(b - 1) !== 32) return false;
  const dash = text.charCodeAt(a + 1);
  return dash === 45 || dash === 0x2013;
}

/**
 * The folding keys of "và" and "tại" (the same with marks or without), and of "các" (plural), which
 * a body's name may hold though a company's ends on it ("Ban Quản lý các khu công nghiệp").
 */
const AND = 'va';
const AT = 'tai';

/** Heads of associations of people, as keys: "Hội", "Hiệp hội". */
const ASSOCIATION_HEADS: ReadonlySet<string> = new Set(['hoi', 'hiep']);

/**
 * Word `k` is "ở" (in, at) written with its mark, which an association's name may use as "tại"
 * ("Hội người Việt ở Nagoya"); after another body it is where the body stands ("Bệnh viện … ở Chu Lai").
 */
function atWritten(doc: { text: string; tokens: Tokens }, k: number): boolean {
  return doc.tokens.is(k, 'o') && doc.text.slice(doc.tokens.start(k), doc.tokens.end(k)) === 'ở';
}
const PLURAL = 'cac';

/**
 * Word `k` is a unit's word alone, written with its marks, where the phrase goes on with no name
 * after it: "tỉnh" or "thành phố" (not "tinh thần", "tỉnh Bắc Ninh"). Unmarked "tinh" is also tinh.
 */
function unitAlone(doc: { text: string; tokens: Tokens }, k: number): boolean {
  const { text, tokens } = doc;
  const words = unitWords(doc, k);
  if (words === 0) return false;
  for (let j = 0; j < words; j++) {
    const written = text.slice(tokens.start(k + j), tokens.end(k + j));
    if (markedSpelling(written) !== (words === 1 ? 'tỉnh' : (['thành', 'phố'][j] as string))) return false;
  }
  const after = k + words;
  return after >= tokens.length || !spaced(doc, after - 1) || !tokens.capital(after);
}

/** How many words a unit's word has at word `k`: 1 for "tỉnh", 2 for "thành phố", 0 for none. */
function unitWords(doc: { text: string; tokens: Tokens }, k: number): number {
  const { tokens } = doc;
  if (tokens.is(k, 'tinh')) return 1;
  return tokens.is(k, 'thanh') && tokens.is(k + 1, 'pho') && spaced(doc, k) ? 2 : 0;
}

/** Words for a unit or a street before a name ("phường Hội An Tây" is a ward, not an association). */
const UNIT_BEFORE: ReadonlySet<string> = new Set(['phuong', 'xa', 'huyen', 'quan', 'tran', 'duong', 'pho']);

/** Word `h - 1` is one of {@link UNIT_BEFORE}, in lower case, one space before the head. */
function afterUnit(doc: { text: string; tokens: Tokens }, h: number): boolean {
  const { tokens } = doc;
  return (
    h > 0 && spaced(doc, h - 1) && !tokens.capital(h - 1) && UNIT_BEFORE.has(tokens.word(h - 1) as string)
  );
}

/**
 * Words `start`..`stop` (exclusive) end on two capitalised syllables or more that no other stage
 * read, and the phrase ends at `stop` or goes on with a word that continues the sentence.
 */
function properEnd(
  doc: { text: string; tokens: Tokens },
  covered: Uint8Array,
  h: number,
  start: number,
  stop: number,
): boolean {
  const { text, tokens } = doc;
  if (stop - start < 2) return false;
  // All in capitals past three words, a heading's words ("Trường Đại Học Duy Tân Tuyển Sinh"); or
  // past one word after a head without marks, which may be another word ("Hoi Dap Giay To").
  // (An abbreviation in capitals, "HTX", has no marks to write.)
  const headMarked = tokens.allCaps(h) || hasVietnameseMarks(text.slice(tokens.start(h), tokens.end(h)));
  if (stop - start > (headMarked ? 3 : 1)) {
    let lower = false;
    for (let k = start; k < stop && !lower; k++) lower = !tokens.capital(k);
    if (!lower) return false;
  }
  let ends = true;
  for (let k = stop - 2; k < stop && ends; k++)
    if (covered[k] || !tokens.capital(k) || tokens.allCaps(k) || (k > start && !spaced(doc, k - 1)))
      ends = false;
  if (!ends && !(headMarked && capitalisedWords(doc, covered, start, stop) && wholeName(doc, h, stop)))
    return false;
  // (A name in a list ends before "và": "Bảo tàng Điêu khắc Chăm và danh thắng Ngũ Hành Sơn".)
  return (
    stop >= tokens.length ||
    !joined(doc, stop - 1) ||
    (!tokens.capital(stop) && (endsName(doc, stop) || tokens.is(stop, AND)))
  );
}

/**
 * Words that go on with a name ending on a word in lower case: its parent ("Ủy ban Văn hóa … của
 * Quốc hội"), its field ("Hiệp hội Quốc tế về Dịch vụ Y tế"), its water ("Liên đoàn Thể thao dưới
 * nước"). Folding keys.
 */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['cua', 've', 'duoi', 'tren']);

/**
 * The name from the head at word `h` to word `stop` is a whole one: the head opens no name before it
 * ("dân ca Bắc Bộ Trống cơm"), and the words after do not go on with it (a word of
 * {@link NAME_GOES_ON}, or a comma and a capitalised word that opens no other body's name: "Ủy ban
 * Văn hóa, Giáo dục", "Bộ Kinh tế, Thương mại và Công nghiệp"; not "Sở Du lịch, Ban Quản lý …").
 */
function wholeName(doc: { text: string; tokens: Tokens }, h: number, stop: number): boolean {
  const { text, tokens } = doc;
  if (h > 0 && spaced(doc, h - 1) && tokens.capital(h - 1)) return false;
  if (stop >= tokens.length) return true;
  if (NAME_GOES_ON.has(tokens.word(stop) as string)) return false;
  const gap = text.slice(tokens.end(stop - 1), tokens.start(stop));
  return !(gap === ', ' && tokens.capital(stop) && !headStarts(doc, stop));
}

/**
 * Words `start`..`stop` (exclusive) are words of a name as Vietnamese writes it, each opening on a
 * capital and of two syllables at most, "và" between two, maybe a number last: "Hải quân", "Điêu
 * khắc Chăm", "Khoa học Lao động và Xã hội", "Sĩ quan Lục quân 1". No other stage read any of them.
 */
function capitalisedWords(
  doc: { text: string; tokens: Tokens },
  covered: Uint8Array,
  start: number,
  stop: number,
): boolean {
  const { tokens } = doc;
  if (!tokens.capital(start)) return false;
  let lower = 0;
  for (let k = start; k < stop; k++) {
    if (covered[k] || tokens.allCaps(k) || (k > start && !spaced(doc, k - 1))) return false;
    if (tokens.capital(k)) lower = 0;
    else if (tokens.is(k, AND) && k + 1 < stop && tokens.capital(k + 1)) lower = 0;
    // (A number closes it: "Trường Sĩ quan Lục quân 1".)
    else if (k === stop - 1 && k > start && smallNumber(doc, k, MAX_NUMBER_DIGITS) >= 0) return true;
    else if (++lower > 1) return false;
  }
  return true;
}

/**
 * Heads whose description news may write in lower case before the place that ends the name
 * ("Hiệp hội hợp tác xã nông nghiệp Gunma", "Trung tâm nghề thủ công truyền thống Sakai"), as
 * marked spellings. Not the heads that are also other words in lower-case prose ("Bộ", "Sở",
 * "Đồn", "Ban", "Phòng", "Tổ chức": "Bộ trưởng …", "Cục dự kiến tổ chức …" is a sentence).
 */
const LOWER_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'hiệp hội',
  'hội',
  'ủy ban',
  'trung tâm',
  'văn phòng',
  'cục',
  'chi cục',
  'tổng cục',
  'hợp tác xã',
  'liên đoàn',
  'nghiệp đoàn',
]);

/** The first words of a description that make the head a title's: "Cục trưởng", "Trung tâm phó …". */
const ROLE_AFTER_HEAD: ReadonlySet<string> = new Set(['truong', 'pho']);

/**
 * A head at word `h` may take a description opening in lower case at word `start`: one of
 * {@link LOWER_DESCRIPTION_HEADS}, capitalised inside its sentence, written with its marks unless
 * it has two words (unmarked "Hoi", "Cuc" are also "hỏi", "cực"), not a title's head, and no name of
 * the knowledge base starting there ("Ủy ban nhân dân TP. Hồ Chí Minh").
 */
function lowerDescription(
  doc: { text: string; tokens: Tokens },
  h: number,
  start: number,
  head: BodyHead,
  knownAt: (k: number) => boolean,
): boolean {
  const { text, tokens } = doc;
  if (!LOWER_DESCRIPTION_HEADS.has(head.spellings.join(' ')) || sentenceStart(text, tokens, h)) return false;
  if (head.keys.length === 1 && !hasVietnameseMarks(text.slice(tokens.start(h), tokens.end(h)))) return false;
  // (A people's committee, "Ủy ban nhân dân …", is province-bodies.ts's.)
  if (tokens.is(start, 'nhan') && tokens.is(start + 1, 'dan')) return false;
  return !ROLE_AFTER_HEAD.has(tokens.key(start) as string) && !knownAt(h);
}

/** What may stand between a body's name and its parent body or its acronym: " (", "(", ", ". */
const PARENT_GAP = /^(?: ?\(|, )$/u;

/** The line holds no lower-case letter before word `h`. */
function capitalsBefore(doc: { text: string; tokens: Tokens }, h: number): boolean {
  const { text, tokens } = doc;
  const start = tokens.start(h);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return !/\p{Ll}/u.test(text.slice(lineStart, start));
}

/**
 * Word `k` is a parent body of the knowledge base (`orgAt`) or an acronym in capitals, after an
 * opening parenthesis or a comma right after the words before it ("Cục Đối ngoại (Bộ Quốc phòng)",
 * "Trung tâm Công nghệ xử lý bom mìn (BOMICEN)", "Cục Hợp tác quốc tế, Bộ Công an"): the words
 * before are an institution's name, which news writes so.
 */
function parentAfter(
  doc: { text: string; tokens: Tokens },
  k: number,
  orgAt: (k: number) => boolean,
): boolean {
  const { text, tokens } = doc;
  if (k < 1 || k >= tokens.length) return false;
  if (!PARENT_GAP.test(text.slice(tokens.end(k - 1), tokens.start(k)))) return false;
  return orgAt(k) || (tokens.allCaps(k) && tokens.end(k) - tokens.start(k) >= 3 && !tokens.marked(k, k + 1));
}

/**
 * The spans (first word, past the last) of Vietnamese bodies: a capitalised head from
 * {@link VI_BODY_HEADS}, a description that opens with a capital (any word after the heads of
 * courts, police, party committees, associations of people and missions), and a place the
 * knowledge base matched (`placeEnd` gives its end, or -1 for any other match) that ends it; "tại"
 * and a second place may follow ("… Việt Nam tại Nhật Bản"). The name stops at a word that goes on
 * with the sentence, a word that is no Vietnamese syllable nor an abbreviation ("Town"), a break in
 * the phrase, or another stage's match that is no place; it ends on its last place, on the word for
 * the text's province or city alone ("… tỉnh"), or, with no place, on a proper name of two syllables
 * or more where the sentence goes on ("Trường Đại học Duy Tân đã …"), unless a name of the knowledge
 * base starts at the head (`knownAt`). (The same walk
 * over capitals as vietnamese-companies.ts, whose names a legal form opens instead.)
 */
export function bodySpans(
  doc: { text: string; tokens: Tokens },
  covered: Uint8Array,
  placeEnd: (k: number) => number,
  knownAt: (k: number) => boolean = () => false,
  orgAt: (k: number) => boolean = () => false,
): [number, number, boolean][] {
  const { tokens } = doc;
  const n = tokens.length;
  const out: [number, number, boolean][] = [];
  const capitals = tokens.capitals();
  // The end of the last body found: a head inside it is a word of that name ("Tổng | Lãnh sự quán").
  let last = 0;
  for (let c = 0; c < capitals.length; c++) {
    const h = capitals[c] as number;
    if (h < last) continue;
    if (covered[h] || tokens.id(h) === 0) continue;
    const headKey = tokens.key(h) as string;
    const heads = VI_BODY_HEADS.get(headKey);
    // A head in capitals is a heading's word, where every word has a capital ("VIỆN TRỢ NHẬT
    // BẢN"), unless it is an abbreviation ("TAND"), or a head of two words or more whose name is
    // a whole line ending on its place: a masthead ("ĐẢNG BỘ TỈNH QUẢNG NINH", see below).
    if (!heads) continue;
    const capsHead = tokens.allCaps(h) && !heads.some((head) => head.abbreviation);
    if (capsHead && !heads.some((head) => head.keys.length >= 2)) continue;
    let start = -1;
    let anyCase = false;
    let event = false;
    let matched: BodyHead | undefined;
    for (const head of heads) {
      if (capsHead && head.keys.length < 2) continue;
      start = headAt(doc, h, head);
      anyCase = head.anyCase;
      event = head.event;
      matched = head;
      if (start >= 0) break;
    }
    // An event's head opening a sentence is a common noun ("Lễ hội năm nay ở Hà Nội …").
    if (event && start >= 0 && sentenceStart(doc.text, tokens, h)) continue;
    // The description opens with a free capitalised word in the same phrase (any word after a
    // court, the police or an association of people).
    if (start < 0 || start >= n || !spaced(doc, start - 1)) continue;
    if (!anyCase && covered[start]) continue;
    // Official names capitalise the description's first word; news may not, when a capitalised
    // head inside a sentence and the place that ends the name say it is one ("Hiệp hội hợp tác xã
    // nông nghiệp Gunma"): such a name must end on its place.
    const lowerStart = !anyCase && !tokens.capital(start);
    if (lowerStart && !lowerDescription(doc, h, start, matched as BodyHead, knownAt)) continue;
    if (VI_BODY_NOT_AFTER.get(headKey)?.has(tokens.word(start) as string)) continue;
    let end = -1;
    let lowerRun = 0;
    // (Declared outside the walk: where it stopped is read after it.)
    let k = start;
    for (; k < n && k - start < MAX_WORDS; k++) {
      if (k > start && !joined(doc, k - 1)) break;
      // A dash and the unit above the place is the address, not the name ("CỔNG THÔNG TIN ĐIỆN
      // TỬ HUYỆN KIM SƠN - TỈNH NINH BÌNH").
      if (k > start && !spaced(doc, k - 1) && HIGHER_UNITS.has(tokens.word(k) as string)) break;
      if (covered[k]) {
        const to = placeEnd(k);
        if (to < 0) break;
        end = to;
        k = to - 1;
        lowerRun = 0;
      } else if (
        !tokens.allCaps(k) &&
        !isVietnameseSyllable(tokens.word(k) as string) &&
        // (A name may hold a foreign word with its capital, "Lễ hội Anime Nhật Bản", "Phòng khám Nội
        // soi tiêu hóa Sakura Cần Thơ", and a number inside it, "Trung tâm Cấp cứu 115 Hải Phòng".)
        !tokens.capital(k) &&
        !(k > start && smallNumber(doc, k, MAX_NUMBER_DIGITS) >= 0)
      )
        break;
      else if (tokens.capital(k)) {
        // (Only the place is capitalised in a description that opens in lower case: "Cục dự kiến
        // tổ chức Tuần phim …" is a sentence.)
        if (lowerStart) break;
        lowerRun = 0;
      } else if (end < 0 && k > start && tokens.capital(start) && unitAlone(doc, k)) {
        // The province or city the text is about, by its word alone ("Ban Quản lý Khu kinh tế
        // tỉnh", "Bộ Chỉ huy Quân sự thành phố"): the name ends on it.
        end = k + unitWords(doc, k);
        break;
      } else if (tokens.is(k, AND)) {
        if (!tokens.capital(k + 1) || !spaced(doc, k)) break;
        // "và" and another body's head start another name ("… tỉnh Nghệ An và Thành đoàn Đà
        // Nẵng", "Trường Điện - Điện tử và Trường Cơ khí").
        if (headStarts(doc, k + 1)) break;
      } else if (tokens.is(k, AT) || (ASSOCIATION_HEADS.has(headKey) && atWritten(doc, k))) {
        // "tại" and a place after a place or a capitalised word: "Hội người Việt Nam tại Nhật Bản",
        // "Hiệp hội người Việt tại Kansai" (not "… tổ chức hội thảo tại Hà Nội").
        if (!tokens.capital(k - 1) || !covered[k + 1] || !spaced(doc, k) || placeEnd(k + 1) < 0) break;
      } else if (event && (tokens.is(k, 'o') || tokens.is(k, 'do')) && !tokens.capital(k)) {
        // "ở" (in) says where an event is held: "Hội chợ Nhật Bản ở Hải Phòng", and "do" (by) who
        // holds it: "Hội nghị gặp gỡ doanh nghiệp Nhật Bản do UBND tỉnh Tây Ninh tổ chức". (A body's
        // name may hold "ở", typed without marks: "Hoi Nguoi Viet o Tokyo", "Tong Lanh su quan o Osaka".)
        break;
      } else if (++lowerRun > MAX_LOWER_RUN || (!tokens.is(k, PLURAL) && endsName(doc, k))) break;
    }
    // A name that ends on a proper name of two capitalised syllables or more where the sentence
    // goes on at word k ("Trường Đại học Duy Tân đã …", "Trung tâm Hồng Lam, …"), with no place
    // and within the words a name may have. (Not where a name the knowledge base holds starts at
    // the head: "Hội An Tây" is a ward of Hội An.)
    if (
      end < 0 &&
      !lowerStart &&
      k - start < MAX_WORDS &&
      !event &&
      !afterUnit(doc, h) &&
      !knownAt(h) &&
      (properEnd(doc, covered, h, start, k) || parentAfter(doc, k, orgAt))
    )
      end = k;
    // (A head in capitals: only the whole line, ending on a place, or the end of a line all in
    // capitals: "BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH".)
    if (capsHead && (end <= start || !closesLine(doc, end) || !(opensLine(doc, h) || capitalsBefore(doc, h))))
      continue;
    if (end > start) {
      out.push([h, end, event]);
      last = end;
    }
  }
  return out;
}
