import { assertString } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { KbLanguage } from '../kb/types.js';
import { parseProtectOptions, parseRestoreOptions } from '../options.js';
import { recognize } from '../recognize/recognize.js';
import { officeWording, targetName } from './target.js';

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
  /**
   * The language of the translation: each placeholder becomes the entity's canonical name in it
   * (a name the knowledge base cannot render comes back as written in the source).
   */
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
  /**
   * The text to send to the machine-translation engine, in XML mode: placeholders for the names,
   * and `&`, `<`, `>` and carriage returns of the source escaped as `&amp;`, `&lt;`, `&gt;` and
   * `&#13;`.
   */
  text: string;
  terms: ProtectedTerm[];
  /**
   * Puts each entity's canonical name in the target language back in place of its placeholder,
   * and turns the XML character references back into characters (`&amp;` `&lt;` `&gt;` `&quot;`
   * `&apos;` and numeric ones such as `&#39;`). `restore(text, { to })` on the untouched `text`
   * gives back the source with each protected name in its canonical `to` form, so exactly the
   * source when its names were already written that way.
   */
  restore(translated: string, options: RestoreTermsOptions): RestoredText;
}

/** Options of {@link protectTerms}. */
export interface ProtectTermsOptions {
  /** The language of the source text. @default undefined (any) */
  from?: KbLanguage;
  /** @default the built-in knowledge base */
  kb?: Normalizer;
}

/** What XML-mode engines would read as markup (`&`, `<`, `>`) or normalise away (a carriage return). */
const XML_SPECIAL = /[&<>\r]/gu;
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const escapeXml = (s: string): string => s.replace(XML_SPECIAL, (c) => XML_ESCAPES[c] ?? c);

/**
 * In a translation, in one left-to-right pass: a placeholder as an engine may return it
 * (`<x id="t1"/>`, also with other spacing or quotes, `<x id = 't1' />`, or as `<x id="t1"></x>`),
 * or an XML character reference (the five predefined entities, decimal or hexadecimal). The two
 * alternatives start with different characters and repeat only within bounds: linear on any input.
 */
const PLACEHOLDER_OR_REFERENCE =
  /<x[ \t]{1,4}id[ \t]{0,2}=[ \t]{0,2}["'](t\d{1,6})["'][ \t]{0,4}\/?>(?:<\/x>)?|&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6}));/gu;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character of a numeric reference, or null when it names no code point. */
function codePoint(n: number): string | null {
  return n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/**
 * Protects names from machine translation: every recognized name becomes an empty inline XML
 * element `<x id="t1"/>`, the placeholder form of XLIFF 1.2 that engines with tag handling (HTML
 * or XML mode) carry over untranslated and that CAT tools know. After translation,
 * `restore(translated, { to })` replaces each placeholder with the entity's canonical name in the
 * target language and reports placeholders that the engine dropped, duplicated or invented, and
 * whether it reordered them — nothing is lost silently.
 *
 * The rest of the text is escaped for an XML-mode engine: `&` → `&amp;`, `<` → `&lt;`, `>` →
 * `&gt;` and a carriage return → `&#13;` (which an XML parser would otherwise turn into a line
 * feed). So a tag already in the source, even a literal `<x id="t1"/>`, is text to the engine and
 * to `restore`, never a placeholder; `restore` turns the references back into characters.
 * Characters that XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, lone
 * surrogates) are passed through as they are.
 *
 * @throws {TypeError} for a non-string text; `VietnormError` (`invalid-option`) for a bad option.
 * @example
 * const p = protectTerms('Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nhật Bản.');
 * p.text // 'Bộ trưởng <x id="t1"/> điện đàm với Ngoại trưởng <x id="t2"/>.'
 * p.restore('Minister <x id="t1"/> spoke with the foreign minister of <x id="t2"/>.', { to: 'en' }).text
 * // 'Minister Bùi Thanh Sơn spoke with the foreign minister of Japan.'
 * @example
 * protectTerms('R&D <b> in Hà Nội').text // 'R&amp;D &lt;b&gt; in <x id="t1"/>'
 */
export function protectTerms(text: string, options: ProtectTermsOptions = {}): ProtectedText {
  options = parseProtectOptions(options);
  assertString(text, 'text');
  const kb = options.kb ?? defaultNormalizer();
  const terms: ProtectedTerm[] = [];
  let out = '';
  let at = 0;
  for (const m of recognize(text, { kb, language: options.from ?? null })) {
    // Short references ("PM Chinh") are left to the engine: their canonical form is the full name.
    // An office's name read as its holder ("Japans kejsare") is protected as the office.
    const wording = officeWording(kb, m);
    const office = wording && !wording.title ? wording.office : null;
    if (!office && (m.flags.includes('short-reference') || m.flags.includes('family-name-reference')))
      continue;
    const id = `t${terms.length + 1}`;
    terms.push({ id, entityId: office ?? m.id, text: m.text, start: m.start, end: m.end });
    out += `${escapeXml(text.slice(at, m.start))}<x id="${id}"/>`;
    at = m.end;
  }
  out += escapeXml(text.slice(at));
  const byId = new Map(terms.map((t) => [t.id, t]));

  function restore(translated: string, restoreOptions: RestoreTermsOptions): RestoredText {
    restoreOptions = parseRestoreOptions(restoreOptions);
    assertString(translated, 'translated text');
    const seen = new Map<string, number>();
    const unknown: string[] = [];
    const seaContext = restoreOptions.sea === 'vietnamese' ? 'vn' : undefined;
    const restored = translated.replace(
      PLACEHOLDER_OR_REFERENCE,
      (match: string, id?: string, entity?: string, decimal?: string, hex?: string) => {
        if (id === undefined) {
          if (entity !== undefined) return ENTITIES[entity] ?? match;
          return codePoint(decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16)) ?? match;
        }
        const term = byId.get(id);
        if (!term) {
          unknown.push(match);
          return match;
        }
        seen.set(id, (seen.get(id) ?? 0) + 1);
        const type = kb.getEntity(term.entityId)?.type ?? 'organisation';
        const written = { id: term.entityId, type, text: term.text, flags: [] };
        return targetName(kb, written, restoreOptions.to, seaContext) ?? term.text;
      },
    );
    // A Map keeps its keys in the order they were first set: the order the placeholders came back in.
    const firstSeen = [...seen.keys()];
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
