import type { EntityType } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { FOLLOW_LINE, isChrome } from './chrome.js';
import type { Piece } from './layout.js';
import type { Line } from './lines.js';
import { GOVERNMENT_PORTAL, mastheadName } from './masthead.js';
import type { CreditSource, Dateline, Outlet, Span } from './schema.js';
import { bodyParagraph, matchDateline, OUTLET_TOKEN } from './shape.js';

const PLACE_TYPES: ReadonlySet<string> = new Set(['province', 'city', 'country', 'region', 'island-group']);
const OUTLET: ReadonlySet<string> = new Set(['outlet']);
/** What a by-line names besides its outlet: its reporters and the place they write from. */
const NOT_OUTLETS: ReadonlySet<string> = new Set(['person', ...PLACE_TYPES]);

/**
 * A word in capitals spoken as a word, not spelt out as an acronym: four letters or more, two of
 * them vowels ("KOFU", "NARA", "GIFU"; not "TTXVN", "NLDO", "SGGP"). Opening a dateline alone, it
 * is a place the knowledge base does not hold.
 */
function spokenWord(token: string): boolean {
  if (token.length < 4 || !/^\p{Lu}+$/u.test(token)) return false;
  let vowels = 0;
  for (const c of token.normalize('NFD')) if ('AEIOUY'.includes(c)) vowels++;
  return vowels >= 2;
}

/** A mention as the index gives it back: its entity, type and span. */
export interface IndexedMention {
  id: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
}

/**
 * Mentions in text order, three numbers each, searched by binary search: the first mention inside
 * a span, of one of the given types (one lookup per credit, not a scan of every mention). A long
 * page has hundreds of thousands of mentions; the index keeps none of their objects.
 */
export class MentionIndex {
  readonly #text: string;
  #starts = new Int32Array(64);
  #ends = new Int32Array(64);
  #entities = new Int32Array(64);
  #length = 0;
  readonly #ids: string[] = [];
  readonly #types: EntityType[] = [];
  readonly #entityOf = new Map<string, number>();

  /** An index of mentions of `text`, added in text order with {@link add}. */
  constructor(text: string) {
    this.#text = text;
  }

  /** Adds a mention after those already added. */
  add(m: { id: string; type: EntityType; start: number; end: number }): void {
    if (this.#length === this.#starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#starts = grow(this.#starts);
      this.#ends = grow(this.#ends);
      this.#entities = grow(this.#entities);
    }
    let entity = this.#entityOf.get(m.id);
    if (entity === undefined) {
      entity = this.#ids.length;
      this.#ids.push(m.id);
      this.#types.push(m.type);
      this.#entityOf.set(m.id, entity);
    }
    this.#starts[this.#length] = m.start;
    this.#ends[this.#length] = m.end;
    this.#entities[this.#length] = entity;
    this.#length++;
  }

