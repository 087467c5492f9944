import { describe, expect, it } from 'vitest';
import { isVietnormError } from '../errors.js';
import { createNormalizer, findEntities, getEntity } from './index.js';

const person = {
  id: 'person:nguyen-van-a',
  type: 'person',
  names: { en: 'Nguyễn Văn A', sv: 'Nguyễn Văn A', vi: 'Nguyễn Văn A' },
} as const;

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('createNormalizer', () => {
  it('adds entities without touching the built-in KB', () => {
    const kb = createNormalizer({ entities: [{ ...person, aliases: ['Mr A'] }] });
    expect(kb.findEntities('nguyen van a').map((m) => m.entity.id)).toEqual(['person:nguyen-van-a']);
    expect(kb.findEntities('MR A').map((m) => m.entity.id)).toEqual(['person:nguyen-van-a']);
    expect(kb.restoreDiacritics('Nguyen Van A')).toBe('Nguyễn Văn A');
    expect(getEntity('person:nguyen-van-a')).toBeNull();
    expect(findEntities('nguyen van a')).toEqual([]);
  });

  it('overrides existing entities: fields replace, aliases add', () => {
    const kb = createNormalizer({
      entities: [{ id: 'sea:bien-dong', names: { en: 'East Sea' }, aliases: ['Biển Nam'] }],
    });
    expect(kb.displayName('sea:bien-dong', 'en')).toBe('East Sea');
    expect(kb.displayName('sea:bien-dong', 'vi')).toBe('Biển Đông');
    expect(kb.findEntities('Bien Nam')[0]?.entity.id).toBe('sea:bien-dong');
    expect(kb.findEntities('Bien Dong Sea')[0]?.entity.id).toBe('sea:bien-dong');
  });

  it('overrides display names through locales', () => {
    const kb = createNormalizer({
      locales: { en: { 'sea:bien-dong': 'East Sea' }, sv: { 'sea:bien-dong_vn': 'Östra havet' } },
    });
    expect(kb.displayName('sea:bien-dong', 'en')).toBe('East Sea');
    expect(kb.displayName('sea:bien-dong', 'sv', { context: 'vn' })).toBe('Östra havet');
    expect(kb.resources().en.sea?.['bien-dong']).toBe('East Sea');
  });

  it('names the entry and the field of a bad entity', () => {
    const error = errorOf(() =>
      createNormalizer({
        entities: [person, { id: 'person:x', type: 'person', names: { en: 'X', sv: '', vi: 'X' } }],
      }),
    );
    expect(isVietnormError(error)).toBe(true);
    expect((error as Error).message).toContain('entities[1] ("person:x")');
    expect((error as Error).message).toContain('names.sv');
    expect((error as { code: string }).code).toBe('invalid-entity');
    expect((error as { details: Record<string, unknown> }).details).toMatchObject({
      index: 1,
      id: 'person:x',
      field: 'names.sv',
    });
  });

  it.each([
    [{ ...person, type: 'planet' }, 'type'],
    [{ ...person, aliases: 'Mr A' }, 'aliases'],
    [
      { ...person, offices: [{ office: 'office:vn-president', from: '2020-1-1', to: null }] },
      'offices[0].from',
    ],
    [{ ...person, alias: ['typo'] }, 'alias'],
    [{ ...person, id: 'nguyen' }, 'id'],
  ])('rejects %o at field %s', (entry, field) => {
    const error = errorOf(() => createNormalizer({ entities: [entry as never] }));
    expect((error as { details: { field: string } }).details.field).toBe(field);
  });

  it('cannot be polluted through __proto__ or constructor', () => {
    const evil = JSON.parse(
      '{"id":"__proto__","type":"person","names":{"en":"x","sv":"x","vi":"x"},"__proto__":{"polluted":true}}',
    );
    expect(() => createNormalizer({ entities: [evil] })).toThrow(/entities\[0\]/);
    const evil2 = JSON.parse(
      '{"id":"person:a","type":"person","names":{"en":"x","sv":"x","vi":"x"},"__proto__":{"polluted":true}}',
    );
    expect(() => createNormalizer({ entities: [evil2] })).toThrow(/__proto__/);
    expect(() => createNormalizer({ locales: JSON.parse('{"en":{"__proto__":"x"}}') })).toThrow(
      /not a known entity id/,
    );
    expect(() => createNormalizer({ locales: { en: { constructor: 'x' } } })).toThrow(
      /not a known entity id/,
    );
    const kb = createNormalizer({ entities: [{ ...person, aliases: ['__proto__', 'constructor'] }] });
    expect(kb.findEntities('__proto__').map((m) => m.entity.id)).toEqual(['person:nguyen-van-a']);
    expect(kb.getEntity('constructor')).toBeNull();
    const odd = createNormalizer({ entities: [{ ...person, id: 'constructor:x' }] });
    expect(odd.getEntity('constructor:x')?.names.en).toBe('Nguyễn Văn A');
    expect(odd.resources().en['constructor']?.['x']).toBe('Nguyễn Văn A');
    expect((Object as unknown as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects bad options', () => {
    expect(() => createNormalizer({ entities: 'x' as never })).toThrow(/entities must be an array/);
    expect(() => createNormalizer({ locales: { de: {} } as never })).toThrow(/unknown language/);
  });
});
