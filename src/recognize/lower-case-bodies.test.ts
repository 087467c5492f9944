import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const ids = (text: string) => recognize(text, { language: 'en' }).map((m) => [m.text, m.id]);

describe('lower-case bodies: a body written in lower case after a country genitive', () => {
  it("reads the country's body", () => {
    // (No alias spells "Viet Nam's Health Ministry": the genitive decides.)
    expect(ids("Viet Nam's health ministry said on Thursday it was concerned.")).toEqual([
      ['Viet Nam', 'country:VN'],
      ['health ministry', 'org:vn-moh'],
    ]);
    expect(ids('Viet Nam’s health ministry spokesperson spoke.')).toContainEqual([
      'health ministry',
      'org:vn-moh',
    ]);
  });

  it('reads nothing without the genitive, or where the country has no such body', () => {
    expect(ids('A foreign ministry official said so.')).toEqual([]);
    expect(ids("Vietnam's ministry said so.")).toEqual([['Vietnam', 'country:VN']]);
    // Laos's foreign ministry is not in the knowledge base: Viet Nam's is not read instead.
    expect(ids("Laos's foreign ministry said so.").map(([, id]) => id)).toEqual(['country:LA']);
  });
});
