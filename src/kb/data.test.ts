// Checks on the generated knowledge base as a whole (issue 4, item 5).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enRes from '../../locales/en/entities.json';
import svRes from '../../locales/sv/entities.json';
import viRes from '../../locales/vi/entities.json';
import { foldKey } from '../text/fold.js';
import { AMBIGUITIES, ENTITIES, UNVERIFIED } from './data/entities.generated.js';
import { entityResources, findEntities, getEntity, listEntities } from './index.js';

const root = join(import.meta.dirname, '../..');
const resources = { en: enRes, sv: svRes, vi: viRes } as Record<
  string,
  Record<string, Record<string, string>>
>;

describe('KB data', () => {
  it('has unique ids that match the committed id list (a rename or removal fails here)', () => {
    // Every id the KB answers to, the derived people's bodies included.
    const ids = listEntities().map((e) => e.id);
    expect(new Set(ENTITIES.map((e) => e.id)).size).toBe(ENTITIES.length);
    expect(new Set(ids).size).toBe(ids.length);
    const committed = JSON.parse(readFileSync(join(root, 'data/kb/ids.json'), 'utf8')) as string[];
    const missing = committed.filter((id) => !ids.includes(id));
    const added = ids.filter((id) => !committed.includes(id));
    expect(missing, 'ids removed or renamed: ids are public and stable').toEqual([]);
    expect(
      added,
      'new ids: run `npx tsx scripts/build-kb.mjs --accept-ids` and commit data/kb/ids.json',
    ).toEqual([]);
  });

  it('gives every entity a non-empty NFC name in en, sv and vi', () => {
    for (const e of ENTITIES) {
      const [prefix, local] = [e.id.slice(0, e.id.indexOf(':')), e.id.slice(e.id.indexOf(':') + 1)];
      for (const lng of ['en', 'sv', 'vi']) {
        const name = resources[lng]?.[prefix]?.[local];
        expect(typeof name === 'string' && name.trim() !== '', `${e.id} has no ${lng} name`).toBe(true);
        expect(name).toBe(name?.normalize('NFC'));
      }
    }
  });

  it('gives apps in locales/ exactly the names the library reads from its compact copy', () => {
    // The library stores sv and vi names only where they differ from en, and fills in the rest.
    expect(entityResources).toEqual({ en: enRes, sv: svRes, vi: viRes });
  });

  it('maps every alias key back to its entity, or records it as ambiguous with its candidates', () => {
    const ambiguous = new Map(AMBIGUITIES.map((a) => [a.key, a]));
    for (const e of listEntities()) {
      const cs = new Set(e.caseSensitive ?? []);
      for (const form of [...Object.values(e.names), ...(e.aliases ?? [])]) {
        if (cs.has(form)) continue;
        const ids = findEntities(form).map((m) => m.entity.id);
        expect(ids, `"${form}" does not find ${e.id}`).toContain(e.id);
        if (ids.length > 1) {
          // The people's bodies are derived at load, not stored: their ambiguity across the two
          // systems of units is found at load too, as for any entity a caller adds.
          const record =
            ambiguous.get(foldKey(form)) ??
            (ids.every((id) => /^vn-(?:ubnd|hdnd)-/.test(id)) ? findEntities(form)[0]?.ambiguity : undefined);
          expect(record, `"${form}" names ${ids.join(', ')} but is not recorded as ambiguous`).toBeDefined();
          for (const id of ids) expect(record?.candidates).toContain(id);
        }
      }
      for (const form of cs) expect(findEntities(form).map((m) => m.entity.id)).toContain(e.id);
    }
  });

  it('resolves every reference to an existing id', () => {
    for (const e of ENTITIES) {
      const refs = [
        e.country,
        e.parent,
        e.successor,
        ...(e.predecessors ?? []),
        ...(e.within ?? []).map((w) => w.id),
        ...(e.offices ?? []).map((t) => t.office),
      ];
      for (const ref of refs)
        if (ref !== undefined) expect(getEntity(ref), `${e.id} → ${ref}`).not.toBeNull();
    }
  });

  it('lists every unknown date of a term as unverified', () => {
    for (const e of ENTITIES)
      for (const [i, t] of (e.offices ?? []).entries())
        if (t.from === null || t.to === null)
          expect(
            UNVERIFIED.some((u) => u.id === e.id && u.field === `offices[${i}]`),
            `${e.id} offices[${i}]`,
          ).toBe(true);
  });

  it('covers ISO 3166-1 and the province systems', () => {
    expect(listEntities('country')).toHaveLength(249);
    const provinces = listEntities('province');
    expect(provinces.filter((p) => p.system === '2008')).toHaveLength(63);
    expect(provinces.filter((p) => p.system === '2025')).toHaveLength(34);
    for (const p of provinces.filter((p) => p.system === '2008')) {
      expect(p.validTo).toBe('2025-06-30');
      expect(getEntity(p.successor ?? '')?.system).toBe('2025');
    }
    for (const p of provinces.filter((p) => p.system === '2025')) expect(p.validFrom).toBe('2025-07-01');
  });

  it.skipIf(!existsSync(join(root, '../shared/data/vn-admin')))(
    'is up to date with its generator (build-kb --check)',
    () => {
      const run = () =>
        execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-kb.mjs'), '--check'], {
          cwd: root,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      expect(run()).toMatch(/up to date/);
    },
  );
});

