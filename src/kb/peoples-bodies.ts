/**
 * The People's Committee (Ủy ban nhân dân, the executive) and the People's Council (Hội đồng nhân
 * dân, the elected body) that every province-level unit of Viet Nam has under the Law on the
 * Organisation of Local Government. They follow from the unit alone — its names, system, code and
 * period — so the generated KB does not store them: they are derived here, at load, by the rule the
 * generator also uses (scripts/build-kb.mjs imports this module and writes their display names into
 * locales/, as for every entity).
 */
import { asciiForm } from './aliases.js';
import type { EntityRecord, KbLanguage } from './types.js';
import { isCentralCity } from './unit-forms.js';

/**
 * The two bodies: the head of their ids (the Vietnamese abbreviation, as in `vn-ubnd-2008:79`,
 * beside the unit's `vn-province-2008:79`), and their heads in each language; `svAfter` is the
 * Swedish head after the unit's genitive ("Hanois folkkommitté"), and `svLiteral` the word-for-word
 * head machine translation writes ("Folkets kommitté i provinsen Vinh Long").
 */
export const PEOPLES_BODIES = [
  {
    key: 'ubnd',
    vi: 'Ủy ban nhân dân',
    en: "People's Committee",
    sv: 'Folkkommittén',
    svAfter: 'folkkommitté',
    svLiteral: 'Folkets kommitté',
  },
  {
    key: 'hdnd',
    vi: 'Hội đồng nhân dân',
    en: "People's Council",
    sv: 'Folkrådet',
    svAfter: 'folkråd',
    svLiteral: 'Folkets råd',
  },
] as const;

/** The kind of people's body: `ubnd` (People's Committee) or `hdnd` (People's Council). */
export type PeoplesBodyKind = (typeof PEOPLES_BODIES)[number]['key'];

/** The head of a province-level unit's id (`vn-province-2008:79`). */
const UNIT_PREFIX = 'vn-province-';

/** The id of the body of `kind` of the unit `unitId` (`vn-province-2008:79` → `vn-ubnd-2008:79`), or null. */
export function peoplesBodyId(kind: PeoplesBodyKind, unitId: string): string | null {
  return unitId.startsWith(UNIT_PREFIX) ? `vn-${kind}-${unitId.slice(UNIT_PREFIX.length)}` : null;
}

/** A people's body of a unit: its record and its display names. */
export interface PeoplesBody {
  record: EntityRecord;
  names: Record<KbLanguage, string>;
}

/**
 * The records of the people's bodies of a province-level unit (`vn-province-…`); none for any other
 * record. Each is an organisation of Viet Nam whose parent is the unit, valid when the unit is.
 * The loader needs no more: the bodies' display names are in locales/ with every other.
 */
export function peoplesBodyRecords(unit: EntityRecord): EntityRecord[] {
  if (unit.type !== 'province' || !unit.id.startsWith(UNIT_PREFIX)) return [];
  return PEOPLES_BODIES.map((body) => ({
    id: peoplesBodyId(body.key, unit.id) as string,
    type: 'organisation',
    country: 'country:VN',
    parent: unit.id,
    validFrom: unit.validFrom ?? null,
    validTo: unit.validTo ?? null,
    sources: ['vn-admin', 'curated'],
  }));
}

/**
 * The people's bodies of a province-level unit with their display names, given the unit's: what
 * the generator writes into locales/.
 * @example peoplesBodies(quangNgai2008, names)[0].names.vi // 'Ủy ban nhân dân tỉnh Quảng Ngãi'
 */
export function peoplesBodies(
  unit: EntityRecord,
  names: Readonly<Record<KbLanguage, string>>,
): PeoplesBody[] {
  const city = isCentralCity(unit);
  return peoplesBodyRecords(unit).map((record, i) => {
    const body = PEOPLES_BODIES[i] as (typeof PEOPLES_BODIES)[number];
    return {
      record,
      names: {
        // English copy writes units without marks ("Quang Ngai Provincial People's Committee"),
        // and a centrally governed city by its name ("Ho Chi Minh City People's Committee").
        en: city ? `${names.en} ${body.en}` : `${asciiForm(names.vi)} Provincial ${body.en}`,
        sv: `${body.sv} i ${names.sv}`,
        vi: `${body.vi} ${city ? 'thành phố' : 'tỉnh'} ${names.vi}`,
      },
    };
  });
}
