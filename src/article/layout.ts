import {
  AUDIO,
  BULLET_LINE,
  COMMENTS,
  CREDIT_DASH_PHOTO,
  CREDIT_LABELLED,
  DASH_SIGNOFF,
  DATELINE,
  DOMAIN_LINE,
  END_MARK,
  IMAGE_LABEL,
  READ_MORE,
  SENTENCE_END,
  SOURCE_LINE,
  TEASER,
  TRAILING_PIPE,
} from '../regex.js';
import { dateLineLength, type FoundDate, findDate } from './date.js';
import { type Line, splitLines, subLine } from './lines.js';
import type { BlockKind } from './schema.js';

/** A classified piece of the page: a block with what was read from it. */
export interface Piece {
  kind: Exclude<BlockKind, 'blank'>;
  /** The whole block (may span several lines, e.g. a navigation list or a caption and its "|"). */
  span: Line;
  /** For captions: the caption proper, without its credit and trailing pipe. */
  caption?: Line;
  /** For captions and credit lines: the credit ("Viet Cuong/VOV"). */
  credit?: Line | null;
  /** For sign-offs: the outlet named, if any ("VNA" in "./. VNA"). */
  outlet?: Line | null;
  /** How a sign-off names its outlet. */
  outletForm?: 'signoff' | 'domain' | 'source-line';
  /** For date lines: the date read. */
  date?: FoundDate;
}

/** Navigation entries and menu words are short. */
const MAX_NAV_LENGTH = 60;
/** A run of at least this many short lines at the top of a page is a menu. */
const MIN_MENU_RUN = 3;
const MAX_MENU_WORD_LENGTH = 30;
/** Headlines are between these lengths. */
const MIN_TITLE_LENGTH = 8;
const MAX_TITLE_LENGTH = 220;
/** Sub-headings inside the body are short and unpunctuated. */
const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 14;

/** Number of words, not counting lone punctuation such as the dash in "Lao dong - Viec lam". */
const words = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;

function captionPiece(line: Line, credit: RegExpExecArray, creditGroupStart: number): Piece {
  const creditText = credit.groups?.credit ?? '';
  const creditLine = subLine(line, creditGroupStart, creditGroupStart + creditText.length);
  const proper = subLine(line, 0, credit.index);
  if (proper === null) return { kind: 'credit', span: line, credit: creditLine };
  return { kind: 'caption', span: line, caption: stripPipe(proper), credit: creditLine };
}

function stripPipe(line: Line): Line {
  const m = TRAILING_PIPE.exec(line.text);
  return m ? (subLine(line, 0, m.index) ?? line) : line;
}

/** Where the named group starts inside a match (RegExp `d` flag is avoided for older engines). */
function groupStart(m: RegExpExecArray, name: string): number {
  const value = m.groups?.[name] ?? '';
  return m.index + m[0].lastIndexOf(value);
}

/** Classifies one line by its own shape, before context is considered. */
function classifyLine(line: Line): Piece[] {
  const t = line.text;
  if (BULLET_LINE.test(t) && t.length <= MAX_NAV_LENGTH) return [{ kind: 'navigation', span: line }];
  if (AUDIO.test(t)) return [{ kind: 'audio', span: line }];
  if (COMMENTS.test(t)) return [{ kind: 'comments', span: line }];
  if (READ_MORE.test(t)) return [{ kind: 'read-more', span: line }];
  if (IMAGE_LABEL.test(t)) return [{ kind: 'image-label', span: line }];
  if (TEASER.test(t)) return [{ kind: 'related', span: line }];
  if (t === '|') return [{ kind: 'credit', span: line, credit: null }];

  const dateEnd = dateLineLength(t);
  if (dateEnd !== null) {
    const datePart = subLine(line, 0, dateEnd);
    const rest = subLine(line, dateEnd);
    const date = findDate(t);
    if (datePart && date && !('rejected' in date)) {
      const piece: Piece = { kind: 'date', span: datePart, date };
      if (rest === null || /^[\s|,()–—-]*$/u.test(rest.text)) return [{ ...piece, span: line }];
      // A date glued to the text after it (" date 2021-04-28 The foreign ministers …").
      if (rest.text.length >= 20) return [piece, ...classifyLine(rest)];
    }
  }

  const labelled = CREDIT_LABELLED.exec(t);
  if (labelled) return [captionPiece(line, labelled, groupStart(labelled, 'credit'))];
  const dashPhoto = CREDIT_DASH_PHOTO.exec(t);
  if (dashPhoto) return [captionPiece(line, dashPhoto, groupStart(dashPhoto, 'credit'))];

  const source = SOURCE_LINE.exec(t);
  if (source) {
    const name = source.groups?.named ?? source.groups?.paren ?? '';
    const at = groupStart(source, source.groups?.named ? 'named' : 'paren');
    return [
      { kind: 'signoff', span: line, outlet: subLine(line, at, at + name.length), outletForm: 'source-line' },
    ];
  }
  if (DOMAIN_LINE.test(t)) return [{ kind: 'signoff', span: line, outlet: line, outletForm: 'domain' }];
  const endMark = END_MARK.exec(t);
  if (endMark && endMark.index === 0) return [signoff(line, endMark)];
  const dash = DASH_SIGNOFF.exec(t);
  if (dash && dash.index === 0) return [signoff(line, dash)];
  if (TRAILING_PIPE.test(t)) return [{ kind: 'caption', span: line, caption: stripPipe(line), credit: null }];
  return [{ kind: 'paragraph', span: line }];
}

