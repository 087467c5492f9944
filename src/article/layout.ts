import {
  AUDIO,
  BULLET_LINE,
  COMMENTS,
  DOMAIN_LINE,
  PAREN_SOURCE_LINE,
  READ_MORE,
  SOURCE_LABEL,
  WEEKDAY,
} from '../regex.js';
import { isChrome } from './chrome.js';
import { COUNTER_PART, type FoundDate, readDateLine } from './date.js';
import { BYLINE_ROLES, NAME_JOINERS } from './lexicon.js';
import { type Line, splitLines, subLine } from './lines.js';
import {
  barCredit,
  type CreditMatch,
  courtesyCredit,
  danglingDash,
  dashPhotoCredit,
  dashSignoffAt,
  endMarkAt,
  isImageLabel,
  labelledCredit,
  trailingPipe,
} from './scanners.js';
import type { BlockKind } from './schema.js';
import { bodyParagraph, endsSentence, matchDateline, words } from './shape.js';
import { isTagLine, pickTitle } from './title.js';

export { matchDateline, words } from './shape.js';

/** How a piece names the outlet of the page. */
export type OutletForm = 'signoff' | 'domain' | 'source-line' | 'byline';

/** A classified piece of the page: a block with what was read from it. */
export interface Piece {
  kind: Exclude<BlockKind, 'blank'>;
  /** The whole block (may span several lines, e.g. a navigation list or a caption and its "|"). */
  span: Line;
  /** For captions: the caption proper, without its credit and trailing pipe. */
  caption?: Line;
  /** For captions and credit lines: the credit ("Viet Cuong/VOV"). */
  credit?: Line | null;
  /** For sign-offs, source lines and by-lines: the outlet named, if any ("VNA" in "./. VNA"). */
  outlet?: Line | null;
  /** How the piece names its outlet. */
  outletForm?: OutletForm;
  /** For by-lines: the outlet is stated as one ("By X - Thanh Nien News -"), not only a name to check. */
  outletExplicit?: boolean;
  /** For date lines: the date read, and whether a label says what it is ("Publicerad", " date"). */
  date?: FoundDate;
  dateLabelled?: boolean;
}

/** Navigation entries and menu words are short. */
const MAX_NAV_LENGTH = 60;
/** A line above the headline of this many words or more is a supertitle, not a section or menu name. */
const MIN_SUPERTITLE_WORDS = 6;
/** A run of at least this many short lines at the top of a page is a menu. */
const MIN_MENU_RUN = 3;
const MAX_MENU_WORD_LENGTH = 30;
/** Sub-headings inside the body are short and unpunctuated. */
const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 14;
/** A by-line is a name or two and an outlet. */
const MAX_BYLINE_WORDS = 12;
/** A source line ("Theo TTXVN", "Nguồn tin: Báo Người Lao Động") is short. */
const MAX_SOURCE_NAME = 48;
const MAX_SOURCE_WORDS = 6;

/** The text without the blanks and hyphens that close a by-line ("By Mai Thanh Hai - Thanh Nien News -"). */
function withoutTrailingDashes(t: string): string {
  let end = t.length;
  while (end > 0 && ' \t-'.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end);
}

/** A bare link standing as a line: "http://www.laodong.com.vn/Home/…". */
const URL_LINE = /^(?:https?:\/\/|www\.)\S{1,2000}$/iu;

const BYLINE =
  /^(?:by|av|bởi|tác giả|reported by|written by|nhóm phóng viên|nhóm pv)[ \t]{0,3}:?[ \t]{1,3}(?=\p{Lu})/iu;
/**
 * A blog post's by-line: its poster, then the time and fields after bars ("Đăng bởi Đào Mai lúc
 * 21:40 | Nhãn: … | 23 bình luận", "Posted by AMP Project Marketing"). A poster is no outlet.
 */
const POSTED_BY = /^(?:posted by|đăng bởi|dang boi)[ \t]{1,3}(?=\p{Lu})/iu;
/** What parts a blog's by-line from its fields. */
const FIELD_BAR = ' | ';

