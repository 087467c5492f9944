import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { getT, registerNamespace } from './instance.js';

describe('vietnorm i18n instance', () => {
  it('translates labels in en, sv and vi', () => {
    expect(getT('en')('block.caption')).toBe('Caption');
    expect(getT('sv')('block.caption')).toBe('Bildtext');
    expect(getT('vi')('block.caption')).toBe('Chú thích ảnh');
  });

  it('never initialises or fills the host application’s global i18next', () => {
    getT('sv')('field.title');
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.store).toBeUndefined();
    expect(i18next.language).toBeUndefined();
  });

  it('accepts namespaces registered after first use', () => {
    registerNamespace('test-ns', { en: { a: 'A' }, sv: { a: 'Å' }, vi: { a: 'Ă' } });
    expect(getT('sv', 'test-ns')('a')).toBe('Å');
  });
});
