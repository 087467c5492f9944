import { isSwedishGivenName } from '../recognize/swedish-names.js';
import { BULLET_LINE, DATE_LABEL } from '../regex.js';
import { foldKey } from '../text/fold.js';
import { whiteSpace } from '../text/white-space.js';
import {
  endsOnFunctionWord,
  FOLLOW_LINE,
  isChrome,
  isSection,
  isSlug,
  membersLine,
  sectionPrefix,
  slugWords,
} from './chrome.js';
import { type FoundDate, findDate } from './date.js';
import type { Piece } from './layout.js';
import { BYLINE_ROLES, NAME_JOINERS } from './lexicon.js';
import { type Line, subLine } from './lines.js';
import { HOME_WORDS, mastheadName } from './masthead.js';
import { endsSentence, finalStop, matchDateline, namedDateline, words } from './shape.js';

/** Headlines are between these lengths, in characters and in words. */
const MIN_TITLE_LENGTH = 12;
const MAX_TITLE_LENGTH = 220;
const MIN_TITLE_WORDS = 2;
/** Fewest words of a headline that opens on a label ("Talesperson Pham Thu Hằng: Vietnam …"); fewer are a credit's. */
const MIN_LABELLED_HEADLINE = 8;
/** A sentence's stop inside a line: a photo's caption and its credit ("… on March 4, 2017. (Kyodo)"), no headline. */
const INNER_STOP = /[.!?]\s+\S/u;
/** Most words of a forum poster's rank over their figures ("Thanh vien tich cuc"). */
const MAX_RANK_WORDS = 4;
/** Fewest words of a line whose repeats on the page make it a headline. */
const MIN_REPEATED_WORDS = 4;
/** A paragraph this long (or a dateline) starts the body: the headline stands before it. */
const BODY_LENGTH = 150;
const BODY_WORDS = 25;
/** A dateline starts the body when a sentence follows it ("Site.vn - slogan" is a site's header). */
const DATELINE_BODY = 60;
/** How many pieces at most (besides navigation) the head of a page spans. */
const MAX_HEAD = 40;
/** The tag in brackets that opens a forum thread's title: "[HOI]", "[Hỏi]", "[Chia sẻ]", "[Review]". */
const FORUM_TAG = /^\[\p{L}[\p{L}\p{M} ]{1,18}\][ \t]?\p{L}/u;
/** The head (the pieces before `end`) holds no line tagged as a forum thread's title. */
function untaggedHead(pieces: readonly Piece[], end: number): boolean {
  for (let i = 0; i < end; i++) {
    const p = pieces[i] as Piece;
    if (p.kind === 'paragraph' && FORUM_TAG.test(p.span.text)) return false;
  }
  return true;
}

/**
 * A forum thread's own tag, which no teaser of a news page carries ("[Hỏi]", "[HOI]", "[Chia sẻ]",
 * "[Tư vấn]", "[Help]", a post's ask or offer, urgent or not: "[HOI GAP]", "[CAN GIUP GAP]",
 * "[TUYEN GAP]"; not "[Video]", "[Ảnh]").
 */
const THREAD_TAG =
  /^\[(?:(?:h[oỏ]i|c[aầ]n gi[uú]p|tuy[eể]n)(?: g[aấ]p)?|help|chia s[eẻ]|t[uư] v[aấ]n|kinh nghi[eệ]m|review|th[aả]o lu[aậ]n)\][ \t]?[\p{L}\d]/iu;
