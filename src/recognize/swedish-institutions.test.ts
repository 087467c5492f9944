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
