import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const defined = (text: string, language = 'en') =>
  recognize(text, { language })
    .filter((m) => /^local:(?:programme|agreement):/u.test(m.id))
    .map((m) => [m.text, m.id, m.type, m.name]);

// The names below are made up, so that the knowledge base growing never takes them.
describe('acronym names: programmes and agreements a text defines with an acronym', () => {
  it('reads the name, the acronym in parentheses and the acronym after it as one entity', () => {
    const name = 'Mekong Young Engineers Scholarship';
    expect(defined(`The ${name} (MYES) funds study abroad. MYES began in 2012.`)).toEqual([
      [name, 'local:programme:myes', 'programme', name],
      ['MYES', 'local:programme:myes', 'programme', name],
      ['MYES', 'local:programme:myes', 'programme', name],
    ]);
    // Words that give the acronym no letter sit inside the name; the kind is its last word's.
    expect(
      defined('They signed the Lower Mekong Water Sharing Agreement (LMWA) on Monday.').map((m) => m[0]),
    ).toEqual(['Lower Mekong Water Sharing Agreement', 'LMWA']);
  });

  it('reads no term, no name whose initials do not spell the acronym, and no other language', () => {
    expect(defined('The city built a Bus Rapid Transit (BRT) line.')).toEqual([]);
    expect(defined('The Mekong Young Engineers Scholarship (XYZ) funds study.')).toEqual([]);
    expect(defined('Det nya Mekong Young Engineers Scholarship (MYES) startar.', 'sv')).toEqual([]);
    // An acronym that no name defines is left alone.
    expect(defined('MYES began in 2012.')).toEqual([]);
  });
});