function signoff(line: Line, m: RegExpExecArray): Piece {
  const name = m.groups?.outlet;
  const at = name ? groupStart(m, 'outlet') : 0;
  return {
    kind: 'signoff',
    span: line,
    outlet: name ? subLine(line, at, at + name.length) : null,
    outletForm: 'signoff',
  };
}

const UPPER = /^[^\p{Ll}]+$/u;

/**
 * A dateline at the start of a body paragraph, when it really is one: it names an outlet in
 * parentheses, or its place is in capitals, or it uses a long dash ("Japan - Vietnam ties" is not).
 */
export function matchDateline(text: string): RegExpExecArray | null {
  const m = DATELINE.exec(text);
  if (!m?.groups) return null;
  const { place, outlet } = m.groups;
  if (!place && !outlet) return null;
  const dash = m[0].trimEnd().at(-1);
  if (!outlet && !(place && UPPER.test(place)) && dash === '-') return null;
  return m;
}

const isHeadlineShaped = (t: string): boolean =>
  t.length >= MIN_TITLE_LENGTH &&
  t.length <= MAX_TITLE_LENGTH &&
  words(t) >= 2 &&
  (!SENTENCE_END.test(t) || /[?!]["'”’»]?$/u.test(t)) &&
  matchDateline(t) === null;

const isMenuWord = (p: Piece): boolean =>
  p.kind === 'paragraph' &&
  p.span.text.length <= MAX_MENU_WORD_LENGTH &&
  words(p.span.text) <= 4 &&
  !SENTENCE_END.test(p.span.text);

/** Merges a piece into the previous one, extending the span. */
function extend(prev: Piece, next: Piece, text: string): void {
  prev.span = {
    start: prev.span.start,
    end: next.span.end,
    text: text.slice(prev.span.start, next.span.end),
  };
}

/**
 * Cuts a page into classified pieces: navigation, title, date line, captions and credits, body
 * paragraphs and sub-headings, sign-offs, comment counters, teasers and player leftovers.
 * Pieces are in text order and do not overlap; the gaps between them are whitespace only.
 */
export function layout(text: string): Piece[] {
  const pieces = splitLines(text).flatMap(classifyLine);

  // A run of short menu words at the very top is navigation.
  let run = 0;
  while (run < pieces.length && isMenuWord(pieces[run] as Piece)) run++;
  if (run >= MIN_MENU_RUN && run < pieces.length)
    for (let i = 0; i < run; i++) (pieces[i] as Piece).kind = 'navigation';

  // The headline: the first text line before the body, when it is shaped like one.
  const firstText = pieces.findIndex((p) => p.kind === 'paragraph');
  const first = pieces[firstText];
  if (first && isHeadlineShaped(first.span.text)) first.kind = 'title';

  // Sub-headings: short unpunctuated lines between paragraphs.
  for (let i = 1; i < pieces.length - 1; i++) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'paragraph') continue;
    const t = p.span.text;
    if (t.length > MAX_HEADING_LENGTH || words(t) > MAX_HEADING_WORDS || SENTENCE_END.test(t)) continue;
    const before = pieces.slice(0, i).findLast((q) => q.kind === 'paragraph' || q.kind === 'title');
    const after = pieces.slice(i + 1).find((q) => q.kind === 'paragraph' || q.kind === 'heading');
    if (before?.kind === 'paragraph' && after?.kind === 'paragraph' && after.span.text.length > t.length) {
      p.kind = 'heading';
    }
  }

  // The end mark or an agency sign-off closing the last paragraph: "… talks./. VNA", "… — VNS".
  const lastIndex = pieces.findLastIndex((p) => p.kind === 'paragraph');
  const last = pieces[lastIndex];
  if (last) {
    const m = END_MARK.exec(last.span.text) ?? DASH_SIGNOFF.exec(last.span.text);
    if (m && m.index > 0) {
      const body = subLine(last.span, 0, m.index);
      const sign = subLine(last.span, m.index);
      if (body && sign) {
        last.span = body;
        const mark = END_MARK.exec(sign.text) ?? DASH_SIGNOFF.exec(sign.text);
        if (mark) pieces.splice(lastIndex + 1, 0, signoff(sign, mark));
      }
    }
  }

  // Merge: consecutive navigation lines; a caption and the credit or "|" on its next line.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const prev = merged.at(-1);
    if (prev?.kind === 'navigation' && p.kind === 'navigation') {
      extend(prev, p, text);
      continue;
    }
    if (prev && (prev.kind === 'caption' || prev.kind === 'paragraph') && p.kind === 'credit') {
      if (prev.kind === 'paragraph') {
        // A paragraph followed by a credit line is a caption in two lines.
        prev.kind = 'caption';
        prev.caption = stripPipe(prev.span);
        prev.credit = null;
      }
      if (!prev.credit && p.credit) prev.credit = p.credit;
      extend(prev, p, text);
      continue;
    }
    merged.push(p);
  }
  return merged;
}
