import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const read = (text: string) => recognize(text, { language: 'en' }).map((m) => [m.text, m.id]);

describe('acronyms a text defines after a name of the knowledge base', () => {
  it('read as that entity throughout the text, over what the knowledge base calls them', () => {
    // "EPA" alone is the photo agency; this text defines it as the agreement.
    expect(
      read(
        'Nurses come under the Vietnam-Japan Economic Partnership Agreement (EPA). EPA candidates sit an exam.',
      ),
    ).toEqual([
      ['Vietnam-Japan Economic Partnership Agreement', 'agreement:vjepa'],
      ['EPA', 'agreement:vjepa'],
      ['EPA', 'agreement:vjepa'],
    ]);
    expect(read('The picture was taken by EPA.')).toEqual([['EPA', 'outlet:epa']]);
  });

  it('read where the knowledge base lacks the acronym too', () => {
    expect(read('The Ocean Network Express (ONE) line called at the port; ONE ships are large.')).toEqual([
      ['Ocean Network Express', 'org:one'],
      ['ONE', 'org:one'],
      ['ONE', 'org:one'],
    ]);
    // Without the definition, the word in capitals is no name.
    expect(read('ONE ship called at the port.')).toEqual([]);
  });

  it("needs the acronym's letters to be the name's initials: an agency credited after a place is none", () => {
    expect(read('Tokyo (AFP) - The talks ended. AFP said so.').map((m) => m[1])).toEqual([
      'city:tokyo',
      'outlet:afp',
      'outlet:afp',
    ]);
  });

  it('read an acronym defined after an organisation the text names, and the knowledge base lacks, as it', () => {
    expect(
      read(
        'A survey by the Mekong Migrant Rights Network (MMRN) found debts. MMRN said brokers charged too much.',
      ),
    ).toEqual([
      ['Mekong Migrant Rights Network', 'local:org:mekong-migrant-rights-network'],
      ['MMRN', 'local:org:mekong-migrant-rights-network'],
      ['MMRN', 'local:org:mekong-migrant-rights-network'],
    ]);
    // Letters that are not the name's initials define nothing.
    expect(read('The Mekong Migrant Rights Network (ABC) met. ABC said.')).toEqual([
      ['Mekong Migrant Rights Network', 'local:org:mekong-migrant-rights-network'],
    ]);
  });
});