describe('KB data: people and offices (issue 18)', () => {
  const within = (day: string, from?: string, to?: string) => {
    const n = (a: string, b: string) => Math.min(a.length, b.length);
    return (
      (!from || day.slice(0, n(day, from)) >= from.slice(0, n(day, from))) &&
      (!to || day.slice(0, n(day, to)) <= to.slice(0, n(day, to)))
    );
  };

  it("puts every term of office within its holder's life", () => {
    for (const e of ENTITIES.filter((x) => x.type === 'person'))
      for (const t of e.offices ?? []) {
        if (t.from) expect(within(t.from, e.born, e.died), `${e.id} ${t.office} from ${t.from}`).toBe(true);
        if (t.to) expect(within(t.to, e.born, e.died), `${e.id} ${t.office} to ${t.to}`).toBe(true);
      }
  });

  it('never has two holders of an office at once unless the office is concurrent', () => {
    const offices = new Map(ENTITIES.filter((e) => e.type === 'office').map((e) => [e.id, e]));
    const terms = new Map<string, { id: string; from: string; to: string }[]>();
    for (const e of ENTITIES)
      for (const t of e.offices ?? []) {
        const end = t.to ?? (t.unverified?.startsWith('open') ? '9999-12-31' : null);
        if (!t.from || !end || offices.get(t.office)?.concurrent) continue;
        terms.set(t.office, [...(terms.get(t.office) ?? []), { id: e.id, from: t.from, to: end }]);
      }
    for (const [office, list] of terms)
      for (const a of list)
        for (const b of list)
          if (a !== b) expect(a.from < b.to && b.from < a.to, `${office}: ${a.id} and ${b.id}`).toBe(false);
  });

  it('gives every person the name used alone, and Vietnamese people their family name', () => {
    for (const e of listEntities('person')) {
      expect(e.given, e.id).toBeTruthy();
      if (e.country === 'country:VN') expect(e.family, e.id).toBeTruthy();
    }
  });

  it("holds world cities with their country, Japan's 47 prefectures and the beat's minimums", () => {
    const cities = listEntities('city');
    expect(cities.length).toBeGreaterThanOrEqual(400);
    for (const c of cities) expect(c.country ?? c.within?.[0]?.id, c.id).toBeTruthy();
    expect(listEntities('subdivision').filter((s) => s.country === 'country:JP')).toHaveLength(47);
    expect(listEntities('outlet').length).toBeGreaterThanOrEqual(150);
    expect(listEntities('person').length).toBeGreaterThanOrEqual(500);
    expect(getEntity('city:seoul')?.names.vi).toBe('Seoul');
    expect(getEntity('city:moscow')?.names.sv).toBe('Moskva');
    expect(findEntities('Takeshima')[0]?.entity.id).toBe('island-group:takeshima');
    // Osaka and Kyoto, urban prefectures (府), go by "phủ" in Vietnamese.
    expect(findEntities('phủ Osaka')[0]?.entity.id).toBe('subdivision:jp-27');
    expect(findEntities('Kyoto-fu')[0]?.entity.id).toBe('subdivision:jp-26');
    // Japanese papers' datelines write "Pref." ("WARABI, SAITAMA PREF.").
    expect(findEntities('Saitama Pref')[0]?.entity.id).toBe('subdivision:jp-11');
  });
});

describe('kbStats', () => {
  it('counts entities by type and by source, and the unverified facts', async () => {
    const { kbStats, kbUnverified } = await import('./index.js');
    const byType = Object.values(kbStats.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byType).toBe(kbStats.entities);
    expect(kbStats.unverified).toBe(kbUnverified.length);
    expect((kbStats.bySource as Record<string, number>).cldr).toBeGreaterThan(200);
  });
});