/** Most pieces from a post's author to its tagged title: the date and a note ("Da chinh sua"). */
const MAX_POST_HEAD = 4;
/** A line opening on a dash or a quote mark: a quotation. */
const QUOTE_OPENING = /^[-–—"“”'‘’«»]/u;
/** Longest line ending on a stop that is read as a headline over its by-line. */
const MAX_ESSAY_TITLE = 120;
/** Longest kicker (a short label between a headline and its date). */
const MAX_KICKER = 40;
/** A teaser: the first words of an article cut with "…". */
const isTeaser = (t: string): boolean => t.endsWith('…') || t.endsWith('...');
/** An embedded headline ("<headline> (Kiến Thức) - <body>") has this many words. */
const EMBEDDED_WORDS: readonly [number, number] = [5, 30];

/**
 * A headline of `n` words over its deck: a longer line that is no sentence and not yet the body,
 * with the body right after it ("BÌNH ĐỊNH MỜI GỌI NHÀ ĐẦU TƯ VÙNG KANSAI" / "Khu kinh tế Nhơn Hội,
 * hạ tầng cao tốc và nhân lực trẻ được giới thiệu tại Osaka" / "(BĐ) - Ngày 13.11 …").
 */
function deck(n: number, t: string, after: Piece | undefined, body: Piece | undefined): boolean {
  return (
    n >= 5 &&
    after?.kind === 'paragraph' &&
    after.span.text.length > t.length &&
    !endsSentence(after.span.text) &&
    !isBody(after) &&
    body !== undefined &&
    isBody(body)
  );
}

/** A line that opens on a letter in lower case. */
const LOWER_FIRST = /^\s*\p{Ll}/u;

/** An item of a list of key points under a headline ("- JICA yen loan for …"), not a dated line. */
const keyPoint = (p: Piece): boolean =>
  (p.kind === 'paragraph' || p.kind === 'navigation') && BULLET_LINE.test(p.span.text);

/**
 * The piece at `at` is a line of a body's length shaped like a headline, right under the page's
 * date line: no stop inside it or at its end, and no longer than a headline may be ("Thu Tu,
 * 26/02/2025 - 18:05" / "Doi thoai Chien luoc Viet Nam - Nhat Ban: hai ben nhat tri …", 33
 * syllables). (Elsewhere such a line is a lead that lost its stop.)
 */
function longHeadlineUnderDate(pieces: readonly Piece[], at: number): boolean {
  const t = (pieces[at] as Piece).span.text;
  return (
    pieces[at - 1]?.kind === 'date' &&
    t.length <= MAX_TITLE_LENGTH &&
    !endsSentence(t) &&
    !t.endsWith(':') &&
    !INNER_STOP.test(t)
  );
}

const isBody = (p: Piece): boolean =>
  p.kind === 'paragraph' &&
  // A forum thread's title opening with its tag is none, however many short words it has.
  !(p.span.text.length <= MAX_TITLE_LENGTH && FORUM_TAG.test(p.span.text)) &&
  (p.span.text.length >= BODY_LENGTH ||
    // (Many short words without a closing stop are a long Vietnamese headline, one syllable a word.)
    (words(p.span.text) >= BODY_WORDS && endsSentence(p.span.text)) ||
    // A dateline's paragraph is a sentence; a headline may open like one ("Việt Nam – Nhật Bản …").
    (p.span.text.length >= DATELINE_BODY &&
      endsSentence(p.span.text) &&
      matchDateline(p.span.text) !== null)) &&
  // A long menu line ("Mới nhất  Thời sự  Góc nhìn  …") is the head's, not the body. (A line that
  // ends a sentence is none: the test is skipped for most of the body.)
  (endsSentence(p.span.text) || !isTagLine(p.span.text)) &&
  // Nor is a masthead's motto in capitals ("BÁO QUÂN ĐỘI NHÂN DÂN - CƠ QUAN CỦA …").
  !(!endsSentence(p.span.text) && allCaps(p.span.text));

/**
 * The piece at `at`, or the first after the photo captions there, is a body paragraph that opens on
 * a dateline naming its outlet ("Hanoi (VNA) – …").
 */
function overDateline(pieces: readonly Piece[], at: number): boolean {
  let k = at;
  while (pieces[k]?.kind === 'caption') k++;
  const p = pieces[k];
  return p !== undefined && isBody(p) && matchDateline(p.span.text)?.groups?.outlet !== undefined;
}

/** Longest line read as a thread's stamp under its title ("Chủ đề trong … bắt đầu bởi …, 19/10/2025"). */
const MAX_STAMP = 120;

/**
 * Piece `i`, long and ending on a question mark, is a forum thread's title: the next piece is a
 * short stamp that holds a date ("Con gai em … nen chon truong nao? Trung tam nao tu te?" over "Chu
 * de trong 'Du hoc' bat dau boi …, 19/10/2025"), not the body's first sentence.
 */
function stampedQuestion(pieces: readonly Piece[], i: number): boolean {
  const next = pieces[i + 1];
  if (finalStop((pieces[i] as Piece).span.text) !== '?' || next === undefined) return false;
  if (next.span.text.length > MAX_STAMP) return false;
  if (next.kind === 'date') return true;
  const date = next.kind === 'paragraph' ? findDate(next.span.text) : null;
  return date !== null && !('rejected' in date);
}

const allCaps = (t: string): boolean => !/\p{Ll}/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 3;

/**
 * A line of tags or a breadcrumb: short parts between separators ("NHẬT BẢN - VIỆT NAM - QUỐC PHÒNG",
 * "Trang chủ › Thời sự › Đối ngoại").
 */
export function isTagLine(t: string): boolean {
  // Two arrows of a breadcrumb, whatever its parts ("Diễn đàn Người Việt tại Nhật » Lao động » …").
  const arrows = (t.match(BREADCRUMB_ARROW) ?? []).length;
  if (arrows >= 2) return true;
  // A small triangle between two names: a breadcrumb, or a post's author and its group on Facebook
  // ("Ngoc Ha ▸ Hội người Việt ở Tokyo").
  if (t.includes(' ▸ ')) return true;
  const parts = t.split(TAG_SEPARATOR);
  // A breadcrumb from the home page, whatever its other parts ("Trang chủ / Người Việt bốn phương / …").
  if (parts.length >= 2 && HOME_WORDS.has(foldKey((parts[0] as string).trim()))) return true;
  // One arrow of a section and its subsection ("Thế giới › Người Việt 5 châu"); ">" only between
  // short parts without figures, which it may compare ("Giáo dục > Dạy và học", not "GDP > 5%").
  if (arrows === 1 && SECTION_ARROW.test(t) && parts.every((p) => words(p) <= SECTION_WORDS)) return true;
  // A short section's longer subsection ("Công đoàn › Người lao động đi làm việc ở nước ngoài",
  // "Thời sự > Hoạt động của lãnh đạo Chính phủ"; ">" without a figure that it compares).
  if (
    arrows === 1 &&
    (SECTION_ARROW.test(t) || !COMPARED.test(t)) &&
    parts.length === 2 &&
    words(parts[0] as string) <= 2 &&
    words(parts[1] as string) <= MAX_SUBSECTION_WORDS
  )
    return true;
  // (A figure at the arrow compares: "GDP > 5%"; elsewhere it is a section's: "Người Việt 5 châu".)
  if (arrows === 1 && !COMPARED.test(t)) {
    // (An arrow between runs of spaces leaves an empty part: "Thế giới  >  Bình luận quốc tế".)
    const named = parts.filter((p) => p.trim() !== '');
    if (named.length === 2 && named.every((p) => words(p) <= ARROW_WORDS)) return true;
  }
  // One slash between a section and its subsection, each capitalised ("Chính trị / Đối ngoại").
  if (
    parts.length === 2 &&
    SECTION_SLASH.test(t) &&
    !/\d/u.test(t) &&
    parts.every((p) => words(p) <= 3 && /^\s*\p{Lu}/u.test(p))
  )
    return true;
  if (parts.length >= 3 && parts.every((p) => words(p) <= 3)) return true;
  // Fields between middle dots, a page's kind and place on a social network: "Trang · Nhà hàng
  // Việt Nam · Naniwa-ku, Osaka".
  if (t.split(' · ').length >= 3 && parts.every((p) => words(p) <= 4)) return true;
  // A poster's rank and a figure: "Thanh vien tich cuc · Bai viet: 212".
  if (parts.length === 2 && words(t) <= 8 && parts.some((p) => FIGURE.test(p.trim()))) return true;
  // A profile's or a page's figures: "Thành viên tích cực | Bài viết: 812 | Tham gia: 03/2019".
  if (
    parts.length >= 3 &&
    parts.every((p) => words(p) <= 4) &&
    parts.filter((p) => FIGURE.test(p)).length >= 2
  )
    return true;
  // A menu is longer, and some of its entries are too ("Văn bản chính sách"); one in four may be
  // longer still ("Bảo vệ nền tảng tư tưởng của Đảng").
  return (
    parts.length >= MENU_ENTRIES && parts.filter((p) => words(p) > 4).length <= Math.floor(parts.length / 4)
  );
}

/**
 * What separates tags, menu entries and breadcrumb parts: a dash, slash, arrow or dot with spaces
 * on both sides, a bar or an arrow, or a run of spaces ("Mới nhất  Thời sự  Góc nhìn").
 */
const TAG_SEPARATOR = /\s[-–—|/>»›·•]\s|\s?[|>»›]\s?| {2,}|\t/u;
/** A figure on either side of an arrow: a comparison, not a breadcrumb. */
const COMPARED = /\d[\s%]?>|>\s?\d/u;
/** A label and its figure: "Bài viết: 812", "Joined: 03/2019". */
const FIGURE = /^[^:\d]{1,30}:\s*\d/u;
/** A label and its value: "Đến từ: Liên Chiểu", "Location: Osaka". */
const LABEL = /^[^:\d]{1,30}:\s/u;

/** A paragraph that is a label and its figure ("Bài viết: 812"), not a date line. */
const figureLine = (p: Piece | undefined): boolean => p?.kind === 'paragraph' && FIGURE.test(p.span.text);

/** The last line of a text. */
const lastLine = (t: string): string => t.slice(t.lastIndexOf('\n') + 1);

/** Entries of a menu line whose entries may be four words long. */
const MENU_ENTRIES = 5;

/** An arrow between the parts of a breadcrumb, with a space on each side ("›", "»", ">" or ">>"). */
const BREADCRUMB_ARROW = /\s(?:>>?|[»›])\s/gu;
/** The first arrow of a breadcrumb (see {@link BREADCRUMB_ARROW}). */
const FIRST_ARROW = new RegExp(BREADCRUMB_ARROW.source, 'u');

/** A piece is a breadcrumb line: its parts between arrows ("Kinh tế > Đầu tư"). */
const crumbLine = (p: Piece): boolean =>
  (p.kind === 'paragraph' || p.kind === 'heading') && FIRST_ARROW.test(p.span.text) && isTagLine(p.span.text);
/** A piece is a line as short as a menu's entry. */
const shortLine = (p: Piece | undefined): boolean =>
  p?.kind === 'paragraph' && !p.span.text.includes('\n') && words(p.span.text) <= SECTION_WORDS;
/** Most entries of a menu of one entry a line read between its navigation and a breadcrumb. */
const MENU_TAIL = 6;

/**
 * An arrow or a slash between parts, with a space on each side, or a run of spaces: where a menu
 * entry may open a breadcrumb ("Giáo dục  Tin tức" under a menu holding "Giáo dục").
 */
const CRUMB_STEP = new RegExp(`${BREADCRUMB_ARROW.source}|\\s/\\s| {2,}`, 'u');

/**
 * Line `t` is a breadcrumb whose part before its first arrow or slash is an entry of the head's
 * menus ("Quốc phòng - An ninh / Đối ngoại quốc phòng" under a menu holding "Quốc phòng - An ninh").
 */
function crumbOfMenu(t: string, menuEntries: ReadonlySet<string>): boolean {
  const arrow = CRUMB_STEP.exec(t);
  return arrow !== null && arrow.index > 0 && menuEntries.has(key(t.slice(0, arrow.index)));
}
/** Most words of a part of a breadcrumb of one ">" (which may compare: "Giáo dục > Dạy và học"). */
const ARROW_WORDS = 4;
/** A slash between two parts, with spaces around it. */
const SECTION_SLASH = /\s\/\s/u;
/** Most words of a part of a breadcrumb of one section arrow ("Người Việt 5 châu"). */
const SECTION_WORDS = 5;
/** Most words of a subsection after a section of one or two words and a section arrow. */
const MAX_SUBSECTION_WORDS = 10;
/** The arrows of breadcrumbs only. */
const SECTION_ARROW = /\s[»›]\s/u;

/** The bar between a menu's entries, with its spaces. */
const MENU_BAR = /[ \t\u00a0]\|[ \t\u00a0]/u;
/** Longest line read as a menu for its entries. */
const MENU_LINE = 600;

/** Longest line of a post's or article's fields read as its stamp. */
const META_LINE = 200;

/**
 * A line of fields split by bars, one a day's date: a thread's or article's stamp under its
 * headline ("Thread starter … | Ngay bat dau 12/09/2025 | Tra loi: 6").
 */
function metaLine(q: Piece | undefined): boolean {
  if (q?.kind !== 'paragraph' || q.span.text.length > META_LINE || !MENU_BAR.test(q.span.text)) return false;
  const date = findDate(q.span.text);
  return date !== null && !('rejected' in date) && date.day !== null;
}

/**
 * A forum thread's starter line under its title, with the day it was started, whatever piece the
 * layout made of it ("Thread starter bacsi_hp88 - 15-10-2024", XenForo's English label; "Bắt đầu
 * bởi tts_dienchau93, 15-01-2025", "Chủ đề trong 'Rao vặt' bắt đầu bởi …").
 */
function threadStarter(q: Piece | undefined): boolean {
  if (q === undefined) return false;
  const text = q.span.text;
  const lineEnd = text.indexOf('\n');
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (line.length > META_LINE) return false;
  const opening = foldKey(line.slice(0, STARTER_REACH));
  if (!opening.startsWith('thread starter') && !opening.includes('bat dau boi')) return false;
  const date = findDate(line);
  return date !== null && !('rejected' in date) && date.day !== null;
}

/** How far into its line a thread's starter label is looked for. */
const STARTER_REACH = 60;

/** A post's audience in words: public or friends (en, sv, vi with marks and without). */
const AUDIENCE_WORDS = 'công khai|cong khai|bạn bè|ban be|public|friends|offentlig|vänner';
/**
 * A social network's stamp of a post: how long ago, a separator and its audience ("3 giờ · Công
 * khai", "3 gio - Cong khai", "2 h · Public", "5 tim · Offentlig").
 */
const RELATIVE_STAMP = new RegExp(
  `^\\d{1,3} ?(?:giờ|gio|phút|phut|ngày|ngay|tuần|tuan|h|m|d|w|min|hrs?|hours?|days?|tim|timmar|dagar?|v|veckor?)\\s?[-–·•|]\\s?(?:${AUDIENCE_WORDS})$`,
  'iu',
);

/**
 * A chat message's sender and time ("Thu Ha Osaka (20:14)", "Admin - Viet Nhat Express (20:25)"),
 * or a message opening on its time in brackets ("[20:47] Pham Thi Ha: Mọi người ơi …").
 */
const CHAT_SENDER = /^(?:[^()\n]{1,60} \(\d{1,2}:\d{2}\)$|\[\d{1,2}:\d{2}\] )/u;
/**
 * A member's display name with their role in the group in brackets: "Nguyen Duc Son (Truong
 * nhom)", "Lan Anh (Quản trị viên)", "Erik (Admin)".
 */
/**
 * A chat message's sender and time: "Nguyen Van Nam 21:03", "Nguyen Duc Tuan (Truong nhom) - 21:05
 * 14/06/2025".
 */
const SENDER_TIME =
  /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,4}(?: \([^()\n]{1,30}\))?(?: [-–·])? \d{1,2}:\d{2}(?: \d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?$/u;
const MEMBER_ROLE =
  /^[\p{Lu}\d][\p{L}\p{M}\d]*(?: [\p{Lu}\d][\p{L}\p{M}\d]*){0,4} \((?:trưởng nhóm|truong nhom|phó nhóm|pho nhom|quản trị viên|quan tri vien|admin|moderator|group admin|administratör)\)$/iu;

/** A piece that is a post's stamp of how long ago (see {@link RELATIVE_STAMP}). */
const relativeStamp = (p: Piece | undefined): boolean => p !== undefined && RELATIVE_STAMP.test(p.span.text);

/**
 * A line opening with a separator of menus and breadcrumbs, or with the closing bracket of a stamp
 * cut off before it ("] Hùng Osaka: Mọi người ơi …" after "[08/08/2024 16:58").
 */
const SEPARATOR_FIRST = /^[|»›>•·\])]/u;

