/**
 * A zeroed byte array for one call's bookkeeping (the words the stages have covered, …), reused by
 * back-to-back calls. A long text needs megabytes of such arrays, and memory fresh from the system
 * is slow to touch the first time; clearing an array already in use is not. The array is held
 * weakly, so the collector may still take it between calls.
 *
 * Safe because recognizing is synchronous and never re-entered: an array never outlives the call
 * that took it, and each use has a scratch of its own.
 */
export class ByteScratch {
  #last: WeakRef<Uint8Array> | undefined;

  /** A zeroed array of `size` bytes, valid until the next call to `take`. */
  take(size: number): Uint8Array {
    const last = this.#last?.deref();
    if (last !== undefined && last.length >= size) {
      const view = last.subarray(0, size);
      view.fill(0);
      return view;
    }
    const fresh = new Uint8Array(size);
    this.#last = new WeakRef(fresh);
    return fresh;
  }
}
