import { describe, expect, it } from 'vitest';
import * as vietnorm from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(vietnorm).sort()).toEqual(
      [
        'ArticleSchema',
        'VietnormError',
        'analyze',
        'detectLanguage',
        'isVietnormError',
        'labelResources',
      ].sort(),
    );
  });
});
