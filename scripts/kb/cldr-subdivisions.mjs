/**
 * Subdivisions of other countries (China's provinces: "cngd" Guangdong) with their English names
 * from CLDR, through the npm package cldr-subdivisions-full (`subdivisions/en/en.json`). CLDR has
 * no Swedish or Vietnamese subdivision names: data/kb/subdivisions.yaml gives those, from general
 * knowledge, and lists which codes the KB takes.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The version of the package read, for the KB's sources. */
export function cldrSubdivisionsVersion() {
  return require('cldr-subdivisions-full/package.json').version;
}

/**
 * The English name of each subdivision code as CLDR writes it; null for a code CLDR does not name.
 * @param {readonly string[]} codes CLDR subdivision codes: the ISO 3166-2 code in lower case, without the hyphen
 * @returns {{ code: string, en: string | null }[]}
 */
export function cldrSubdivisions(codes) {
  const names = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames
    .subdivisions;
  return codes.map((code) => ({ code, en: names[code] ?? null }));
}
