/**
 * Every layout pattern vietnorm uses, in one place. Each pattern is linear in the length of its
 * input: whitespace and other repetition is bounded (`{0,3}`), no two quantifiers compete for the
 * same characters, and patterns that would need a scan from every start position (credits at the
 * end of a line, trailing pipes) are small scanners in `src/article/scanners.ts` instead.
 * `test/regex-linear.test.ts` checks every export of this module with a ReDoS analyser and times each
 * on adversarial input at n and 8n.
 */

/** Horizontal whitespace, at most a few characters between two parts of a pattern. */
const S = '[ \\t\\u00a0]{0,3}';
/** At least one and at most a few horizontal whitespace characters. */
const S1 = '[ \\t\\u00a0]{1,3}';

/** A bullet that starts a navigation entry: "• Ha Noi", "- Da Nang", "▪ Tin tức". */
export const BULLET_LINE = /^[•·▪►‣◦○●*–-][ \t]{1,3}\S/u;

/** Month names in English (full and 3-letter), Swedish and French, matched case-insensitively. */
const MONTH_WORD =
  'jan(?:uary|uari|vier)?|feb(?:ruary|ruari)?|f[ée]vrier|mar(?:ch|s)?|apr(?:il)?|avril|ma[yji]|june?|juni|juin|july?|juli|juillet|aug(?:ust|usti)?|ao[uû]t|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]cembre';

/**
 * A year after a day and month: four digits, or five (an implausible year, rejected by the reader);
 * four before an hour a scraper glued to them ("October 14, 20258:12 AM").
 */
const YEAR = '\\d{4}(?=\\d{1,2}:\\d{2}(?!\\d))|\\d{4,5}(?!\\d)';

/**
 * "May 01, 2022 2:16 PM GMT+7", "Sunday, May 1, 2022", "Oct. 19", "March 1, 2017" — month first
 * (English). A letter may stand right before the month only when the text glued it there (never a
 * letter after it).
 */
