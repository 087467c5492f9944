import type { Node } from './gazetteer.js';
import type { Tokens } from './tokenize.js';
import { WordPairs } from './word-pairs.js';

/** {@link Starts}: a name is this word alone. */
const NAME = 1;
/** {@link Starts}: a longer name starts with this word. */
const LONGER = 2;
/**
 * {@link Starts}: the pair filter's size, 2^20 bits (128 KiB; the bundled KB's 3,476 pairs set a
 * third of a percent of it).
 */
const PAIR_LOG2 = 20;

/**
 * The trie's first level by vocabulary id, with a filter that turns most words away before their
 * node is read. Two words in three of a text that open a name open only longer names ("the", "Bộ",
 * "Prime"), and most are followed by a word that continues none: a bit per hashed pair of a
 * name's first two words says so from a small table, where the trie would be walked through
 * nodes spread over the heap.
 */
export class Starts {
  /** The node after the root for each vocabulary id, or undefined. */
  readonly nodes: readonly (Node | undefined)[];
  readonly #kinds: Uint8Array;
  readonly #pairs = new WordPairs(PAIR_LOG2);

  /** `nodes`: by vocabulary id, with the children of every node numbered (`childIds`). */
  constructor(nodes: readonly (Node | undefined)[]) {
    this.nodes = nodes;
    this.#kinds = new Uint8Array(nodes.length);
    for (let id = 0; id < nodes.length; id++) {
      const at = nodes[id];
      if (at === undefined) continue;
      this.#kinds[id] = (at.forms ? NAME : 0) | (at.childIds && at.childIds.length > 0 ? LONGER : 0);
      for (const next of at.childIds ?? []) this.#pairs.add(id, next);
    }
  }

  /**
   * The node of word i, where the trie walk for names starting there begins; undefined when no
   * name starts there: the word opens none, or only longer ones that the next word does not
   * continue (a hash collision only lets the walk look).
   */
  at(tokens: Tokens, i: number): Node | undefined {
    const id = tokens.id(i);
    const kind = this.#kinds[id] as number;
    if (kind === 0) return undefined;
    if (kind === LONGER && (i + 1 >= tokens.length || !this.#pairs.has(id, tokens.id(i + 1))))
      return undefined;
    return this.nodes[id];
  }
}