/** Why a line cannot be the headline, or null when it can. */
function rejects(
  t: string,
  isOutletName: (text: string) => boolean,
  continues = false,
  overByline = false,
): boolean {
  if (t.length < MIN_TITLE_LENGTH || t.length > MAX_TITLE_LENGTH || words(t) < MIN_TITLE_WORDS) return true;
  // A sentence (the lead) ends with a stop; a headline may end with ?, ! or a quote. A line ending
  // on a comma opens a sentence or a letter ("Chao ca nha,"): no headline either. (Over its
  // by-line a line of a stop is an essay's headline: "Japan wants Vietnamese workers to stay. Its
  // rules still teach them to leave." / "BY DO THI THANH NGA".)
  if (t.endsWith(',')) return true;
  // (An ellipsis closing a bracket ends a list of examples, not a sentence: "(SBI, DCOM, Yucho...)".)
  const stop = t.endsWith('...)') || t.endsWith('…)') ? '' : finalStop(t);
  if (stop !== '' && !((stop === '?' || stop === '!') && !t.endsWith(')')) && !(overByline && stop === '.'))
    return true;
  // The rest of a line cut at a separator ("… 21:14 | Người gửi: …") is no headline, nor is a
  // post's stamp of how long ago and for whom ("3 giờ · Công khai", "2 h - Public"), nor a
  // member's name and role in a group's chat ("Nguyen Duc Son (Truong nhom)").
  // Nor a site's offer to follow it ("Follow VietnamPlus on Google News").
  if (
    SEPARATOR_FIRST.test(t) ||
    RELATIVE_STAMP.test(t) ||
    CHAT_SENDER.test(t) ||
    MEMBER_ROLE.test(t) ||
    SENDER_TIME.test(t) ||
    FOLLOW_LINE.test(t)
  )
    return true;
  const dateline = matchDateline(t);
  if (
    (dateline !== null && namedDateline(dateline)) ||
    // (A forum thread's title may end on a particle of speech: "… giup em voi".)
    (endsOnFunctionWord(t, continues) && !FORUM_TAG.test(t)) ||
    isChrome(t) ||
    isSection(t)
  )
    return true;
  // A site's masthead: its domain and tagline ("xemientrung.vn - Diễn đàn xe …"), a portal's name.
  return isTagLine(t) || isOutletName(t) || bylineWithRole(t) || pairedNames(t) || mastheadName(t) !== null;
}

