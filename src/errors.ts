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

/** Throws the TypeError slugify-style libraries throw for a non-string argument. */
export function assertString(value: unknown, what = 'input'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`Expected ${what} to be a string, got ${got}`);
  }
}
