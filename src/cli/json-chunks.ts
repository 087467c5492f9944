// A record's JSON written in pieces: a 20 MB page makes a record of about 90 MB of JSON, which as
// one string (two bytes a character) and its UTF-8 copy cost several times the page. The pieces
// concatenate to exactly what JSON.stringify gives; small values are still handed to it whole.

/** Options for {@link jsonChunks}. */
export interface JsonChunksOptions {
  /**
   * Indentation, as JSON.stringify's third argument (a number of spaces up to 10, or a string of
   * which the first 10 characters are used).
   * @default undefined (no indentation)
   */
  indent?: number | string | undefined;
  /**
   * About how many characters a piece holds (a piece ends after the value that reaches it, so it
   * can be longer; a long string is cut to this length).
   * @default 65536
   */
  chunkSize?: number | undefined;
  /**
   * Consume the value: each element of a large array, and each field of a large object, is let go
   * (set to undefined) once written, so that the garbage collector can take the parts written while
   * the rest is. Frozen containers are left as they are.
   * @default false
   */
  release?: boolean | undefined;
}

/** The gap JSON.stringify uses for a given `space` argument. */
function gapOf(indent: number | string | undefined): string {
  if (typeof indent === 'number') return ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent))));
  if (typeof indent === 'string') return indent.slice(0, 10);
  return '';
}

/** Boxed primitives, which JSON.stringify writes as the value they hold. */
const isBoxed = (v: object): boolean =>
  v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt;

/**
 * What remains of `budget` after a rough count of the characters `value` takes in JSON; negative
 * as soon as it is spent (the count stops there, so a large value costs no more than the budget).
 */
function weigh(value: unknown, budget: number): number {
  if (budget < 0) return budget;
  if (typeof value === 'string') return budget - value.length - 2;
  if (typeof value !== 'object' || value === null) return budget - 8;
  if (Array.isArray(value)) {
    let left = budget - 2 - value.length;
    for (let i = 0; i < value.length && left >= 0; i++) left = weigh(value[i], left);
    return left;
  }
  let left = budget - 2;
  for (const key of Object.keys(value)) {
    left = weigh((value as Record<string, unknown>)[key], left - key.length - 4);
    if (left < 0) return left;
  }
  return left;
}

/** A high surrogate (the first half of a pair that must not be cut apart). */
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Yields the JSON text of `value` in pieces whose concatenation is exactly
 * `JSON.stringify(value, null, indent)` (and nothing where that gives undefined). Arrays and
 * objects too large for one piece are written member by member, long strings slice by slice;
 * everything else goes to JSON.stringify whole. Throws what JSON.stringify throws (a TypeError on a
 * cycle or a BigInt). Meant for plain data: a getter may be read more than once.
 * @example
 * [...jsonChunks({ a: [1, 2] }, { indent: 2 })].join('') === JSON.stringify({ a: [1, 2] }, null, 2) // true
 */
export function* jsonChunks(value: unknown, options: JsonChunksOptions = {}): Generator<string, void> {
  const gap = gapOf(options.indent);
  const size = Math.max(1, options.chunkSize ?? 1 << 16);
  const release = options.release === true;
  /** The containers being written, for the cycle check. */
  const open = new Set<object>();
  let parts: string[] = [];
  let held = 0;
  const put = (s: string) => {
    parts.push(s);
    held += s.length;
  };
  const take = (): string => {
    const s = parts.length === 1 ? (parts[0] as string) : parts.join('');
    parts = [];
    held = 0;
    return s;
  };
  /** Indentation of a line at `depth`. */
  const pad = (depth: number) => (gap === '' ? '' : `\n${gap.repeat(depth)}`);

  /**
   * Writes one value (already passed through toJSON) at `depth`; false when it writes nothing
   * (undefined, a function or a symbol: left out of an object, null in an array).
   */
  function* write(v: unknown, depth: number): Generator<string, boolean> {
    if (typeof v === 'string' && v.length > size) {
      yield* writeString(v);
      return true;
    }
    const own =
      typeof v === 'object' &&
      v !== null &&
      !isBoxed(v) &&
      // JSON.stringify would call again a toJSON the value still has: write it here instead.
      (typeof (v as { toJSON?: unknown }).toJSON === 'function' || weigh(v, size) < 0);
    if (!own) {
      const text = JSON.stringify(v, null, gap);
      if (text === undefined) return false;
      put(depth > 0 && gap !== '' ? text.replaceAll('\n', pad(depth)) : text);
      if (held >= size) yield take();
      return true;
    }
    const container = v as object;
    if (open.has(container)) throw new TypeError('Converting circular structure to JSON');
    open.add(container);
    const consume = release && !Object.isFrozen(container);
    if (Array.isArray(container)) {
      if (container.length === 0) put('[]');
      else {
        put('[');
        for (let i = 0; i < container.length; i++) {
          if (i > 0) put(',');
          put(pad(depth + 1));
          if (!(yield* write(toJson(container[i], String(i)), depth + 1))) put('null');
          if (consume) Reflect.set(container, i, undefined);
        }
        put(`${pad(depth)}]`);
      }
    } else {
      const record = container as Record<string, unknown>;
      let first = true;
      put('{');
      for (const key of Object.keys(record)) {
        const mark = parts.length;
        const heldBefore = held;
        put(first ? '' : ',');
        put(`${pad(depth + 1)}${JSON.stringify(key)}:${gap === '' ? '' : ' '}`);
        const member = toJson(record[key], key);
        if (yield* write(member, depth + 1)) first = false;
        else {
          // Left out: take back the separator and the key (nothing was yielded in between).
          parts.length = mark;
          held = heldBefore;
        }
        if (consume) Reflect.set(record, key, undefined);
      }
      put(first ? '}' : `${pad(depth)}}`);
    }
    open.delete(container);
    if (held >= size) yield take();
    return true;
  }

  /** A long string in slices, never cutting a surrogate pair apart (a lone half is escaped). */
  function* writeString(s: string): Generator<string, void> {
    put('"');
    for (let at = 0; at < s.length; ) {
      let end = Math.min(s.length, at + size);
      if (end < s.length && isHigh(s.charCodeAt(end - 1))) end++;
      put(JSON.stringify(s.slice(at, end)).slice(1, -1));
      at = end;
      if (held >= size) yield take();
    }
    put('"');
  }

  yield* write(toJson(value, ''), 0);
  if (held > 0) yield take();
}

/** The value JSON.stringify writes for `v` under `key`: what its toJSON gives, if it has one. */
function toJson(v: unknown, key: string): unknown {
  if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(v, key);
  }
  return v;
}
