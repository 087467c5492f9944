import { sourceBoundary, sourceEnd, sourceStart, type VisibleView } from '../text/invisible.js';

/**
 * Offsets of the view (the text without invisible characters) moved back to the caller's input: a
 * span keeps its characters (and whatever invisible ones stand among them), block boundaries cover
 * the input exactly.
 */
export class ToSource {
  readonly #view: VisibleView;
  readonly #input: string;

  constructor(view: VisibleView, input: string) {
    this.#view = view;
    this.#input = input;
  }

  /** The view is the input itself (no invisible characters): offsets need no moving. */
  get identity(): boolean {
    return !this.#view.map;
  }

  span<T extends { start: number; end: number; text: string }>(s: T): T {
    if (!this.#view.map) return s;
    const start = sourceStart(this.#view, s.start);
    const end = Math.max(start, sourceEnd(this.#view, s.end));
    return { ...s, start, end, text: this.#input.slice(start, end) };
  }

  /** Only the offsets and text of a span, moved (without copying its other fields). */
  range(s: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
    if (!this.#view.map) return s;
    const start = sourceStart(this.#view, s.start);
    const end = Math.max(start, sourceEnd(this.#view, s.end));
    return { start, end, text: this.#input.slice(start, end) };
  }

  nullable<T extends { start: number; end: number; text: string }>(s: T | null): T | null {
    return s === null ? null : this.span(s);
  }

  boundary(i: number): number {
    return i >= this.#view.text.length ? this.#input.length : sourceBoundary(this.#view, i);
  }
}
