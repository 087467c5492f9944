/**
 * Every layout pattern vietnorm uses, in one place. Each is anchored, uses bounded repetition and
 * has no nested quantifiers over overlapping classes, so matching is linear in the line length.
 * Patterns run on single lines (never on whole documents), which bounds their input further.
 */

/** A bullet that starts a navigation entry: "• Ha Noi", "- Da Nang", "▪ Tin tức". */
export const BULLET_LINE = /^[•·▪►‣◦○●*–-][ \t]+\S/u;

/** Month names in English (full and 3-letter) and Swedish, matched case-insensitively. */
const MONTH_WORD =
  'jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|ma[yj]|june?|juni|july?|juli|aug(?:ust|usti)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "May 01, 2022 2:16 PM GMT+7", "Sunday, May 1, 2022", "May 1" — month first (English). */
export const DATE_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<month>${MONTH_WORD})\\.?[ \\t]+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?:,?[ \\t]+(?<year>\\d{4,5})(?!\\d))?`,
  'iu',
);

/** "27 november", "den 27 november 2023", "1 May 2022" — day first (Swedish, British English). */
export const DATE_DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<day>\\d{1,2})(?:st|nd|rd|th|e|a|:e|:a)?\\.?[ \\t]+(?<month>${MONTH_WORD})(?![\\p{L}])\\.?(?:,?[ \\t]+(?<year>\\d{4,5})(?!\\d))?`,
  'iu',
);

