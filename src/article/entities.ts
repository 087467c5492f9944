// The article's entities: the recognizer's mentions, read window by window over a long page and
// summarised by entity as they come, so that a page's mention objects never all live at once.
import type { Normalizer } from '../kb/kb.js';
import { type EntityMention, recognizeChecked } from '../recognize/recognize.js';
import { MentionIndex } from './credits.js';
import type { Piece } from './layout.js';
import type { Block, BlockKind, EntitySummary } from './schema.js';
import type { ToSource } from './to-source.js';

/**
 * Block kinds whose mentions are the article's own (credits and sign-offs name the outlets and
 * agencies the article comes from). Mentions in the other blocks (navigation, teasers of related
 * articles, comments) are the page's: they are kept, flagged `furniture`.
 */
const CONTENT: ReadonlySet<BlockKind> = new Set([
  'title',
  'paragraph',
  'heading',
  'caption',
  'date',
  'byline',
  'credit',
  'signoff',
]);

/** The flag of a mention in the page's furniture rather than in the article's content. */
const FURNITURE = 'furniture';

/**
 * Longest stretch of text the recognizer reads in one call. The recognizer's buffers and mentions
 * grow with the text it is given, so a longer page is read in windows of whole pieces, each with
 * the page's date and language; a short reference then resolves within its window only.
 */
export const RECOGNIZE_WINDOW = 1 << 20;

/** Groups mentions by entity, first mentioned first, as they come in text order. */
export class EntitySummaries {
  readonly #byId = new Map<string, EntitySummary>();
  /** One string per distinct mention text: a long page names the same few entities over and over. */
  readonly #texts = new Map<string, string>();
  /** Outlets added by {@link addCreditedOutlet}, in the order the credits name them. */
  readonly #credited: EntitySummary[] = [];
  #block = 0;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly name: (id: string) => string | null,
    private readonly to: ToSource,
  ) {}

  /** Adds a mention and the mentions inside it (offsets of the visible text). */
  add(outer: EntityMention): void {
    if (outer.parts) for (const part of outer.parts) this.#add(part);
    this.#add(outer);
  }

  #add(m: EntityMention): void {
    const at = this.to.range(m);
    const blocks = this.blocks;
    while (this.#block < blocks.length && (blocks[this.#block] as Block).end <= at.start) this.#block++;
    const block = blocks[this.#block];
    if (!block) return;
    const furniture = !CONTENT.has(block.kind);
    let entry = this.#byId.get(m.id);
    if (!entry) {
      entry = emptySummary(m.id, m.type, this.name(m.id) ?? m.name ?? at.text, at.start);
      this.#byId.set(m.id, entry);
    }
    let text = this.#texts.get(at.text);
    if (text === undefined) {
      text = at.text;
      this.#texts.set(text, text);
    }
    entry.count++;
    entry.mentions.push({
      text,
      start: at.start,
      end: at.end,
      flags: furniture ? [...m.flags, FURNITURE] : [...m.flags],
      office: m.office,
      holder: m.holder,
    });
    if (m.office && !entry.offices.includes(m.office)) entry.offices.push(m.office);
    for (const f of m.flags) if (!entry.flags.includes(f)) entry.flags.push(f);
    if (furniture && !entry.flags.includes(FURNITURE)) entry.flags.push(FURNITURE);
  }

  /**
   * Adds an outlet the page credits (a site banner, a sign-off) where the block it stands in holds no
   * entities of the article (navigation): the article comes from it, as a credit line in the body
   * says. Nothing is added when the outlet is among the entities already.
   */
  addCreditedOutlet(id: string, span: { start: number; end: number; text: string }): void {
    const at = this.to.range(span);
    const known = this.#byId.get(id);
    if (known) {
      // The banner that credits the article is no furniture, though it stands in the site's header.
      for (const m of known.mentions)
        if (m.start === at.start && m.flags.includes(FURNITURE))
          m.flags = m.flags.filter((f) => f !== FURNITURE);
      if (known.mentions.every((m) => !m.flags.includes(FURNITURE)))
        known.flags = known.flags.filter((f) => f !== FURNITURE);
      return;
    }
    if (this.#credited.some((e) => e.id === id)) return;
    const entry = emptySummary(id, 'outlet', this.name(id) ?? at.text, at.start);
    entry.count = 1;
    entry.mentions.push({
      text: at.text,
      start: at.start,
      end: at.end,
      flags: [],
      office: null,
      holder: null,
    });
    this.#credited.push(entry);
  }

  /** The entities, first mentioned first; a credited outlet before the first entity mentioned after it. */
  get entities(): EntitySummary[] {
    const all = [...this.#byId.values()];
    for (const entry of this.#credited) {
      const at = all.findIndex((e) => e.first > entry.first);
      all.splice(at < 0 ? all.length : at, 0, entry);
    }
    return all;
  }
}

/** An entity's summary before its first mention is counted. */
function emptySummary(id: string, type: EntityMention['type'], name: string, first: number): EntitySummary {
  return { id, type, name, count: 0, first, offices: [], flags: [], mentions: [] };
}

/** Moves a mention (and the mentions inside it) found in a window starting at `offset`. */
function shift(m: EntityMention, offset: number): void {
  m.start += offset;
  m.end += offset;
  if (m.parts) for (const part of m.parts) shift(part, offset);
}

/**
 * Where the windows of {@link RECOGNIZE_WINDOW} characters start: 0, then the start of a piece
 * wherever the window since the last cut would outgrow the limit. A piece longer than the limit
 * is a window of its own.
 */
export function windowStarts(pieces: readonly Piece[], length: number): number[] {
  const starts = [0];
  if (length <= RECOGNIZE_WINDOW) return starts;
  let from = 0;
  for (const p of pieces) {
    if (p.span.end - from > RECOGNIZE_WINDOW && p.span.start > from) {
      from = p.span.start;
      starts.push(from);
    }
  }
  return starts;
}

/** The page's entities (read with `entities` once the credits are added), and an index of its mentions for the dateline and credits. */
export interface PageEntities {
  summaries: EntitySummaries;
  index: MentionIndex;
}

/**
 * Recognizes the entities of the visible text `text`, window by window (the windows start at
 * `starts`, see {@link windowStarts}), and summarises them over the page's `blocks` (offsets of
 * the input, through `to`).
 */
export function readEntities(
  text: string,
  starts: readonly number[],
  blocks: readonly Block[],
  options: { kb: Normalizer; date: string | null; language: string; partialMarks: boolean; noMarks: boolean },
  name: (id: string) => string | null,
  to: ToSource,
): PageEntities {
  const summaries = new EntitySummaries(blocks, name, to);
  const index = new MentionIndex(text);
  for (let w = 0; w < starts.length; w++) {
    const from = starts[w] as number;
    const end = w + 1 < starts.length ? (starts[w + 1] as number) : text.length;
    const whole = from === 0 && end === text.length;
    const mentions = recognizeChecked(whole ? text : text.slice(from, end), options);
    for (const m of mentions) {
      if (from > 0) shift(m, from);
      index.add(m);
      summaries.add(m);
    }
  }
  return { summaries, index };
}
