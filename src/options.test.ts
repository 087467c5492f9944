import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './article/analyze.js';
import { describeValue, isVietnormError, VietnormError } from './errors.js';
import { createNormalizer, defaultNormalizer, findEntities } from './kb/kb.js';
import { detectLanguage } from './language/detect.js';
import { normalize } from './recognize/normalize.js';
import { recognize } from './recognize/recognize.js';
import { exportGlossary } from './translate/glossary.js';
import { protectTerms } from './translate/protect.js';
import { translateTerms } from './translate/terms.js';

/** The error a call throws (fails the test when it throws nothing). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Asserts an `invalid-option` VietnormError naming `option`, and returns its message. */
function invalid(call: () => unknown, option: string): string {
  const error = thrown(call);
  expect(error).toBeInstanceOf(VietnormError);
  expect(isVietnormError(error) && error.code).toBe('invalid-option');
  expect((error as VietnormError).details.option).toBe(option);
  expect((error as VietnormError).message).toContain(`'${option}'`);
  return (error as VietnormError).message;
}

const circular: Record<string, unknown> = {};
circular.self = circular;

describe('options: null and undefined mean the defaults', () => {
  const text = 'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.';

  it('for the options object of every public function', () => {
    for (const nothing of [null, undefined]) {
      const o = nothing as never;
      expect(analyze(text, o)).toEqual(analyze(text));
      expect(recognize(text, o)).toEqual(recognize(text));
      expect(normalize(text, o)).toEqual(normalize(text));
      expect(detectLanguage(text, o)).toEqual(detectLanguage(text));
      expect(protectTerms(text, o).text).toBe(protectTerms(text).text);
      expect(findEntities('Ha Noi', o)).toEqual(findEntities('Ha Noi'));
      expect(createNormalizer(o).displayName('country:VN', 'vi')).toBe('Việt Nam');
      expect(defaultNormalizer().displayName('sea:bien-dong', 'en', o)).toBe(
        defaultNormalizer().displayName('sea:bien-dong', 'en'),
      );
    }
  });

  it('for any one option, nested ones included', () => {
    expect(normalize('Fumio Kishida visited Vietnam.', { to: null, style: null } as never)).toEqual(
      normalize('Fumio Kishida visited Vietnam.'),
    );
    const style = { japaneseNameOrder: 'family-first' } as const;
    expect(
      normalize('Fumio Kishida visited Vietnam.', { style: { ...style, vietnam: null } } as never),
    ).toEqual(normalize('Fumio Kishida visited Vietnam.', { style }));
    expect(translateTerms(text, { to: 'en', from: null, kb: undefined, date: null } as never)).toEqual(
      translateTerms(text, { to: 'en' }),
    );
    expect(detectLanguage('politisk debatt', { expect: null, minLength: undefined } as never)).toEqual(
      detectLanguage('politisk debatt'),
    );
  });
});

