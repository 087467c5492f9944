import { describe, expect, it } from 'vitest';
import { recognize } from '../recognize/recognize.js';
import { getEntity } from './index.js';

const ids = (text: string, language?: string) =>
  recognize(text, language ? { language } : {}).map((m) => m.id);

describe('airports and sites in the knowledge base', () => {
  it('have names in en, sv and vi', () => {
    expect(getEntity('place:noi-bai-airport')?.names).toEqual({
      en: 'Noi Bai International Airport',
      sv: 'Noi Bais internationella flygplats',
      vi: 'Sân bay quốc tế Nội Bài',
    });
    expect(getEntity('place:japanese-covered-bridge')?.names.vi).toBe('Chùa Cầu');
    expect(getEntity('place:narita-airport')?.country).toBe('country:JP');
  });

  it('read an airport only with its own word; the bare name stays the commune, ward or city', () => {
    expect(ids('The delegation landed at Noi Bai International Airport on Monday.', 'en')).toEqual([
      'place:noi-bai-airport',
    ]);
    expect(ids('Đoàn đã đến sân bay Tân Sơn Nhất chiều nay.', 'vi')).toEqual(['place:tan-son-nhat-airport']);
    expect(ids('Xã Nội Bài thuộc Hà Nội.', 'vi')).not.toContain('place:noi-bai-airport');
    expect(ids('He flew into Narita Airport and stayed in Narita.', 'en')).toEqual([
      'place:narita-airport',
      'city:narita',
    ]);
  });

  it('read the Japanese Covered Bridge by its names, not a bridge that is Japanese', () => {
    expect(ids('Du khách tham quan Chùa Cầu ở Hội An.', 'vi')).toEqual([
      'place:japanese-covered-bridge',
      'city:hoi-an',
    ]);
    expect(ids('They walked to the Japanese Bridge in Hoi An.', 'en')).toContain(
      'place:japanese-covered-bridge',
    );
    expect(ids('A Japanese bridge builder won the contract.', 'en')).toEqual([]);
  });
});

describe("the United Kingdom's nations", () => {
  it('are read by their names in each language, England apart (Vietnamese "Anh" is the kingdom)', () => {
    const ids = (text: string, language: string) => recognize(text, { language }).map((m) => m.id);
    expect(ids('Han flyttade från Skottland till Nordirland.', 'sv')).toEqual([
      'subdivision:gb-sct',
      'subdivision:gb-nir',
    ]);
    expect(ids('Đội tuyển xứ Wales và Scotland thi đấu.', 'vi')).toEqual([
      'subdivision:gb-wls',
      'subdivision:gb-sct',
    ]);
    expect(getEntity('subdivision:gb-sct')?.names).toEqual({
      en: 'Scotland',
      sv: 'Skottland',
      vi: 'Scotland',
    });
  });
});
