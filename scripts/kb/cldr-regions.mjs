/**
 * World regions from CLDR: the display names of UN M.49 region codes ("035" Southeast Asia /
 * Sydostasien / Đông Nam Á) in en, sv and vi, from the npm package cldr-localenames-full
 * (`main/{en,sv,vi}/territories.json`). Which codes the KB takes, and their aliases, are listed in
 * data/kb/regions.yaml.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The version of the package read, for the KB's sources. */
export function cldrRegionsVersion() {
  return require('cldr-localenames-full/package.json').version;
}

function territories(lng) {
  return require(`cldr-localenames-full/main/${lng}/territories.json`).main[lng].localeDisplayNames
    .territories;
}

/**
 * The names of each region code in en, sv and vi, as CLDR writes them (a Swedish name may start in
 * lower case: "södra Afrika"); null for a code CLDR does not name in all three.
 * @param {readonly string[]} codes
 * @returns {{ code: string, names: { en: string, sv: string, vi: string } | null }[]}
 */
export function cldrRegions(codes) {
  const en = territories('en');
  const sv = territories('sv');
  const vi = territories('vi');
  return codes.map((code) => ({
    code,
    names: en[code] && sv[code] && vi[code] ? { en: en[code], sv: sv[code], vi: vi[code] } : null,
  }));
}