/**
 * Reporters' names of two short words each, joined by dashes: a Vietnamese by-line ("Hoài Thu -
 * Trọng Kiên", "Minh Anh - Thanh Hà"), no headline. (A pair of places, "Việt Nam - Nhật Bản", is
 * none either: a headline says something of them.)
 */
const PAIRED_NAMES =
  /^\p{Lu}\p{Ll}{1,6} \p{Lu}\p{Ll}{1,6}(?: [-–] \p{Lu}\p{Ll}{1,6} \p{Lu}\p{Ll}{1,6}){1,2}$/u;
const pairedNames = (t: string): boolean => PAIRED_NAMES.test(t.trim()) || swedishByline(t.trim());

/** Two or three capitalised words opening on a Swedish given name: a by-line ("Elin Sandström"). */
const NAME_LINE = /^(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;
function swedishByline(t: string): boolean {
  const m = NAME_LINE.exec(t);
  return m !== null && isSwedishGivenName(foldKey(m[1] as string));
}

/**
 * A by-line: names in capitals or capitalised, then after a comma the authors' role ("MAI NGUYEN
 * and KENJI TAKAHASHI, Nikkei staff writers", "Lan Anh, phóng viên").
 */
function bylineWithRole(t: string): boolean {
  if (!t.includes(', ')) return false;
  // Names and their roles between commas, a role last ("YUSUKE KAWABATA, Nikkei staff writer, and
  // THANH HUYEN, Contributing writer").
  const parts = t.split(', ');
  if (!isBylineRole(parts[parts.length - 1] as string)) return false;
  return parts.every(
    (part, i) =>
      (i > 0 && isBylineRole(part)) ||
      part.split(/\s+/u).every((w) => w === '' || NAME_JOINERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)),
  );
}

