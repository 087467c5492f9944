import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { KbLanguage } from '../kb/types.js';
import { recognize } from '../recognize/recognize.js';
import { targetName } from './target.js';
import { assertLanguage } from './terms.js';

/** A protected name: what the placeholder stands for. */
export interface ProtectedTerm {
  /** The placeholder's id ("t1", "t2" …), unique in the text. */
  id: string;
  /** The entity's id in the knowledge base. */
  entityId: string;
  /** The name as written in the source text, and where. */
  text: string;
  start: number;
  end: number;
}

/** Options of {@link ProtectedText.restore}. */
export interface RestoreTermsOptions {
  /** The language of the translation: each placeholder becomes the entity's name in it. */
  to: KbLanguage;
  /** @default 'international' (see `translateTerms`) */
  sea?: 'vietnamese' | 'international';
}

/** The result of {@link ProtectedText.restore}: the text, and every placeholder that went astray. */
export interface RestoredText {
  text: string;
  /** Placeholders of the source that the translation no longer has (the name is missing there). */
  missing: ProtectedTerm[];
  /** Placeholders that appear more than once (each copy was restored). */
  duplicated: ProtectedTerm[];
  /** Placeholder-like tags with an id that was never issued (left in the text as they are). */
  unknown: string[];
  /** True when the placeholders came back in another order than they were sent. */
  reordered: boolean;
}

/** A text with its names replaced by placeholders, and the means to put names back. */
export interface ProtectedText {
  /** The text to send to the machine-translation engine. */
  text: string;
  terms: ProtectedTerm[];
  /** Puts each entity's canonical name in the target language back in place of its placeholder. */
  restore(translated: string, options: RestoreTermsOptions): RestoredText;
}

/** Options of {@link protectTerms}. */
export interface ProtectTermsOptions {
  /** The language of the source text. @default undefined (any) */
  from?: KbLanguage;
  /** @default the built-in knowledge base */
  kb?: Normalizer;
}

/**
 * A placeholder as an engine may return it: `<x id="t1"/>`, also with other spacing or quotes
 * (`<x id = 't1' />`). Bounded repetition only: linear on any input.
 */
const PLACEHOLDER = /<x[ \t]{1,4}id[ \t]{0,2}=[ \t]{0,2}["'](t\d{1,6})["'][ \t]{0,4}\/?>(?:<\/x>)?/gu;

/**
 * Protects names from machine translation: every recognized name becomes an empty inline XML
 * element `<x id="t1"/>`, the placeholder form of XLIFF 1.2 that engines with tag handling (HTML
 * or XML mode) carry over untranslated and that CAT tools know. After translation,
 * `restore(translated, { to })` replaces each placeholder with the entity's canonical name in the
 * target language and reports placeholders that the engine dropped, duplicated or invented, and
 * whether it reordered them — nothing is lost silently.
 *
 * @throws {TypeError} for a non-string text.
 * @example
 * const p = protectTerms('Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nhật Bản.');
 * p.text // 'Bộ trưởng <x id="t1"/> điện đàm với Ngoại trưởng <x id="t2"/>.'
 * p.restore('Minister <x id="t1"/> spoke with the foreign minister of <x id="t2"/>.', { to: 'en' }).text
 * // 'Minister Bùi Thanh Sơn spoke with the foreign minister of Japan.'
 */
export function protectTerms(text: string, options: ProtectTermsOptions = {}): ProtectedText {
  assertString(text, 'text');
  if (options.from !== undefined) assertLanguage(options.from, 'from');
  const kb = options.kb ?? defaultNormalizer();
  const terms: ProtectedTerm[] = [];
  let out = '';
  let at = 0;
  for (const m of recognize(text, { kb, language: options.from ?? null })) {
    // Short references ("PM Chinh") are left to the engine: their canonical form is the full name.
    if (m.flags.includes('short-reference') || m.flags.includes('family-name-reference')) continue;
    const id = `t${terms.length + 1}`;
    terms.push({ id, entityId: m.id, text: m.text, start: m.start, end: m.end });
    out += `${text.slice(at, m.start)}<x id="${id}"/>`;
    at = m.end;
  }
  out += text.slice(at);
  const byId = new Map(terms.map((t) => [t.id, t]));

  function restore(translated: string, restoreOptions: RestoreTermsOptions): RestoredText {
    assertString(translated, 'translated text');
    assertLanguage(restoreOptions?.to, 'to');
    const seen = new Map<string, number>();
    const order: string[] = [];
    const unknown: string[] = [];
    const seaContext = restoreOptions.sea === 'vietnamese' ? 'vn' : undefined;
    const restored = translated.replace(PLACEHOLDER, (tag: string, id: string) => {
      const term = byId.get(id);
      if (!term) {
        unknown.push(tag);
        return tag;
      }
      seen.set(id, (seen.get(id) ?? 0) + 1);
      order.push(id);
      const type = kb.getEntity(term.entityId)?.type ?? 'organisation';
      const written = { id: term.entityId, type, text: term.text, flags: [] };
      return targetName(kb, written, restoreOptions.to, seaContext) ?? term.text;
    });
    const firstSeen = order.filter((id, i) => order.indexOf(id) === i);
    const expected = terms.map((t) => t.id).filter((id) => seen.has(id));
    return {
      text: restored,
      missing: terms.filter((t) => !seen.has(t.id)),
      duplicated: terms.filter((t) => (seen.get(t.id) ?? 0) > 1),
      unknown,
      reordered: firstSeen.join(' ') !== expected.join(' '),
    };
  }

  return { text: out, terms, restore };
}
