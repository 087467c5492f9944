import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const ids = (text: string, language: string) => recognize(text, { language }).map((m) => m.id);

describe('German nouns', () => {
  it('reads a one-word city after an article or a fused preposition as the noun in German text', () => {
    expect(ids('Wir wandern jeden Sommer in den Bergen.', 'de')).not.toContain('city:bergen');
    expect(ids('Er wohnt seit Jahren im Kanton Bern.', 'de')).not.toContain('city:guangzhou');
    expect(ids('Er wohnt seit Jahren im Kanton Bern.', 'de')).toContain('city:bern');
  });

  it('keeps the city after a preposition, after a pronoun, and in other languages', () => {
    expect(ids('Morgen fliegt sie nach Bergen.', 'de')).toContain('city:bergen');
    // "die" is as often a relative pronoun: the paintings show the city.
    expect(ids('Gemälde, die Dresden im Winter zeigen, hängen hier.', 'de')).toContain('city:dresden');
    expect(ids('Han bor i Bergen sedan i fjol.', 'nb')).toContain('city:bergen');
    expect(ids('Vi tok båten til den vakre byen Bergen.', 'nb')).toContain('city:bergen');
  });
});
