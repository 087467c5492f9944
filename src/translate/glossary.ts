import { VietnormError } from '../errors.js';
import { defaultNormalizer, type Normalizer } from '../kb/kb.js';
import type { EntityType, KbLanguage } from '../kb/types.js';
import { assertLanguage } from './terms.js';

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
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(s: string): string {
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A TSV field cannot hold a tab or a line break: they become spaces. */
function tsvField(s: string): string {
  return s.replace(/[\t\r\n]+/gu, ' ');
}

function xml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
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
 * @throws {VietnormError} `invalid-option` for an unknown format or language, or not two languages for CSV/TSV.
 * @example
 * exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['sea'] })
 * // 'Baltic Sea,Östersjön\nSouth China Sea,Sydkinesiska havet\n…'
 */
export function exportGlossary(options: ExportGlossaryOptions): string {
  const format = options?.format;
  const languages: readonly KbLanguage[] = Array.isArray(options?.languages) ? options.languages : [];
  if (languages.length < 2 || new Set(languages).size !== languages.length) {
    throw new VietnormError('invalid-option', "'languages' must list two or three different languages", {
      option: 'languages',
    });
  }
  for (const l of languages) assertLanguage(l, 'languages');
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
      const field = format === 'csv' ? csvField : tsvField;
      const sep = format === 'csv' ? ',' : '\t';
      return entities.map((e) => `${field(e.names[from])}${sep}${field(e.names[to])}`).join('\n') + '\n';
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
        const sections = languages
          .map(
            (l) =>
              `        <langSec xml:lang="${l}">\n          <termSec>\n            <term>${xml(e.names[l])}</term>\n          </termSec>\n        </langSec>`,
          )
          .join('\n');
        return `      <conceptEntry id="${xmlId(e.id)}">\n        <descrip type="subjectField">${xml(e.type)}</descrip>\n${sections}\n      </conceptEntry>`;
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
      throw new VietnormError(
        'invalid-option',
        `'format' must be csv, tsv, tbx or json, got ${JSON.stringify(format)}`,
        {
          option: 'format',
        },
      );
  }
}
