import { foldKey } from '../text/fold.js';
import {
  CHROME_LABELS,
  CHROME_LINE_ENDS,
  CHROME_LINES,
  SECTIONS,
  TRAILING_FUNCTION_WORDS,
  TRAILING_PARTICLES,
} from './lexicon.js';

/** Folding keys of the lexicons, built on first use. */
let keys:
  | {
      lines: Set<string>;
      labels: Set<string>;
      ends: Set<string>;
      sections: Set<string>;
      functionWords: Set<string>;
      particles: Set<string>;
      functionWordsWritten: Set<string>;
      particlesWritten: Set<string>;
    }
  | undefined;

function lexicon() {
  keys ??= {
    lines: new Set(CHROME_LINES.map(foldKey)),
    labels: new Set(CHROME_LABELS.map(foldKey)),
    ends: new Set(CHROME_LINE_ENDS.map(foldKey)),
    sections: new Set(SECTIONS.map(foldKey)),
    functionWords: new Set(TRAILING_FUNCTION_WORDS.map(foldKey)),
    particles: new Set(TRAILING_PARTICLES.map(foldKey)),
    functionWordsWritten: new Set(TRAILING_FUNCTION_WORDS.map((w) => w.normalize('NFC'))),
    particlesWritten: new Set(TRAILING_PARTICLES.map((w) => w.normalize('NFC'))),
  };
  return keys;
}

/** Lines this long or longer are never chrome by the word lists (they are prose, or a banner checked by its end). */
const MAX_CHROME_LINE = 60;

/** Longest URL slug taken for chrome. */
const MAX_SLUG = 200;
/** A temperature reading of a weather widget: "Hà Nội: 16°C Hà Nội". */
const WEATHER = /\d{1,2}[ \t]?°[CF]/u;
/** A URL slug standing as a line: lower-case words joined by hyphens, no spaces. */
const SLUG = /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){3,40}$/u;
/** A word glued to the next menu entry ("invasionenSvenska", "CreatorsPublishersAdvertisers"). */
const GLUED_WORDS = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/gu;

/** The line is a URL slug ("vietnam-welcomes-japan-emperor-empress-in-first-visit-1"). */
export const isSlug = (text: string): boolean => SLUG.test(text);

/** Words of a slug or of a line, folded, for comparing a headline with the page's slug. */
export const slugWords = (text: string): string =>
  foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A group's line of members, at the end: "Nhom · 37 thanh vien", "Nhóm Riêng tư · 48,3K thành viên",
 * "Group · 1.2K members", "Nhom Rieng tu - 48,3K thanh vien".
 */
const MEMBERS =
  /(?:^|[·•|–-][ \t]{0,3})[\d.,]{1,7}K?[ \t]{1,3}(?:thành viên|thanh vien|members|medlemmar)[ \t]*$/iu;

/** A group's line of members ({@link MEMBERS}): the line over it is the group's name. */
export const membersLine = (text: string): boolean => text.length <= MAX_CHROME_LINE && MEMBERS.test(text);

/** A chrome line that names the site: "Theo dõi Baoquocte.vn trên", "Follow VnExpress on", "Följ Expressen på". */
export const FOLLOW_LINE =
  /^(?:theo dõi|follow|följ)[ \t]{1,3}(?<site>[\p{L}\d][\p{L}\d.+-]{1,40})[ \t]{1,3}(?:trên|on|på)(?![\p{L}])/iu;

/** Most entries of a line of chrome parted by bars. */
const MAX_CHROME_PARTS = 4;

/**
 * Site chrome by its words: skip-links, menus, sharing and sign-in, widget and section labels
 * ("Accessibility links", "Connect with us", "Vào nội dung chính", "Hoppa till huvudinnehåll"),
 * alone or parted by bars ("Subscribe | Sign in"), weather widgets, URL slugs, menu entries glued
 * together, and banners that end on a close button.
 */
