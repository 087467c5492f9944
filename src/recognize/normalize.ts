import { assertString, VietnormError } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { Entity, EntityType, KbLanguage } from '../kb/types.js';
import { detectLanguage } from '../language/index.js';
import { parseNormalizeOptions } from '../options.js';
import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks } from '../text/marks.js';
import type { ToneStyle } from '../text/tone.js';
import { isJapanesePerson, isVietnamese, japaneseName, PARTIAL_FLAGS, writtenOrder } from './names.js';
import { type EntityMention, recognize } from './recognize.js';
import {
  allCaps,
  compactKey,
  formerNameIn,
  headOf,
  holdsName,
  linesUp,
  nameKeysOf,
  type Rewrite,
  type RewriteKind,
  respell,
  stripVietnamese,
} from './respell.js';

/** How canonical forms are written. */
export interface NormalizeStyle {
  /**
   * Biển Đông in English and Swedish: `'vietnamese'` writes what Vietnamese sources write (East Sea,
   * Östhavet), `'international'` the usual exonym (South China Sea, Sydkinesiska havet).
   * In Vietnamese it is always Biển Đông.
   * @default 'vietnamese'
   */
  sea?: 'vietnamese' | 'international';
  /**
   * Japanese personal names: `'family-first'` (Kishida Fumio, as Vietnamese media and the Japanese
   * government write), `'given-first'` (Fumio Kishida), or `'as-written'`.
   * @default 'as-written'
   */
  japaneseNameOrder?: 'family-first' | 'given-first' | 'as-written';
  /**
   * Vietnamese names of people and places: `'restore'` writes them with full diacritics
   * (Hà Nội, Bùi Thanh Sơn), `'strip'` without (Ha Noi, Bui Thanh Son), `'as-written'` leaves them.
   * @default 'restore' for Vietnamese text, 'as-written' otherwise
   */
  vietnameseNames?: 'restore' | 'strip' | 'as-written';
  /**
   * How the country is written in English: `'Viet Nam'` (the UN and Vietnamese state media) or `'Vietnam'`.
   * @default 'Viet Nam'
   */
  vietnam?: 'Viet Nam' | 'Vietnam';
  /**
   * Where Vietnamese names put the tone mark on oa, oe and uy: `'new'` (Hòa Bình), `'old'` (Hoà
   * Bình), or `'as-written'`, which leaves a correctly marked name as the text writes it.
   * @default 'as-written'
   */
  tone?: ToneStyle | 'as-written';
}

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /**
   * The language the text is written in, whose canonical forms are used.
   * @default the detected language (English when it cannot be told)
   */
  to?: KbLanguage;
  style?: NormalizeStyle;
  /** The text's date, for units and offices (see {@link recognize}). */
  date?: string | Date | null;
  /** @default the built-in knowledge base */
  kb?: Normalizer;
  /**
   * Also write correct short forms of countries, seas and island groups in their full official
   * form ("Mỹ" → "Hoa Kỳ", "Nhật" → "Nhật Bản", "Hoàng Sa" → "quần đảo Hoàng Sa"). Other names
   * (abbreviations such as "TPHCM", former names such as "Sài Gòn") always stay as written.
   * @default false
   */
  officialForms?: boolean;
}

/** One rewrite made by {@link normalize}. */
export interface NormalizeChange {
  /** Offsets in the input. */
  start: number;
  end: number;
  /** Offsets of the replacement in the output. */
  outputStart: number;
  outputEnd: number;
  from: string;
  to: string;
  id: string;
  /** What the change does: restores marks, moves a tone mark, corrects a misspelling … */
  kind: NormalizeChangeKind;
}

/** What a {@link NormalizeChange} does (see {@link RewriteKind}). */
export type NormalizeChangeKind = RewriteKind;

/** The result of {@link normalize}. */
export interface NormalizeResult {
  text: string;
  changes: NormalizeChange[];
}

/** Names that normalization rewrites; organisations, outlets, agreements and offices keep their form. */
const REWRITTEN: ReadonlySet<EntityType> = new Set([
  'person',
  'country',
  'province',
  'city',
  'sea',
  'island-group',
]);
/** Mentions left as written: short references, and names whose entity is not certain. */
const PARTIAL = new Set([...PARTIAL_FLAGS, 'ambiguous']);

/** Types whose short forms have a full official form ("Mỹ" / "Hoa Kỳ"). */
const OFFICIAL: ReadonlySet<EntityType> = new Set(['country', 'sea', 'island-group']);

/** Everything {@link rewrite} needs besides the mention. */
interface Context {
  to: KbLanguage;
  style: Required<NormalizeStyle>;
  kb: Normalizer;
  officialForms: boolean;
}