export const DATE_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<month>${MONTH_WORD})\\.?${S1}(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?:,?${S}(?<year>${YEAR}))?`,
  'iu',
);

/**
 * "December, 22/2022 - 08:36": Viet Nam News' date lines, a comma after the month and the year
 * after a slash. (Only with the slash: "In May, 12 ships …" is no date.)
 */
export const DATE_MONTH_COMMA = new RegExp(
  `(?<![\\p{L}\\d])(?<month>${MONTH_WORD}),${S1}(?<day>\\d{1,2})\\/(?<year>\\d{4})(?!\\d)`,
  'iu',
);

/**
 * "27 november", "den 27 november 2023", "1 May 2022", "29 July 2023", "05 maj, 2019",
 * "24 janvier 2013" — day first (Swedish, British English, French). The day may be glued to a word
 * before it ("NDO29 July 2023"), never to a digit.
 */
export const DATE_DAY_FIRST = new RegExp(
  `(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th|e|a|:e|:a|er)?\\.?${S1}(?<month>${MONTH_WORD})(?![\\p{L}])\\.?(?:,?${S}(?<year>${YEAR}))?`,
  'iu',
);

/**
 * "2021-04-28", optionally with a time "2021-04-28 10:05" or "2021-04-28T10:05:00+07:00"; may be
 * glued to a word before it ("Indonesien2023-06-19 08:12"). Also with dots or slashes, as Japanese
 * and some English sites write the year first ("2024.02.29", "2025/03/14 10:30").
 */
export const DATE_ISO =
  /(?<![\d./-])(?<year>\d{4,5})(?<isep>[-./])(?<month>\d{1,2})\k<isep>(?<day>\d{1,2})(?:[T \t](?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?(?![\d-]|[./]\d)/u;

/** "2023-11": a year and month, read only right after the scraper's "date" label. */
export const DATE_ISO_MONTH = /^(?<year>\d{4})-(?<month>\d{1,2})(?![\d-])/u;

/**
 * "22/05/2023", "1/5/2022", "18.01.2022", "18-12-2016" — day, month, year as Vietnamese and
 * Swedish pages write them (one separator throughout); may be glued to a word ("author27/04/2022").
 * A year of two digits only before a time or after "date", as forums stamp posts and threads
 * ("11/1/25 21:08", "Start date 11/1/25").
 */
export const DATE_DMY =
  /(?<![\d/.-])(?<day>\d{1,2})(?<sep>[/.-])(?<month>\d{1,2})\k<sep>(?<year>\d{4,5}|\d{2}(?:(?=,? \d{1,2}:\d{2}(?!\d))|(?<=[Dd]ate \d{1,2}\/\d{1,2}\/\d{2})))(?![\d/])/u;

/**
 * Vietnamese prose and date lines, with or without marks: "ngày 1 tháng 5 năm 2022",
 * "ngay 27 thang 11", "13 tháng 5, 2014", "ngày 23 tháng 08 năm 2019", and Facebook's short
 * form "12 thg 2, 2025".
 */
export const DATE_VI_WORDS = new RegExp(
  `(?<![\\p{L}\\d])(?:ng[àa]y${S1})?(?<day>\\d{1,2})${S1}(?:th[áa]ng|thg)${S1}(?<month>\\d{1,2})(?:(?:${S1}n[ăa]m|,)${S}(?<year>\\d{4,5}))?(?!\\d)`,
  'iu',
);

/**
 * Vietnamese month names in words, as WordPress and other site software print them ("Tháng Mười",
 * "Tháng Mười Hai", "thang Gieng"): the month after "tháng". Mười with a second word comes before
 * Mười alone.
 */
const VI_MONTH_WORD = `m[ưu][ờo]i(?:${S1}(?:m[ộo]t|hai))?|m[ộo]t|gi[êe]ng|hai|ba|t[ưu]|b[ốo]n|n[ăa]m|s[áa]u|b[ảa]y|t[áa]m|ch[íi]n|ch[ạa]p`;

/**
 * Vietnamese dates with the month in words, always with a comma and a year: day first ("20 Tháng
 * Mười, 2024", "ngày 3 Tháng Mười Hai, 2025") or month first ("Tháng Mười 20, 2024"). (Without
 * the comma, "9 tháng năm 2024" is nine months of the year.)
 */
export const DATE_VI_MONTH_WORD = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:ng[àa]y${S1})?(?<day>\\d{1,2})${S1}th[áa]ng${S1}(?<month>${VI_MONTH_WORD})(?![\\p{L}]),${S}(?<year>\\d{4})|th[áa]ng${S1}(?<month2>${VI_MONTH_WORD})${S1}(?<day2>\\d{1,2}),${S}(?<year2>\\d{4}))(?!\\d)`,
  'iu',
);

/** A clock time: "2:16 PM", "08:41", "14h30" (Vietnamese), "kl. 10.15" (Swedish). */
export const TIME = new RegExp(
  `(?<![\\d:])(?<hour>\\d{1,2})[:h.](?<minute>\\d{2})(?::\\d{2})?(?![\\d:])(?:${S}(?<ampm>[AaPp]\\.?[Mm]\\.?))?`,
  'u',
);

/** A stated zone: "GMT+7", "UTC+07:00", "(GMT+7)", "ICT". */
export const ZONE = new RegExp(
  `(?<![\\p{L}])(?:(?:GMT|UTC)${S}(?<sign>[+-])${S}(?<hh>\\d{1,2})(?::?(?<mm>\\d{2}))?|(?<ict>ICT))(?![\\p{Ll}\\d])`,
  'u',
);

