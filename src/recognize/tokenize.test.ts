import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold.js';
import { keyHash, nameKeys, nameWords, OTHER_WORD, tokenize, Vocabulary } from './tokenize.js';

/** Text made of the characters news pages mix: ASCII, Vietnamese and Swedish letters, marks, digits, punctuation, astral symbols. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'B',
        'z',
        '7',
        ' ',
        '\n',
        '-',
        '.',
        "'",
        ':',
        'đ',
        'Đ',
        'ơ',
        'Ư',
        'ö',
        'Å',
        'ß',
        'ǅ',
      ),
      fc.constantFrom(
        '\u0300',
        '\u0301',
        '\u0323',
        '\u0309',
        '\u0303',
        '\u00ad',
        '\ud835\udc00',
        '😀',
        '\ud800',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('tokenize', () => {
  it('reads the same words, with the same folding keys, as nameKeys', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        const keys: string[] = [];
        for (let i = 0; i < tokens.length; i++) keys.push(tokens.word(i) as string);
        expect(keys).toEqual(nameKeys(text));
      }),
      { numRuns: 500 },
    );
  });

  it('calls a name capitalised when it has several words and each starts with a capital letter', () => {
    expect(nameWords('Hòa Bình').capitalised).toBe(true);
    expect(nameWords('Đông Nam Á').capitalised).toBe(true);
    expect(nameWords('Bộ Quốc phòng').capitalised).toBe(false);
    expect(nameWords('Hà-Nội').capitalised).toBe(true);
    expect(nameWords('Tokyo').capitalised).toBe(false);
    // A titlecase digraph is no capital letter (as /\p{Lu}/ reads it); a lone mark is no word.
    expect(nameWords('ǅemal Bijedić').capitalised).toBe(false);
    expect(nameWords('Nam \u0301 Bộ')).toEqual({ keys: ['nam', 'bo'], capitalised: true });
  });

  it('gives spans of the original text whose fold is the key, in order and without overlap', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (let i = 0; i < tokens.length; i++) {
          expect(tokens.start(i)).toBeGreaterThanOrEqual(last);
          expect(tokens.end(i)).toBeGreaterThan(tokens.start(i));
          expect(foldKey(text.slice(tokens.start(i), tokens.end(i)))).toBe(tokens.word(i));
          last = tokens.end(i);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a vocabulary word in any case, NFC or NFD, and nothing else', () => {
    const vocabulary = new Vocabulary();
    const ha = vocabulary.add('ha');
    const noi = vocabulary.add('noi');
    const tokens = tokenize('HÀ Nội, Ha\u0300 No\u0323\u0302i, hai noir', vocabulary);
    const ids = Array.from({ length: tokens.length }, (_, i) => tokens.id(i));
    expect(ids).toEqual([ha, noi, ha, noi, 0, 0]);
    expect(tokens.key(4)).toBe(OTHER_WORD);
    expect(tokens.word(4)).toBe('hai');
    expect(tokens.capital(0)).toBe(true);
    expect(tokens.capital(4)).toBe(false);
  });

  it('tells apart words whose hashes collide', () => {
    // Two keys with the same 32-bit hash (found by a search over random 8-letter strings).
    const pair = ['gvgppfhr', 'rautwzkl'] as const;
    expect(keyHash(pair[0])).toBe(keyHash(pair[1]));
    const vocabulary = new Vocabulary();
    const a = vocabulary.add(pair[0]);
    const tokens = tokenize(`${pair[0]} ${pair[1]}`, vocabulary);
    expect([tokens.id(0), tokens.id(1)]).toEqual([a, 0]);
    const b = vocabulary.add(pair[1]);
    const both = tokenize(`${pair[1]} ${pair[0]}`, vocabulary);
    expect([both.id(0), both.id(1)]).toEqual([b, a]);
  });
});
