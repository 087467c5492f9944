import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const people = (text: string) =>
  recognize(text, { date: '2014-01-01' })
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.id, m.flags.join(',')]);

describe('corrections: misspelt and transliterated names of KB people', () => {
  it('reads a Japanese name transliterated syllable by syllable, flagged corrected', () => {
    expect(people('Thủ tướng Ki-si-đa Phu-mi-ô đến thăm.')).toEqual([
      ['Ki-si-đa Phu-mi-ô', 'person:kishida-fumio', 'corrected'],
    ]);
    expect(people('Cô Ma-ri-a Sa-ra và Xuân-Thu Hà-Nam.')).toEqual([]);
  });

  it('corrects a long name two letters off, but not a Vietnamese one', () => {
    expect(people('Kishida Fumiyo spoke.').map((m) => m[1])).toEqual(['person:kishida-fumio']);
    expect(people('Kishida Fumiyoo spoke.').map((m) => m[2])).toEqual(['corrected']);
    // Two letters off a Vietnamese leader is another person.
    expect(people('Pham Minh Thanh spoke.').map((m) => m[1])).not.toContain('person:pham-minh-chinh');
  });
});
