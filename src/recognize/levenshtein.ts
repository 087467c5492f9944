/** Two rows of the distance table, reused across calls and grown when a longer string comes. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance (insertions, deletions, substitutions) between two strings, stopping early once
 * it exceeds `max`: the result is then `max + 1`. Only the diagonal band of width `2·max + 1` is
 * computed (cells outside it exceed `max`), so a bounded call is O(|a|·max) time; no allocation
 * beyond two reused rows.
 *
 * @example levenshtein('shizo abe', 'shinzo abe', 1) // 1
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(2 * (m + 1));
    rowB = new Int32Array(2 * (m + 1));
  }
  const band = Math.min(max, Math.max(n, m));
  // Cells outside the band stand for "more than max": never chosen as a minimum below it.
  const over = band + 1;
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= band ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    curr[lo - 1] = lo - 1 === 0 ? i : over;
    let rowMin = lo === 1 ? i : over;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let value = (prev[j - 1] as number) + cost;
      const up = (prev[j] as number) + 1;
      if (up < value) value = up;
      const left = (curr[j - 1] as number) + 1;
      if (left < value) value = left;
      if (value > over) value = over;
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) curr[hi + 1] = over;
    if (rowMin > band) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  const d = prev[m] as number;
  return d > max ? max + 1 : d;
}
