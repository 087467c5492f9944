import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { Entity, KbLanguage } from '../kb/types.js';
import { parseTranslateOptions } from '../options.js';
import { genitiveOf } from '../recognize/inflection.js';
import type { EntityMention } from '../recognize/mention.js';
import { recognize } from '../recognize/recognize.js';
import { allCaps, nameKeysOf, nameSpan, ownsGeneric, respell } from '../recognize/respell.js';
import { hasVietnameseMarks } from '../text/marks.js';
import { targetName } from './target.js';

/** Options of {@link translateTerms}. */
export interface TranslateTermsOptions {
  /** The language to write the names in. */
  to: KbLanguage;
  /**
   * The language the text is in (helps recognition of one-word names).
   * @default undefined (any)
   */
  from?: KbLanguage;
  /**
   * Biển Đông in English and Swedish: `'vietnamese'` gives East Sea / Östhavet, `'international'`
   * South China Sea / Sydkinesiska havet.
   * @default 'international'
   */
  sea?: 'vietnamese' | 'international';
  /** The text's date, which decides offices and units (see `recognize`). */
  date?: string | Date | null;
  /** @default the built-in knowledge base */
  kb?: Normalizer;
}

/** One replacement made by {@link translateTerms}, with offsets in the input and in the output. */
export interface TermReplacement {
  id: string;
  from: string;
  to: string;
  start: number;
  end: number;
  outputStart: number;
  outputEnd: number;
}

/** The result of {@link translateTerms}. */
export interface TranslateTermsResult {
  text: string;
  replacements: TermReplacement[];
}

/** No lower-case letter, and one word, a dot inside, or a word without a vowel ("TP HCM"). */
function abbreviation(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  const words = s.split(/[\s\-\u2013]+/u).filter(Boolean);
  return words.length <= 1 || s.includes('.') || words.some((w) => !/[AEIOUYÀ-ỹ]/iu.test(w));
}

/** The compact keys of an entity's names and aliases (none for an unknown id). */
function namesOf(e: Entity | null | undefined): ReadonlySet<string> {
  return e ? nameKeysOf(e) : NO_NAMES;
}
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * How a mention is rewritten into `name`, its form in the target language, following the rules
 * of `normalize`: a name already written in Vietnamese marks, translated into Vietnamese, is only
 * respelt (a correct synonym such as "Mỹ" stays); an abbreviation stays; a generic head or tail
 * the text writes ("tỉnh", "thành phố", "province") stays unless the target name carries its own
 * ("Ho Chi Minh City"); a name in capitals stays in capitals.
 */
function replacement(
  m: Pick<EntityMention, 'text' | 'flags'>,
  name: string,
  to: KbLanguage,
  names: () => ReadonlySet<string>,
): { start: number; end: number; to: string } | null {
  if (m.flags.includes('title')) return { start: 0, end: m.text.length, to: name };
  // Abbreviations ("TPHCM", "TP.HCM", "HCMC") are names of their own: they stay as written.
  if (abbreviation(m.text)) return null;
  if (to === 'vi' && hasVietnameseMarks(m.text)) return respell(m.text, name, { names: names() });
  // A generic head or tail the text writes ("tỉnh", "province") stays, unless the target name
  // carries its own ("Ho Chi Minh City"): the words around the name are not the glossary's.
  const { start, end } = ownsGeneric(name) ? { start: 0, end: m.text.length } : nameSpan(m.text, names());
  const core = m.text.slice(start, end);
  const written = allCaps(core) && core.length > 2 ? name.toUpperCase() : name;
  return written === core ? null : { start, end, to: written };
}

/**
 * Glossary translation: rewrites every recognized name — people, places, organisations, seas,
 * agreements, and offices including the title in front of a name — into its canonical form in the
 * target language, and lists the replacements with offsets on both sides. Everything else is left
 * exactly as it is. It replaces names, not grammar: words around a replaced name are not adapted
 * (case endings, articles, word order), which is the job of the translation around it. Like
 * `normalize`, it keeps generic heads and tails ("tỉnh Quảng Ninh" → "tỉnh Quang Ninh"), capitals, and
 * correct Vietnamese synonyms when translating into Vietnamese ("Mỹ" stays "Mỹ").
 *
 * @throws {TypeError} for a non-string text; `VietnormError` (`invalid-option`) for a missing or
 * unknown `to`, or any other bad option (`null` options or entries mean the defaults).
 * @example
 * translateTerms('Japanese Prime Minister Kishida Fumio arrived.', { to: 'vi' }).text
 * // 'Thủ tướng Nhật Bản Kishida Fumio arrived.'
 * @example
 * translateTerms('Japanese Prime Minister Kishida Fumio arrived.', { to: 'sv' }).text
 * // 'Japans premiärminister Kishida Fumio arrived.'
 */
export function translateTerms(text: string, options: TranslateTermsOptions): TranslateTermsResult {
  options = parseTranslateOptions(options);
  assertString(text, 'text');
  const kb = options.kb ?? defaultNormalizer();
  const mentions = recognize(text, {
    kb,
    titles: true,
    language: options.from ?? null,
    date: options.date ?? null,
  });
  const seaContext = options.sea === 'vietnamese' ? 'vn' : undefined;
  const replacements: TermReplacement[] = [];
  let out = '';
  let at = 0;
  for (const m of mentions) {
    const base = targetName(kb, m, options.to, seaContext);
    // A genitive read inside the mention ("Japans", "USA:s") is given back in the target language.
    const name = base !== null && m.inflection === 'genitive' ? genitiveOf(base, options.to) : base;
    if (name === null || name === m.text) continue;
    const r = replacement(m, name, options.to, () => namesOf(kb.getEntity(m.id)));
    if (r === null) continue;
    const start = m.start + r.start;
    const end = m.start + r.end;
    out += text.slice(at, start);
    replacements.push({
      id: m.id,
      from: text.slice(start, end),
      to: r.to,
      start,
      end,
      outputStart: out.length,
      outputEnd: out.length + r.to.length,
    });
    out += r.to;
    at = end;
  }
  return { text: out + text.slice(at), replacements };
}