/** A journalist's role of a few words ("Nikkei staff writers", "Contributing writer"). */
function isBylineRole(part: string): boolean {
  const role = part.trim().toLowerCase();
  const singular = role.endsWith('s') ? role.slice(0, -1) : role;
  return words(role) <= 4 && BYLINE_ROLES.some((r) => singular === r || singular.endsWith(` ${r}`));
}

/** Whitespace other than single spaces between words: only such lines need collapsing. */
const UNEVEN_SPACE = /[^\S ]| {2}/u;

/** The first character of a line's {@link key}: lines with different ones never share a key. */
function opening(t: string): string {
  let i = 0;
  while (i < t.length && whiteSpace(t.charCodeAt(i))) i++;
  return t.charAt(i).toLowerCase();
}

/** Normalised text for noticing a headline repeated on the page (over the image, in the breadcrumb). */
const key = (t: string): string => (UNEVEN_SPACE.test(t) ? t.replace(/\s+/gu, ' ') : t).trim().toLowerCase();

/**
 * Picks the headline among the lines before the body and marks it `title`: the line shaped like a
 * headline (three words or more, no final stop, not chrome, tags, a site name or a sentence broken
 * across lines) with the best cues — a date line or by-line right after it, repeated on the page,
 * matching the page's URL slug, followed by the body — the earliest on a tie. A headline and the
 * short line after its colon are one ("Việt Nam-Nhật Bản:" / "Chân thành, tin cậy, lâu bền").
 * When no line qualifies, a headline glued in front of the body's credit ("<headline> (Kiến Thức)
 * - …") or in capitals in front of it is split off. The headline of a teaser in a list of
 * articles is not the page's.
 */
export function pickTitle(pieces: Piece[], text: string, isOutletName: (text: string) => boolean): void {
  const glued = splitGluedDate(pieces);
  pickAmong(pieces, text, isOutletName);
  // A date line's words before its date that are no headline after all stay the date line's.
  if (glued === null) return;
  const at = pieces.indexOf(glued.head);
  if (at >= 0 && glued.head.kind !== 'title' && pieces[at + 1] === glued.date)
    pieces.splice(at, 2, glued.original);
}

