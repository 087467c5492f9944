import { type Form, type Node, type Passing, passingOf, ready } from './gazetteer.js';
import type { Tokens } from './tokenize.js';

/**
 * Whether two neighbouring words may belong to one name: separated only by spaces (one line
 * break at most), a dash, a dot or an apostrophe ("Viet Nam", "Bà Rịa - Vũng Tàu", "TP.HCM"),
 * or the colon of a Swedish genitive ("FN:s havsrättskonvention").
 */
export function joinable(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.length) return false;
  const aEnd = tokens.end(i);
  const bStart = tokens.start(i + 1);
  const gap = bStart - aEnd;
  if (gap > 4) return false;
  // Swedish genitive after an abbreviation: "FN:s".
  if (gap === 1 && text.charCodeAt(aEnd) === 58) return true;
  let breaks = 0;
  for (let k = aEnd; k < bStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (
      !(
        c === 32 ||
        c === 9 ||
        c === 13 ||
        c === 0xa0 ||
        c === 46 ||
        c === 39 ||
        c === 0x2019 ||
        c === 45 ||
        c === 0x2013 ||
        c === 0x2014
      )
    ) {
      return false;
    }
  }
  return breaks <= 1;
}

/** Memo slot of a language: the outcome of a node's conditions depends on it and on capitals. */
const LANGUAGE_SLOT: Record<string, number> = { en: 1, sv: 2, vi: 3 };

/** The forms ending at a node that pass their conditions for the words `from`..`to`. */
function passing(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  at: Node,
  language: string | null,
): Passing {
  const forms = at.forms as Form[];
  if (at.unconditional) return at as Passing;
  let anyCapital = false;
  for (let k = from; k < to; k++) anyCapital ||= tokens.capital(k);
  const slot = at.hasExact ? -1 : (anyCapital ? 4 : 0) + (language ? (LANGUAGE_SLOT[language] ?? 0) : 0);
  const memo = slot < 0 ? undefined : at.memo?.[slot];
  if (memo) return memo;
  let surface: string | undefined;
  const ok = forms.filter((f) => {
    if (f.exact) {
      surface ??= text.slice(tokens.start(from), tokens.end(to - 1));
      if (f.text !== surface) return false;
    }
    if (f.proper && !anyCapital) return false;
    return !(f.language && language && f.language !== language && to - from === 1 && !f.exact);
  });
  const result = ok.length === forms.length ? (at as Passing) : passingOf(ok);
  if (slot >= 0) {
    at.memo ??= [];
    at.memo[slot] = result;
  }
  return result;
}

/**
 * The surface-form matches of a text, in text order, stored column-wise: word range and the
 * passing forms (shared with the trie node, so a match allocates nothing of its own).
 */
export class Matches {
  from: Int32Array;
  to: Int32Array;
  readonly passing: Passing[] = [];
  length = 0;

  constructor(capacity = 64) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  push(from: number, to: number, passing: Passing): void {
    if (this.length === this.from.length) {
      const size = this.length * 2;
      const f = new Int32Array(size);
      f.set(this.from);
      this.from = f;
      const t = new Int32Array(size);
      t.set(this.to);
      this.to = t;
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.passing.push(passing);
    this.length++;
  }

  /** The match that starts at word `from`, by binary search, or -1. */
  startingAt(from: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = this.from[mid] as number;
      if (f === from) return mid;
      if (f < from) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/**
 * Finds the longest passing surface form at each word, left to right, without overlaps: walks
 * the trie word by word from each word that starts a name. `starts[id]` is the trie node after
 * the word with that vocabulary id.
 */
export function scan(
  text: string,
  tokens: Tokens,
  starts: readonly (Node | undefined)[],
  language: string | null,
): Matches {
  const matches = new Matches(Math.max(16, tokens.length >> 4));
  const ends: number[] = [];
  const nodes: Node[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    // The trie's first level by vocabulary id: a word outside the vocabulary (id 0, most words
    // of a text) or one that starts no name stops here.
    let at: Node | undefined = starts[tokens.id(i)];
    if (!at) {
      i++;
      continue;
    }
    // Walk the trie word by word, remembering every node where a form ends.
    let count = 0;
    for (let j = i; at; ) {
      if (at.forms) {
        ends[count] = j + 1;
        nodes[count++] = at;
      }
      const next: Map<string, Node> | null = at.next;
      if (next === null || !joinable(text, tokens, j)) break;
      j++;
      at = next.get(tokens.key(j) as string);
    }
    let matched = false;
    for (let c = count - 1; c >= 0; c--) {
      const to = ends[c] as number;
      const ok = passing(text, tokens, i, to, ready(nodes[c] as Node), language);
      // "US$500,000" is an amount, not the country.
      if (ok.forms.length === 0 || text.charCodeAt(tokens.end(to - 1)) === 36) continue;
      matches.push(i, to, ok);
      i = to;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return matches;
}