describe('options: bad values throw invalid-option naming the option', () => {
  it('rejects a wrong type or an unknown value of a known option', () => {
    expect(invalid(() => normalize('Vietnam', { style: { vietnam: 42 } } as never), 'style.vietnam')).toBe(
      "normalize: 'style.vietnam' must be 'Viet Nam' or 'Vietnam', got 42",
    );
    invalid(() => normalize('Vietnam', { style: { sea: 'pacific' } } as never), 'style.sea');
    invalid(() => normalize('Vietnam', { style: 'Vietnam' } as never), 'style');
    invalid(() => normalize('Vietnam', { to: 'de' } as never), 'to');
    expect(
      invalid(() => exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: 42 } as never), 'types'),
    ).toContain('must be an array of entity types, got 42');
    invalid(
      () => exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['alien'] } as never),
      'types[0]',
    );
    invalid(() => findEntities('Ha Noi', { types: 'country' } as never), 'types');
    invalid(() => analyze('x', { displayLanguage: 'fr' } as never), 'displayLanguage');
    invalid(() => recognize('x', { titles: 'yes' } as never), 'titles');
    invalid(() => recognize('x', { date: 'yesterday' } as never), 'date');
    invalid(() => recognize('x', { date: new Date(Number.NaN) } as never), 'date');
    invalid(() => detectLanguage('x', { minLength: Number.NaN } as never), 'minLength');
    invalid(() => detectLanguage('x', { expect: 'Swedish' } as never), 'expect');
    invalid(() => translateTerms('x', { to: 'vi', sea: 'pacific' } as never), 'sea');
    invalid(() => defaultNormalizer().restoreDiacritics('Ha Noi', { style: 'middle' } as never), 'style');
  });

  it('rejects a kb that is not a Normalizer before it reaches the index builder', () => {
    for (const kb of [{}, 42, 'kb', [], { getEntity: () => null }, circular]) {
      const message = invalid(() => analyze('Hà Nội', { kb } as never), 'kb');
      expect(message).toContain('must be a Normalizer made by createNormalizer');
      invalid(() => recognize('Hà Nội', { kb } as never), 'kb');
      invalid(() => translateTerms('Hà Nội', { to: 'en', kb } as never), 'kb');
    }
    // Another Normalizer is fine (also one from another copy of the package: duck-typed).
    const kb = createNormalizer();
    expect(recognize('Hà Nội', { kb })).toEqual(recognize('Hà Nội'));
  });

  it('names a missing required option', () => {
    expect(invalid(() => translateTerms('x', {} as never), 'to')).toBe("translateTerms: 'to' is required");
    invalid(() => translateTerms('x', null as never), 'to');
    invalid(() => exportGlossary({ languages: ['en', 'sv'] } as never), 'format');
    invalid(() => protectTerms('x').restore('x', {} as never), 'to');
  });

  it('rejects an options value that is not an object', () => {
    for (const bad of [42, 'vi', true, [], () => ({})]) {
      const error = thrown(() => analyze('x', bad as never)) as VietnormError;
      expect(error.code).toBe('invalid-option');
      expect(error.details.option).toBe('options');
      expect(error.message).toMatch(/^analyze: options must be an object, got /u);
    }
  });

  it('describes BigInt, symbol and circular values without crashing', () => {
    expect(invalid(() => translateTerms('x', { to: 10n } as never), 'to')).toContain('got 10n');
    expect(invalid(() => normalize('x', { style: { sea: Symbol('s') } } as never), 'style.sea')).toContain(
      'got Symbol(s)',
    );
    expect(invalid(() => normalize('x', { to: circular } as never), 'to')).toContain('got an object');
    expect(invalid(() => detectLanguage('x', { expect: [1n] } as never), 'expect')).toContain('got an array');
    // The details can be serialised too: they hold descriptions, never the value itself.
    const error = thrown(() => translateTerms('x', { to: { big: 1n, circular } } as never)) as VietnormError;
    expect(() => JSON.stringify(error.details)).not.toThrow();
  });

  it('lets options it does not know yet pass (loose objects)', () => {
    expect(detectLanguage('politisk debatt', { someFutureOption: 1 } as never)).toEqual(
      detectLanguage('politisk debatt'),
    );
    expect(normalize('Vietnam', { style: { someFutureStyle: 'x' } } as never).text).toBe(
      normalize('Vietnam').text,
    );
  });

  it('for any value of any option: the result or an invalid-option VietnormError, nothing else', () => {
    const value = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, maxDepth: 2 });
    const key = fc.constantFrom(
      'to',
      'from',
      'style',
      'kb',
      'date',
      'types',
      'language',
      'titles',
      'sea',
      'x',
    );
    const options = fc.oneof(value, fc.dictionary(key, value, { maxKeys: 3 }));
    const calls: ((o: never) => unknown)[] = [
      (o) => analyze('Hà Nội, 14/03/2024', o),
      (o) => recognize('Hà Nội', o),
      (o) => normalize('Ha Noi', o),
      (o) => detectLanguage('Ha Noi', o),
      (o) => translateTerms('Ha Noi', o),
      (o) => protectTerms('Ha Noi', o),
      (o) => findEntities('Ha Noi', o),
      (o) => exportGlossary(o),
    ];
    fc.assert(
      fc.property(options, fc.nat(calls.length - 1), (o, which) => {
        try {
          (calls[which] as (o: never) => unknown)(o as never);
        } catch (error) {
          expect(isVietnormError(error) && error.code, String(error)).toBe('invalid-option');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('describeValue', () => {
  it('describes any value in a short string and never throws', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(describeValue(revoked.proxy)).toBe('an object');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(-0)).toBe('0');
    expect(describeValue(Object.create(null))).toBe('an object');
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
        (x) => {
          expect(typeof describeValue(x)).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
