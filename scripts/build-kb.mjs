#!/usr/bin/env node
/**
 * Builds vietnorm's knowledge base (KB) from
 *   - data/kb/*.yaml (written by people: seas, organisations, outlets, offices, people, cities,
 *     overrides for countries and provinces),
 *   - ../shared/data/vn-admin/*.json (province-level units before/after 1 July 2025, merge map),
 *   - the npm package i18n-iso-countries (ISO 3166-1 codes and names in en, sv, vi),
 * and writes
 *   - src/kb/data/entities.generated.ts (entity records, ambiguities, unverified facts, sources),
 *   - locales/{en,sv,vi}/entities.json (display names as i18next resources);
 *   - src/kb/data/names.generated.ts (the library's copy of them: sv and vi only where they differ
 *     from en).
 *
 * It checks the data as it goes (unique, well-formed ids; names in en, sv and vi; NFC text;
 * references that resolve; every alias key either unique or declared ambiguous; a note on every
 * unknown date) and stops with a message naming the entry and the fix.
 *
 * Usage (run with tsx, which lets it import the folding function from src/text):
 *   npx tsx scripts/build-kb.mjs           write the generated files
 *   npx tsx scripts/build-kb.mjs --check   exit 1 if any generated file is out of date (CI)
 *   npx tsx scripts/build-kb.mjs --accept-ids   also rewrite data/kb/ids.json (after a deliberate
 *                                                 addition; a removal or rename is a breaking change)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expandAliases } from '../src/kb/aliases.ts';
import { peoplesBodies } from '../src/kb/peoples-bodies.ts';
import { EntityTypeSchema } from '../src/kb/schema.ts';
import { unitForms } from '../src/kb/unit-forms.ts';
import { GENERIC_WORDS } from '../src/recognize/generic.ts';
import { foldKey } from '../src/text/fold.ts';
import {
  hasDistinctiveVietnameseMarks,
  hasForeignMarks,
  hasVietnameseMarks,
  markedSpelling,
} from '../src/text/marks.ts';
import { cldrCities, cldrVersions } from './kb/cldr-cities.mjs';
import { cldrRegions, cldrRegionsVersion } from './kb/cldr-regions.mjs';
import { cldrSubdivisions, cldrSubdivisionsVersion } from './kb/cldr-subdivisions.mjs';
import { jpPrefectures, jpPrefectureVersion } from './kb/jp-prefectures.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = join(root, 'data/kb');
const VN_ADMIN = join(root, '../shared/data/vn-admin');
const LANGS = /** @type {const} */ (['en', 'sv', 'vi']);
const check = process.argv.includes('--check');
const acceptIds = process.argv.includes('--accept-ids');