/** {@link pickTitle} on the pieces as they are. */
function pickAmong(pieces: Piece[], text: string, isOutletName: (text: string) => boolean): void {
  // The head: the pieces before the body (navigation lines do not count towards its length).
  let end = 0;
  for (let counted = 0; end < pieces.length && counted < MAX_HEAD; end++) {
    const p = pieces[end] as Piece;
    if (isBody(p) && !stampedQuestion(pieces, end) && !longHeadlineUnderDate(pieces, end)) break;
    if (p.kind !== 'navigation') counted++;
  }
  // How often each line of the head stands on the page, and the page's URL slugs. Only lines that
  // open like a line of the head can repeat one: the others are not keyed.
  const openings = new Set<string>();
  for (let i = 0; i < end; i++) openings.add(opening((pieces[i] as Piece).span.text));
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  for (const p of pieces) {
    const t = p.span.text;
    if (isSlug(t)) slugs.add(slugWords(t.replace(/-\d{1,3}$/u, '')));
    else if (t.length <= MAX_TITLE_LENGTH && openings.has(opening(t))) {
      const k = key(t);
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  // The entries of the head's menus ("Trang chủ | Thời sự | Biên giới, biển đảo | …"): a line that
  // is one of them alone is the section's name over the article, not its headline.
  const menuEntries = new Set<string>();
  // A menu of one entry a line that the layout made navigation ("Thời sự" / "Quốc phòng - An ninh"
  // / "Chính trị" / …): its entries too, when there are enough of them.
  const navigation: string[] = [];
  for (let i = 0; i < end; i++) {
    const t = (pieces[i] as Piece).span.text;
    if (t.length > MENU_LINE) continue;
    if ((pieces[i] as Piece).kind === 'navigation' && !t.includes('\n') && words(t) <= SECTION_WORDS)
      navigation.push(t);
    const entries = t.split(MENU_BAR);
    if (entries.length >= MENU_ENTRIES) for (const entry of entries) menuEntries.add(key(entry));
    // A menu of one entry a line ("Thời sự" / "Người Việt bốn phương" / "Văn hóa"), its longer
    // entries read as lines between its words: the line that repeats one over the date is the
    // section's name.
    if (
      (pieces[i] as Piece).kind === 'paragraph' &&
      words(t) <= SECTION_WORDS &&
      pieces[i - 1]?.kind === 'navigation' &&
      pieces[i + 1]?.kind === 'navigation'
    )
      menuEntries.add(key(t));
    // So are its last entries, between it and a breadcrumb ("Đất và người Bình Dương" / "Hợp tác
    // quốc tế" / "Kinh tế > Đầu tư").
    if (crumbLine(pieces[i] as Piece)) {
      let k = i - 1;
      while (k >= 0 && i - k <= MENU_TAIL && shortLine(pieces[k])) k--;
      if (k < i - 1 && pieces[k]?.kind === 'navigation')
        for (let j = k + 1; j < i; j++) menuEntries.add(key((pieces[j] as Piece).span.text));
    }
  }
  if (navigation.length >= MENU_ENTRIES) for (const entry of navigation) menuEntries.add(key(entry));
  // A forum thread's title tagged in brackets is the headline even below a pinned post that the
  // head stops at ("NOI QUY NHOM (ghim): …" / "[HOI] Lam 2 cho baito …").
  for (let i = end; i < pieces.length && i < end + MAX_HEAD; i++) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'paragraph' || !THREAD_TAG.test(p.span.text) || words(p.span.text) < 4) continue;
    if (rejects(p.span.text, isOutletName) || !untaggedHead(pieces, end)) break;
    p.kind = 'title';
    return;
  }
  const social = SOCIAL_SITE.test((pieces[0] as Piece | undefined)?.span.text ?? '');
  // The names of the groups in the head: each line over a line of members.
  const groups = new Set<string>();
  for (let i = 0; i + 1 < end; i++)
    if (membersLine((pieces[i + 1] as Piece).span.text)) groups.add(key((pieces[i] as Piece).span.text));
  // The authors of the posts: each line over a post's stamp. The same name higher up is the page's
  // own ("Chùa Hòa Bình - Saitama" over its menu, and over its post's stamp).
  const authors = new Set<string>();
  for (let i = 0; i + 1 < pieces.length && i < end + MAX_HEAD; i++)
    if ((pieces[i] as Piece).kind === 'paragraph' && postStamp(pieces[i + 1]))
      authors.add(key((pieces[i] as Piece).span.text));
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let rank = 0;
  for (let i = 0; i < end; i++) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'paragraph') continue;
    const t = p.span.text;
    const next = pieces[i + 1];
    // "Việt Nam-Nhật Bản:" + "Chân thành, tin cậy, lâu bền": one headline on two lines.
    const twoLines =
      t.endsWith(':') &&
      next?.kind === 'paragraph' &&
      next.span.text.length <= 100 &&
      !endsSentence(next.span.text) &&
      !rejects(`${t} ${next.span.text}`, isOutletName);
    // (A line that the next goes on from in lower case is one sentence broken in two.)
    const continues = next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.span.text);
    // (Not a quotation opening on a dash or a quote mark: "– Jag har aldrig varit så rädd, säger …".)
    const overByline = next?.kind === 'byline' && t.length <= MAX_ESSAY_TITLE && !QUOTE_OPENING.test(t);
    if (!twoLines && rejects(t, isOutletName, continues, overByline)) continue;
    // A social network's page opens on the network's banner ("Zalo - Xuất lịch sử trò chuyện").
    if (social && i === 0) continue;
    // A line opening in lower case goes on from the line before it: no headline.
    if (LOWER_FIRST.test(t)) continue;
    if (menuEntries.has(key(t))) continue;
    // Nor is a breadcrumb that opens on one of them ("Quốc phòng - An ninh > Đối ngoại quốc phòng").
    if (menuEntries.size > 0 && crumbOfMenu(t, menuEntries)) continue;
    // A group's name over its line of members ("… · 37 thanh vien") is the group's, not a post's;
    // and so is a post's author before an arrow and that group's name ("Pham Tuan Anh > Hoi …").
    if (next && membersLine(next.span.text)) continue;
    if (groupAfterArrow(t, groups)) continue;
    if (authors.has(key(t))) continue;
    // On a social network's page, a name over a post's date is its author ("Hồng Nhung Võ" / "3
    // tháng 2, 2026 lúc 22:14"; "Thảo Heo Sapporo · Quản trị viên"), no headline.
    if (social && (next?.kind === 'date' || relativeStamp(next)) && authorName(t)) continue;
    // Anywhere, a line over a post's stamp with its audience's icon ("2 tháng 2, 2026 lúc 20:15 ·
    // 🌏"), or over the page's fields above that stamp, names the post's author or page.
    if (
      postStamp(next) ||
      (next?.kind === 'paragraph' && isTagLine(next.span.text) && postStamp(pieces[i + 2]))
    )
      continue;
    // A field of a poster's profile beside its figures ("Bai viet: 3.412" / "Den tu: Lien Chieu"),
    // or the poster's rank over them ("Thanh vien tich cuc" / "Tham gia: 11/2014" / "Bai viet: 3.412").
    // (A date line with its day over the line is the article's stamp, no profile's figure.)
    const before = i > 0 ? (pieces[i - 1] as Piece) : undefined;
    const datedBefore = before?.kind === 'date' && before.date !== undefined && before.date.day !== null;
    if (
      LABEL.test(t) &&
      ((before !== undefined && !datedBefore && FIGURE.test(lastLine(before.span.text))) || figureLine(next))
    )
      continue;
    if (figureLine(next) && figureLine(pieces[i + 2])) continue;
    // A poster's rank of a few words over their figure ("Thanh vien tich cuc" / "Bai viet: 1.212"),
    // and the figure itself.
    if (words(t) <= MAX_RANK_WORDS && (figureLine(next) || FIGURE.test(t))) continue;
    // (The key points listed under a headline stand between it and its by-line: "- JICA yen loan …".)
    let at = twoLines ? i + 2 : i + 1;
    while (at < pieces.length && keyPoint(pieces[at] as Piece)) at++;
    const after = pieces[at];
    // A headline over a teaser cut with "…" is an entry of a list of articles, not the page's own.
    if (after?.kind === 'paragraph' && isTeaser(after.span.text)) continue;
    let score = -0.25 * rank++;
    // The page's date or by-line under the headline (a short kicker may stand between them).
    // (A month alone dates no article: "Tham gia: 11/2014" is when a forum's member joined.)
    const stamp = (q: Piece | undefined) =>
      (q?.kind === 'date' && (q.date === undefined || q.date.day !== null)) ||
      q?.kind === 'byline' ||
      metaLine(q) ||
      threadStarter(q);
    const kicker =
      after?.kind === 'paragraph' && after.span.text.length <= MAX_KICKER && !endsSentence(after.span.text);
    // Kickers and labels are short; a headline says something.
    const n = words(t);
    // (A label of one or two words over the date is a section's name: "Culture - Travel".)
    // A headline over its standfirst, a longer line that is not yet the body, over the by-line.
    // (A menu under a site's tagline is no standfirst: "Nhật ký xê dịch …" / "Trang chủ | Nhật Bản | …".)
    const standfirst =
      t.length > MAX_KICKER &&
      after?.kind === 'paragraph' &&
      after.span.text.length > t.length &&
      !isBody(after) &&
      !isTagLine(after.span.text);
    if (stamp(after) || ((kicker || standfirst) && stamp(pieces[at + 1]))) score += n < 3 ? 1 : 3;
    else if (deck(n, t, after, pieces[at + 1])) score += 2;
    else {
      if (after && isBody(after)) score += 1;
      // Between the date and a body that opens on its dateline and credit ("Tokyo (TTXVN) - …"):
      // the article's own headline, past a section's name and a label over the date, and photos'
      // captions under it. (Not a credit's label, "Bài và ảnh: Hải Hà", nor a writer's name.)
      if (
        i > 0 &&
        pieces[i - 1]?.kind === 'date' &&
        n >= 5 &&
        !INNER_STOP.test(t) &&
        !isTagLine(t) &&
        !MENU_BAR.test(t) &&
        (!LABEL.test(t) || n >= MIN_LABELLED_HEADLINE) &&
        overDateline(pieces, at)
      )
        score += 1.5;
      // Else the date over the headline, as many pages set it.
      if (i > 0 && pieces[i - 1]?.kind === 'date' && n >= 3) score += 1.5;
    }
    // A post's first line under its stamp heads the post, over the greeting and the lines after it
    // ("🙏 THÔNG BÁO ĐẠI LỄ VU LAN … 🙏" / "Nam mô A Di Đà Phật!").
    if (i > 0 && n >= 3 && postStamp(pieces[i - 1])) score += 3;
    if (n >= 5) score += 0.5;
    else if (n < 3) score -= 1.5;
    // (A headline repeated on the page, as an image's label; not a forum poster's rank under each
    // of their posts, "Thành viên mới".)
    if ((seen.get(key(t)) ?? 0) > 1 && n >= MIN_REPEATED_WORDS) score += 2;
    if (slugs.size > 0 && slugs.has(slugWords(t))) score += 3;
    if (allCaps(t)) score -= 1;
    // A forum thread's title opens with its tag in brackets ("[HOI] Visa ky su …", "[Chia sẻ] …").
    if (FORUM_TAG.test(t) && n >= 4) score += 3;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  // A post's title tagged as a thread's under its author's name and date ("Tuan Beo Hitachinaka" /
  // "18 thang 3, 2026 · …" / "[CAN GIUP GAP] …") is the headline, not the name over the date.
  if (best >= 0 && pieces[best + 1]?.kind === 'date' && !FORUM_TAG.test((pieces[best] as Piece).span.text)) {
    for (let j = best + 2; j < pieces.length && j <= best + MAX_POST_HEAD; j++) {
      const p = pieces[j] as Piece;
      if (p.kind !== 'paragraph' || !THREAD_TAG.test(p.span.text) || words(p.span.text) < 4) continue;
      if (!rejects(p.span.text, isOutletName)) best = j;
      break;
    }
  }
  if (best >= 0) {
    const p = pieces[best] as Piece;
    const next = pieces[best + 1];
    if (p.span.text.endsWith(':') && next?.kind === 'paragraph' && next.span.text.length <= 100) {
      p.span = { start: p.span.start, end: next.span.end, text: text.slice(p.span.start, next.span.end) };
      pieces.splice(best + 1, 1);
    }
    p.kind = 'title';
    return;
  }
  // No headline line: one glued in front of the body, before its credit or in capitals.
  const body = pieces[end];
  if (body?.kind === 'paragraph') splitEmbedded(pieces, end, body.span);
}