/** The whole mention replaced by `target`, in the mention's case style. */
function whole(m: EntityMention, target: string, kind: RewriteKind): Rewrite | null {
  const to = allCaps(m.text) && m.text.length > 2 ? target.toUpperCase() : target;
  return to === m.text ? null : { start: 0, end: m.text.length, to, kind };
}

/**
 * The rewrite of one mention, or null to leave it. A name is rewritten where its words line up
 * with the canonical form's (marks and case only, heads kept), or where the style asks for
 * another spelling of the same name (Viet Nam, name order, East Sea), or to repair a misspelt or
 * mistranslated name, or, with `officialForms`, to write a synonym in full. Another name of the
 * entity (an abbreviation, a former name, a longer or shorter name) is left as written.
 */
function rewrite(e: Entity, m: EntityMention, c: Context): Rewrite | null {
  const { to, style, kb } = c;
  if (m.flags.includes('mistranslation')) {
    const target = kb.displayName(
      e.id,
      to,
      e.type === 'sea' && to !== 'vi' && style.sea === 'vietnamese' ? { context: 'vn' } : undefined,
    );
    return target ? whole(m, target, 'mistranslation') : null;
  }
  if (isJapanesePerson(e)) {
    // A Vietnamese rendering of a Japanese name ("Sin-dô A-bê") is not a misspelling of it.
    if (hasVietnameseMarks(m.text)) return null;
    // As written, only a misspelt name is rewritten, in its own order ("Shizo Abe" → "Shinzo Abe").
    if (style.japaneseNameOrder === 'as-written' && !m.flags.includes('corrected')) return null;
    const order =
      style.japaneseNameOrder === 'as-written' ? writtenOrder(e, m.text) : style.japaneseNameOrder;
    return whole(m, japaneseName(e, order), m.flags.includes('corrected') ? 'spelling' : 'style');
  }
  if (e.type === 'person' && m.flags.includes('corrected')) {
    const target = kb.displayName(e.id, isVietnamese(e) ? 'vi' : to);
    return target
      ? whole(m, style.vietnameseNames === 'strip' ? stripVietnamese(target) : target, 'spelling')
      : null;
  }
  if (e.type === 'sea' && to !== 'vi') {
    const target = kb.displayName(e.id, to, style.sea === 'vietnamese' ? { context: 'vn' } : undefined);
    if (!target) return null;
    // Biển Đông's name in English and Swedish is the style's choice; other seas keep theirs.
    if (e.id === 'sea:bien-dong' || compactKey(target) === compactKey(m.text))
      return whole(m, target, 'style');
    return null;
  }
  if (e.id === 'country:VN' && to === 'en') {
    return compactKey(m.text) === compactKey(style.vietnam) ? whole(m, style.vietnam, 'style') : null;
  }
  // Vietnamese text that writes a name in its English form ("Australia", "Vietnam") chose it: it is
  // not a misspelling of the Vietnamese name.
  if (to === 'vi' && e.names.en !== e.names.vi && m.text.toLowerCase() === e.names.en.toLowerCase())
    return null;
  let lang: KbLanguage;
  let strip = false;
  if (isVietnamese(e)) {
    if (style.vietnameseNames === 'as-written') return null;
    // In English and Swedish a Vietnamese place keeps its established exonym (Hanoi); people keep their name.
    lang = to === 'vi' || e.type === 'person' ? 'vi' : to;
    strip = style.vietnameseNames === 'strip';
  } else if (to === 'vi') {
    lang = 'vi';
  } else return null;
  const target = kb.displayName(e.id, lang);
  if (!target) return null;
  const names = nameKeysOf(e);
  const options = { tone: style.tone, strip, names };
  const form = writtenForm(e, m.text, lang, target, names);
  const respelt = form === null ? null : respell(m.text, form, options);
  if (respelt) return respelt;
  const spelt = strip ? stripVietnamese(target) : target;
  // One name written as one word or two ("Hanoi" / "Hà Nội"): a romanisation the style chooses.
  if (compactKey(spelt) === compactKey(m.text) && foldKey(spelt) !== foldKey(m.text)) {
    return whole(m, spelt, 'style');
  }
  if (form === null && holdsName(m.text, target)) {
    // A longer name that holds the canonical one: restored whole from the entity's marked form of
    // it ("Bac Trieu Tien" → "Bắc Triều Tiên", not "Bac Triều Tiên"); where the KB has none, the
    // other words are no Vietnamese name's ("President Ho Chi Minh") and only the name is respelt.
    const alias = markedAlias(e, m.text, names);
    const restored = respell(m.text, alias ?? target, alias === null ? { ...options, part: true } : options);
    if (restored) return restored;
  }
  if (c.officialForms && OFFICIAL.has(e.type)) return official(m, spelt);
  return null;
}

/**
 * The canonical spelling of the name `surface` writes, to respell it by: the name of a former
 * period when the surface writes one (Thừa Thiên Huế), else the display name `target`, whichever
 * lines up with the surface's words; null when neither does. The form the text used keeps its
 * words, so a longer name is never respelt in part ("Thua Thien Huế").
 */
