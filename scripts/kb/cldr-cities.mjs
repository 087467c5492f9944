/**
 * World cities from CLDR: the exemplar cities of the time zones (npm `cldr-dates-full`,
 * `main/{en,sv,vi}/timeZoneNames.json`), each with the territory that `cldr-core`'s
 * `supplemental/windowsZones.json` gives the zone.
 *
 * A locale's file lists an exemplar city only where its name differs from the one CLDR derives
 * from the zone id ("Asia/Phnom_Penh" → "Phnom Penh"); that derivation is CLDR's own fallback
 * (UTS #35, Part 4, "Time Zone Format Terminology"), applied here per locale after the English
 * name: sv → en → zone id.
 *
 * Zones left out, as a rule: Etc/* and Antarctica/*, zones of three segments (the sub-zones of US
 * states: "America/Indiana/Knox"), zones without a territory (001, ZZ). The caller leaves out
 * more (names that are countries, common words, islands) with reasons in data/kb/world-cities.yaml.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The versions of the packages read, for the KB's sources. */
export function cldrVersions() {
  return {
    'cldr-dates-full': require('cldr-dates-full/package.json').version,
    'cldr-core': require('cldr-core/package.json').version,
  };
}

/** Zone id → ISO 3166-1 territory, from windowsZones (one zone may be listed under one territory). */
function zoneTerritories() {
  const { mapTimezones } = require('cldr-core/supplemental/windowsZones.json').supplemental.windowsZones;
  const out = new Map();
  for (const { mapZone } of mapTimezones) {
    const territory = mapZone._territory;
    if (territory === '001' || territory === 'ZZ') continue;
    for (const zone of mapZone._type.split(' ')) out.set(zone, territory);
  }
  return out;
}

function exemplars(lng) {
  const zones = require(`cldr-dates-full/main/${lng}/timeZoneNames.json`).main[lng].dates.timeZoneNames.zone;
  return (zone) => {
    let node = zones;
    for (const part of zone.split('/')) node = node?.[part];
    return typeof node?.exemplarCity === 'string' ? node.exemplarCity : undefined;
  };
}

/**
 * Every CLDR exemplar city of a two-segment zone with a territory, sorted by zone:
 * `{ zone, territory, names: { en, sv, vi } }`.
 */
export function cldrCities() {
  const territories = zoneTerritories();
  const en = exemplars('en');
  const sv = exemplars('sv');
  const vi = exemplars('vi');
  const out = [];
  for (const zone of [...territories.keys()].sort()) {
    const parts = zone.split('/');
    if (parts.length !== 2 || parts[0] === 'Etc' || parts[0] === 'Antarctica') continue;
    const derived = (parts[1] ?? '').replace(/_/g, ' ');
    const english = en(zone) ?? derived;
    out.push({
      zone,
      territory: territories.get(zone),
      names: {
        en: english.normalize('NFC'),
        sv: (sv(zone) ?? english).normalize('NFC'),
        vi: (vi(zone) ?? english).normalize('NFC'),
      },
    });
  }
  return out;
}