/** Fewest words of a headline glued in front of its date line. */
const MIN_GLUED_TITLE_WORDS = 6;
/**
 * The headline of a line whose date line is glued after it ("<headline> Cập nhật: 10:15 |
 * 22/09/2025"): the first such date line becomes two pieces, the headline's and the date's, so
 * that the headline competes as any other (see {@link pickTitle}). Only in the first pieces, and
 * only for a line whose words before the date and its label are a headline's: many, no stop at
 * their end.
 */
function splitGluedDate(pieces: Piece[]): GluedSplit | null {
  for (let i = 0; i < pieces.length && i < MAX_HEAD; i++) {
    const p = pieces[i] as Piece;
    if (p.kind === 'paragraph') {
      const split = trailingDate(p);
      if (split === null) continue;
      pieces.splice(i, 1, split.head, split.date);
      return split;
    }
    const date = p.date;
    if (p.kind !== 'date' || !date || p.span.text.includes('\n')) continue;
    const before = p.span.text.slice(0, date.start);
    // (Cheap test first: most date lines hold little before their date.)
    if (before.length < MIN_GLUED_TITLE_WORDS * 3) continue;
    const split = splitHeadline(p, labelEnding(before), date);
    if (split === null) continue;
    pieces.splice(i, 1, split.head, split.date);
    return split;
  }
  return null;
}

/** A line split into a headline's piece and its date's, with the piece it was. */
interface GluedSplit {
  head: Piece;
  date: Piece;
  original: Piece;
}

/**
 * Piece `p` cut at `cut` into a headline's piece and a date piece holding `date` (offsets in `p`),
 * when the words before the cut are a headline's: many, no stop at their end, ending on a letter, a
 * figure or a closing mark (not "… bat dau boi NgocHa_Warabi,"), and no date among them. Null
 * otherwise.
 */
