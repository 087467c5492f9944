import { describe, expect, it } from 'vitest';
import { defaultNormalizer } from '../kb/kb.js';
import { indexFor } from './doc.js';
import { recognize } from './recognize.js';
import { tokenize } from './tokenize.js';

const index = indexFor(defaultNormalizer());
const root = index.gazetteer.root;

describe('Starts: the trie walk is skipped only where no name can start', () => {
  it('lets every name of the knowledge base through by its first two words', () => {
    let pairs = 0;
    for (const [first, node] of root.next ?? [])
      for (const second of node.next?.keys() ?? []) {
        const tokens = tokenize(`${first} ${second}`, index.vocabulary);
        expect(index.starts.at(tokens, 0), `${first} ${second}`).toBe(node);
        pairs++;
      }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('lets a one-word name through whatever follows it, and at the end of the text', () => {
    for (const [first, node] of root.next ?? []) {
      if (!node.forms) continue;
      expect(index.starts.at(tokenize(`${first} zzqx`, index.vocabulary), 0)).toBe(node);
      expect(index.starts.at(tokenize(first, index.vocabulary), 0)).toBe(node);
    }
  });

  it('turns away nearly every word that opens only longer names when the next word continues none', () => {
    let longerOnly = 0;
    let turnedAway = 0;
    for (const [first, node] of root.next ?? []) {
      if (node.forms) continue;
      longerOnly++;
      if (index.starts.at(tokenize(`${first} zzqx`, index.vocabulary), 0) === undefined) turnedAway++;
      // Last word of the text: nothing can continue it.
      expect(index.starts.at(tokenize(first, index.vocabulary), 0)).toBeUndefined();
    }
    expect(longerOnly).toBeGreaterThan(100);
    expect(turnedAway / longerOnly).toBeGreaterThan(0.95);
  });

  it('finds a name that opens with a word no name is alone', () => {
    // "Ministry" opens only longer names: the walk goes on where "of" follows it.
    const ministry = root.next?.get('ministry');
    expect(ministry?.forms ?? null).toBeNull();
    const texts = recognize('Talks were held at the Ministry of Foreign Affairs in Hanoi.', {
      language: 'en',
    }).map((m) => m.text);
    expect(texts).toEqual(['Ministry of Foreign Affairs', 'Hanoi']);
  });
});
