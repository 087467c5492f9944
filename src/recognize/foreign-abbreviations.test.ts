import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const ids = (text: string, language: string) => recognize(text, { language }).map((m) => [m.text, m.id]);

describe("abbreviations of a country's bodies in text in another language", () => {
  it('drops one whose country the text neither names nor writes', () => {
    // German: the Max Planck institute's MPI, not Viet Nam's planning ministry.
    expect(
      ids('Forscher am MPI in Hamburg haben ein neues Klimamodell vorgestellt.', 'de'),
    ).not.toContainEqual(['MPI', 'org:vn-mpi']);
    // German, on North Macedonia's politics: a Macedonian party, not Japan's LDP.
    expect(ids('Die Koalitionspartner BESA, LDP und DOM stimmten dem Haushalt zu.', 'de')).not.toContainEqual(
      ['LDP', 'org:ldp'],
    );
    // Norwegian: Norway's foreign ministry, not Sweden's.
    expect(ids('UD oppfordrer nordmenn til å være forsiktige på reise.', 'nb')).not.toContainEqual([
      'UD',
      'org:se-mfa',
    ]);
  });

  it('keeps one in an official language of its country, or where the text names the country', () => {
    expect(ids('Die CDU und die SPD stimmten gegen den Antrag.', 'de')).toEqual(
      expect.arrayContaining([
        ['CDU', 'org:de-cdu'],
        ['SPD', 'org:de-spd'],
      ]),
    );
    expect(ids('Die CDU lehnt den Antrag ab.', 'de-AT')).toContainEqual(['CDU', 'org:de-cdu']);
    expect(ids('In Vietnam hat das MPI neue Regeln für Investoren erlassen.', 'de')).toContainEqual([
      'MPI',
      'org:vn-mpi',
    ]);
    expect(ids('In Japan regiert die LDP seit Jahrzehnten fast ohne Pause.', 'de')).toContainEqual([
      'LDP',
      'org:ldp',
    ]);
  });

  it("leaves English, Swedish and Vietnamese text and agencies' credits alone", () => {
    expect(ids('UD bekräftar att två svenskar har gripits.', 'sv')).toContainEqual(['UD', 'org:se-mfa']);
    expect(ids('PARIS (AFP) - Le Premier ministre a démissionné mardi.', 'fr')).toContainEqual([
      'AFP',
      'outlet:afp',
    ]);
  });
});

describe('one word in another language, written with marks', () => {
  it('is an outlet or organisation only as the brand is spelt', () => {
    expect(ids('El Buró Político del Partido se reunió el lunes.', 'es')).not.toContainEqual([
      'Político',
      'outlet:politico',
    ]);
    expect(ids('Según Politico, la reunión terminó sin acuerdo.', 'es')).toContainEqual([
      'Politico',
      'outlet:politico',
    ]);
  });

  it("keeps places in the spelling of the text's language", () => {
    expect(ids('El presidente de Perú viajó a Canadá.', 'es')).toEqual([
      ['Perú', 'country:PE'],
      ['Canadá', 'country:CA'],
    ]);
  });
});
