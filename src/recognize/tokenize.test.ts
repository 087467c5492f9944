import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold.js';
import { FOREIGN, hasForeignMarks } from '../text/marks.js';
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
        '\u00a0',
        '\t',
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

/** A test of the words 0..n-1, as a string of 1s and 0s. */
const bits = (n: number, test: (i: number) => boolean): string =>
  Array.from({ length: n }, (_, i) => (test(i) ? '1' : '0')).join('');

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

  it('drops every invisible character from a word, in the tokenizer and in nameKeys alike', () => {
    // Hangul fillers, a Khmer inherent vowel, a direction mark: found by the property above.
    const text = '\u115Fa \u17B4b x\u200Ey';
    const tokens = tokenize(text);
    const keys = Array.from({ length: tokens.length }, (_, i) => tokens.word(i));
    expect(keys).toEqual(['a', 'b', 'xy']);
    expect(nameKeys(text)).toEqual(['a', 'b', 'xy']);
  });

  it('tells capitalised words of letters and words outside ASCII from their flags, as the words read', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          const word = text.slice(tokens.start(i), tokens.end(i));
          // A capital is a letter that lower-casing changes (title case "ǅ" included).
          const first = String.fromCodePoint(word.codePointAt(0) as number);
          const capitalised =
            first !== first.toLowerCase() &&
            /^\p{L}[\p{L}\p{M}]*$/u.test(word) &&
            (word.length === 1 || word !== word.toUpperCase());
          expect(tokens.capitalisedWord(i)).toBe(capitalised);
          expect(tokens.nonAscii(i)).toBe(/[^\0-\x7f]/u.test(word));
        }
      }),
      { numRuns: 500 },
    );
    const tokens = tokenize('Minh Đức A VNA G7 Hà\u00adNội 3a Ⅻx');
    expect(bits(tokens.length, (i) => tokens.capitalisedWord(i))).toBe('11100000');
  });

  it('tells words joined by one hyphen and nothing else', () => {
    const tokens = tokenize('Peking-OS Cho Tae-yul a - b x--y');
    // Peking-OS, OS Cho, Cho Tae, Tae-yul, yul a, a - b, b x, x--y, y (last), past the end.
    expect(bits(tokens.length + 1, (i) => tokens.hyphenated(i))).toBe('1001000000');
    expect(tokens.hyphenated(-1)).toBe(false);
  });

  it('tells the s of an English possessive, after either apostrophe and nothing else', () => {
    const tokens = tokenize("Japan's party’s Anders s it 's cats");
    // Japan, s, party, s, Anders, s, it, s, cats
    expect(bits(tokens.length, (i) => tokens.possessive(i))).toBe('010100000');
  });

  it('marks which words of a name start with a capital letter, one bit a word', () => {
    expect(nameWords('Hòa Bình').capitals).toBe(0b11);
    expect(nameWords('Đông Nam Á').capitals).toBe(0b111);
    expect(nameWords('Bộ Quốc phòng').capitals).toBe(0b011);
    expect(nameWords('Báo Nhân dân').capitals).toBe(0b011);
    expect(nameWords('Hà-Nội').capitals).toBe(0b11);
    expect(nameWords('Tokyo').capitals).toBe(0b1);
    expect(nameWords('biển Đông').capitals).toBe(0b10);
    // A titlecase digraph is no capital letter (as /\p{Lu}/ reads it); a lone mark is no word.
    expect(nameWords('ǅemal Bijedić').capitals).toBe(0b10);
    expect(nameWords('Nam \u0301 Bộ')).toEqual({ keys: ['nam', 'bo'], capitals: 0b11 });
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

  it('splits words a scraper glued together at a capital after lower-case letters', () => {
    const words = (text: string) => {
      const tokens = tokenize(text);
      return Array.from({ length: tokens.length }, (_, i) => text.slice(tokens.start(i), tokens.end(i)));
    };
    expect(words('the articleTOKYO (AP)')).toEqual(['the', 'article', 'TOKYO', 'AP']);
    expect(words('Báo Nhân dânBáo Nhân dân')).toEqual(['Báo', 'Nhân', 'dân', 'Báo', 'Nhân', 'dân']);
    // Brands and abbreviations keep their capitals: too few lower-case letters, or a capital first.
    expect(words('iPhone eBay csVN PetroVietnam VnExpress McDonald')).toEqual([
      'iPhone',
      'eBay',
      'csVN',
      'PetroVietnam',
      'VnExpress',
      'McDonald',
    ]);
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

  it('compares a word with a key in place, in or outside the vocabulary, as word() reads it', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('noi');
    fc.assert(
      fc.property(newsText, fc.constantFrom('noi', 'a', 'ab', 'đ', 'o'), (text, key) => {
        const tokens = tokenize(text, vocabulary);
        for (let i = -1; i <= tokens.length; i++)
          expect(tokens.is(i, key)).toBe(i >= 0 && i < tokens.length && tokens.word(i) === key);
      }),
      { numRuns: 300 },
    );
    const tokens = tokenize('Hà NỘI cựu', vocabulary);
    expect([tokens.is(1, 'noi'), tokens.is(2, 'cuu'), tokens.is(0, 'ha'), tokens.is(0, 'h')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('says which words the next follows after one or two spaces and nothing else', () => {
    const spacedByGap = (text: string, i: number, tokens: ReturnType<typeof tokenize>): boolean => {
      if (i + 1 >= tokens.length) return false;
      const gap = text.slice(tokens.end(i), tokens.start(i + 1));
      return /^[ \u00a0]{1,2}$/u.test(gap);
    };
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        for (let i = -1; i <= tokens.length; i++)
          expect(tokens.spaced(i)).toBe(i >= 0 && spacedByGap(text, i, tokens));
      }),
      { numRuns: 500 },
    );
    const tokens = tokenize('Hà  Nội\u00a0Tokyo   Osaka\tKyoto\nNara-Kobe');
    expect(bits(7, (i) => tokens.spaced(i))).toBe('1100000');
  });

  it('notes marks Vietnamese never writes, as text/marks.ts tells them', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++)
          expect(tokens.marked(i, i + 1, FOREIGN)).toBe(
            hasForeignMarks(text, tokens.start(i), tokens.end(i)),
          );
      }),
      { numRuns: 500 },
    );
    const tokens = tokenize('Nära Malmö Hà Nội');
    expect([0, 1, 2, 3].map((i) => tokens.marked(i, i + 1, FOREIGN))).toEqual([true, true, false, false]);
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

  it.each([
    ['gwzx', '16cd'],
    ['gwzxnews', '16cdnews'],
  ] as const)(
    'tells apart short words whose hashes collide, compared whole in numbers (%s, %s)',
    (...pair) => {
      // Keys of up to eight units of a byte are compared packed into two numbers, not read again.
      expect(keyHash(pair[0])).toBe(keyHash(pair[1]));
      const vocabulary = new Vocabulary();
      const a = vocabulary.add(pair[0]);
      const tokens = tokenize(`${pair[1]} ${pair[0].toUpperCase()} ${pair[0]}`, vocabulary);
      expect([tokens.id(0), tokens.id(1), tokens.id(2)]).toEqual([0, a, a]);
      const b = vocabulary.add(pair[1]);
      expect(tokenize(`${pair[1]} ${pair[0]}`, vocabulary).id(0)).toBe(b);
    },
  );
});
