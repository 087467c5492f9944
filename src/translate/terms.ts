import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { KbLanguage } from '../kb/types.js';
import { parseTranslateOptions } from '../options.js';
import { recognize } from '../recognize/recognize.js';
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

/**
 * Glossary translation: rewrites every recognized name — people, places, organisations, seas,
 * agreements, and offices including the title in front of a name — into its canonical form in the
 * target language, and lists the replacements with offsets on both sides. Everything else is left
 * exactly as it is. It replaces names, not grammar: words around a replaced name are not adapted
 * (case endings, articles, word order), which is the job of the translation around it.
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
    const name = targetName(kb, m, options.to, seaContext);
    if (name === null || name === m.text) continue;
    out += text.slice(at, m.start);
    replacements.push({
      id: m.id,
      from: m.text,
      to: name,
      start: m.start,
      end: m.end,
      outputStart: out.length,
      outputEnd: out.length + name.length,
    });
    out += name;
    at = m.end;
  }
  return { text: out + text.slice(at), replacements };
}
