import { describe, expect, it } from 'vitest';
import { ensure, viFoldOf } from './chars.js';
import { japaneseShape, vietnameseShape } from './names.js';

const cps = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const ja = (s: string) => japaneseShape(cps(s), 0, s.length);
ensure(0);
const vi = (s: string) => vietnameseShape(cps(s), 0, s.length, viFoldOf);

describe('japaneseShape', () => {
  it('reads romanised Japanese names as runs of morae', () => {
    for (const name of ['kishida', 'fumio', 'hyogo', 'ibaraki', 'wakayama', 'naruhito', 'masako', 'hokkaido'])
      expect(ja(name), name).toBe(true);
    for (const name of ['shimbun', 'tsukuba', 'ryukyu', 'kyoto', 'motegi', 'toshimitsu', 'ōsaka'])
      expect(ja(name), name).toBe(true);
  });

  it('rejects English and Swedish words with clusters or final consonants', () => {
    for (const word of ['minister', 'prime', 'emperor', 'empress', 'president', 'sverige', 'och', 'with'])
      expect(ja(word), word).toBe(false);
  });

  it('asks for two morae at least', () => {
    expect(ja('a')).toBe(false);
    expect(ja('no')).toBe(false);
    expect(ja('')).toBe(false);
  });
});

describe('vietnameseShape', () => {
  it('reads Vietnamese syllables, with marks or folded', () => {
    for (const s of ['nguyen', 'pham', 'minh', 'chinh', 'thưởng', 'nghiêm', 'quang', 'giang', 'đức', 'trần'])
      expect(vi(s), s).toBe(true);
  });

  it('rejects clusters and endings Vietnamese does not write', () => {
    for (const s of ['minister', 'strand', 'japan', 'sweden', 'ström', 'prime', 'hoaiu'])
      expect(vi(s), s).toBe(false);
  });
});
