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
import { findEntities, getEntity, listEntities } from './index.js';

const root = join(import.meta.dirname, '../..');
const resources = { en: enRes, sv: svRes, vi: viRes } as Record<
  string,
  Record<string, Record<string, string>>
>;

describe('KB data', () => {
  it('has unique ids that match the committed id list (a rename or removal fails here)', () => {
    const ids = ENTITIES.map((e) => e.id);
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

  it('maps every alias key back to its entity, or records it as ambiguous with its candidates', () => {
    const ambiguous = new Map(AMBIGUITIES.map((a) => [a.key, a]));
    for (const e of listEntities()) {
      const cs = new Set(e.caseSensitive ?? []);
      for (const form of [...Object.values(e.names), ...(e.aliases ?? [])]) {
        if (cs.has(form)) continue;
        const ids = findEntities(form).map((m) => m.entity.id);
        expect(ids, `"${form}" does not find ${e.id}`).toContain(e.id);
        if (ids.length > 1) {
          const record = ambiguous.get(foldKey(form));
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
