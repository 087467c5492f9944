import { assertString, VietnormError } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { Entity, EntityType, KbLanguage } from '../kb/types.js';
import { detectLanguage } from '../language/index.js';
import { parseNormalizeOptions } from '../options.js';
import { isJapanesePerson, isVietnamese, japaneseName, PARTIAL_FLAGS, writtenOrder } from './names.js';
import { type EntityMention, recognize } from './recognize.js';

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
}

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

/** Vietnamese letters folded to ASCII (tone and vowel marks dropped, đ → d), case kept. */
function stripVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

function canonical(
  e: Entity,
  m: EntityMention,
  to: KbLanguage,
  style: Required<NormalizeStyle>,
  kb: Normalizer,
): string | null {
  if (e.type === 'sea') {
    return kb.displayName(
      e.id,
      to,
      to !== 'vi' && style.sea === 'vietnamese' ? { context: 'vn' } : undefined,
    );
  }
  if (e.id === 'country:VN' && to === 'en') return style.vietnam;
  if (isJapanesePerson(e)) {
    // As written, only a misspelt name is rewritten, in its own order ("Shizo Abe" → "Shinzo Abe").
    if (style.japaneseNameOrder === 'as-written' && !m.flags.includes('corrected')) return null;
    const order =
      style.japaneseNameOrder === 'as-written' ? writtenOrder(e, m.text) : style.japaneseNameOrder;
    return japaneseName(e, order);
  }
  if (isVietnamese(e)) {
    if (style.vietnameseNames === 'as-written') return null;
    // In English and Swedish a Vietnamese place keeps its established exonym (Hanoi); people keep their name.
    const name = to === 'vi' || e.type === 'person' ? kb.displayName(e.id, 'vi') : kb.displayName(e.id, to);
    if (!name) return null;
    return style.vietnameseNames === 'strip' ? stripVietnamese(name) : name;
  }
  if (m.flags.includes('mistranslation') || to === 'vi') return kb.displayName(e.id, to);
  return null;
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
  const detected = detectLanguage(text).language;
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
  };
  const kb = options.kb ?? defaultNormalizer();
  const mentions = recognize(text, { kb, date: options.date ?? null, language: to });
  const changes: NormalizeChange[] = [];
  let out = '';
  let at = 0;
  for (const m of mentions) {
    const e = kb.getEntity(m.id);
    if (!e || !REWRITTEN.has(e.type) || m.flags.some((f) => PARTIAL.has(f))) continue;
    // Names in capitals (datelines, headlines) keep their case: only their spelling is normalized.
    const target = canonical(e, m, to, style, kb);
    if (!target || target === m.text) continue;
    const replacement =
      m.text === m.text.toUpperCase() && m.text !== m.text.toLowerCase() ? target.toUpperCase() : target;
    if (replacement === m.text) continue;
    out += text.slice(at, m.start);
    changes.push({
      start: m.start,
      end: m.end,
      outputStart: out.length,
      outputEnd: out.length + replacement.length,
      from: m.text,
      to: replacement,
      id: m.id,
    });
    out += replacement;
    at = m.end;
  }
  out += text.slice(at);
  return { text: out, changes };
}
