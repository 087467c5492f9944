import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { getT, registerNamespace } from '../i18n/instance.js';
import { type DisplayLanguage, messageResources } from '../i18n/resources.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import { detectLanguage } from '../language/index.js';
import { parseRetextOptions } from '../options.js';
import {
  isJapanesePerson,
  isVietnamese,
  japaneseName,
  PARTIAL_FLAGS,
  writtenOrder,
} from '../recognize/names.js';
import { type EntityMention, recognize } from '../recognize/recognize.js';
import { foldKey } from '../text/fold.js';

/** Options of {@link retextVietnorm}. */
export interface RetextVietnormOptions {
  /**
   * Language of the message texts.
   * @default 'en'
   */
  messageLanguage?: DisplayLanguage;
  /**
   * Report Vietnamese names written without their diacritics: in Vietnamese text only, always, or never.
   * @default 'vietnamese-text'
   */
  diacritics?: 'vietnamese-text' | 'always' | 'never';
  /**
   * The order Japanese names must be written in; `null` accepts both.
   * @default null
   */
  japaneseNameOrder?: 'family-first' | 'given-first' | null;
  /** The text's date (offices and units). */
  date?: string | Date | null;
  /** @default the built-in knowledge base */
  kb?: Normalizer;
}

/** Rule ids of the messages, one per kind of non-canonical name. */
export type VietnormRuleId = 'missing-diacritics' | 'name-order' | 'mistranslation' | 'misspelt-name';

/** Each rule is explained under a heading of its own in the README. */
const DOCS = 'https://www.npmjs.com/package/vietnorm';
let registered = false;

function t(lng: DisplayLanguage, key: string, values: Record<string, string>): string {
  if (!registered) {
    registerNamespace('messages', {
      en: messageResources.en.messages,
      sv: messageResources.sv.messages,
      vi: messageResources.vi.messages,
    });
    registered = true;
  }
  return getT(lng, 'messages')(key, values);
}

/** What a mention should have been, and which rule says so; null when it is canonical. */
function check(
  kb: Normalizer,
  m: EntityMention,
  options: RetextVietnormOptions,
  vietnameseText: boolean,
): { ruleId: VietnormRuleId; expected: string; order?: string } | null {
  const e = kb.getEntity(m.id);
  if (!e || m.flags.some((f) => PARTIAL_FLAGS.has(f))) return null;
  if (m.flags.includes('mistranslation')) {
    return {
      ruleId: 'mistranslation',
      expected: kb.displayName(e.id, 'sv', { context: 'vn' }) ?? e.names.sv,
    };
  }
  if (m.flags.includes('corrected')) {
    const expected = isJapanesePerson(e) ? japaneseName(e, writtenOrder(e, m.text)) : e.names.vi;
    return { ruleId: 'misspelt-name', expected };
  }
  if (
    isJapanesePerson(e) &&
    options.japaneseNameOrder &&
    writtenOrder(e, m.text) !== options.japaneseNameOrder
  ) {
    const order = options.japaneseNameOrder;
    return { ruleId: 'name-order', expected: japaneseName(e, order), order };
  }
  const diacritics = options.diacritics ?? 'vietnamese-text';
  if (diacritics !== 'never' && (diacritics === 'always' || vietnameseText) && isVietnamese(e)) {
    const vi = e.names.vi;
    // The same name without (some of) its marks: "Bui Thanh Son" for "Bùi Thanh Sơn".
    if (m.text !== vi && foldKey(m.text) === foldKey(vi) && m.text.normalize('NFC') !== vi) {
      return { ruleId: 'missing-diacritics', expected: vi };
    }
  }
  return null;
}

/**
 * A retext plugin that reports names and terms written in a non-canonical way: Vietnamese names
 * without their diacritics (in Vietnamese text), Japanese names in the other order than the
 * chosen style, Swedish "Östersjön" used for Biển Đông, misspelt names of leaders. Each message
 * has `ruleId`, `source: 'vietnorm'`, `actual`, `expected`, its place and a `url`, with the text in
 * en, sv or vi. Works with any retext parser (retext-latin, retext-english) and `vfile-reporter`.
 *
 * @example
 * const file = await unified().use(retextLatin).use(retextVietnorm, { messageLanguage: 'vi' })
 *   .use(retextStringify).process('Bo truong Bui Thanh Son tiep Dai su Nhat Ban tai Ha Noi.');
 * file.messages.map((m) => m.ruleId) // ['missing-diacritics', 'missing-diacritics', 'missing-diacritics']
 */
export const retextVietnorm: Plugin<[RetextVietnormOptions?], Root> = (options = {}) => {
  options = parseRetextOptions(options);
  const lng = options.messageLanguage ?? 'en';
  return (_tree: Root, file: VFile) => {
    const text = String(file);
    const kb = options.kb ?? defaultNormalizer();
    const language = detectLanguage(text).language;
    const place = location(file);
    for (const m of recognize(text, { kb, date: options.date ?? null, language })) {
      const problem = check(kb, m, options, language === 'vi');
      if (!problem) continue;
      const values: Record<string, string> = { actual: m.text, expected: problem.expected };
      if (problem.order) values.order = t(lng, `order-${problem.order}`, {});
      const start = place.toPoint(m.start);
      const end = place.toPoint(m.end);
      const message = file.message(t(lng, problem.ruleId, values), {
        place: start && end ? { start, end } : undefined,
        ruleId: problem.ruleId,
        source: 'vietnorm',
      });
      message.actual = m.text;
      message.expected = [problem.expected];
      message.url = `${DOCS}#${problem.ruleId}`;
    }
  };
};
