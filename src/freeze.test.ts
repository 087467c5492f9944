import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from './freeze.js';
import * as vietnorm from './index.js';

/** Every plain object and array reachable from `value` (functions, RegExps and class instances aside). */
function everyNode(value: unknown): object[] {
  const out: object[] = [];
  const seen = new Set<unknown>();
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    const proto = Object.getPrototypeOf(node);
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) continue;
    seen.add(node);
    out.push(node);
    for (const key of Reflect.ownKeys(node)) stack.push((node as Record<PropertyKey, unknown>)[key]);
  }
  return out;
}

describe('deepFreeze', () => {
  it('freezes every level, also of shared and circular references, and returns the value', () => {
    const shared = { list: [1, { deep: true }] };
    const tree: Record<string, unknown> = { a: shared, b: shared, c: { d: [shared] } };
    tree.self = tree;
    expect(deepFreeze(tree)).toBe(tree);
    for (const node of everyNode(tree)) expect(Object.isFrozen(node)).toBe(true);
  });

  it('leaves class instances and RegExps alone (a frozen RegExp could not keep its lastIndex)', () => {
    const re = /x/gu;
    const when = new Date(0);
    deepFreeze({ re, when });
    expect(Object.isFrozen(re)).toBe(false);
    expect(Object.isFrozen(when)).toBe(false);
  });

  it('goes any depth without recursion', () => {
    let chain: Record<string, unknown> = {};
    const head = chain;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      chain.next = next;
      chain = next;
    }
    deepFreeze(head);
    expect(Object.isFrozen(chain)).toBe(true);
  });
});

describe('exports cannot be changed', () => {
  it('every exported object or array is deeply frozen', () => {
    const objects = Object.entries(vietnorm).filter(
      ([, value]) => typeof value === 'object' && value !== null,
    );
    expect(objects.map(([name]) => name).sort()).toEqual([
      'ArticleSchema',
      'EntityInputSchema',
      'EntityOverrideSchema',
      'entityResources',
      'kbAmbiguities',
      'kbSources',
      'kbStats',
      'kbUnverified',
      'labelResources',
      'messageResources',
    ]);
    for (const [name, value] of objects)
      for (const node of everyNode(value)) expect(Object.isFrozen(node), name).toBe(true);
  });

  it('assigning a name in entityResources changes no later translation', () => {
    const { entityResources, translateTerms, createNormalizer, displayName } = vietnorm;
    const before = translateTerms('Thủ tướng thăm Việt Nam.', { to: 'en' }).text;
    const name = entityResources.en.country?.VN;
    expect(() => {
      (entityResources.en.country as Record<string, string>).VN = 'Hacked';
    }).toThrow(TypeError);
    expect(() => {
      (entityResources.en as Record<string, unknown>).country = {};
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(entityResources.sv, 'x', { value: 1 })).toThrow(TypeError);
    expect(entityResources.en.country?.VN).toBe(name);
    expect(translateTerms('Thủ tướng thăm Việt Nam.', { to: 'en' }).text).toBe(before);
    expect(createNormalizer().displayName('country:VN', 'en')).toBe(name);
    expect(displayName('country:VN', 'en')).toBe(name);
  });

  it('nor does pushing to kbAmbiguities, or to the arrays of an entity', () => {
    const { kbAmbiguities, getEntity, labelResources, messageResources } = vietnorm;
    expect(() => (kbAmbiguities as unknown[]).push({})).toThrow(TypeError);
    const first = kbAmbiguities[0] as (typeof kbAmbiguities)[number];
    expect(first.candidates.length).toBeGreaterThan(0);
    expect(() => (first.candidates as string[]).push('country:SE')).toThrow(TypeError);
    const vn = getEntity('country:VN') as vietnorm.Entity;
    expect(vn.aliases?.length).toBeGreaterThan(0);
    expect(() => (vn.aliases as string[]).push('Sweden')).toThrow(TypeError);
    expect(() => {
      (vn.names as Record<string, string>).en = 'Sweden';
    }).toThrow(TypeError);
    expect(() => {
      (labelResources.en.vietnorm.block as Record<string, string>).caption = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (messageResources.sv.messages as Record<string, string>)['missing-diacritics'] = 'x';
    }).toThrow(TypeError);
  });

  it('an app can still add the frozen resources to its own i18next instance', () => {
    const i18n = createInstance();
    i18n.init({ initAsync: false, lng: 'sv', resources: {} });
    i18n.addResourceBundle('sv', 'entities', vietnorm.entityResources.sv);
    i18n.addResourceBundle('sv', 'vietnorm', vietnorm.labelResources.sv.vietnorm);
    expect(i18n.t(vietnorm.entityKey('country:JP'), { ns: 'entities' })).toBe('Japan');
    expect(i18n.t('block.caption', { ns: 'vietnorm' })).toBe('Bildtext');
    // To change entries later, it adds a copy, as the TSDoc says.
    i18n.addResourceBundle('sv', 'copy', structuredClone(vietnorm.labelResources.sv.vietnorm));
    i18n.addResource('sv', 'copy', 'block.caption', 'Bildtext (ändrad)');
    expect(i18n.t('block.caption', { ns: 'copy' })).toBe('Bildtext (ändrad)');
  });
});
