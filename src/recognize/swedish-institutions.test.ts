import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string) =>
  recognize(text, { language: 'sv' }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);

describe("a country's institution named by its Swedish genitive and a common noun", () => {
  it('reads the genitive and the noun as one local organisation, the country its part', () => {
    expect(read('Enligt Vietnams tullmyndighet steg exporten.')).toEqual([
      ['Vietnams tullmyndighet', 'local:org:vietnams-tullmyndighet', ['country:VN']],
    ]);
    // With adjectives before the noun, and compounds joined by "och".
    expect(read('Japans meteorologiska institut varnade.').map((m) => m[0])).toEqual([
      'Japans meteorologiska institut',
    ]);
    expect(read('Det sade Japans hälso-, arbets- och välfärdsministerium i går.').map((m) => m[0])).toEqual([
      'Japans hälso-, arbets- och välfärdsministerium',
    ]);
  });

  it("reads a city's genitive before a compound of an institution so, but not its people's committee", () => {
    expect(read('Enligt Hanois hälsodepartement steg antalet fall.')).toEqual([
      ['Hanois hälsodepartement', 'local:org:hanois-halsodepartement', ['vn-province-2025:01']],
    ]);
    // The bare noun after a town is its administration at large; the committee is the base's body.
    expect(read('Hanois förvaltning och Hanois folkkommitté svarade.').map((m) => m[1])).not.toContain(
      'local:org:hanois-forvaltning',
    );
    expect(read('Hanois folkkommitté svarade.').map((m) => m[1])).not.toContain(
      'local:org:hanois-folkkommitte',
    );
  });

  it('keeps the country alone before other nouns, and the knowledge base’s names whole', () => {
    expect(read('Vietnams ekonomi växer snabbt.')).toEqual([['Vietnams', 'country:VN', []]]);
    expect(read('Japans ambassad i Hanoi meddelade.').map((m) => m[1])).toEqual(['org:jp-embassy-vn']);
    // A university is local-orgs.ts's: one organisation, not two.
    expect(read('Hon forskar vid Sveriges lantbruksuniversitet.').map((m) => m[0])).toEqual([
      'Sveriges lantbruksuniversitet',
    ]);
  });
});

describe('a theatre, a library or a hospital named by a genitive', () => {
  it('is one organisation, but a noun of the same plural only as a compound without an adjective', () => {
    expect(
      read('Artister från Vietnams nationella musik- och dansteater uppträdde.').map((m) => m[0]),
    ).toEqual(['Vietnams nationella musik- och dansteater']);
    expect(read('Hon arbetar på Skånes universitetssjukhus i Malmö.').map((m) => m[0])).toContain(
      'Skånes universitetssjukhus',
    );
    expect(read('Vietnams sjukhus är fulla.').map((m) => m[0])).toEqual(['Vietnams']);
    expect(read('Två av Vietnams största kvinnosjukhus ligger i staden.').map((m) => m[0])).toEqual([
      'Vietnams',
    ]);
  });
});

describe('a Swedish institution named by its field after "för"', () => {
  it('reads the definite noun and its field as one organisation, up to a preposition or a verb', () => {
    expect(read('Ministeriet för industri och handel i Vietnam deltog.').map((m) => m[0])).toEqual([
      'Ministeriet för industri och handel',
      'Vietnam',
    ]);
    expect(read('Myndigheten för samhällsskydd och beredskap varnar.').map((m) => m[0])).toEqual([
      'Myndigheten för samhällsskydd och beredskap',
    ]);
    expect(read('Docent vid Institutionen för klinisk vetenskap sedan 2020.').map((m) => m[0])).toEqual([
      'Institutionen för klinisk vetenskap',
    ]);
    expect(read('Hon leder Centrum för öst- och sydöstasiatiska studier.').map((m) => m[0])).toEqual([
      'Centrum för öst- och sydöstasiatiska studier',
    ]);
    // No field, or a clause after "för": no name.
    expect(read('Rådet för att främja handel möttes.')).toEqual([]);
    expect(read('Ministeriet för och emot.')).toEqual([]);
  });
});