function writtenForm(
  e: Entity,
  surface: string,
  lang: KbLanguage,
  target: string,
  names: ReadonlySet<string>,
): string | null {
  const former = formerNameIn(e, surface, lang);
  if (former !== null && linesUp(surface, former, names)) return former;
  return linesUp(surface, target, names) ? target : null;
}

/** The entity's alias with Vietnamese marks whose words line up with `surface` ("Bắc Triều Tiên"), or null. */
function markedAlias(e: Entity, surface: string, names: ReadonlySet<string>): string | null {
  for (const a of e.aliases ?? []) if (hasVietnameseMarks(a) && linesUp(surface, a, names)) return a;
  return null;
}

/** A synonym in its full official form, keeping a generic head the text writes ("quần đảo"). */
function official(m: EntityMention, target: string): Rewrite | null {
  const head = headOf(m.text);
  if (head === '') return whole(m, target, 'official-form');
  const core = target.slice(headOf(target).length);
  const to = allCaps(m.text.slice(head.length)) ? core.toUpperCase() : core;
  return to === m.text.slice(head.length)
    ? null
    : { start: head.length, end: m.text.length, to, kind: 'official-form' };
}

/**
 * Rewrites every recognized name in a text to its canonical form for the text's language and the
 * chosen style — restoring Vietnamese diacritics, one spelling of Viet Nam, one order of Japanese
 * names, East Sea or South China Sea, the correct name for a misspelt one or a mistranslated sea —
 * and lists each change with its offsets. Text that is not a recognized full name is never touched
 * (short references such as "PM Chinh" and abbreviations stay as written).
 *
 * @throws {TypeError} when `text` is not a string; {@link VietnormError} for an unknown `to`.
 * @example
 * normalize('Bo truong Bui Thanh Son den Ha Noi', { to: 'vi' }).text
 * // 'Bo truong Bùi Thanh Sơn den Hà Nội'
 * @example
 * normalize('Fumio Kishida visited Vietnam.', { style: { japaneseNameOrder: 'family-first' } }).text
 * // 'Kishida Fumio visited Viet Nam.'
 */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  options = parseNormalizeOptions(options);
  assertString(text, 'text');
  // The text's language is detected only when no target is given.
  const detected = options.to === undefined ? detectLanguage(text).language : null;
  const to = options.to ?? (detected === 'sv' || detected === 'vi' ? detected : 'en');
  if (to !== 'en' && to !== 'sv' && to !== 'vi') {
    throw new VietnormError(
      'invalid-option',
      `normalize: 'to' must be 'en', 'sv' or 'vi', got ${JSON.stringify(to)}`,
      {
        option: 'to',
      },
    );
  }
  const style: Required<NormalizeStyle> = {
    sea: options.style?.sea ?? 'vietnamese',
    japaneseNameOrder: options.style?.japaneseNameOrder ?? 'as-written',
    vietnameseNames: options.style?.vietnameseNames ?? (to === 'vi' ? 'restore' : 'as-written'),
    vietnam: options.style?.vietnam ?? 'Viet Nam',
    tone: options.style?.tone ?? 'as-written',
  };
  if (style.tone !== 'new' && style.tone !== 'old' && style.tone !== 'as-written') {
    throw new VietnormError(
      'invalid-option',
      `normalize: 'style.tone' must be 'new', 'old' or 'as-written', got ${JSON.stringify(style.tone)}`,
      { option: 'style.tone' },
    );
  }
  const officialForms = options.officialForms ?? false;
  if (typeof officialForms !== 'boolean') {
    throw new VietnormError(
      'invalid-option',
      `normalize: 'officialForms' must be true or false, got ${typeof officialForms}`,
      { option: 'officialForms' },
    );
  }
  const kb = options.kb ?? defaultNormalizer();
  const context: Context = { to, style, kb, officialForms };
  const mentions = recognize(text, { kb, date: options.date ?? null, language: to });
  const changes: NormalizeChange[] = [];
  let out = '';
  let at = 0;
  for (const m of mentions) {
    const e = kb.getEntity(m.id);
    if (!e || !REWRITTEN.has(e.type) || m.flags.some((f) => PARTIAL.has(f)) || m.inflection) continue;
    const r = rewrite(e, m, context);
    if (!r) continue;
    const start = m.start + r.start;
    const end = m.start + r.end;
    out += text.slice(at, start);
    changes.push({
      start,
      end,
      outputStart: out.length,
      outputEnd: out.length + r.to.length,
      from: text.slice(start, end),
      to: r.to,
      id: m.id,
      kind: r.kind,
    });
    out += r.to;
    at = end;
  }
  out += text.slice(at);
  return { text: out, changes };
}