/** Weekday names in en, sv, vi (with or without diacritics) and fr: a date line may start with one. */
export const WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|th[ứu]${S1}(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|ch[ủu]${S1}nh[ậa]t|CN)(?![\\p{L}])`,
  'iu',
);

/**
 * A label that says what the date after it is: the scraper's " date", "Publicerad:", "Uppdaterad",
 * "Cập nhật:", "Published", "Updated", "Posted", "Ngày đăng", "Đăng lúc", "Đăng ngày", "Đăng vào",
 * "Last updated at". The Vietnamese ones with their marks, without, or with some lost ("Ngay đăng").
 * Found anywhere in a short line; the date follows within a few characters.
 */
export const DATE_LABEL = new RegExp(
  `(?<![\\p{L}])(?:date|datum|published|publicerad|publicerat|publiserad|updated|uppdaterad|uppdaterat|posted|last updated(?:${S1}at)?|ng[àa]y [đd][ăa]ng|[đd][ăa]ng (?:l[úu]c|ng[àa]y|v[àa]o)|g[ửu]i l[úu]c|c[ậa]p nh[ậa]t|xu[ấa]t b[ảa]n)(?![\\p{L}])${S}:?`,
  'iu',
);

/**
 * Labels of photo and video credits, at the start of a credit: "Photo:", "(Photo: …)", "Foto:",
 * "Video :", "[File: …]", "Ảnh:", "Anh:" (Ảnh without marks), "Bild:", "Källa:", "Nguồn ảnh:".
 */
export const CREDIT_LABEL = new RegExp(
  `(?<![\\p{L}])(?<label>Photos?|PHOTO|Foto|FOTO|Bild|Ảnh|Anh|Video|File|Image|Nguồn ảnh|Nguon anh|Källa)${S}:`,
  'gu',
);

/** Characters a credit ("Viet Cuong/VOV", "Achmad Ibrahim/AP/TT") is made of: it opens with a capital, a digit or a domain ("nhandan.vn"). */
export const CREDIT_TEXT =
  /^(?:[\p{Lu}\d]|[\p{Ll}\d-]{2,40}\.[a-z]{2,3}(?![\p{L}]))[\p{L}\p{M}\d' ./&,+-]*$/u;

/** A headline reused as an image label: "... bilateral ties - Ảnh 1.", "- ảnh 1". */
export const IMAGE_LABEL = /[ \t][-–—][ \t]{0,3}(?:Ảnh|ảnh|Photo|Hình|Bild|Foto)[ \t]{1,3}\d{1,3}\.?$/u;

/** Comment counters: "Kommentar (0)", "Bình luận (3)", "Y kien (14)", "0 Comments". */
export const COMMENTS = new RegExp(
  `^(?:(?:kommentar(?:er)?|comments?|b[ìi]nh lu[ậa]n|[ýy] ki[ếe]n)${S}\\(\\d{1,6}\\)|\\d{1,6}${S1}(?:comments?|kommentar(?:er)?|b[ìi]nh lu[ậa]n))$`,
  'iu',
);

/** "Xem thêm" (or "Xem them"), "Read more:", "Läs mer", "Tin liên quan", "Related:" lines. */
export const READ_MORE =
  /^(?:xem th[êe]m|[đd][ọo]c th[êe]m|tin li[êe]n quan|b[àa]i li[êe]n quan|tin kh[áa]c|c[áa]c b[àa]i kh[áa]c|read more|see also|related(?: news| articles| stories)?|more stories|läs (?:mer|också|även)|relaterat)(?![\p{L}])/iu;

/**
 * Audio player leftovers: "00:00 / 02:15", "2:03 min", "Nghe bài viết", "Listen to this article",
 * "Lyssna", with the reading's length after a label ("Lyssna på artikeln 7 min").
 */
export const AUDIO = new RegExp(
  `^(?:\\d{1,2}:\\d{2}(?::\\d{2})?${S}\\/${S}\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}:\\d{2}${S}min|(?:nghe bài viết|nghe đọc bài|listen(?: to this article)?|lyssna(?: på artikeln)?)(?:${S1}\\d{1,3}(?::\\d{2})?${S}(?:min|minuter|minutes|phút))?|play|pause)$`,
  'iu',
);

/** "./." — the Vietnamese end-of-article mark, optionally followed by an outlet: "./. VNA". */
export const END_MARK = /\.\/\.(?:[ \t]{0,3}(?<outlet>[\p{Lu}][\p{L}\d.+]{1,20}))?[ \t]{0,3}$/u;

/** A dash sign-off at the end of a paragraph or alone: "— VNS", " - VNA", "— Reuters". */
export const DASH_SIGNOFF =
  /(?:^|[ \t])[—–][ \t]{0,3}(?<outlet>[\p{Lu}](?:[\p{Lu}\d.]{1,15}|[\p{Ll}]{2,15}))[ \t]{0,3}$/u;

/**
 * The label of a line naming a source: "Theo TTXVN", "Nguồn: VGP", "Nguồn tin: …", "Källa: VNA",
 * "Source: VNA", "According to …", "Läs originalet på expressen.se", "Från Rilpedia", "Trích dẫn từ
 * Báo Nghệ An".
 */
export const SOURCE_LABEL = new RegExp(
  `^(?:theo|nguồn(?:${S1}tin)?|nguon(?:${S1}tin)?|trích(?:${S1}dẫn)?${S1}từ|trich(?:${S1}dan)?${S1}tu|källa|source|according to|läs (?:hela )?(?:originalet|artikeln) (?:på|hos)|från)${S}:?${S}(?:theo${S1})?`,
  'iu',
);

/** "(VNA)", "(Vietnam+)": a closing line that is only an outlet in parentheses. */
export const PAREN_SOURCE_LINE = /^\((?<paren>[\p{Lu}][\p{L}\d.+&' -]{1,30})\)$/u;

/** A site's domain as news pages print it: a name and one of the endings the pages use. */
const SITE_DOMAIN =
  '[\\p{L}\\d][\\p{L}\\d-]{0,40}\\.(?:net|vn|com|org|com\\.vn|org\\.vn|gov\\.vn|net\\.vn|edu\\.vn|se|fi|jp|info)';

/** A bare domain closing a page: "Vnexpress.net", "vietnamplus.vn". */
export const DOMAIN_LINE = new RegExp(`^(?<outlet>${SITE_DOMAIN})$`, 'iu');

/** A domain opening a masthead, alone or before a separator and the site's tagline ("XEMIENTRUNG.VN - …"). */
export const MASTHEAD_DOMAIN = new RegExp(`^\\s{0,3}(?<domain>${SITE_DOMAIN})(?:$|\\s{1,3}[-–—|:]\\s)`, 'iu');

/**
 * The opening of a body: place (with an optional ", Country" or ", <date>"), outlet in parentheses
 * or slashes, or both, then a dash: "HÀ NỘI —", "Tokyo (VNA) -", "Hà Nội (TTXVN) -", "(VOVWORLD) -",
 * "VGP -", "HANOI, Vietnam (AP) —", "Hanoi, Oct. 19 (Jiji Press)--", "HANOI, October 21. /TASS/.", and
 * two places parted by a slash, "TOKYO/HANOI, March 10 (Reuters) -".
 * The dash must follow a space (or the outlet), so hyphenated compounds ("Vietnam-Japan Defence …")
 * are not datelines.
 */
export const DATELINE = new RegExp(
  `^(?<place>[\\p{Lu}][\\p{L}\\d.'’&]{0,20}(?:[ \\t][\\p{Lu}][\\p{L}.'’]{0,20}){0,3}(?:\\/[\\p{Lu}][\\p{L}.'’]{0,20}(?:[ \\t][\\p{Lu}][\\p{L}.'’]{0,20}){0,2})?)?(?:,${S}(?<extra>[\\p{L}][\\p{L}.]{0,12}(?:${S1}\\d{1,2}(?:,${S}\\d{4})?)?\\.?))?${S}(?:(?:\\((?<outlet>[\\p{L}\\d][\\p{L}\\d ./+-]{0,24})\\)|\\/(?<slashed>[\\p{Lu}][\\p{Lu}\\d]{1,10})\\/)${S}(?:[—–-]{1,2}|\\.)|[ \\t][—–-]{1,2})${S}(?=\\S)`,
  'u',
);

/** Sentence-final punctuation, possibly followed by a closing quote. */
export const SENTENCE_END = /[.!?…:;]["'”’»)]?$/u;

/** Line terminators: CRLF, LF or CR. */
export const LINE_BREAK = /\r\n|\n|\r/gu;