/** "2021-04-28", optionally with a time "2021-04-28 10:05" or "2021-04-28T10:05:00+07:00". */
export const DATE_ISO =
  /(?<![\d-])(?<year>\d{4,5})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T \t](?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/u;

/** "22/05/2023", "1/5/2022" — day/month/year as Vietnamese and Swedish pages write it. */
export const DATE_DMY = /(?<![\d/.])(?<day>\d{1,2})[/.](?<month>\d{1,2})[/.](?<year>\d{4,5})(?![\d/])/u;

/** Vietnamese prose, with or without marks: "ngày 1 tháng 5 năm 2022", "ngay 27 thang 11". */
export const DATE_VI_WORDS =
  /(?<![\p{L}])ng[àa]y[ \t]+(?<day>\d{1,2})[ \t]+th[áa]ng[ \t]+(?<month>\d{1,2})(?:[ \t]+n[ăa]m[ \t]+(?<year>\d{4,5}))?(?!\d)/iu;

/** A clock time: "2:16 PM", "08:41", "14h30" (Vietnamese), "kl. 10.15" (Swedish). */
export const TIME =
  /(?<![\d:])(?<hour>\d{1,2})[:h.](?<minute>\d{2})(?![\d:])(?:[ \t]*(?<ampm>[AaPp]\.?[Mm]\.?))?/u;

/** A stated zone: "GMT+7", "UTC+07:00", "(GMT+7)", "ICT". */
export const ZONE =
  /(?<![\p{L}])(?:(?:GMT|UTC)[ \t]*(?<sign>[+-])[ \t]*(?<hh>\d{1,2})(?::?(?<mm>\d{2}))?|(?<ict>ICT))(?![\p{L}\d])/u;

/** Weekday names in en, sv and vi (with or without diacritics): a date line may start with one. */
export const WEEKDAY =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|th[ứu][ \t]+(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|ch[ủu][ \t]+nh[ậa]t|CN)(?![\p{L}])/iu;

/** The word "date"/"datum"/"ngày" used as a label in front of a date: " date 2021-04-28". */
export const DATE_LABEL = /^(?:date|datum|published|publicerad|updated|ngày đăng|cập nhật)[ \t]*:?[ \t]*/iu;

/**
 * A photo/video credit label and what follows: "Photo: VGP", "(Photo: Viet Cuong/VOV)",
 * "Foto: VNA", "Video : VTV", "[File: Kiyoshi Ota/Pool Photo via AP]", "Ảnh: TTXVN", "Anh: TTXVN"
 * (Vietnamese typed without marks).
 * Matches at the end of a line (after the caption text), with an optional trailing "|".
 */
export const CREDIT_LABELLED =
  /(?<open>[([])?(?<label>Photos?|Foto|Bild|Ảnh|Anh|Video|File|Image|Nguồn ảnh|Nguon anh|Källa)[ \t]*:[ \t]*(?<credit>[^()[\]|\n]{1,120}?)[ \t]*[)\]]?[ \t]*\|?[ \t]*$/u;

/** "— VNA/VNS Photo", "- VNA Photo": an agency credit in the dash-and-Photo form at line end. */
export const CREDIT_DASH_PHOTO =
  /[ \t][—–-][ \t]*(?<credit>[\p{L}\d][\p{L}\d' ./&-]{0,60}?)[ \t]+(?:Photo|Ảnh|Foto)[ \t]*\|?[ \t]*$/u;

/** A caption's trailing pipe: "... at the welcome ceremony in Hanoi. |". */
export const TRAILING_PIPE = /[ \t]*\|[ \t]*$/u;

/** A headline reused as an image label: "... bilateral ties - Ảnh 1." */
export const IMAGE_LABEL = /[ \t][-–—][ \t]*(?:Ảnh|Photo|Hình|Bild|Foto)[ \t]+\d{1,3}\.?[ \t]*$/u;

/** Related-article teaser: "<headline> <first words> ... |". */
export const TEASER = /(?:\.\.\.|…)[ \t]*\|[ \t]*$/u;

/** Comment counters: "Kommentar (0)", "Bình luận (3)", "0 Comments". */
export const COMMENTS =
  /^(?:(?:kommentar(?:er)?|comments?|bình luận|ý kiến)[ \t]*\(\d{1,6}\)|\d{1,6}[ \t]+(?:comments?|kommentar(?:er)?|bình luận))$/iu;

/** "Xem thêm" (or "Xem them"), "Read more:", "Läs mer", "Tin liên quan", "Related:" lines. */
export const READ_MORE =
  /^(?:xem th[êe]m|[đd][ọo]c th[êe]m|tin li[êe]n quan|b[àa]i li[êe]n quan|read more|see also|related(?: news| articles)?|läs (?:mer|också))(?![\p{L}])[ \t]*:?/iu;

/** Audio player leftovers: "00:00 / 02:15", "Nghe bài viết", "Listen to this article", "Lyssna". */
export const AUDIO =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*\/[ \t]*\d{1,2}:\d{2}(?::\d{2})?|nghe bài viết|nghe đọc bài|listen(?: to this article)?|lyssna(?: på artikeln)?|play|pause)$/iu;

/** "./." — the Vietnamese end-of-article mark, optionally followed by an outlet: "./. VNA". */
export const END_MARK = /\.\/\.(?:[ \t]*(?<outlet>[\p{Lu}][\p{L}\d.]{1,20}))?[ \t]*$/u;

/** A dash sign-off at the end of a paragraph or alone: "— VNS", " - VNA". */
export const DASH_SIGNOFF = /(?:^|[ \t])[—–][ \t]*(?<outlet>[\p{Lu}][\p{Lu}\d.]{1,15})[ \t]*$/u;

/** A sign-off line naming a source: "Theo TTXVN", "Nguồn: VGP", "Källa: VNA", "Source: VNA", "(VNA)". */
export const SOURCE_LINE =
  /^(?:(?:theo|nguồn|källa|source|according to)[ \t]*:?[ \t]+(?<named>[\p{L}\d][\p{L}\d .&'-]{0,40})|\((?<paren>[\p{Lu}][\p{L}\d.]{1,20})\))$/iu;

/** A bare domain closing a page: "Vnexpress.net", "vietnamplus.vn". */
export const DOMAIN_LINE =
  /^(?<outlet>[\p{L}\d][\p{L}\d-]{0,40}\.(?:net|vn|com|org|com\.vn|org\.vn|gov\.vn|se|jp))$/iu;

/**
 * The opening of a body: place, outlet in parentheses, or both, then a dash.
 * "HÀ NỘI —", "Tokyo (VNA) -", "Hà Nội (TTXVN) -", "(VOVWORLD) -", "VGP -". The dash must follow a
 * space, so hyphenated compounds ("Vietnam-Japan Defence …") are not datelines.
 */
export const DATELINE =
  /^(?<place>[\p{Lu}][\p{L}.'’]{0,20}(?:[ \t][\p{Lu}][\p{L}.'’]{0,20}){0,3})?[ \t]*(?:\((?<outlet>[\p{L}\d][\p{L}\d ./-]{0,24})\))?[ \t]+[—–-][ \t]*(?=\S)/u;

/** Sentence-final punctuation, possibly followed by a closing quote. */
export const SENTENCE_END = /[.!?…:;]["'”’»)]?$/u;

/** Line terminators: CRLF, LF or CR. */
export const LINE_BREAK = /\r\n|\n|\r/gu;
