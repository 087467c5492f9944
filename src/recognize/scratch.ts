/**
 * A value kept weakly from one call to the next: the working arrays of a long text (the tokens,
 * the matches, the words covered) are megabytes, and memory fresh from the system is slow to touch
 * the first time; an array already in use is not. Back-to-back calls (a batch of articles, a
 * benchmark) take the last one again, and the collector may still reclaim it between calls.
 *
 * Safe because recognizing is synchronous and never re-entered: a value never outlives the call
 * that took it, and each use has a `Reused` of its own.
 */
export class Reused<T extends object> {
  #last: WeakRef<T> | undefined;

  /** The value the last call kept, when `fits` says it will do; else a new one from `make`. */
  take(fits: (value: T) => boolean, make: () => T): T {
    const last = this.#last?.deref();
    if (last !== undefined && fits(last)) return last;
    const fresh = make();
    this.#last = new WeakRef(fresh);
    return fresh;
  }
}

/** A zeroed byte array for one call's bookkeeping, reused as {@link Reused} says. */
export class ByteScratch {
  readonly #bytes = new Reused<Uint8Array>();

  /** A zeroed array of `size` bytes, valid until the next call to `take`. */
  take(size: number): Uint8Array {
    let fresh = false;
    const bytes = this.#bytes.take(
      (b) => b.length >= size,
      () => {
        fresh = true;
        return new Uint8Array(size);
      },
    );
    if (fresh) return bytes;
    const view = bytes.subarray(0, size);
    view.fill(0);
    return view;
  }
}
