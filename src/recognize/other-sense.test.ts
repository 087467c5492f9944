// The other-sense rule (other-sense.ts): a name that is also a shop chain or a given name needs
// the text's support, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const ids = (text: string, language?: string) => recognize(text, { language }).map((m) => m.id);

describe('other-sense names ("Iceland", "Chad")', () => {
  it('are not read where nothing in the text is about places or bodies', () => {
    expect(ids('Chad drove the minibus to the away game on Friday.', 'en')).not.toContain('country:TD');
    expect(ids('We bought ice cream at Iceland after school.', 'en')).not.toContain('country:IS');
    expect(ids('Jordan scored twice in the second half.')).not.toContain('country:JO');
  });

  it('are read where the text names another place, body or office', () => {
    expect(ids('Chad and Niger agreed to reopen the border crossing.', 'en')).toContain('country:TD');
    expect(ids('The Prime Minister of Japan will visit Iceland in June.', 'en')).toContain('country:IS');
    expect(ids('Israel och Egypten möts i Kairo.', 'sv')).toContain('country:IL');
  });

  it('are read after "in" or "i" even alone', () => {
    expect(ids('Tourism in Iceland doubled last year.', 'en')).toContain('country:IS');
    expect(ids('In Israel, the talks went on.', 'en')).toContain('country:IL');
  });

  it('cover the states of the knowledge base that are given names too ("Virginia")', () => {
    expect(ids('She met Virginia at the cafe after work.', 'en')).not.toContain('subdivision:us-va');
    expect(ids('Flights from Hanoi to Virginia resumed in May.', 'en')).toContain('subdivision:us-va');
  });

  it('an outlet credit alone is no support', () => {
    expect(ids('Chad signed for the club on Monday (Reuters).', 'en')).not.toContain('country:TD');
  });

  it('do not apply in Vietnamese or in other languages, where these senses are not the common ones', () => {
    expect(ids('Die Debatte über Israel geht weiter.', 'de')).toContain('country:IL');
  });
});