// The province data is the shared reference data beside the repository. Without it the generated
// files cannot be rebuilt; a check then says so and passes, rather than failing a clone made alone.
if (!existsSync(VN_ADMIN)) {
  const message = `build-kb: ${VN_ADMIN} not found; the generated KB cannot be rebuilt here`;
  if (check) {
    process.stdout.write(`${message} (check skipped)\n`);
    process.exit(0);
  }
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Ids: a lower-case type prefix, a colon, and a local part without "." or ":" (i18next separators). */
const ID = /^[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The entity types the runtime schema accepts (one list, in src/kb/schema.ts). */
const TYPES = new Set(EntityTypeSchema.options);

const problems = [];
function fail(where, message) {
  problems.push(`${where}: ${message}`);
}
function readYaml(name) {
  return parse(readFileSync(join(KB, name), 'utf8'));
}
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
/** Diacritics removed, đ → d, case kept: the ASCII form the generator adds as an alias. */
function ascii(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
/** The same letters and digits, folded ("Thừa Thiên–Huế" and "Thua Thien Hue"). */
function sameLetters(a, b) {
  const letters = (s) => foldKey(s).replace(/[^\p{L}\p{N}]/gu, '');
  return typeof a === 'string' && letters(a) === letters(b);
}
function uniq(list) {
  return [...new Set(list)];
}
function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** @type {Map<string, any>} id → entity draft (names, aliases, fields) */
const entities = new Map();
/** @type {Record<string, Record<string, string>>} lng → (id + optional "_context") → name */
const display = { en: {}, sv: {}, vi: {} };
const ambiguityDecls = [];

function add(entity, where) {
  const at = `${where} (${entity.id ?? 'no id'})`;
  if (typeof entity.id !== 'string' || !ID.test(entity.id)) {
    fail(at, `id must look like "type:local-part" (${ID}); got ${JSON.stringify(entity.id)}`);
    return;
  }
  if (entities.has(entity.id)) fail(at, 'duplicate id: each id may be defined once');
  if (!TYPES.has(entity.type)) fail(at, `type must be one of ${[...TYPES].join(', ')}; got ${entity.type}`);
  for (const key of Object.keys(entity.names ?? {}))
    if (!LANGS.includes(key))
      fail(at, `names has an unknown key "${key}" (a comma in an unquoted YAML flow name?)`);
  for (const lng of LANGS) {
    const name = entity.names?.[lng];
    if (typeof name !== 'string' || name.trim() === '')
      fail(at, `names.${lng} is missing: give a name in ${lng}`);
  }
  for (const field of ['aliases', 'caseSensitive'])
    for (const form of entity[field] ?? [])
      if (typeof form !== 'string' || form.trim() === '')
        fail(
          at,
          `${field} has an empty or non-string entry ${JSON.stringify(form)} (quote YAML strings with ":" or "#")`,
        );
  entity.aliases = (entity.aliases ?? []).filter((a) => typeof a === 'string' && a.trim() !== '');
  entity.caseSensitive = (entity.caseSensitive ?? []).filter((a) => typeof a === 'string' && a.trim() !== '');
  if (!Array.isArray(entity.sources) || entity.sources.length === 0)
    fail(at, 'sources is empty: cite at least one source id');
  entities.set(entity.id, entity);
}

// ---------------------------------------------------------------- sources
const sourceList = readYaml('sources.yaml');
const sourceIds = new Set(sourceList.map((s) => s.id));
const countriesPkg = require('i18n-iso-countries/package.json');
const sources = sourceList.map((s) => {
  if (s.id === 'i18n-iso-countries') return { ...s, version: countriesPkg.version };
  if (s.id === 'cldr')
    return {
      ...s,
      version: Object.entries({
        ...cldrVersions(),
        'cldr-localenames-full': cldrRegionsVersion(),
        'cldr-subdivisions-full': cldrSubdivisionsVersion(),
      })
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    };
  if (s.id === 'jp-prefecture') return { ...s, version: jpPrefectureVersion() };
  if (s.id === 'vn-admin') {
    const files = {};
    for (const f of [
      'provinces-2008.json',
      'provinces-2025.json',
      'merge-2025.json',
      'districts-2008.json',
    ]) {
      const meta = readJson(join(VN_ADMIN, f))._meta;
      files[f] = { source: meta.source ?? meta.sources_compared ?? null, as_of: meta.as_of ?? null };
    }
    return { ...s, files };
  }
  return s;
});

// ---------------------------------------------------------------- countries
const countries = require('i18n-iso-countries');
for (const lng of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lng}.json`));
const countryData = readYaml('countries.yaml');
const excluded = new Set(countryData.exclude ?? []);
for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
  if (excluded.has(code)) continue;
  const o = countryData.overrides?.[code] ?? {};
  const all = {};
  const names = {};
  for (const lng of LANGS) {
    all[lng] = countries.getName(code, lng, { select: 'all' }) ?? [];
    names[lng] = o.names?.[lng] ?? all[lng][0];
  }
  const drop = new Set(o.dropAliases ?? []);
  add(
    {
      id: `country:${code}`,
      type: 'country',
      names,
      aliases: [...LANGS.flatMap((l) => all[l]), ...(o.aliases ?? [])].filter((a) => !drop.has(a)),
      caseSensitive: o.caseSensitive ?? [],
      iso: code,
      iso3: countries.alpha2ToAlpha3(code),
      isoNumeric: countries.alpha2ToNumeric(code),
      notes: o.notes,
      sources: ['i18n-iso-countries', ...(o.aliases || o.names ? ['curated'] : [])],
    },
    'i18n-iso-countries',
  );
}
for (const a of countryData.ambiguities ?? []) ambiguityDecls.push({ ...a, file: 'countries.yaml' });
for (const code of Object.keys(countryData.overrides ?? {}))
  if (!entities.has(`country:${code}`)) fail(`countries.yaml overrides.${code}`, 'no such ISO 3166-1 code');

// ---------------------------------------------------------------- provinces
const p2008 = readJson(join(VN_ADMIN, 'provinces-2008.json'));
const p2025 = readJson(join(VN_ADMIN, 'provinces-2025.json'));
const merge = readJson(join(VN_ADMIN, 'merge-2025.json'));
const provData = readYaml('provinces.yaml');
const REFORM = '2025-07-01';
const byCode2008 = new Map(p2008.items.map((p) => [p.code, p]));

function provinceAliases(p, system) {
  const extra = [
    ...(provData.aliases?.[p.code] ?? []),
    ...(system === '2008' ? (provData.aliases2008?.[p.code] ?? []) : []),
  ];
  // The generic forms ("tỉnh X", "X Province", "TP X" …) are derived from the unit at load
  // (src/kb/unit-forms.ts) and added below, with the unit's type.
  const generic = unitForms({ id: '', type: 'province', adminType: p.type }, p.name);
  return [p.name, p.full_name, ...(p.other_spellings ?? []), ...generic, ...extra];
}

for (const p of p2008.items) {
  const id = `vn-province-2008:${p.code}`;
  const vi = p.name;
  const en = provData.en?.['2008']?.[p.code] ?? p.cldr_en;
  // A former name carries its own display names, so a text that writes it is translated into the
  // same name of the same period (Thừa Thiên Huế, not Huế). CLDR (en) still names the ISO
  // subdivision by the former name where the letters agree; sv and vi write the Vietnamese name.
  const formerNames = (p.former_names ?? []).map((f) => ({
    name: f.name,
    names: { en: sameLetters(p.cldr_en, f.name) ? p.cldr_en : f.name, sv: f.name, vi: f.name },
    to: f.until,
    source: f.source,
  }));
  add(
    {
      id,
      type: 'province',
      names: { en, sv: provData.sv?.[p.code] ?? vi, vi },
      aliases: [...provinceAliases(p, '2008'), ...formerNames.map((f) => f.name), p.cldr_en],
      caseSensitive: provData.caseSensitive?.[p.code] ?? [],
      code: p.code,
      iso: p.iso_3166_2,
      system: '2008',
      adminType: p.type,
      validFrom: null,
      validTo: dayBefore(REFORM),
      successor: `vn-province-2025:${p.merged_into_2025}`,
      formerNames: formerNames.length ? formerNames : undefined,
      sources: ['vn-admin', ...(provData.aliases?.[p.code] || provData.sv?.[p.code] ? ['curated'] : [])],
    },
    'provinces-2008.json',
  );
}
for (const p of p2025.items) {
  const id = `vn-province-2025:${p.code}`;
  const vi = p.name;
  const en = provData.en?.['2025']?.[p.code] ?? p.cldr_en_of_namesake;
  for (const old of p.merged_from_2008)
    if (merge.old_to_new[old] !== p.code)
      fail(`provinces-2025.json ${p.code}`, `merged_from_2008 has ${old}, merge-2025.json disagrees`);
  add(
    {
      id,
      type: 'province',
      names: { en, sv: provData.sv?.[p.code] ?? vi, vi },
      aliases: provinceAliases(p, '2025'),
      caseSensitive: provData.caseSensitive?.[p.code] ?? [],
      code: p.code,
      iso: p.iso_3166_2 ?? undefined,
      system: '2025',
      adminType: p.type,
      validFrom: REFORM,
      validTo: null,
      predecessors: p.merged_from_2008.map((c) => `vn-province-2008:${c}`),
      laterChanges: p.later_changes?.map((c) => ({
        effective: c.effective,
        type: c.type,
        fullName: c.full_name,
        basis: c.basis,
      })),
      sources: ['vn-admin', ...(provData.aliases?.[p.code] || provData.sv?.[p.code] ? ['curated'] : [])],
    },
    'provinces-2025.json',
  );
}

// ---------------------------------------------------------------- provinces' people's bodies
// Each unit's People's Committee and People's Council (src/kb/peoples-bodies.ts). They are derived
// from the unit, at load as here: checked with every entity and written into locales/, but not
// stored in the generated records (nor their temporal ambiguities, which mirror their units').
const derivedIds = new Set();
for (const unit of [...entities.values()].filter((e) => e.type === 'province'))
  for (const body of peoplesBodies(unit, unit.names)) {
    add({ ...body.record, names: body.names }, `derived from ${unit.id}`);
    derivedIds.add(body.record.id);
  }
if (p2008.items.length !== 63) fail('provinces-2008.json', `expected 63 units, got ${p2008.items.length}`);
if (p2025.items.length !== 34) fail('provinces-2025.json', `expected 34 units, got ${p2025.items.length}`);

// ---------------------------------------------------------------- cities
const districts = new Map(readJson(join(VN_ADMIN, 'districts-2008.json')).items.map((d) => [d.code, d]));
for (const c of readYaml('cities.yaml').entities) {
  const where = `cities.yaml ${c.id}`;
  const prov = byCode2008.get(c.province2008);
  if (!prov) {
    fail(where, `province2008 ${c.province2008} is not a code in provinces-2008.json`);
    continue;
  }
  const d = districts.get(c.district2008);
  if (!d) fail(where, `district2008 ${c.district2008} is not a code in districts-2008.json`);
  else {
    if (d.province_code !== c.province2008)
      fail(where, `district ${d.code} lies in province ${d.province_code}, not ${c.province2008}`);
    if (foldKey(d.full_name) !== foldKey(c.names.vi) && foldKey(d.name) !== foldKey(c.names.vi))
      fail(where, `district ${d.code} is "${d.full_name}", which does not match names.vi "${c.names.vi}"`);
  }
  const { province2008, district2008, ...rest } = c;
  add(
    {
      ...rest,
      aliases: [...(c.aliases ?? []), ...(d ? [d.full_name] : [])],
      district2008: c.district2008,
      within: [
        { id: `vn-province-2008:${province2008}`, to: dayBefore(REFORM) },
        { id: `vn-province-2025:${prov.merged_into_2025}`, from: REFORM },
      ],
      sources: uniq([...(c.sources ?? []), 'vn-admin']),
    },
    'cities.yaml',
  );
}

// ---------------------------------------------------------------- curated kinds
/** Offices that several people hold at once (`concurrent: true` on the office). */
const CURATED = [
  'seas.yaml',
  'places.yaml',
  'world-cities.yaml',
  'regions.yaml',
  'organisations.yaml',
  'companies.yaml',
  'international.yaml',
  'outlets.yaml',
  'offices.yaml',
  'sports.yaml',
];
/** Homograph declarations of the KB files: a collision with data/kb/homographs.yaml, acknowledged. */
const homographDecls = [];
for (const file of CURATED) {
  const data = readYaml(file);
  for (const e of data.entities ?? []) {
    const { display: variants, ...rest } = e;
    add(rest, file);
    for (const [context, byLng] of Object.entries(variants ?? {}))
      for (const [lng, name] of Object.entries(byLng)) {
        display[lng] ??= {};
        display[lng][`${e.id}_${context}`] = name;
      }
  }
  for (const a of data.ambiguities ?? []) ambiguityDecls.push({ ...a, file });
  for (const h of data.homographs ?? []) homographDecls.push({ ...h, file });
}

// ---------------------------------------------------------------- Japan's prefectures
const prefData = readYaml('prefectures.yaml');
const PREF_EN = { metropolis: 'Tokyo Metropolis', circuit: 'Hokkaido' };
for (const p of jpPrefectures()) {
  const o = prefData.overrides?.[p.code] ?? {};
  const r = p.romaji;
  const names =
    p.kind === 'prefecture' || p.kind === 'urban-prefecture'
      ? { en: `${r} Prefecture`, sv: `${r} prefektur`, vi: `tỉnh ${r}` }
      : { en: PREF_EN[p.kind] ?? r, sv: PREF_EN[p.kind] ?? r, vi: PREF_EN[p.kind] ?? r };
  const generic =
    p.kind === 'circuit'
      ? []
      : [
          `${r} prefecture`,
          // Japanese papers' datelines: "WARABI, SAITAMA PREF." (the full stop is no word).
          `${r} Pref`,
          `${r}-ken`,
          `${r} Ken`,
          `${r}prefekturen`,
          `${r}-prefekturen`,
          `prefekturen ${r}`,
          `Tỉnh ${r}`,
          // Osaka and Kyoto are 府 (fu): Vietnamese calls them "phủ Osaka".
          ...(p.kind === 'urban-prefecture' ? [`phủ ${r}`, `Phủ ${r}`, `${r}-fu`, `${r} Fu`] : []),
        ];
  add(
    {
      id: `subdivision:jp-${p.code}`,
      type: 'subdivision',
      names: { ...names, ...(o.names ?? {}) },
      aliases: [...generic, ...(prefData.bareName?.includes(p.code) ? [r] : []), ...(o.aliases ?? [])],
      caseSensitive: o.caseSensitive ?? [],
      iso: `JP-${p.code}`,
      adminType: p.kind,
      country: 'country:JP',
      notes: o.notes,
      sources: ['jp-prefecture', ...(o.names || o.aliases ? ['curated'] : [])],
    },
    'jp-prefecture',
  );
}
for (const code of Object.keys(prefData.overrides ?? {}))
  if (!entities.has(`subdivision:jp-${code}`))
    fail(`prefectures.yaml overrides.${code}`, 'no such prefecture');
for (const a of prefData.ambiguities ?? []) ambiguityDecls.push({ ...a, file: 'prefectures.yaml' });

// ---------------------------------------------------------------- people
const peopleData = readYaml('people.yaml');
const unverified = [];
const LIFE = /^\d{4}(?:-\d{2}-\d{2})?$/;
/** Whether day a is before day b, compared at the precision of the coarser one (a year or a day). */
function before(a, b) {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}
function personEntity(p, country, section) {
  const where = `people.yaml ${p.id}`;
  const japanese = section === 'japan';
  let names;
  const aliases = [...(p.aliases ?? [])];
  if (p.names) {
    names = { en: p.names.en, sv: p.names.sv ?? p.names.en, vi: p.names.vi ?? p.names.en };
    // A one-word name (a monarch's, "Naruhito") is matched in every language, not only in English.
    if (!/\s/.test(names.en) && names.vi !== names.en) aliases.push(names.en);
  } else if (japanese) {
    const familyFirst = `${p.family} ${p.given}`;
    const givenFirst = `${p.given} ${p.family}`;
    names = { en: givenFirst, sv: givenFirst, vi: familyFirst };
    aliases.push(familyFirst, givenFirst);
    if (p.macrons) {
      const f = p.macrons.family ?? p.family;
      const g = p.macrons.given ?? p.given;
      aliases.push(`${f} ${g}`, `${g} ${f}`);
    }
  } else if (section === 'vietnam' || p.order === 'family-first') {
    const full = [p.family, p.middle, p.given].filter(Boolean).join(' ');
    names = { en: full, sv: full, vi: p.vi ?? full };
  } else {
    const full = [p.given, p.middle, p.family].filter(Boolean).join(' ');
    names = { en: full, sv: full, vi: p.vi ?? full };
  }
  if (p.vi && p.names) fail(where, 'give `vi` or `names`, not both');
  for (const k of ['born', 'died'])
    if (p[k] !== undefined && !(typeof p[k] === 'string' && LIFE.test(p[k])))
      fail(where, `${k} must be YYYY-MM-DD or YYYY (leave it out when unknown); got ${JSON.stringify(p[k])}`);
  if (p.born && p.died && before(p.died, p.born)) fail(where, `died ${p.died} before born ${p.born}`);
  const offices = (p.offices ?? []).map((t, i) => {
    const at = `${where} offices[${i}]`;
    for (const k of ['from', 'to']) {
      if (t[k] !== null && !(typeof t[k] === 'string' && DATE.test(t[k])))
        fail(at, `${k} must be YYYY-MM-DD or null; got ${JSON.stringify(t[k])}`);
    }
    if ((t.from === null || t.to === null) && !t.unverified)
      fail(at, 'a null date needs an `unverified` note saying what is not established');
    if (t.from && t.to && t.from > t.to) fail(at, `from ${t.from} is after to ${t.to}`);
    // Every term lies within the holder's life.
    if (p.born && t.from && before(t.from, p.born)) fail(at, `from ${t.from} is before born ${p.born}`);
    if (p.died) {
      if (t.to && before(p.died, t.to)) fail(at, `to ${t.to} is after died ${p.died}`);
      if (t.from && before(p.died, t.from)) fail(at, `from ${t.from} is after died ${p.died}`);
      if (t.to === null && t.unverified?.startsWith('open'))
        fail(at, `an open term cannot belong to someone who died (${p.died})`);
    }
    const term = { office: `office:${t.office}`, from: t.from, to: t.to };
    if (t.acting) term.acting = true;
    if (t.unverified) {
      term.unverified = t.unverified;
      unverified.push({ id: p.id, field: `offices[${i}]`, office: term.office, note: t.unverified });
    }
    return term;
  });
  return {
    id: p.id,
    type: 'person',
    names,
    aliases,
    caseSensitive: p.caseSensitive ?? [],
    country: `country:${country}`,
    nameOrder:
      section === 'vietnam' || section === 'japan' || p.order === 'family-first'
        ? 'family-first'
        : 'given-first',
    family: p.family,
    middle: p.middle,
    given: p.given,
    born: p.born,
    died: p.died,
    offices,
    notes: p.notes,
    sources: p.sources ?? ['curated'],
  };
}
for (const p of peopleData.vietnam) add(personEntity(p, 'VN', 'vietnam'), 'people.yaml');
for (const p of peopleData.japan) add(personEntity(p, p.country ?? 'JP', 'japan'), 'people.yaml');
for (const p of peopleData.world ?? []) {
  if (typeof p.country !== 'string') fail(`people.yaml ${p.id}`, 'world people need `country` (ISO alpha-2)');
  add(personEntity(p, p.country, 'world'), 'people.yaml');
}
for (const a of peopleData.ambiguities ?? []) ambiguityDecls.push({ ...a, file: 'people.yaml' });
for (const h of peopleData.homographs ?? []) homographDecls.push({ ...h, file: 'people.yaml' });

// ---------------------------------------------------------------- CLDR cities
// Added last, so that a zone whose exemplar city is also the name of a country, territory,
// province or any other entity ("Singapore", "Kuwait", "Guam") is seen and left out: there the
// name means the country, and a second reading would only make it ambiguous.
const cityData = readYaml('world-cities.yaml');
const cldrExclude = new Map();
for (const [reason, zones] of Object.entries(cityData.cldr?.exclude ?? {}))
  for (const zone of zones) cldrExclude.set(zone, reason);
const cldrOverrides = cityData.cldr?.overrides ?? {};
const takenKeys = new Map();
for (const e of entities.values())
  for (const form of [...Object.values(e.names), ...(e.aliases ?? [])])
    for (const key of [foldKey(form), foldKey(ascii(form))])
      if (!takenKeys.has(key)) takenKeys.set(key, e.id);
const cldrSkipped = [];
const cldrZones = new Set();
function slug(text) {
  return ascii(text)
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
for (const c of cldrCities()) {
  cldrZones.add(c.zone);
  if (c.territory === 'VN') {
    cldrSkipped.push({ zone: c.zone, reason: 'viet-nam (cities of Viet Nam come from vn-admin)' });
    continue;
  }
  if (cldrExclude.has(c.zone)) {
    cldrSkipped.push({ zone: c.zone, reason: cldrExclude.get(c.zone) });
    continue;
  }
  const o = cldrOverrides[c.zone] ?? {};
  const names = { ...c.names, ...(o.names ?? {}) };
  const clash = uniq(Object.values(c.names))
    .map((n) => takenKeys.get(foldKey(n)))
    .find((id) => id !== undefined);
  if (clash && !o.keep) {
    cldrSkipped.push({ zone: c.zone, reason: `name of ${clash}` });
    continue;
  }
  const id = o.id ?? `city:${slug(c.names.en)}`;
  add(
    {
      id,
      type: 'city',
      names,
      // CLDR's own names stay aliases where the display name was overridden.
      aliases: [...Object.values(c.names), ...(o.aliases ?? [])],
      caseSensitive: o.caseSensitive ?? [],
      country: `country:${c.territory}`,
      notes: o.notes,
      sources: ['cldr', ...(o.names || o.aliases ? ['curated'] : [])],
    },
    `cldr ${c.zone}`,
  );
}
for (const zone of [...cldrExclude.keys(), ...Object.keys(cldrOverrides)])
  if (!cldrZones.has(zone))
    fail(`world-cities.yaml cldr ${zone}`, 'not a zone with an exemplar city in CLDR');

// ---------------------------------------------------------------- world regions from CLDR
const regionData = readYaml('regions.yaml');
for (const { code, names } of cldrRegions(Object.keys(regionData.cldr ?? {}))) {
  if (!names) {
    fail(`regions.yaml cldr "${code}"`, 'CLDR does not name this region in en, sv and vi');
    continue;
  }
  const aliases = regionData.cldr[code]?.aliases ?? [];
  // Vietnamese writes the generic "châu" of a continent in lower case ("các nước châu Âu", as it
  // writes "quần đảo Hoàng Sa"); CLDR capitalises the standalone display name ("Châu Âu").
  if (names.vi.startsWith('Châu ')) names.vi = `châu ${names.vi.slice(5)}`;
  add(
    {
      id: `region:${slug(names.en)}`,
      type: 'region',
      names,
      aliases,
      sources: ['cldr', ...(aliases.length > 0 ? ['curated'] : [])],
    },
    `regions.yaml cldr ${code}`,
  );
}

// ---------------------------------------------------------------- other countries' subdivisions
const subdivisionData = readYaml('subdivisions.yaml');
for (const { code, en } of cldrSubdivisions(Object.keys(subdivisionData.cldr ?? {}))) {
  const where = `subdivisions.yaml cldr ${code}`;
  const own = subdivisionData.cldr[code] ?? {};
  if (!en) {
    fail(where, 'CLDR does not name this subdivision in English');
    continue;
  }
  // `sameName`: Swedish and Vietnamese write the name as English does (CLDR's), unless `sv` or `vi` says otherwise.
  const sv = own.sv ?? (own.sameName === true ? en : undefined);
  const vi = own.vi ?? (own.sameName === true ? en : undefined);
  if (typeof sv !== 'string' || typeof vi !== 'string') {
    fail(where, 'give its Swedish and Vietnamese names (`sv`, `vi`), or `sameName: true`');
    continue;
  }
  const country = `country:${code.slice(0, 2).toUpperCase()}`;
  add(
    {
      id: `subdivision:${code.slice(0, 2)}-${code.slice(2)}`,
      type: 'subdivision',
      names: { en, sv, vi },
      aliases: own.aliases ?? [],
      country,
      sources: ['cldr', 'curated'],
    },
    where,
  );
}

// ---------------------------------------------------------------- checks on the whole
function refCheck(id, field, ref) {
  if (ref !== undefined && ref !== null && !entities.has(ref))
    fail(id, `${field} refers to unknown id ${ref}`);
}
for (const [id, e] of entities) {
  for (const s of e.sources ?? [])
    if (!sourceIds.has(s)) fail(id, `unknown source "${s}" (see data/kb/sources.yaml)`);
  refCheck(id, 'country', e.country);
  refCheck(id, 'parent', e.parent);
  refCheck(id, 'successor', e.successor);
  for (const p of e.predecessors ?? []) refCheck(id, 'predecessors', p);
  for (const w of e.within ?? []) refCheck(id, 'within', w.id);
  for (const t of e.offices ?? []) refCheck(id, 'offices.office', t.office);
  // All text must be NFC so that display forms compare equal.
  const texts = [...Object.values(e.names ?? {}), ...(e.aliases ?? []), ...(e.caseSensitive ?? [])];
  for (const t of texts) if (typeof t === 'string' && t !== t.normalize('NFC')) fail(id, `"${t}" is not NFC`);
  for (const t of texts)
    if (typeof t !== 'string' || t.trim() === '') fail(id, `empty or non-string alias ${JSON.stringify(t)}`);
  // The recognizer reads words (letters and digits): a sign at either end of a form
  // ("'s-Gravenhage") is not read, and the form would match the bare word. A final plus is read
  // ("Vietnam+": the scan reads such a form only before a plus).
  for (const t of texts)
    if (typeof t === 'string' && (!/^[\p{L}\p{N}]/u.test(t) || !/[\p{L}\p{N}.)]\+?$/u.test(t)))
      fail(
        id,
        `"${t}" begins or ends with a sign the recognizer does not read; drop it or write the words alone`,
      );
}

// Aliases: names + listed aliases + their ASCII forms, minus the names themselves and the
// case-sensitive forms (which are stored apart). Keys: folded aliases (and a dash-less variant).
for (const e of entities.values()) {
  const names = Object.values(e.names);
  const cs = e.caseSensitive ?? [];
  const all = expandAliases(names, e.aliases ?? [], cs);
  // Stored: the listed aliases only; their ASCII forms are derived at load by the same function.
  // A listed alias that the expansion drops (a name, or a case variant) is not stored.
  const allSet = new Set(all);
  // A province-level unit's generic forms are derived at load too (src/kb/unit-forms.ts).
  const derived = unitForms(e, e.names.vi);
  const derivedSet = new Set(derived);
  const listed = uniq((e.aliases ?? []).filter((a) => allSet.has(a) && !derivedSet.has(a)));
  const rebuilt = new Set(expandAliases(names, [...listed, ...derived], cs));
  for (const a of all) if (!rebuilt.has(a)) listed.push(a);
  e.aliases = all;
  e.storedAliases = listed;
  e.matchForms = uniq([...names, ...all].filter((a) => !cs.includes(a)));
}

/** Index keys for one form: its fold, plus the variant with dashes as spaces ("ba ria vung tau"). */
function keysOf(form) {
  const k = foldKey(form);
  const keys = [k];
  if (k.includes('-')) keys.push(k.replace(/-/g, ' ').replace(/ {2,}/g, ' ').trim());
  return keys;
}
/** @type {Map<string, Set<string>>} */
const index = new Map();
for (const e of entities.values()) {
  for (const form of e.matchForms) {
    for (const key of keysOf(form)) {
      if (key === '') {
        fail(e.id, `alias "${form}" folds to an empty key`);
        continue;
      }
      let set = index.get(key);
      if (!set) {
        set = new Set();
        index.set(key, set);
      }
      set.add(e.id);
    }
  }
}

function disjoint(a, b) {
  const aFrom = a.validFrom ?? '0000-00-00';
  const aTo = a.validTo ?? '9999-12-31';
  const bFrom = b.validFrom ?? '0000-00-00';
  const bTo = b.validTo ?? '9999-12-31';
  return aTo < bFrom || bTo < aFrom;
}
const declByKey = new Map();
for (const d of ambiguityDecls) {
  const at = `${d.file} ambiguities "${d.alias}"`;
  const key = foldKey(d.alias);
  if (!entities.has(d.default)) fail(at, `default ${d.default} is not an id`);
  for (const alt of d.alternatives ?? [])
    if (!entities.has(alt.id)) fail(at, `alternative ${alt.id} is not an id`);
  if (!index.get(key)?.has(d.default))
    fail(at, `the alias is not an alias of its default ${d.default}: add it there`);
  declByKey.set(key, d);
}
const ambiguities = [];
for (const [key, set] of [...index].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const decl = declByKey.get(key);
  const ids = [...set];
  if (decl) {
    const declared = new Set([decl.default, ...(decl.alternatives ?? []).map((a) => a.id)]);
    for (const id of ids) {
      if (declared.has(id)) continue;
      // A same-named unit of another period is fine: the date decides.
      const e = entities.get(id);
      const covered = [...declared].some(
        (d) => entities.get(d)?.type === e.type && disjoint(entities.get(d), e),
      );
      if (!covered)
        fail(
          `${decl.file} ambiguities "${decl.alias}"`,
          `${id} also has this alias; list it as an alternative`,
        );
    }
    const candidates = uniq([decl.default, ...(decl.alternatives ?? []).map((a) => a.id), ...ids]);
    ambiguities.push({
      key,
      candidates,
      kind: 'declared',
      default: decl.default,
      defaultWhen: decl.defaultWhen,
      alternatives: (decl.alternatives ?? []).map((a) => ({
        id: a.id,
        when: a.when,
        flag: a.flag,
        note: a.note,
      })),
      note: decl.note,
    });
    continue;
  }
  if (ids.length < 2) continue;
  const all = ids.map((id) => entities.get(id));
  const temporal = all.every((a, i) => all.every((b, j) => i === j || disjoint(a, b)));
  if (temporal) {
    if (!ids.every((id) => derivedIds.has(id))) ambiguities.push({ key, candidates: ids, kind: 'temporal' });
  } else
    fail(
      `alias key "${key}"`,
      `shared by ${ids.join(', ')} (forms: ${all.map((e) => e.matchForms.filter((f) => keysOf(f).includes(key)).join(' / ')).join('; ')}). ` +
        'Remove the alias from all but one entity, or declare it under `ambiguities` with a default.',
    );
}

for (const e of entities.values()) {
  if (e.type === 'person' && !e.given)
    fail(e.id, 'people need `given` (the name used alone, or the regnal name)');
  if (e.type === 'person' && !e.family && e.nameOrder === 'family-first' && e.country !== 'country:JP')
    fail(e.id, 'Vietnamese people need family, (middle) and given names');
}

// No two holders of one office overlap, unless the office says several hold it at once
// (`concurrent: true`). A term runs from `from` up to the day before `to` (the successor's first
// day); an open term runs on; a term with another unknown end cannot be checked.
const termsByOffice = new Map();
for (const e of entities.values())
  for (const [i, t] of (e.offices ?? []).entries()) {
    if (!entities.has(t.office)) continue;
    const list = termsByOffice.get(t.office) ?? [];
    list.push({ id: e.id, i, t });
    termsByOffice.set(t.office, list);
  }
for (const [office, terms] of termsByOffice) {
  if (entities.get(office).concurrent) continue;
  const end = (t) => t.to ?? (t.unverified?.startsWith('open') ? '9999-12-31' : null);
  const known = terms.filter(({ t }) => t.from !== null && end(t) !== null);
  known.sort((a, b) => (a.t.from < b.t.from ? -1 : 1));
  for (let a = 0; a < known.length; a++)
    for (let b = a + 1; b < known.length && known[b].t.from < end(known[a].t); b++) {
      const x = known[a];
      const y = known[b];
      if (x.id === y.id) {
        fail(x.id, `offices[${x.i}] and offices[${y.i}] (${office}) overlap: merge them`);
        continue;
      }
      fail(
        `${x.id} offices[${x.i}]`,
        `${office} ${x.t.from}…${x.t.to ?? 'open'} overlaps ${y.id} from ${y.t.from}; ` +
          'fix the dates, or mark the office `concurrent: true` if several hold it at once',
      );
    }
}

// Homographs (data/kb/homographs.yaml, the precision test set written apart from the KB): ordinary
// words and phrases that fold to a KB name ("lao động" is labour, not Laos). An alias that could
// be read inside such a phrase must be allowed by the entry or declared in the KB with the
// context rule that keeps the two apart: an `ambiguities` entry for its key, or a `homographs`
// entry { phrase, id, when } in the entity's file. "Could be read" follows the matching rules the
// data states (src/recognize/scan.ts applies them): a case-sensitive form matches its exact text
// only; a capitalised form needs a capital in the words; a single-word display name only in its
// own language; where the words carry Vietnamese marks, only a form with the same marks (a word
// typed without marks may stand for a marked one in a name of several words); where they carry
// none but the words around them do, no form that has a marked spelling, unless the words are a
// name of two or more capitalised words. The longest match wins, as in the recognizer.
const HOMOGRAPHS = join(KB, 'homographs.yaml');
let homographChecked = 0;
if (existsSync(HOMOGRAPHS)) {
  const entries = parse(readFileSync(HOMOGRAPHS, 'utf8')) ?? [];
  /** Forms by key: { text, id, exact, proper, language, marked } */
  const formsByKey = new Map();
  const addForm = (key, f) => {
    const list = formsByKey.get(key) ?? [];
    list.push(f);
    formsByKey.set(key, list);
  };
  const isUpper = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
  for (const e of entities.values()) {
    const cs = new Set(e.caseSensitive ?? []);
    const named = new Map();
    for (const lng of LANGS) named.set(e.names[lng], named.has(e.names[lng]) ? null : lng);
    for (const text of [...Object.values(e.names), ...e.aliases]) {
      if (cs.has(text)) continue;
      const f = {
        text,
        id: e.id,
        exact: false,
        proper: isUpper(text.charAt(0)),
        language: named.get(text) ?? null,
      };
      for (const key of keysOf(text)) addForm(key, f);
    }
    for (const text of cs) addForm(`=${text.normalize('NFC')}`, { text, id: e.id, exact: true });
  }
  const declaredKeys = new Set(ambiguityDecls.map((d) => foldKey(d.alias)));
  const rules = readYaml('homograph-rules.yaml');
  const ruleNames = new Set(Object.keys(rules.rules ?? {}));
  for (const r of rules.declared ?? []) homographDecls.push({ ...r, file: 'homograph-rules.yaml' });
  const acknowledged = new Set(homographDecls.map((h) => `${foldKey(String(h.alias))}|${h.id}`));
  const usedDecls = new Set();
  for (const h of homographDecls) {
    const at = `${h.file} declared "${h.alias}"`;
    if (!entities.has(h.id)) fail(at, `id ${h.id} is not an entity`);
    else if (
      ![...entities.get(h.id).matchForms, ...(entities.get(h.id).caseSensitive ?? [])].some((f) =>
        keysOf(f).includes(foldKey(String(h.alias))),
      )
    )
      fail(at, `"${h.alias}" is not a name or alias of ${h.id}`);
    if (!ruleNames.has(h.when))
      fail(at, `when must be one of the rules of homograph-rules.yaml (${[...ruleNames].join(', ')})`);
  }
  const WORD = /[\p{L}\p{M}\p{N}]+/gu;
  const agrees = (spanWords, formText) => {
    const theirs = (formText.match(WORD) ?? []).map(markedSpelling);
    if (theirs.length !== spanWords.length) return false;
    if (theirs.join(' ') === spanWords.join(' ')) return true;
    if (spanWords.length < 2) return false;
    return spanWords.every((w, k) => w === theirs[k] || !hasVietnameseMarks(w));
  };
  // The scan's rule for marks Vietnamese never writes (scan.ts, byForeignMarks): in English and
  // Swedish such a word is read only as a spelling writes it ("Nära" is no Nara).
  const foreignAgrees = (spanWords, formText) => {
    const theirs = (formText.match(WORD) ?? []).map(markedSpelling);
    return (
      theirs.length === spanWords.length && spanWords.every((w, k) => w === theirs[k] || !hasForeignMarks(w))
    );
  };
  for (const [n, h] of (Array.isArray(entries) ? entries : []).entries()) {
    if (typeof h?.phrase !== 'string' || typeof h.sentence !== 'string') continue;
    homographChecked++;
    const sentence = h.sentence.normalize('NFC');
    const phrase = h.phrase.normalize('NFC');
    const at = sentence.indexOf(phrase);
    if (at < 0) continue;
    const tokens = [...sentence.matchAll(WORD)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    const first = tokens.findIndex((t) => t.start >= at);
    const last = tokens.findLastIndex((t) => t.end <= at + phrase.length);
    if (first < 0 || last < first) continue;
    const lang = h.lang;
    const marks = lang === 'en' || lang === 'sv' ? hasDistinctiveVietnameseMarks : hasVietnameseMarks;
    const allow = new Set(Array.isArray(h.allow) ? h.allow : []);
    const covered = new Set();
    // Longest first, left to right: a longer match covers the words of the shorter ones.
    for (let size = last - first + 1; size >= 1; size--)
      for (let i = first; i + size - 1 <= last; i++) {
        const span = tokens.slice(i, i + size);
        if (span.some((_, k) => covered.has(i + k))) continue;
        const raw = sentence.slice(span[0].start, span[size - 1].end);
        const key = foldKey(span.map((t) => t.text).join(' '));
        const candidates = [...(formsByKey.get(key) ?? []), ...(formsByKey.get(`=${raw}`) ?? [])];
        if (candidates.length === 0) continue;
        const anyCapital = span.some((t) => t.text !== t.text.toLowerCase());
        const spanMarked = marks(raw);
        const spanWords = span.map((t) => markedSpelling(t.text));
        const nodeMarked = candidates.some((f) => !f.exact && hasVietnameseMarks(f.text));
        const before = tokens[i - 1];
        const after = tokens[i + size];
        const neighbourMarked = (before && marks(before.text)) || (after && marks(after.text));
        const allCapital = span.every((t) => t.text.charAt(0) !== t.text.charAt(0).toLowerCase());
        const capital = (word) => word.charAt(0) !== word.charAt(0).toLowerCase();
        // The scan's case rule (scan.ts, byCase): a word that a place's or outlet's spelling
        // capitalises is not matched in lower case, unless generic; the first only when the
        // spelling capitalises every word.
        const lowerWhereCapital = (f) => {
          if (
            size < 2 ||
            !/^(?:country|vn-province-\d+|city|sea|island-group|region|subdivision|place|outlet):/u.test(f.id)
          )
            return false;
          const theirs = f.text.match(WORD) ?? [];
          const every = theirs.every(capital);
          return span.some(
            (t, k) =>
              (k > 0 || every) &&
              !capital(t.text) &&
              !GENERIC_WORDS.has(foldKey(t.text)) &&
              capital(theirs[k] ?? ''),
          );
        };
        const passing = candidates.filter((f) => {
          if (f.exact) return f.text.normalize('NFC') === raw;
          if (f.proper && !anyCapital) return false;
          if (lowerWhereCapital(f)) return false;
          if (f.language && f.language !== lang && size === 1) return false;
          if (lang !== 'vi' && hasForeignMarks(raw) && !foreignAgrees(spanWords, f.text)) return false;
          if (spanMarked) return agrees(spanWords, f.text);
          if (nodeMarked && neighbourMarked && !(size >= 2 && allCapital)) return false;
          return true;
        });
        if (passing.length === 0) continue;
        for (let k = 0; k < size; k++) covered.add(i + k);
        for (const id of uniq(passing.map((f) => f.id))) {
          if (allow.has(id) || declaredKeys.has(key)) continue;
          if (acknowledged.has(`${key}|${id}`)) {
            usedDecls.add(`${key}|${id}`);
            continue;
          }
          fail(
            `homographs.yaml [${n}] "${h.phrase}" (${lang})`,
            `"${raw}" would be read as ${id}: drop the alias, make it case-sensitive, or declare it in ` +
              'data/kb/homograph-rules.yaml ({ alias, id, when }) with the rule that keeps the two apart',
          );
        }
      }
  }
  // A declaration no homograph needs is stale: the alias was dropped or narrowed.
  for (const h of homographDecls)
    if (!usedDecls.has(`${foldKey(String(h.alias))}|${h.id}`))
      process.stdout.write(
        `build-kb: note: ${h.file} declares "${h.alias}" (${h.id}), which no homograph entry needs now\n`,
      );
}

if (problems.length) {
  process.stderr.write(
    `build-kb: ${problems.length} problem(s) in the KB data:\n- ${problems.join('\n- ')}\n`,
  );
  process.exit(1);
}

// ---------------------------------------------------------------- output
const FIELD_ORDER = [
  'id',
  'type',
  'aliases',
  'caseSensitive',
  'iso',
  'iso3',
  'isoNumeric',
  'code',
  'system',
  'adminType',
  'validFrom',
  'validTo',
  'successor',
  'predecessors',
  'within',
  'district2008',
  'formerNames',
  'laterChanges',
  'country',
  'parent',
  'nameOrder',
  'family',
  'middle',
  'given',
  'born',
  'died',
  'offices',
  'concurrent',
  'titles',
  'notes',
  'sources',
];
function record(e) {
  const out = {};
  for (const k of FIELD_ORDER) {
    const v = k === 'aliases' ? e.storedAliases : e[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && k !== 'sources') continue;
    if (v === null && !['validFrom', 'validTo'].includes(k)) continue;
    out[k] = v;
  }
  return JSON.parse(JSON.stringify(out));
}
const sorted = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const allRecords = sorted.map(record);
/** Stored records: the derived ones are made again at load. */
const records = allRecords.filter((r) => !derivedIds.has(r.id));
for (const e of sorted) for (const lng of LANGS) display[lng][e.id] = e.names[lng];

const header =
  '// generated by scripts/build-kb.mjs from data/kb/*.yaml, ../shared/data/vn-admin and i18n-iso-countries — do not edit';
const aliasCount = sorted.reduce((n, e) => n + e.aliases.length + (e.caseSensitive?.length ?? 0), 0);
const stats = {
  entities: allRecords.length,
  aliases: aliasCount,
  keys: index.size,
  ambiguities: ambiguities.length,
  unverified: unverified.length,
};
const countsByType = {};
for (const r of allRecords) countsByType[r.type] = (countsByType[r.type] ?? 0) + 1;
/** Entities per source: `curated` ones are facts from general knowledge, unverified as a whole. */
const countsBySource = {};
for (const r of allRecords) for (const src of r.sources) countsBySource[src] = (countsBySource[src] ?? 0) + 1;

/** A record as stored: `sources` left out when it is the default, ['curated'] (src/kb/kb.ts puts it back). */
function stored(r) {
  if (r.sources?.length !== 1 || r.sources[0] !== 'curated') return r;
  const { sources: _, ...rest } = r;
  return rest;
}

/** JSON text as the body of a JS template literal: backslashes, backticks and "${" escaped. */
function templateSafe(json) {
  return json.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}
const ts = `${header}
import type { AmbiguityRecord, EntityRecord, SourceRecord, UnverifiedRecord } from '../types.js';

/** Counts of the generated KB. */
export const KB_STATS = ${JSON.stringify({ ...stats, byType: countsByType, bySource: countsBySource })} as const;

/** Where the data came from (package versions, vn-admin provenance). */
export const SOURCES: readonly SourceRecord[] = ${JSON.stringify(sources)};

/**
 * Every entity, sorted by id, one per line. Display names are in names.generated.ts (and locales/);
 * the ASCII forms of names and aliases are derived at load (src/kb/aliases.ts), and a record
 * without \`sources\` has the default, ['curated']. Parsed from JSON:
 * a literal this large is beyond TypeScript's union limit, and JSON parses faster than JS.
 */
export const ENTITIES: readonly EntityRecord[] = /* @__PURE__ */ JSON.parse(\`[
${records.map((r) => templateSafe(JSON.stringify(stored(r)))).join(',\n')}
]\`);

/** Alias keys that name more than one entity, with their candidates. */
export const AMBIGUITIES: readonly AmbiguityRecord[] = [
${ambiguities.map((a) => `  ${JSON.stringify(a)},`).join('\n')}
];

/** Facts that could not be established (null dates), with what is missing. */
export const UNVERIFIED: readonly UnverifiedRecord[] = [
${unverified.map((u) => `  ${JSON.stringify(u)},`).join('\n')}
];
`;

/**
 * i18next resources: nested by the id's type prefix so that "." and ":" never appear in keys.
 * With `except`, only the names that differ from that language's (the runtime's compact copy).
 */
function nested(lng, except) {
  const out = {};
  for (const [key, name] of Object.entries(display[lng]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (except && display[except][key] === name) continue;
    const i = key.indexOf(':');
    const prefix = key.slice(0, i);
    out[prefix] ??= {};
    out[prefix][key.slice(i + 1)] = name;
  }
  return out;
}
const resources = (lng) => `${JSON.stringify(nested(lng), null, 2)}\n`;
// The compact copy fills a missing Swedish or Vietnamese name with the English one: each key must
// then have a name in every language (a variant too), or the fill would add one.
for (const lng of ['sv', 'vi'])
  for (const key of Object.keys(display.en))
    if (display[lng][key] === undefined) fail(key, `has an English display name but no ${lng} one`);

// The library's own copy of the display names: Swedish and Vietnamese only where they differ from
// the English (more than half the names are the same in all three). src/kb/kb.ts fills in the rest
// at load; locales/ keeps every name in every language, for apps that load the files themselves.
const namesTs = `${header}
/**
 * Display names by language, nested by the id's type prefix as in locales/: every English name;
 * Swedish and Vietnamese only where they differ from the English one (src/kb/kb.ts fills in the
 * rest). Parsed from JSON, as ENTITIES is.
 */
export const NAMES: Readonly<Record<'en' | 'sv' | 'vi', Record<string, Record<string, string>>>> =
  /* @__PURE__ */ JSON.parse(\`${templateSafe(JSON.stringify({ en: nested('en'), sv: nested('sv', 'en'), vi: nested('vi', 'en') }))}\`);
`;

const outputs = [
  [join(root, 'src/kb/data/entities.generated.ts'), ts],
  [join(root, 'src/kb/data/names.generated.ts'), namesTs],
  ...LANGS.map((lng) => [join(root, `locales/${lng}/entities.json`), resources(lng)]),
];
const idsPath = join(KB, 'ids.json');
const idsText = `${JSON.stringify(
  allRecords.map((r) => r.id),
  null,
  2,
)}\n`;
if (acceptIds || !existsSync(idsPath)) outputs.push([idsPath, idsText]);

let stale = 0;
for (const [path, text] of outputs) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    stale++;
    process.stderr.write(
      `build-kb --check: ${relative(root, path)} is out of date; run npx tsx scripts/build-kb.mjs\n`,
    );
  } else writeFileSync(path, text);
}
if (check && stale) process.exit(1);
process.stdout.write(`build-kb: ${JSON.stringify(stats)}${check ? ' (up to date)' : ''}\n`);
if (process.argv.includes('--verbose'))
  for (const k of cldrSkipped) process.stdout.write(`  CLDR zone left out: ${k.zone} (${k.reason})\n`);
process.stdout.write(
  `build-kb: CLDR cities ${[...entities.values()].filter((e) => e.sources.includes('cldr') && e.type === 'city').length}, zones left out ${cldrSkipped.length}; homograph entries checked ${homographChecked}\n`,
);
