import { describe, expect, it } from 'vitest';
import { entityResources, getEntity, listEntities } from './kb.js';
import { peoplesBodies, peoplesBodyId } from './peoples-bodies.js';

describe("people's bodies of province-level units", () => {
  const units = listEntities('province');

  it('gives every unit of both systems a People’s Committee and a People’s Council', () => {
    expect(units).toHaveLength(97);
    for (const unit of units)
      for (const kind of ['ubnd', 'hdnd'] as const) {
        const body = getEntity(peoplesBodyId(kind, unit.id) as string);
        expect(body, `${kind} of ${unit.id}`).not.toBeNull();
        expect(body?.type).toBe('organisation');
        expect(body?.parent).toBe(unit.id);
        expect([body?.validFrom, body?.validTo]).toEqual([unit.validFrom ?? null, unit.validTo ?? null]);
      }
  });

  it('names them in the three languages, for provinces and for centrally governed cities', () => {
    expect(getEntity('vn-ubnd-2008:51')?.names).toEqual({
      en: "Quang Ngai Provincial People's Committee",
      sv: 'Folkkommittén i Quảng Ngãi',
      vi: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    });
    expect(getEntity('vn-hdnd-2025:79')?.names).toEqual({
      en: "Ho Chi Minh City People's Council",
      sv: 'Folkrådet i Ho Chi Minh-staden',
      vi: 'Hội đồng nhân dân thành phố Hồ Chí Minh',
    });
  });

  it('derives at load the names the generator wrote into the i18next resources', () => {
    for (const unit of units)
      for (const body of peoplesBodies(unit, unit.names)) {
        const [prefix, local] = body.record.id.split(':') as [string, string];
        for (const lng of ['en', 'sv', 'vi'] as const)
          expect(entityResources[lng][prefix]?.[local]).toBe(body.names[lng]);
      }
  });

  it('derives nothing from other entities', () => {
    const vietnam = getEntity('country:VN');
    expect(vietnam && peoplesBodies(vietnam, vietnam.names)).toEqual([]);
  });
});
