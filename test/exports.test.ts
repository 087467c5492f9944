import { describe, expect, it } from 'vitest';
import * as vietnorm from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(vietnorm).sort()).toEqual([
      'ArticleSchema',
      'EntityInputSchema',
      'EntityOverrideSchema',
      'VietnormError',
      'analyze',
      'analyzeHtml',
      'createNormalizer',
      'defaultNormalizer',
      'detectLanguage',
      'detectLanguages',
      'displayName',
      'entityKey',
      'entityResources',
      'exportGlossary',
      'findEntities',
      'foldKey',
      'foldWithMap',
      'getEntity',
      'holdersOf',
      'htmlRange',
      'isVietnormError',
      'kbAmbiguities',
      'kbSources',
      'kbStats',
      'kbUnverified',
      'labelResources',
      'listEntities',
      'messageResources',
      'nfc',
      'normalize',
      'normalizeToneMarks',
      'predecessors',
      'protectTerms',
      'provinceOf',
      'recognize',
      'restoreDiacritics',
      'retextVietnorm',
      'successor',
      'translateTerms',
    ]);
  });
});