  #at(i: number): IndexedMention {
    const entity = this.#entities[i] as number;
    const start = this.#starts[i] as number;
    const end = this.#ends[i] as number;
    return {
      id: this.#ids[entity] as string,
      type: this.#types[entity] as EntityType,
      text: this.#text.slice(start, end),
      start,
      end,
    };
  }

  /** Index of the first mention starting at or after `start` (binary search). */
  #first(start: number): number {
    const starts = this.#starts;
    let lo = 0;
    let hi = this.#length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first mention inside the span, optionally of one of `types`. */
  within(s: { start: number; end: number }, types?: ReadonlySet<string>): IndexedMention | null {
    for (let i = this.#first(s.start); i < this.#length; i++) {
      if ((this.#starts[i] as number) >= s.end) break;
      if (
        (this.#ends[i] as number) <= s.end &&
        (!types || types.has(this.#types[this.#entities[i] as number] as string))
      )
        return this.#at(i);
    }
    return null;
  }

  /** Every mention inside the span. */
  *all(s: { start: number; end: number }): Generator<IndexedMention> {
    for (let i = this.#first(s.start); i < this.#length && (this.#starts[i] as number) < s.end; i++)
      yield this.#at(i);
  }
}

const span = (l: Line | Span): Span => ({ text: l.text, start: l.start, end: l.end });

/** A government portal's short name in a credit: "Cổng TTĐT", "Cổng TTĐT tỉnh". */
const PORTAL_SHORT = /^c[ổo]ng tt[đd]t(?: (?:t[ỉi]nh|huy[ệe]n|x[ãa]))?$/iu;

/** A credit in capital initials: two to five letters ("BP", "TTO", "QĐND"). */
const INITIALS = /^\p{Lu}{2,5}$/u;

/** The capital initials of a name's words ("BIÊN PHÒNG" → "BP", "Tuổi Trẻ Online" → "TTO"). */
function initialsOf(name: string): string {
  let out = '';
  // (Words of letters only: "&" gives no initial, "SỨC KHỎE & ĐỜI SỐNG" is SKĐS.)
  for (const word of name.split(/\s+/u))
    if (word !== '' && /^\p{L}/u.test(word)) out += (word[0] as string).toLocaleUpperCase('vi');
  return out;
}

/**
 * Words around a newspaper's own name in its masthead: "Báo", "Tạp chí", "Báo và Phát thanh,
 * Truyền hình" (a province's merged paper and broadcaster) before, "điện tử" after.
 */
const PAPER_BEFORE = /^(?:báo và phát thanh,? truyền hình|báo|tạp chí) /iu;
const EDITION_AFTER = / (?:điện tử|online)$/iu;

/**
 * Initials as `written` abbreviate masthead `name`: its words' initials, or its own name's without "Báo" and
 * "điện tử", with an O for "Online" or ĐT for "điện tử" ("ĐNO" for "BÁO ĐÀ NẴNG ĐIỆN TỬ", "HPĐT"
 * for "BÁO HẢI PHÒNG ĐIỆN TỬ", "BĐ" for "BÁO BÌNH ĐỊNH"), or its name without "điện tử" alone
 * ("BHD" for "Báo Hải Dương điện tử").
 */
function abbreviates(written: string, name: string): boolean {
  // (A page that lost its marks writes Đ as D: "LD" for "LAO ĐỘNG".)
  const initials = withoutStroke(written);
  if (withoutStroke(initialsOf(name)) === initials) return true;
  const words = name.trim().replace(/\s+/gu, ' ');
  const edition = words.replace(EDITION_AFTER, '');
  const own = withoutStroke(initialsOf(edition.replace(PAPER_BEFORE, '')));
  // (And its name with "Báo" but not "điện tử": "BHD" for "Báo Hải Dương điện tử".)
  return (
    own === initials ||
    `${own}O` === initials ||
    `${own}DT` === initials ||
    (edition !== words && withoutStroke(initialsOf(edition)) === initials)
  );
}

const withoutStroke = (s: string): string => s.replaceAll('Đ', 'D');

/** "(VOVworld) Vietnamese …": an outlet in parentheses opening the body, without a dash. */
const LEAD_PAREN = /^\((?<outlet>[\p{Lu}][\p{L}\d.+]{1,20})\)[ \t]/u;

/**
 * How many paragraphs under the body's first may stand above a dateline that names its outlet: a
 * photo's caption, a summary's heading and its points.
 */
const DATELINE_REACH = 5;

/**
 * The paragraph that holds the body's dateline: the body's first, or, when it opens on none, the
 * first of the next few that opens on a dateline naming an outlet ("TOKYO/HANOI, March 10 (Reuters)
 * -" under a photo's caption and a summary's points), while none of them is a paragraph of prose.
 */
export function datelineParagraph(pieces: readonly Piece[], first: Piece | undefined): Piece | undefined {
  // (The body begun without one, a dateline further down opens another story: a blog's next post.)
  if (
    !first ||
    matchDateline(first.span.text) ||
    LEAD_PAREN.test(first.span.text) ||
    bodyParagraph(first.span.text)
  )
    return first;
  let seen = 0;
  for (let i = pieces.indexOf(first) + 1; i < pieces.length && seen < DATELINE_REACH; i++) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'paragraph') continue;
    seen++;
    const groups = matchDateline(p.span.text)?.groups;
    if (groups?.outlet || groups?.slashed) return p;
    if (bodyParagraph(p.span.text)) break;
  }
  return first;
}

/**
 * The dateline opening the body: "HÀ NỘI —", "Tokyo (VNA) -", "(VOVWORLD) -", "VGP -", "LNV -",
 * "HANOI, Oct. 19 (Jiji Press)--", "HANOI, October 21. /TASS/.", "(VOVworld) …". A bare short
 * name that is not a known place ("VGP", "PSNews", "VTV.vn") is the outlet.
 */
export function readDateline(first: Piece | undefined, mentions: MentionIndex): Dateline | null {
  if (!first) return null;
  const base = first.span.start;
  const m = matchDateline(first.span.text);
  if (!m?.groups) {
    const paren = LEAD_PAREN.exec(first.span.text);
    const name = paren?.groups?.outlet;
    if (!paren || !name) return null;
    const outlet = { text: name, start: base + 1, end: base + 1 + name.length };
    return {
      text: paren[0].trimEnd(),
      start: base,
      end: base + paren[0].trimEnd().length,
      place: null,
      placeEntityId: null,
      outlet,
      outletEntityId: mentions.within(outlet, OUTLET)?.id ?? null,
    };
  }
  const placeText = m.groups.place;
  const outletText = (m.groups.outlet ?? m.groups.slashed)?.trim();
  const at = (text: string, from = 0): Span => {
    const i = m[0].indexOf(text, from);
    return { text, start: base + i, end: base + i + text.length };
  };
  let place: Span | null = placeText ? at(placeText) : null;
  let outlet: Span | null = outletText ? at(outletText, placeText?.length ?? 0) : null;
  // "VGP -", "LNV -", "PSNews -": a bare short name that is an outlet, not a place. (Not before
  // its region after a comma, as a city's name stands: "OTA, Gunma —".)
  const region = m.groups.extra !== undefined && /^\p{Lu}[^\d]*$/u.test(m.groups.extra);
  if (
    place &&
    !outlet &&
    (mentions.within(place, OUTLET) ||
      (OUTLET_TOKEN.test(place.text) &&
        !region &&
        !mentions.within(place, PLACE_TYPES) &&
        !spokenWord(place.text)))
  ) {
    outlet = place;
    place = null;
  }
  const whole = m[0].trimEnd();
  return {
    text: whole,
    start: base,
    end: base + whole.length,
    place,
    placeEntityId: place ? (mentions.within(place, PLACE_TYPES)?.id ?? null) : null,
    outlet,
    outletEntityId: outlet ? (mentions.within(outlet, OUTLET)?.id ?? null) : null,
  };
}

/**
 * What the text says right after an outlet that makes it the author of the page: "GP:s utsände",
 * "Svenska Yles politikreporter", or the page's own subscription offer ("Skånska Dagbladet
 * Digital 1 mån", "Aftonbladet Plus").
 */
const SELF_AFTER =
  /^(?::s|s|’s|'s)?[ \t]{1,3}(?:\p{L}{0,20}(?:reporter|korrespondent|correspondent)|utsände|är på plats|đã có cuộc phỏng vấn|phóng viên|(?:digital|plus|premium)(?![\p{L}\d]))/iu;
/** … or right before it: "säger … till Aftonbladet", "told Kyodo", "trả lời phỏng vấn Báo Thanh Niên", "reported by UNN". */
const SELF_BEFORE = /(?:[ \t]till|[ \t]told|phỏng vấn|reported by|interview with|intervju med)[ \t]{1,3}$/iu;

/**
 * What {@link readCredits} reads of the page's pieces, taken before the entities are (so that the
 * pieces of a long page, a good part of its memory, can go while they are read).
 */
export interface CreditLines {
  /**
   * The pieces that may give a credit, in page order, with their index among all pieces: the
   * header's, the body's first, lines that name an outlet alone or a site to follow, date lines,
   * and pieces with an outlet form. Every other piece gives none whatever the entities.
   */
  readonly lines: readonly { readonly piece: Piece; readonly i: number }[];
  /** The index of the body's first paragraph among all pieces, or -1. */
  readonly bodyStart: number;
  /** The index of the headline among all pieces, or -1. */
  readonly title: number;
  /** Start and end of each paragraph and heading, in page order (for a page that names itself). */
  readonly prose: Int32Array;
}

/** A paragraph or a heading: the page's prose. */
const isProse = (p: Piece): boolean => p.kind === 'paragraph' || p.kind === 'heading';

/**
 * A piece of the header: a paragraph, navigation or date line above the body, or a heading on the
 * page's first lines (a masthead of many words: "THE JAPAN NEWS by The Yomiuri Shimbun").
 */
const inHeader = (p: Piece, i: number, bodyStart: number): boolean =>
  i < Math.max(bodyStart, 0) &&
  (p.kind === 'paragraph' ||
    p.kind === 'navigation' ||
    p.kind === 'date' ||
    (p.kind === 'heading' && i < MASTHEAD_LINES));

/** A line of the body that is an outlet's name and nothing else ("Finwire", "TT"). */
const signoffLine = (
  p: Piece,
  i: number,
  bodyStart: number,
  isOutletName: (text: string) => boolean,
): boolean => bodyStart >= 0 && i > bodyStart && isProse(p) && isOutletName(p.span.text);

/** Lines at the top of a page that may be its masthead. */
const MASTHEAD_LINES = 2;

/** The site's name a masthead line of the page's first lines gives (see {@link mastheadName}). */
function mastheadOf(p: Piece): string | null {
  if (p.kind !== 'heading' && p.kind !== 'paragraph' && p.kind !== 'navigation') return null;
  const t = p.span.text;
  // (A menu's block opens on the site's name: "Västerås stad" / "Till startsidan" / "Meny" / …,
  // maybe under a skip link: "Till innehållet" / "Jönköpings kommun" / ….)
  if (p.kind !== 'navigation' || !t.includes('\n')) return mastheadName(t);
  let from = 0;
  let end = t.indexOf('\n');
  while (end > 0 && isChrome(t.slice(from, end))) {
    from = end + 1;
    end = t.indexOf('\n', from);
  }
  return mastheadName(end < 0 ? t.slice(from) : t.slice(from, end));
}

/** Longest line above the headline read as the header's rather than the body's. */
const MAX_HEADER_LINE = 120;

/** A date line without an outlet form of its own, which may name the outlet before its date. */
const undeclaredDate = (p: Piece): boolean => p.kind === 'date' && !p.outletForm && p.date !== undefined;

/** The pieces {@link readCredits} may use (see {@link CreditLines}). */
export function creditLines(pieces: readonly Piece[], isOutletName: (text: string) => boolean): CreditLines {
  // The body starts at the first paragraph that is more than an outlet's name: a masthead line
  // under the title ("Saigon Times Magazine") is the header's, also on a page that has no more.
  // Short lines above the headline are the header's too: a masthead with its tagline, a notice
  // ("NHAN DAN ONLINE – … organ", "Sidan har översatts automatiskt …").
  const title = pieces.findIndex((p) => p.kind === 'title');
  let bodyStart = pieces.findIndex(
    (p, i) =>
      p.kind === 'paragraph' &&
      !isOutletName(p.span.text) &&
      !(i < title && p.span.text.length <= MAX_HEADER_LINE),
  );
  if (bodyStart < 0 && pieces.some((p) => p.kind === 'paragraph')) bodyStart = pieces.length;
  const lines: { piece: Piece; i: number }[] = [];
  let proseCount = 0;
  for (const p of pieces) if (isProse(p)) proseCount++;
  const prose = new Int32Array(2 * proseCount);
  let at = 0;
  pieces.forEach((p, i) => {
    if (isProse(p)) {
      prose[at++] = p.span.start;
      prose[at++] = p.span.end;
    }
    // Every condition under which readCredits reads a piece.
    if (
      inHeader(p, i, bodyStart) ||
      signoffLine(p, i, bodyStart, isOutletName) ||
      FOLLOW_LINE.test(p.span.text) ||
      undeclaredDate(p) ||
      (i < MASTHEAD_LINES && mastheadOf(p) !== null) ||
      (p.kind === 'paragraph' && i === bodyStart) ||
      (p.outlet && p.outletForm)
    )
      lines.push({ piece: p, i });
  });
  return { lines, bodyStart, title, prose };
}

/** A copyright mark: "©", "(c)", "Copyright". */
const COPYRIGHT_MARK = /©|\(c\)|copyright/giu;
/**
 * The owner's name after a copyright mark: "© NordVerkstad 2025", "© 2025 OTOFUN. All rights
 * reserved", "Copyright © Báo Thái Bình" (the name up to a year, a stop, a bar or the line's end).
 */
const COPYRIGHT_OWNER =
  /^[ \t]{0,3}(?:©[ \t]{0,3})?(?:\d{4}(?:[-–]\d{4})?[ \t]{1,3})?(?<name>\p{Lu}[^\n©|.,]{1,39}?)[ \t]{0,3}(?:\d{4}|[.,|\n]|$)/u;
/** How far after its mark a copyright's owner is read. */
const OWNER_REACH = 80;

/** An owner's name alone before its copyright mark, opening the line: "VietJapan Forum (c) 2015-2025". */
const OWNER_BEFORE = /^\p{Lu}[^\n©|.,:]{1,39}$/u;
/** Words that say "copyright" before the mark ("Bản quyền ©"), as folding keys: no owner's name. */
const COPYRIGHT_WORDS: ReadonlySet<string> = new Set(['ban quyen', 'copyright', 'upphovsratt']);

/**
 * The owners the copyright lines of `text` name, trimmed: after the mark, or alone before it at
 * the start of its line.
 */
function copyrightOwners(text: string): Set<string> {
  const owners = new Set<string>();
  for (const m of text.matchAll(COPYRIGHT_MARK)) {
    const from = m.index + m[0].length;
    const name = COPYRIGHT_OWNER.exec(text.slice(from, from + OWNER_REACH))?.groups?.name?.trim();
    if (name) owners.add(name);
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (m.index - lineStart > OWNER_REACH) continue;
    const before = text.slice(lineStart, m.index).trim();
    if (OWNER_BEFORE.test(before) && !COPYRIGHT_WORDS.has(foldKey(before))) owners.add(before);
  }
  return owners;
}

/**
 * A line that names the site as the organ of its owner, the Vietnamese footer: "Báo Lao Động - Cơ
 * quan của Tổng Liên đoàn Lao động Việt Nam", "Bao Nghe An dien tu - Co quan cua Dang bo tinh".
 */
const ORGAN_LINE =
  /^(?<name>[^\n\-–|]{2,60}?) [-–|] (?:cơ quan|co quan) (?:của|cua|chủ quản|chu quan|ngôn luận|ngon luan)\b/iu;
/** Longest footer line read for {@link ORGAN_LINE}. */
const MAX_ORGAN_LINE = 200;

/**
 * The outlet of the knowledge base that the site's footer names, as a span of `text`, or null: a
 * copyright line opening its line ("© Báo Thanh Niên", "Copyright © 2025 VnExpress"; a mark inside
 * a line is a photo's, "Ảnh: © AFP"), or the site's name as the organ of its owner ({@link ORGAN_LINE}).
 */
function footerOutlet(text: string, outletOf: (text: string) => string | null): Span | null {
  for (const m of text.matchAll(COPYRIGHT_MARK)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index).trim();
    if (before !== '' && !COPYRIGHT_WORDS.has(foldKey(before))) continue;
    const from = m.index + m[0].length;
    const owner = COPYRIGHT_OWNER.exec(text.slice(from, from + OWNER_REACH));
    const name = owner?.groups?.name?.trim();
    if (!owner || !name || outletOf(name) === null) continue;
    const start = from + owner[0].indexOf(name);
    return { text: name, start, end: start + name.length };
  }
  // (Line by line, each line once, a short line only.)
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const m = end - from <= MAX_ORGAN_LINE ? ORGAN_LINE.exec(text.slice(from, end)) : null;
    const name = m?.groups?.name?.trim();
    if (m && name && outletOf(name) !== null) {
      const start = from + m[0].indexOf(name);
      return { text: name, start, end: start + name.length };
    }
    from = end + 1;
  }
  return null;
}

/**
 * The copyright owner a masthead line names: written in full, in any case, or in its initials
 * ("HD" for "Helsingborgs Dagblad"); null when it names none of `owners`.
 */
function ownerOf(line: string, owners: ReadonlySet<string>): string | null {
  if (owners.has(line)) return line;
  const lower = line.toLowerCase();
  for (const owner of owners) if (owner.toLowerCase() === lower) return owner;
  if (!INITIALS.test(line)) return null;
  for (const owner of owners) if (owner.includes(' ') && abbreviates(line, owner)) return owner;
  return null;
}

/** The first line of a span of several. */
function firstLine(s: Span): Span {
  const end = s.text.indexOf('\n');
  return end < 0 ? s : { text: s.text.slice(0, end), start: s.start, end: s.start + end };
}

/** The kinds of entity that are bodies, not outlets. */
const BODIES: ReadonlySet<string> = new Set(['organisation']);

/** A body's mention spans the whole of `s`. */
function namesBody(s: Span, mentions: MentionIndex): boolean {
  const m = mentions.within(s, BODIES);
  return m !== null && m.start === s.start && m.end === s.end;
}

/**
 * The header's credit whose name a short credit writes short, or undefined: its initials ("BP",
 * "TTO" for "BIÊN PHÒNG", "Tuổi Trẻ Online"; also of a masthead the knowledge base lacks, "ĐN" for
 * "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG"), its words run together without marks or spaces as its
 * domain writes them ("Baonghean" under "BÁO NGHỆ AN"), or a portal's short name ("(Cổng TTĐT) -
 * …" under "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH").
 */
function shortenedHeader(short: Outlet, credits: readonly Outlet[]): Outlet | undefined {
  const headers = credits.filter((c) => c.source === 'header' && c !== short);
  if (INITIALS.test(short.text)) {
    const header = headers.find((c) => abbreviates(short.text, c.text));
    if (header) return header;
  }
  if (!short.text.includes(' ')) {
    const compact = foldKey(short.text).replace(/\.vn$/u, '');
    const header = headers.find((c) => foldKey(c.text).replaceAll(' ', '') === compact);
    if (header) return header;
  }
  if (PORTAL_SHORT.test(short.text))
    return headers.find((c) => foldKey(c.text).startsWith(GOVERNMENT_PORTAL));
  return undefined;
}

/**
 * The first outlet named above the headline (the lines before line `end`) whose parent in the
 * knowledge base is outlet `parent`: a broadcaster's programme under its masthead, or null.
 */
function programmeUnder(
  parent: string,
  lines: readonly { piece: Piece; i: number }[],
  end: number,
  mentions: MentionIndex,
  parentOf: (id: string) => string | null,
): IndexedMention | null {
  for (const { piece: p, i } of lines) {
    if (end >= 0 && i >= end) break;
    for (const m of mentions.all(p.span)) if (m.type === 'outlet' && parentOf(m.id) === parent) return m;
  }
  return null;
}

/** Reads the outlet credits of a page and picks the one that credits the article. */
export function readCredits(options: {
  text: string;
  lines: CreditLines;
  dateline: Dateline | null;
  mentions: MentionIndex;
  /** The knowledge base's outlet a line names, or null (see analyze.ts). */
  outletOf: (text: string) => string | null;
  name: (id: string) => string | null;
  /** The knowledge base's parent of an outlet (a broadcaster's, for its programme), or null. */
  parentOf?: (id: string) => string | null;
}): { credits: Outlet[]; outlet: Outlet | null } {
  const { text, dateline, mentions, outletOf, name } = options;
  const isOutletName = (t: string): boolean => outletOf(t) !== null;
  const { lines, bodyStart, title, prose } = options.lines;
  const credit = (s: Span, source: CreditSource, entityId?: string | null): Outlet => {
    const id = entityId === undefined ? (mentions.within(s, OUTLET)?.id ?? null) : entityId;
    return { ...span(s), name: (id && name(id)) ?? s.text, entityId: id, source };
  };
  const known = (s: Span): boolean => mentions.within(s, OUTLET) !== null || isOutletName(s.text);
  // A masthead's credit; one in initials is the copyright owner it abbreviates ("HD" over
  // "© Helsingborgs Dagblad 2025").
  const mastheadCredit = (s: Span, owner: string | null): Outlet => {
    const c = credit(s, 'header', mentions.within(s, OUTLET)?.id ?? outletOf(s.text));
    if (c.entityId !== null || owner === null || owner === s.text.trim()) return c;
    const id = outletOf(owner);
    return { ...c, name: (id && name(id)) ?? owner, entityId: id };
  };
  let owners: Set<string> | undefined;

  const credits: Outlet[] = [];
  // Outlets' names alone between the headline and the body: the copy's source ("KYODO" under a
  // headline of The Japan Times), before the site's masthead above the headline.
  const underTitle = new Set<Outlet>();
  for (const { piece: p, i } of lines) {
    // Header: the site's name standing alone above the body, or named in the page's first lines.
    if (inHeader(p, i, bodyStart)) {
      // The site's name on the first lines is its masthead where the copyright line names it too
      // ("NordVerkstad" over the page, "© NordVerkstad 2025" under it), also as a menu's first line
      // ("OTOFUN" over "Diễn đàn", "Mua bán", …).
      if (i < MASTHEAD_LINES) owners ??= copyrightOwners(text);
      const first = i === 0 && owners && owners.size > 0 ? firstLine(p.span) : null;
      const firstOwner =
        first && first.text !== p.span.text && owners ? ownerOf(first.text.trim(), owners) : null;
      if (first && firstOwner !== null) credits.push(mastheadCredit(first, firstOwner));
      const owner = i < MASTHEAD_LINES && owners ? ownerOf(p.span.text.trim(), owners) : null;
      // (A masthead on the page's first lines may read as navigation: "QUÂN ĐỘI NHÂN DÂN".)
      if ((p.kind === 'paragraph' || i < MASTHEAD_LINES) && (isOutletName(p.span.text) || owner !== null)) {
        const c = mastheadCredit(span(p.span), owner);
        credits.push(c);
        if (title >= 0 && i > title) underTitle.add(c);
      } else if (i < 2) {
        // (Not a name in parentheses, as a group's name lists its topics: "Hội … (EPA - TTS)".)
        const m = mentions.within(p.span, OUTLET);
        if (m && text.charAt(m.start - 1) !== '(' && p.outletForm === undefined)
          credits.push(credit(m, 'header', m.id));
      }
    }
    // A masthead that opens with the site's domain names the site, known to the base or not.
    const domain = i < MASTHEAD_LINES && !credits.some((c) => c.source === 'header') ? mastheadOf(p) : null;
    if (domain !== null) {
      const at = p.span.start + p.span.text.indexOf(domain);
      credits.push(credit({ text: domain, start: at, end: at + domain.length }, 'header'));
    }
    // A line of the body that is an outlet's name and nothing else credits the copy to it: a wire
    // service's name between or after the paragraphs ("Finwire", "TT").
    if (signoffLine(p, i, bodyStart, isOutletName)) credits.push(credit(span(p.span), 'signoff'));
    const follow = FOLLOW_LINE.exec(p.span.text);
    const site = follow?.groups?.site;
    if (follow && site) {
      const at = p.span.start + follow[0].indexOf(site);
      credits.push(credit({ text: site, start: at, end: at + site.length }, 'header'));
    }
    // A date line names the outlet it belongs to: "Báo Nhân dân 14/06/2025", "Lao Động số 90 Ngày 24/04/2009".
    if (undeclaredDate(p) && p.date) {
      const m = mentions.within({ start: p.span.start, end: p.span.start + p.date.start }, OUTLET);
      if (m) credits.push(credit(m, 'byline', m.id));
    }
    if (p.kind === 'paragraph' && i === bodyStart && dateline?.outlet) {
      credits.push(credit(dateline.outlet, 'lead', dateline.outletEntityId));
    }
    if (!p.outlet || !p.outletForm) continue;
    if (p.outletForm === 'byline') {
      // A by-line's second part that names a person or a place is a co-author or where the reporter
      // writes from ("By Dinh Van, Huu Khoa", "Av Karin Holm, Tokyo"), not the outlet.
      if (known(p.outlet) || (p.outletExplicit && !mentions.within(p.outlet, NOT_OUTLETS)))
        credits.push(credit(span(p.outlet), 'byline'));
      else {
        const m = mentions.within(p.span, OUTLET);
        if (m) credits.push(credit(m, 'byline', m.id));
      }
      continue;
    }
    // (A domain alone above the body is the site's masthead, not a closing credit: "Vietnam.vn"
    // over a page whose lead credits "(VietnamPlus) –".)
    const header = p.outletForm === 'domain' && bodyStart >= 0 && i < bodyStart;
    // A source line that names a body, not an outlet, says where the facts come from ("(Theo ĐSQ
    // Việt Nam tại Nhật Bản)", "Nguồn: Bộ Ngoại giao"): no credit of the copy.
    if (p.outletForm === 'source-line' && !known(p.outlet) && namesBody(p.outlet, mentions)) continue;
    credits.push(credit(span(p.outlet), header ? 'header' : p.outletForm));
  }

  // The closing credit names the source of the copy; then the lead's, the by-line's, the header's.
  const order: readonly CreditSource[] = ['lead', 'byline', 'header'];
  let outlet =
    credits.findLast((c) => c.source === 'signoff' || c.source === 'source-line' || c.source === 'domain') ??
    null;
  for (const source of order)
    outlet ??=
      (source === 'header' ? credits.find((c) => underTitle.has(c)) : undefined) ??
      credits.find((c) => c.source === source) ??
      null;
  // A broadcaster's masthead over the name of its programme ("Sveriges Radio" / "Ekot"): the page is
  // the programme's.
  if (outlet?.source === 'header' && outlet.entityId !== null && options.parentOf) {
    const child = programmeUnder(
      outlet.entityId,
      lines,
      title >= 0 ? title : bodyStart,
      mentions,
      options.parentOf,
    );
    if (child) outlet = credit(child, 'header', child.id);
  }
  // A short credit the knowledge base lacks is the header's outlet it writes short.
  const full = outlet && outlet.entityId === null ? shortenedHeader(outlet, credits) : undefined;
  if (outlet && full) outlet = { ...outlet, name: full.name, entityId: full.entityId };
  if (!outlet) {
    // The site's footer names it, when nothing else credits the copy.
    const owner = footerOutlet(text, outletOf);
    if (owner) {
      outlet = credit(owner, 'footer', outletOf(owner.text));
      credits.push(outlet);
    }
  }
  if (!outlet) {
    // The page names itself as the author: "GP:s utsände", "säger … till Aftonbladet".
    for (let k = 0; k < prose.length; k += 2) {
      for (const m of mentions.all({ start: prose[k] as number, end: prose[k + 1] as number })) {
        if (m.type !== 'outlet') continue;
        if (
          SELF_AFTER.test(text.slice(m.end, m.end + 40)) ||
          SELF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
        ) {
          outlet = credit(m, 'self-reference', m.id);
          credits.push(outlet);
          break;
        }
      }
      if (outlet) break;
    }
  }
  return { credits, outlet };
}
