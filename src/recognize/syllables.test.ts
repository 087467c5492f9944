import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold.js';
import { isPlainVietnameseSyllable, isVietnameseSyllable, VIETNAMESE_FAMILY_NAMES } from './syllables.js';

describe('isVietnameseSyllable', () => {
  it('takes the syllables Vietnamese writes, folded', () => {
    for (const key of ['nguyen', 'hong', 'nghieng', 'khuyet', 'gi', 'a', 'duong'])
      expect(isVietnameseSyllable(key)).toBe(true);
  });

  it("takes the syllables only names write, which the dictionary's word list lacks (Vy, Thy, Sỹ)", () => {
    for (const key of ['vy', 'thy', 'sy']) expect(isVietnameseSyllable(key)).toBe(true);
  });

  it('refuses words of a Vietnamese shape that Vietnamese never writes', () => {
    // "ning" (Vietnamese writes "ninh"), "lei", "bao" aside: shapes a pattern of onset, vowels and
    // final would take.
    for (const key of ['ning', 'lei', 'host', 'stockholm', 'nguyenx', ''])
      expect(isVietnameseSyllable(key)).toBe(false);
  });

  it('takes every syllable of the family names local people are read by', () => {
    for (const name of VIETNAMESE_FAMILY_NAMES)
      for (const key of foldKey(name).split(' ')) expect(isVietnameseSyllable(key), name).toBe(true);
  });
});

describe('isPlainVietnameseSyllable', () => {
  it('takes the syllables written right without any mark, and not those that lost theirs', () => {
    for (const word of ['minh', 'anh', 'long', 'thanh', 'khang', 'hai'])
      expect(isPlainVietnameseSyllable(word)).toBe(true);
    for (const word of ['yen', 'nguyen', 'duc', 'host']) expect(isPlainVietnameseSyllable(word)).toBe(false);
  });
});