function splitHeadline(p: Piece, cut: number, date: FoundDate): GluedSplit | null {
  const head = cut > 0 ? subLine(p.span, 0, cut) : null;
  const rest = cut > 0 ? subLine(p.span, cut) : null;
  if (!head || !rest || words(head.text) < MIN_GLUED_TITLE_WORDS || endsSentence(head.text)) return null;
  if (!/[\p{L}\p{N}"”’)]$/u.test(head.text) || findDate(head.text) !== null) return null;
  const shift = rest.start - p.span.start;
  // (A date line keeps its own fields; a paragraph's date has no label.)
  const base: Piece = p.kind === 'date' ? p : { kind: 'date', span: rest, dateLabelled: false };
  return {
    head: { kind: 'paragraph', span: head },
    date: { ...base, span: rest, date: { ...date, start: date.start - shift, end: date.end - shift } },
    original: p,
  };
}

/**
 * A headline line that ends on its full date and time with no label ("Japan och Vietnam fördjupar
 * … i Östhavet 20 juni 2024 14:32"): the headline's piece and the date's, as for a labelled date
 * line. Only a line of one line, with the year stated and a time, and a headline's words before
 * the date (many, no stop at their end).
 */
function trailingDate(p: Piece): GluedSplit | null {
  const t = p.span.text;
  // (Cheap tests first: a line ending on a figure, long enough for a headline and a date.)
  const last = t.charCodeAt(t.length - 1);
  if (last < 48 || last > 57 || t.length < MIN_GLUED_TITLE_WORDS * 3 || t.includes('\n')) return null;
  const date = findDate(t);
  if (
    date === null ||
    'rejected' in date ||
    date.year === null ||
    date.hour === null ||
    date.end !== t.length
  )
    return null;
  return splitHeadline(p, date.start, date);
}

/** Every date label of a line (see {@link DATE_LABEL}). */
const DATE_LABELS = new RegExp(DATE_LABEL.source, 'giu');

/** Where a date label ending `t` (spaces after it aside) begins ("… Cập nhật: "), or -1. */
function labelEnding(t: string): number {
  let last: RegExpExecArray | undefined;
  for (const label of t.matchAll(DATE_LABELS)) last = label;
  return last && t.slice(last.index + last[0].length).trim() === '' ? last.index : -1;
}

/** A social network's page opens on its name. */
const SOCIAL_SITE = /^(?:facebook|zalo)(?![\p{L}])/iu;
/** A post's audience: public, friends or only me, as an icon or in words. */
const AUDIENCE = `(?:[\\u{1F30D}-\\u{1F30F}\\u{1F465}\\u{1F512}]|${AUDIENCE_WORDS})`;
/**
 * The audience that ends a social network's stamp of a post, as an icon (public, friends, only me)
 * or in words ("18 tháng 1, 2025 lúc 20:15 · Công khai", also after a bar: "… luc 20:15 | Cong
 * khai"), or the dot before it where the scraper dropped the icon ("12 tháng 1, 2025 · Nagoya ·").
 */
const AUDIENCE_ICON = new RegExp(`(?:·[ \\t]?${AUDIENCE}?|[|•][ \\t]?${AUDIENCE})[ \\t]?$`, 'iu');
/** A date line that is a social network's stamp of a post ("3 giờ · 🌏"). */
const postStamp = (p: Piece | undefined): boolean => p?.kind === 'date' && AUDIENCE_ICON.test(p.span.text);
/** Most words of a post author's display name. */
const MAX_AUTHOR_WORDS = 5;

/**
 * The line is a display name (before a "·" and a role in the group): a few words, each opening on
 * a capital or a digit ("Hai Nam 2k7 Nam Dinh", "Thảo Heo Sapporo · Quản trị viên").
 */
function authorName(t: string): boolean {
  const dot = t.indexOf(' · ');
  const name = (dot > 0 ? t.slice(0, dot) : t).trim().split(' ');
  return name.length <= MAX_AUTHOR_WORDS && name.every((w) => /^[\p{Lu}\d][\p{L}\p{M}\d]*$/u.test(w));
}

/** The line is a name, an arrow and a group's name of `groups`: a post's author and its group. */
function groupAfterArrow(t: string, groups: ReadonlySet<string>): boolean {
  if (groups.size === 0) return false;
  const arrow = t.search(/ [>▸›»] /u);
  return arrow > 0 && groups.has(key(t.slice(arrow + 3)));
}

/** The end of a headline glued in front of a lead credit: "<headline> (Kiến Thức) - …", "<headline> ĐNO - …". */
function embeddedCredit(t: string): number {
  const reach = Math.min(t.length, 260);
  for (let i = 1; i < reach; i++) {
    if (t.charAt(i - 1) !== ' ') continue;
    const c = t.charAt(i);
    let close = -1;
    if (c === '(') {
      const inside = t.slice(i, i + 32).indexOf(')');
      close = inside < 0 ? -1 : i + inside;
    } else if (/\p{Lu}/u.test(c)) {
      close = i;
      while (close < t.length && /[\p{Lu}\d.]/u.test(t.charAt(close))) close++;
      if (close - i < 2 || close - i > 8) continue;
      close--;
    }
    if (close < 0 || close - i > 30) continue;
    const after = t.slice(close + 1, close + 5);
    if (/^ ?[-–—] ?\p{Lu}/u.test(after)) return i - 1;
  }
  return -1;
}

function splitEmbedded(pieces: Piece[], at: number, span: Line): void {
  const t = span.text;
  let cut = embeddedCredit(t);
  if (cut < 0) {
    // A run of words in capitals opening a paragraph that goes on in mixed case.
    let i = 0;
    let capsWords = 0;
    while (i < t.length) {
      let j = i;
      while (j < t.length && t.charAt(j) !== ' ') j++;
      const word = t.slice(i, j);
      if (!/\p{L}/u.test(word) || /\p{Ll}/u.test(word)) break;
      capsWords++;
      i = j + 1;
    }
    if (capsWords >= MIN_TITLE_WORDS && /\p{Ll}/u.test(t.slice(i))) cut = i - 1;
  }
  if (cut <= 0) return;
  const section = sectionPrefix(t);
  const titleLine = subLine(span, section, cut);
  const rest = subLine(span, cut);
  if (!titleLine || !rest) return;
  const n = words(titleLine.text);
  if (
    n < (EMBEDDED_WORDS[0] as number) ||
    n > (EMBEDDED_WORDS[1] as number) ||
    endsSentence(titleLine.text) ||
    // A dateline with its date ("TOKYO, Nov 24, 2021 (Kyodo) -") is not a headline.
    findDate(titleLine.text) !== null
  )
    return;
  const replaced: Piece[] = [];
  const sectionLine = section > 0 ? subLine(span, 0, section) : null;
  if (sectionLine) replaced.push({ kind: 'navigation', span: sectionLine });
  replaced.push({ kind: 'title', span: titleLine }, { kind: 'paragraph', span: rest });
  pieces.splice(at, 1, ...replaced);
}
