/** Machine-readable codes of {@link VietnormError}. */
export type VietnormErrorCode = 'invalid-input' | 'invalid-option' | 'invalid-entity' | 'decode-error';

/**
 * The base class of every error vietnorm throws on purpose. Content problems never throw: unknown
 * content gives `'und'` or `null`. Errors are for misuse (bad options, bad extension data).
 */
export class VietnormError extends Error {
  override readonly name = 'VietnormError';
  readonly code: VietnormErrorCode;
  /** Extra context: the option, entry or field at fault. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: VietnormErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True for errors thrown by vietnorm, also across realms (checks the name and code, not the prototype). */
export function isVietnormError(value: unknown): value is VietnormError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'VietnormError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Longest string shown in an error message; longer ones are cut. */
const SHOWN_CHARS = 40;

/**
 * A short, safe description of any value for an error message: strings quoted (and cut),
 * numbers, BigInts (`42n`) and symbols as written, objects by kind. It never serialises an
 * object, so circular values, BigInts inside objects, proxies and getters cannot make the
 * message itself throw.
 *
 * @example describeValue(42n) // '42n'
 * @example describeValue({ a: 1 }) // 'an object'
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const cut = value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
      return JSON.stringify(cut);
    }
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      try {
        if (Array.isArray(value)) return 'an array';
        if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
      } catch {
        // A revoked proxy or a throwing trap: describe it without looking further.
      }
      return 'an object';
    default:
      // number, boolean, undefined
      return String(value);
  }
}

/** Throws the TypeError slugify-style libraries throw for a non-string argument. */
export function assertString(value: unknown, what = 'input'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`Expected ${what} to be a string, got ${got}`);
  }
}
