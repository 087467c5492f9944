import { VietnormError } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { Entity, EntityType, KbLanguage } from '../kb/types.js';
import { parseGlossaryOptions } from '../options.js';

/** Formats of {@link exportGlossary}. */
export type GlossaryFormat = 'csv' | 'tsv' | 'tbx' | 'json';

/** Options of {@link exportGlossary}. */
export interface ExportGlossaryOptions {
  /** Source and target language, e.g. `['en', 'sv']` (TBX and JSON also take all three). */
  languages: readonly KbLanguage[];
  format: GlossaryFormat;
  /**
   * Only entities of these types.
   * @default every type
   */
  types?: readonly EntityType[];
  /** @default the built-in knowledge base */
  kb?: Normalizer;
  /**
   * CSV and TSV cells that a spreadsheet would run as a formula — starting with `=`, `+`, `-` or
   * `@` (after any spaces), or with a tab or line break — get a leading apostrophe: `'=1+1`
   * (`'neutralize'`, the OWASP advice against CSV injection). `'keep'` writes every name exactly
   * as it is, for tools that import the file as data, never into a spreadsheet.
   * @default 'neutralize'
   * @example
   * // A knowledge base with a name made to run as a formula:
   * exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['person'], kb }) // "…\n'=HYPERLINK(…),…"
   * exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['person'], kb, formulas: 'keep' }) // "…\n=HYPERLINK(…),…"
   */
  formulas?: 'neutralize' | 'keep';
}

/** A cell a spreadsheet would take for a formula (or a formula after a leading control). */
const FORMULA_START = /^(?:[ ]*[=+\-@]|[\t\r\n])/u;
const neutralize = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(s: string): string {
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A TSV field cannot hold a tab or a line break: they become spaces. */
function tsvField(s: string): string {
  return s.replace(/[\t\r\n]+/gu, ' ');
}

/**
 * Characters XML 1.0 cannot carry, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
function notXml(s: string): number | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return c;
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xdc00 && c <= 0xdfff) || c >= 0xfffe)
      return c;
  }
  return null;
}

/** XML text or attribute value; a carriage return as a reference, which XML parsers keep. */
function xml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\r', '&#13;');
}

/** The names of an entity, refused when XML cannot carry them (a TBX file must be well-formed). */
function xmlNames(e: Entity, languages: readonly KbLanguage[]): void {
  for (const field of [e.id, e.type, ...languages.map((l) => e.names[l])]) {
    const bad = notXml(field);
    if (bad !== null) {
      const code = bad.toString(16).toUpperCase().padStart(4, '0');
      throw new VietnormError(
        'invalid-entity',
        `exportGlossary: ${e.id} holds U+${code}, which a TBX (XML) file cannot carry`,
        { id: e.id, field: field === e.id ? 'id' : field === e.type ? 'type' : 'names' },
      );
    }
  }
}

/** Entity ids as XML ids (NCName: no colon). */
const xmlId = (id: string): string => id.replace(':', '.');

/**
 * Exports the knowledge base as a glossary for translation tools: CSV or TSV source→target pairs
 * (the two-column form that MT glossary features import, no header row), TBX (ISO 30042 TermBase
 * eXchange, TBX-Basic dialect: one `conceptEntry` per entity with a `langSec` per language), or
 * JSON (`[{ id, type, en, sv, vi }]`). Pairs whose two names are the same are kept: they tell an
 * engine not to translate the name.
 *
 * Exported text is safe to open: CSV and TSV cells that would run as spreadsheet formulas are
 * neutralised by default (see `formulas`); TBX is escaped XML, and a name holding a character
 * XML cannot carry (a control character) is refused with a `VietnormError` (`invalid-entity`)
 * rather than written (`createNormalizer` refuses such names in the first place).
 *
 * @throws {VietnormError} `invalid-option` for an unknown format or language, not two languages
 * for CSV/TSV, or another bad option; `invalid-entity` for a name TBX cannot carry.
 * @example
 * exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['sea'] })
 * // 'Baltic Sea,Östersjön\nSouth China Sea,Sydkinesiska havet\n…'
 */
export function exportGlossary(options: ExportGlossaryOptions): string {
  options = parseGlossaryOptions(options);
  const { format, languages } = options;
  const kb = options.kb ?? defaultNormalizer();
  const types = options.types ? new Set(options.types) : null;
  const entities = kb.listEntities().filter((e) => !types || types.has(e.type));
  const [from, to] = languages as [KbLanguage, KbLanguage];
  switch (format) {
    case 'csv':
    case 'tsv': {
      if (languages.length !== 2) {
        throw new VietnormError('invalid-option', `${format} glossaries hold one language pair`, {
          option: 'languages',
        });
      }
      const quote = format === 'csv' ? csvField : tsvField;
      const field = options.formulas === 'keep' ? quote : (s: string) => quote(neutralize(s));
      const sep = format === 'csv' ? ',' : '\t';
      return `${entities.map((e) => `${field(e.names[from])}${sep}${field(e.names[to])}`).join('\n')}\n`;
    }
    case 'json':
      return `${JSON.stringify(
        entities.map((e) => ({
          id: e.id,
          type: e.type,
          ...Object.fromEntries(languages.map((l) => [l, e.names[l]])),
        })),
        null,
        2,
      )}\n`;
    case 'tbx': {
      const concepts = entities.map((e) => {
        xmlNames(e, languages);
        const sections = languages
          .map(
            (l) =>
              `        <langSec xml:lang="${l}">\n          <termSec>\n            <term>${xml(e.names[l])}</term>\n          </termSec>\n        </langSec>`,
          )
          .join('\n');
        return `      <conceptEntry id="${xml(xmlId(e.id))}">\n        <descrip type="subjectField">${xml(e.type)}</descrip>\n${sections}\n      </conceptEntry>`;
      });
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<tbx type="TBX-Basic" style="dca" xml:lang="${from}" xmlns="urn:iso:std:iso:30042:ed-2">`,
        '  <tbxHeader>',
        '    <fileDesc>',
        '      <sourceDesc>',
        '        <p>vietnorm knowledge base: names of people, places, organisations and terms in news about Vietnam</p>',
        '      </sourceDesc>',
        '    </fileDesc>',
        '  </tbxHeader>',
        '  <text>',
        '    <body>',
        ...concepts,
        '    </body>',
        '  </text>',
        '</tbx>',
        '',
      ].join('\n');
    }
    default:
      // Unreachable: the format was validated above.
      throw new VietnormError('invalid-option', `exportGlossary: unknown format ${String(format)}`, {
        option: 'format',
      });
  }
}
