import { detached } from '../text/detached.js';

/**
 * A bounded memo keyed by a span of text, read in place: a lookup hashes the span's code units and
 * compares them with the stored key, so a hit copies nothing. The scan asks such memos for nearly
 * every candidate name, and most candidates repeat a name the text has written before; slicing
 * each one to ask a Map was a third of the scan's garbage.
 */
export class SpanMemo<V> {
  /** Entries by hash, chained: distinct spans with one hash are rare. */
  readonly #entries = new Map<number, Entry<V>>();
  #size = 0;

  /** At most `limit` spans are kept; later ones are not stored (a text may write a word many ways). */
  constructor(readonly limit: number) {}

  /** How many spans are stored. */
  get size(): number {
    return this.#size;
  }

  /** The value stored for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    for (let e = this.#entries.get(spanHash(text, start, end)); e !== undefined; e = e.next)
      if (sameSpan(e.key, text, start, end)) return e.value;
    return undefined;
  }

  /**
   * Stores `value` for `text[start, end)`; a new span only while the memo is not full. The key is a
   * copy of its characters, never a view of `text`, which the memo would keep alive; a caller that
   * has such a copy already may pass it as `key`.
   */
  set(text: string, start: number, end: number, value: V, key?: string): void {
    const hash = spanHash(text, start, end);
    for (let e = this.#entries.get(hash); e !== undefined; e = e.next)
      if (sameSpan(e.key, text, start, end)) {
        e.value = value;
        return;
      }
    if (this.#size >= this.limit) return;
    this.#entries.set(hash, {
      key: key ?? detached(text.slice(start, end)),
      value,
      next: this.#entries.get(hash),
    });
    this.#size++;
  }
}

interface Entry<V> {
  readonly key: string;
  value: V;
  readonly next: Entry<V> | undefined;
}

/** FNV-1a over the span's UTF-16 code units, as a small integer (a fast Map key). */
function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** `key` is `text[start, end)`. */
export function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Strings for spans of text, one shared copy per spelling: a long text names the same few
 * entities thousands of times, and a mention's text read from this costs no new string. A copy
 * also keeps the mention from holding the whole text alive, as a slice of 13 or more characters
 * would. Spans longer than {@link SPAN_STRING_MAX} are sliced as usual; when full, the table
 * starts over, so that a batch of texts on new subjects is not served by old names alone.
 */
export class SpanStrings {
  #memo = new SpanMemo<string>(SPAN_STRINGS);

  /** `text.slice(start, end)`, shared with earlier spans of the same characters. */
  get(text: string, start: number, end: number): string {
    if (end - start > SPAN_STRING_MAX) return text.slice(start, end);
    const known = this.#memo.get(text, start, end);
    if (known !== undefined) return known;
    if (this.#memo.size >= SPAN_STRINGS) this.#memo = new SpanMemo<string>(SPAN_STRINGS);
    const copy = detached(text.slice(start, end));
    this.#memo.set(text, start, end, copy, copy);
    return copy;
  }
}

/**
 * Spans longer than this are not shared: names are shorter, and longer spans rarely repeat (and
 * their strings may be views of the text).
 */
export const SPAN_STRING_MAX = 64;
/** Spellings kept at once. */
const SPAN_STRINGS = 4096;