export function isChrome(text: string): boolean {
  const { lines, labels, ends, sections } = lexicon();
  if (text.length <= MAX_CHROME_LINE && (WEATHER.test(text) || MEMBERS.test(text))) return true;
  if (text.length <= MAX_SLUG && isSlug(text)) return true;
  if (text.length <= MAX_CHROME_LINE) {
    let end = text.length;
    while (end > 0 && ':.!'.includes(text.charAt(end - 1))) end--;
    const key = foldKey(text.slice(0, end));
    if (lines.has(key) || sections.has(key)) return true;
    // Chrome entries parted by bars: "Subscribe | Sign in", "Đăng nhập | Đăng ký".
    if (text.includes('|')) {
      const parts = text.split('|');
      if (parts.length <= MAX_CHROME_PARTS && parts.every((part) => lines.has(foldKey(part.trim()))))
        return true;
    }
  }
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 20 && labels.has(foldKey(text.slice(0, colon)))) return true;
  // A banner ending on its close button: "… nếu mạng chậm. Đóng".
  const lastSpace = text.trimEnd().lastIndexOf(' ');
  if (lastSpace > 0 && '.!?'.includes(text.slice(0, lastSpace).trimEnd().slice(-1) || ' ')) {
    if (ends.has(foldKey(text.slice(lastSpace + 1)))) return true;
  }
  // Menu entries glued together, with no sentence of their own.
  return text.length <= MAX_CHROME_LINE * 2 && mayBeGlued(text) && gluedMenu(text);
}

/**
 * Entries glued in a line of menu words: a glue in more than a quarter of its words ("Thời sự
 * Thế giớiKinh doanh"). A name written in camel case is one glue among many words ("FamilyMart turns
 * to franchisees for push into Hai Phong").
 */
function gluedMenu(text: string): boolean {
  let glues = 0;
  GLUED_WORDS.lastIndex = 0;
  while (GLUED_WORDS.exec(text) !== null) glues++;
  if (glues === 0) return false;
  let words = 1;
  for (let i = 1; i < text.length; i++)
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) words++;
  return 4 * glues > words;
}

/**
 * Whether a line has no sentence mark (. ! ?) and, somewhere, a capital that may follow a small letter
 * (outside ASCII, any character may): read by char codes, so the Unicode-class search of GLUED_WORDS
 * runs only on the few lines that pass.
 */
function mayBeGlued(text: string): boolean {
  let capitalAfterSmall = false;
  let before = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return false;
    if ((c >= 65 && c <= 90) || c >= 128)
      if ((before >= 97 && before <= 122) || before >= 128) capitalAfterSmall = true;
    before = c;
  }
  return capitalAfterSmall;
}

/** A section name alone ("Samhälle", "Quốc phòng - An ninh"). */
export function isSection(text: string): boolean {
  return lexicon().sections.has(foldKey(text));
}

/** The length of a section name opening a line ("Quốc phòng - An ninh Bí thư thứ nhất …"), or 0. */
export function sectionPrefix(text: string): number {
  const { sections } = lexicon();
  let best = 0;
  const words = text.split(' ');
  let prefix = '';
  for (let i = 0; i < Math.min(words.length - 1, 5); i++) {
    prefix = i === 0 ? (words[0] as string) : `${prefix} ${words[i]}`;
    if (sections.has(foldKey(prefix))) best = prefix.length;
  }
  return best;
}

/** A closing quotation mark among the characters that end a line. */
const CLOSING_QUOTE = /["”»’]/u;

/**
 * The line ends on a function word ("… havet i"): a sentence broken across lines, not a headline;
 * or on a verb's particle ("… vara med", "… steps in") where the next line goes on in lower case
 * (`continues`).
 */
export function endsOnFunctionWord(text: string, continues = false): boolean {
  let end = text.length;
  while (end > 0 && !/\p{L}/u.test(text.charAt(end - 1))) end--;
  // A quotation that closes the line is whole, whatever its last word: "… i en takt vi bara kan
  // drömma om”".
  if (CLOSING_QUOTE.test(text.slice(end))) return false;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  if (start === end) return false;
  const last = text.slice(start, end);
  // A capitalised last word ("… Sea And I") is a name, not a function word.
  if (last !== last.toLowerCase()) return false;
  // A word with letters outside ASCII is read as written: "thể" ("… lễ đón trọng thể") is no
  // "the", "tố" no "to". An ASCII one by its key, for Vietnamese that lost its marks ("cua").
  const ascii = ASCII_WORD.test(last);
  const key = ascii ? foldKey(last) : last.normalize('NFC');
  const { functionWords, particles, functionWordsWritten, particlesWritten } = lexicon();
  return ascii
    ? functionWords.has(key) || (continues && particles.has(key))
    : functionWordsWritten.has(key) || (continues && particlesWritten.has(key));
}

/** A word of ASCII letters only. */
const ASCII_WORD = /^[A-Za-z]+$/u;