/**
 * A writer's name, a comma and the writer's role, alone on a line: "KAZUMA OKUDA, Nikkei staff writer",
 * "Anna Berg, Asia correspondent" (the role checked by `isRole`).
 */
const MAX_NAME_ROLE_LINE = 80;
const NAME_ROLE_LINE =
  /^\p{Lu}[\p{L}\p{M}.'-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'-]*){1,3},[ \t]{1,3}(?<role>(?:[\p{L}\p{M}&.'-]+[ \t]){0,3}[\p{L}\p{M}]+)$/u;

/**
 * A Vietnamese author's line: academic titles, each with its stop, and a name of two to five
 * capitalised words, alone on the line ("TS. PHAN THỊ MINH NGUYỆT", "PGS.TS. Nguyễn Văn An"; not a
 * club, "TSV Langenau").
 */
const ACADEMIC_BYLINE =
  /^(?:(?:GS|PGS|TSKH|TS|ThS|NCS)\.[ \t]?){1,3}\p{Lu}[\p{L}\p{M}]*(?:[ \t]\p{Lu}[\p{L}\p{M}]*){1,4}$/u;

function captionPiece(line: Line, m: CreditMatch): Piece {
  const creditLine = subLine(line, m.start, m.end);
  const proper = subLine(line, 0, m.captionEnd);
  if (proper === null || !/[\p{L}\d]/u.test(proper.text))
    return { kind: 'credit', span: line, credit: creditLine };
  return { kind: 'caption', span: line, caption: stripPipe(proper), credit: creditLine };
}

/** The outlet a source names, whole or as its first part before a slash ("VNA / Vietnam.vn"). */
function firstOutlet(source: Line, isOutletName: ((text: string) => boolean) | undefined): Line | null {
  if (!isOutletName) return null;
  if (isOutletName(source.text)) return source;
  const slash = source.text.indexOf('/');
  if (slash <= 0) return null;
  const first = subLine(source, 0, slash);
  return first && isOutletName(first.text.trimEnd()) ? subLine(source, 0, first.text.trimEnd().length) : null;
}

/**
 * A signature and its outlet in brackets: "Minh Khoi (QDND)", "Việt Hùng (Vietnam+)", or its source
 * after a label, "Minh Khoa (Theo Sài Gòn Giải Phóng)".
 */
const SIGNATURE = /^(?<writer>[^()\n.!?]{2,40})\((?<outlet>[^()\n]{2,40})\)$/u;
/** Most words of a signature line. */
const MAX_SIGNATURE_WORDS = 6;
/** A list of sources: a comma, a semicolon or a joining word between names. */
const SEVERAL_SOURCES = /[,;]|\s(?:và|va|and|och|&)\s/iu;
/** Longest outlet in a signature's brackets without a label. */
const MAX_SIGNATURE_OUTLET = 30;

/**
 * The outlet in brackets after a writer's name on a line of its own: a known outlet under a paragraph
 * of the body (`afterBody`), or any name a source label opens, as on a source line of its own
 * ("Huynh Lam (Theo Bao Ca Mau)").
 */
function signatureOutlet(
  line: Line,
  isOutletName: ((text: string) => boolean) | undefined,
  afterBody: boolean,
): Line | null {
  const m = SIGNATURE.exec(line.text);
  const name = m?.groups?.outlet;
  const writer = m?.groups?.writer?.trimEnd();
  if (!m || !name || !writer) return null;
  const at = line.text.length - 1 - name.length;
  if (SOURCE_LABEL.test(name)) {
    // "(från Kuala Lumpur)" says where the writer was; "(theo Kyodo, Asahi Shimbun)" that the
    // writer compiled the piece from several sources, for the page's own outlet.
    if (FROM_LABEL.test(name) || SEVERAL_SOURCES.test(name)) return null;
    const inner = signatureLine(writer) ? subLine(line, at, at + name.length) : null;
    return inner && sourceName(inner);
  }
  if (
    !afterBody ||
    !isOutletName ||
    words(line.text) > MAX_SIGNATURE_WORDS ||
    name.length > MAX_SIGNATURE_OUTLET
  )
    return null;
  if (!isOutletName(name)) return null;
  return subLine(line, at, at + name.length);
}

/**
 * A writer's name signed alone on its line under the body: a few capitalised words, no sentence
 * ("Quỳnh Anh", "T.L", "Minh Khôi - Thu Hà").
 */
function signatureLine(t: string): boolean {
  return words(t) <= MAX_SIGNATURE_WORDS && /^\p{Lu}/u.test(t) && !/[.!?:]$/u.test(t) && !/\s\p{Ll}/u.test(t);
}

function stripPipe(line: Line): Line {
  const at = trailingPipe(line.text);
  return at >= 0 ? (subLine(line, 0, at) ?? line) : line;
}

/** The Swedish source label "Från", which is also the preposition "from". */
const FROM_LABEL = /^från/iu;

/**
 * The outlet a source line names: "Theo TTXVN", "Nguồn tin: Báo Người Lao Động", "Källa: VNA",
 * "Nguồn Tin BBC - Anh Quốc" (up to the first separator), "Läs originalet på expressen.se".
 */
export function sourceName(line: Line): Line | null {
  const m = SOURCE_LABEL.exec(line.text);
  if (!m) return null;
  const from = m[0].length;
  let end = from;
  const t = line.text;
  while (end < t.length && end - from <= MAX_SOURCE_NAME) {
    const c = t.charAt(end);
    if (',;|()[]'.includes(c)) break;
    if (c === '.' && (end + 1 === t.length || t.charAt(end + 1) === ' ')) break;
    if ((c === '-' || c === '–' || c === '—') && t.charAt(end - 1) === ' ') break;
    end++;
  }
  const name = subLine(line, from, end);
  if (!name || end - from > MAX_SOURCE_NAME || words(name.text) > MAX_SOURCE_WORDS) return null;
  // A name starts with a capital or is a domain ("expressen.se"); "Theo ông Nam, …" is prose.
  if (!/^[\p{Lu}\d]/u.test(name.text) && !DOMAIN_LINE.test(name.text)) return null;
  // What follows the name is short furniture, not the rest of a sentence: not a clause after a
  // comma ("Theo Nghị định 123/2015/NĐ-CP, hồ sơ gồm:" is "according to the decree, …").
  if (t.length - end > 80 || /^,\s*\p{Ll}/u.test(t.slice(end))) return null;
  // "Från" (from) opens headlines too ("Från Osaka till Oxhagen – …"): only a name alone on its
  // line, of capitalised words, is a source after it ("Från Rilpedia").
  if (FROM_LABEL.test(m[0]) && (t.slice(end).trim() !== '' || /\s\p{Ll}/u.test(name.text))) return null;
  return name;
}

/** How many of the last paragraphs are read for the story's closing sign-off. */
const SIGNOFF_PARAGRAPHS = 8;
/** The marks that end a sentence, and the closing quotes after one. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '"', '”']);

/** A by-line's part that ends on a journalist's role ("Staff writer", "phóng viên"). */
function isRole(t: string): boolean {
  const folded = t.trim().toLowerCase();
  return BYLINE_ROLES.some((r) => folded === r || folded.endsWith(` ${r}`));
}

/** A part of a by-line that is a day of the week alone ("Sunday", "Fri"), the start of its date. */
const WEEKDAY_PART = new RegExp(`^(?:${WEEKDAY.source}|(?:mon|tue|wed|thu|fri|sat|sun)\\.?)$`, 'iu');

/**
 * The outlet of a by-line: the segment after a dash ("By Mai Thanh Hai - Thanh Nien News -"), else
 * the name. Parts are parted by a dash, a bar, a comma or a gap of two spaces or more (a column of
 * the page: "By Dinh Van, Huu Khoa   Sunday, …"); a day of the week alone is none, nor is a counter
 * ("bởi Tùng | 3 bình luận") or a co-author ("…, and LE THANH TRUC, contributing writer").
 */
function bylineOutlet(line: Line, from: number): { outlet: Line | null; explicit: boolean } {
  const parts: [number, number][] = [];
  let start = from;
  const t = line.text;
  for (let i = from; i <= t.length; i++) {
    const c = t.charAt(i);
    const dash = (c === '-' || c === '–' || c === '—') && t.charAt(i - 1) === ' ';
    const gap = c === ' ' && t.charAt(i + 1) === ' ';
    if (i === t.length || dash || gap || c === '|' || c === ',') {
      parts.push([start, i]);
      // (A gap ends at its last space.)
      while (gap && t.charAt(i + 1) === ' ') i++;
      start = i + 1;
    }
  }
  const named = parts
    .map(([s, e]) => subLine(line, s, e))
    .filter(
      (p): p is Line =>
        p !== null &&
        /\p{L}/u.test(p.text) &&
        !isRole(p.text) &&
        !WEEKDAY_PART.test(p.text.trim()) &&
        !COUNTER_PART.test(p.text.trim()) &&
        // (Nor the author's e-mail address or handle: "Av Johan Ekdahl, johan.ekdahl@hd.se".)
        !p.text.includes('@') &&
        // (Nor a co-author after a joining word: "and LE THANH TRUC".)
        !NAME_JOINERS.has(p.text.trim().split(' ')[0]?.toLowerCase() ?? ''),
    );
  if (named.length >= 2) return { outlet: named[1] as Line, explicit: true };
  return { outlet: named[0] ?? null, explicit: false };
}

/**
 * The line is one word of letters and digits (ASCII, or Latin, Greek, Cyrillic and Vietnamese
 * letters and their marks): no space, no punctuation. Most shapes need a space, a colon, a dash, a
 * dot or a bracket, so such a line is checked against the few that do not.
 */
function isOneWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const alnum = (c | 32) >= 97 && (c | 32) <= 122 ? true : c >= 48 && c <= 57;
    if (!alnum && (c < 0xc0 || c >= 0x2000 || c === 0xd7 || c === 0xf7)) return false;
  }
  return t.length > 0;
}

/** Classifies one line by its own shape, before context is considered (a date line first: it may carry a credit). */
function classifyShape(line: Line): Piece {
  const t = line.text;
  if (isOneWord(t)) {
    if (isChrome(t)) return { kind: 'navigation', span: line };
    if (AUDIO.test(t)) return { kind: 'audio', span: line };
    if (READ_MORE.test(t)) return { kind: 'read-more', span: line };
    // A source label glued to its name ("TheoTTXVN").
    const glued = sourceName(line);
    if (glued) return { kind: 'signoff', span: line, outlet: glued, outletForm: 'source-line' };
    return { kind: 'paragraph', span: line };
  }
  if (isChrome(t) || URL_LINE.test(t)) return { kind: 'navigation', span: line };
  if (BULLET_LINE.test(t) && t.length <= MAX_NAV_LENGTH) return { kind: 'navigation', span: line };
  if (AUDIO.test(t)) return { kind: 'audio', span: line };
  if (COMMENTS.test(t)) return { kind: 'comments', span: line };
  if (READ_MORE.test(t)) return { kind: 'read-more', span: line };
  if (isImageLabel(t)) return { kind: 'image-label', span: line };
  const pipe = trailingPipe(t);
  if (pipe >= 0) {
    const before = t.slice(0, pipe);
    if (before.endsWith('...') || before.endsWith('…')) return { kind: 'related', span: line };
    if (before === '') return { kind: 'credit', span: line, credit: null };
  }
  const labelled = labelledCredit(t);
  if (labelled) return captionPiece(line, labelled);
  const dashPhoto = dashPhotoCredit(t);
  if (dashPhoto) return captionPiece(line, dashPhoto);
  const courtesy = courtesyCredit(t);
  if (courtesy) return captionPiece(line, courtesy);
  const bar = barCredit(t);
  if (bar) return captionPiece(line, bar);
  if (ACADEMIC_BYLINE.test(t)) return { kind: 'byline', span: line, outlet: null, outletForm: 'byline' };
  const byline = BYLINE.exec(t);
  if (byline && words(t) <= MAX_BYLINE_WORDS && !endsSentence(withoutTrailingDashes(t))) {
    const { outlet, explicit } = bylineOutlet(line, byline[0].length);
    return { kind: 'byline', span: line, outlet, outletForm: 'byline', outletExplicit: explicit };
  }
  if (POSTED_BY.test(t)) {
    const fields = t.indexOf(FIELD_BAR);
    if (words(fields > 0 ? t.slice(0, fields) : t) <= MAX_BYLINE_WORDS)
      return { kind: 'byline', span: line, outlet: null, outletForm: 'byline' };
  }
  const role = t.length <= MAX_NAME_ROLE_LINE ? NAME_ROLE_LINE.exec(t) : null;
  if (role?.groups?.role && isRole(role.groups.role))
    return { kind: 'byline', span: line, outlet: null, outletForm: 'byline' };
  // "<headline> -": an entry of a list of other articles, each closed by a dash.
  if (danglingDash(t) && words(t) >= 3) return { kind: 'related', span: line };
  const source = sourceName(line);
  if (source) return { kind: 'signoff', span: line, outlet: source, outletForm: 'source-line' };
  const paren = PAREN_SOURCE_LINE.exec(t);
  if (paren?.groups?.paren) {
    const inner = subLine(line, 1, t.length - 1);
    // "(Theo Báo Thái Bình)": the name after the label, as on a source line without brackets.
    const outlet = inner && SOURCE_LABEL.test(inner.text) ? sourceName(inner) : inner;
    if (outlet) return { kind: 'signoff', span: line, outlet, outletForm: 'source-line' };
  }
  if (DOMAIN_LINE.test(t)) return { kind: 'signoff', span: line, outlet: line, outletForm: 'domain' };
  const endMark = endMarkAt(t);
  if (endMark && endMark.index === 0) return signoff(line, endMark);
  const dash = dashSignoffAt(t);
  if (dash && dash.index === 0) return signoff(line, dash);
  if (pipe >= 0) return { kind: 'caption', span: line, caption: stripPipe(line), credit: null };
  return { kind: 'paragraph', span: line };
}

/** Classifies a line: a date line (possibly with text glued after it), or one shaped piece. */
function classifyLine(line: Line, out: Piece[]): void {
  const dated = readDateLine(line.text);
  if (!dated) {
    out.push(classifyShape(line));
    return;
  }
  const head = dated.end < line.text.length ? subLine(line, 0, dated.end) : line;
  const piece: Piece = { kind: 'date', span: head ?? line, date: dated.date, dateLabelled: dated.labelled };
  // A date line may name the outlet too: "Nguồn Tin BBC - Anh Quốc. Cập nhật: …", "By VnExpress March 1, 2017".
  const source = sourceName(line);
  const byline = BYLINE.exec(line.text);
  if (source) {
    piece.outlet = source;
    piece.outletForm = 'source-line';
  } else if (byline) {
    const prefix = subLine(line, 0, dated.date.start);
    if (prefix) {
      const { outlet, explicit } = bylineOutlet(prefix, byline[0].length);
      piece.outlet = outlet;
      piece.outletForm = 'byline';
      piece.outletExplicit = explicit;
    }
  }
  out.push(piece);
  const rest = head && dated.end < line.text.length ? subLine(line, dated.end) : null;
  if (rest) out.push(classifyShape(rest));
}

function signoff(line: Line, m: RegExpExecArray): Piece {
  const name = m.groups?.outlet;
  const at = name ? m.index + m[0].lastIndexOf(name) : 0;
  return {
    kind: 'signoff',
    span: line,
    outlet: name ? subLine(line, at, at + name.length) : null,
    outletForm: 'signoff',
  };
}

const isMenuWord = (p: Piece): boolean =>
  p.kind === 'paragraph' &&
  p.span.text.length <= MAX_MENU_WORD_LENGTH &&
  words(p.span.text) <= 4 &&
  !endsSentence(p.span.text);

/** Merges a piece into the previous one, extending the span. */
function extend(prev: Piece, next: Piece, text: string): void {
  prev.span = {
    start: prev.span.start,
    end: next.span.end,
    text: text.slice(prev.span.start, next.span.end),
  };
}

/** Sub-headings: short unpunctuated lines between paragraphs, followed by a longer one. One pass each way. */
function markHeadings(pieces: Piece[]): void {
  const n = pieces.length;
  // For each piece, the kind of the last paragraph or title before it, and the next paragraph or heading after it.
  const before: (Piece | undefined)[] = new Array(n);
  let last: Piece | undefined;
  for (let i = 0; i < n; i++) {
    before[i] = last;
    const p = pieces[i] as Piece;
    if (p.kind === 'paragraph' || p.kind === 'title') last = p;
  }
  let next: Piece | undefined;
  for (let i = n - 1; i >= 1; i--) {
    const p = pieces[i] as Piece;
    const after = next;
    if (p.kind === 'paragraph' || p.kind === 'heading') next = p;
    if (p.kind !== 'paragraph' || i === n - 1) continue;
    const t = p.span.text;
    if (t.length > MAX_HEADING_LENGTH || words(t) > MAX_HEADING_WORDS || endsSentence(t)) continue;
    if (before[i]?.kind === 'paragraph' && after?.kind === 'paragraph' && after.span.text.length > t.length) {
      p.kind = 'heading';
    }
  }
}

/** Options of {@link layout}. */
export interface LayoutOptions {
  /** Whether a line is only the name of a known outlet (site names are not headlines). */
  isOutletName?: (text: string) => boolean;
}

/**
 * Cuts a page into classified pieces: navigation and site chrome, title, date lines, by-lines,
 * captions and credits, body paragraphs and sub-headings, sign-offs, comment counters, teasers
 * and player leftovers. Pieces are in text order and do not overlap; the gaps between them are
 * whitespace only. Linear in the length of the text.
 */
export function layout(text: string, options: LayoutOptions = {}): Piece[] {
  const lines: Piece[] = [];
  for (const line of splitLines(text)) classifyLine(line, lines);
  // A caption and the credit or "|" on its next line are one caption.
  const pieces: Piece[] = [];
  for (const p of lines) {
    const prev = pieces.at(-1);
    // "Källa: VNA" under a paragraph of the body names the article's source, as "Source: VNA" does,
    // when it names an outlet (under a photo's caption it credits the photo; under a fact box,
    // "Källa: Nato", the facts).
    // "Minh Khoi (QDND)" under the body: a writer's signature with the outlet, when it names one
    // (with a source label, under any sentence: "Minh Khoa (Theo Sài Gòn Giải Phóng)").
    if (prev?.kind === 'paragraph' && p.kind === 'paragraph' && endsSentence(prev.span.text)) {
      const outlet = signatureOutlet(p.span, options.isOutletName, bodyParagraph(prev.span.text));
      if (outlet) {
        pieces.push({ kind: 'signoff', span: p.span, outlet, outletForm: 'signoff' });
        continue;
      }
    }
    // The same line after the writer's name signed under the body ("Quỳnh Anh" / "Källa: Báo …"),
    // whose last paragraph may be one short sentence.
    const signed =
      prev?.kind === 'paragraph' &&
      signatureLine(prev.span.text) &&
      pieces.at(-2)?.kind === 'paragraph' &&
      endsSentence((pieces.at(-2) as Piece).span.text);
    if (prev?.kind === 'paragraph' && p.kind === 'credit' && (bodyParagraph(prev.span.text) || signed)) {
      const source = sourceName(p.span);
      const outlet = source && firstOutlet(source, options.isOutletName);
      if (outlet) {
        pieces.push({ kind: 'signoff', span: p.span, outlet, outletForm: 'source-line' });
        continue;
      }
    }
    // (Not the lead that opens on its dateline's outlet, "Osaka (VNA) - …", over a photo's credit.)
    const lead =
      prev?.kind === 'paragraph' &&
      bodyParagraph(prev.span.text) &&
      Boolean(matchDateline(prev.span.text)?.groups?.outlet);
    if (prev && (prev.kind === 'caption' || prev.kind === 'paragraph') && p.kind === 'credit' && !lead) {
      if (prev.kind === 'paragraph') {
        // A paragraph followed by a credit line is a caption in two lines.
        prev.kind = 'caption';
        prev.caption = stripPipe(prev.span);
        prev.credit = null;
      }
      if (!prev.credit && p.credit) prev.credit = p.credit;
      extend(prev, p, text);
    } else pieces.push(p);
  }

  pickTitle(pieces, text, options.isOutletName ?? (() => false));
  const title = pieces.findIndex((p) => p.kind === 'title');
  if (title >= 0) {
    // Short lines above the headline are the site's (section names, menu leftovers), but for a
    // line of many words: a supertitle ("VIỆT NAM NHẮC NHỞ NHIỀU HƠN VỀ HOÀNG SA"), whose names count.
    // (A menu or a line of tags has many words too: "Home | World | Asia | Japan | …"; and so
    // does an outlet's masthead: "BAO NONG NGHIEP VA MOI TRUONG".)
    const isOutletName = options.isOutletName ?? (() => false);
    for (let i = 0; i < title; i++) {
      const p = pieces[i] as Piece;
      if (p.kind === 'paragraph' && p.span.text.length <= MAX_NAV_LENGTH && !endsSentence(p.span.text))
        p.kind =
          words(p.span.text) >= MIN_SUPERTITLE_WORDS && !isTagLine(p.span.text) && !isOutletName(p.span.text)
            ? 'heading'
            : 'navigation';
    }
  } else {
    // Without a headline, a run of short menu words (and chrome) at the very top is navigation.
    let run = 0;
    let menuWords = 0;
    for (; run < pieces.length; run++) {
      const p = pieces[run] as Piece;
      if (isMenuWord(p)) menuWords++;
      else if (p.kind !== 'navigation') break;
    }
    if (menuWords >= MIN_MENU_RUN && run < pieces.length)
      for (let i = 0; i < run; i++) (pieces[i] as Piece).kind = 'navigation';
  }
  markHeadings(pieces);

  // The end mark or an agency sign-off closing the last paragraph: "… talks./. VNA", "… — VNS";
  // or one of the last few, when a caption or the headlines of other articles follow the story's.
  let lastIndex = -1;
  let m: RegExpExecArray | null = null;
  for (let k = pieces.length - 1, seen = 0; k >= 0 && seen < SIGNOFF_PARAGRAPHS; k--) {
    const p = pieces[k] as Piece;
    if (p.kind !== 'paragraph') continue;
    if (lastIndex < 0) lastIndex = k;
    seen++;
    // (Not an item of a list of links: "- … hữu nghị Việt – Nhật" names no agency.)
    if (BULLET_LINE.test(p.span.text)) continue;
    m = endMarkAt(p.span.text) ?? dashSignoffAt(p.span.text);
    // (Before the last, only a sign-off after a full sentence: "… the ceremony. — VNS".)
    if (
      m &&
      m.index > 0 &&
      (k === lastIndex || SENTENCE_END.has(p.span.text.slice(0, m.index).trimEnd().slice(-1)))
    ) {
      lastIndex = k;
      break;
    }
    m = null;
  }
  const last = pieces[lastIndex];
  if (last && m) {
    if (m.index > 0) {
      const body = subLine(last.span, 0, m.index);
      const sign = subLine(last.span, m.index);
      if (body && sign) {
        last.span = body;
        const mark = endMarkAt(sign.text) ?? dashSignoffAt(sign.text);
        if (mark) pieces.splice(lastIndex + 1, 0, signoff(sign, mark));
      }
    }
  }

  // Consecutive navigation lines are one block.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const prev = merged.at(-1);
    if (prev?.kind === 'navigation' && p.kind === 'navigation') extend(prev, p, text);
    else merged.push(p);
  }
  return merged;
}
