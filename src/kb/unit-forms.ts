/**
 * The generic forms of the name of a province-level unit of Viet Nam — "tỉnh Quảng Ngãi" and
 * "Quang Ngai Province" for a province, "thành phố Đà Nẵng", "TP Đà Nẵng", "TP. Đà Nẵng" and
 * "Da Nang City" for a centrally governed city. They follow from the unit's Vietnamese name and
 * type, so the generated KB does not store them: they are derived here, at load, by the rule the
 * generator also uses (scripts/build-kb.mjs imports this module), as the ASCII forms are.
 */
import { asciiForm } from './aliases.js';
import type { EntityRecord } from './types.js';

/** The administrative type of the cities governed from the centre (thành phố trực thuộc trung ương). */
const CENTRAL_CITY = 'thành phố trực thuộc trung ương';

/** Whether a province-level unit is a centrally governed city (Hà Nội, TP.HCM, Đà Nẵng …). */
export function isCentralCity(unit: EntityRecord): boolean {
  return unit.adminType === CENTRAL_CITY;
}

/**
 * The generic forms of a province-level unit's Vietnamese name `vi`; none for other records.
 * English forms are built on the name without marks, as English-language copy writes them.
 * @example unitForms(quangNgai, 'Quảng Ngãi') // ['tỉnh Quảng Ngãi', 'Quang Ngai Province']
 */
export function unitForms(unit: EntityRecord, vi: string): string[] {
  if (unit.type !== 'province') return [];
  const ascii = asciiForm(vi);
  return isCentralCity(unit)
    ? [`thành phố ${vi}`, `TP ${vi}`, `TP. ${vi}`, `${ascii} City`]
    : [`tỉnh ${vi}`, `${ascii} Province`];
}
