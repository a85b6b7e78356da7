// The chance arithmetic behind a template verdict: how tight a burst is under a shop's own rhythm, and combining two tests.

/**
 * P(k points drawn uniformly on [0, 1] all fall within some interval of length q), i.e. P(range ≤ q)
 * = k q^(k-1) - (k-1) q^k. Measured on the shop's own review clock, so Double 11 rushes do not count as bursts.
 */
export function rangeChance(k: number, q: number): number {
  if (k < 2 || q >= 1) return 1;
  if (q <= 0) return 0;
  return Math.min(1, Math.max(0, k * q ** (k - 1) - (k - 1) * q ** k));
}

/** Fisher's method for two independent p-values: P(p1 p2 ≤ x) = x (1 - ln x) under the null. */
export function fisherCombined(p1: number, p2: number): number {
  const x = p1 * p2;
  if (x <= 0) return 0;
  return Math.min(1, x * (1 - Math.log(x)));
}

/** How many of the sorted times ts[rows[from..to)] lie in [low, high], by binary search. */
export function countWithin(rows: Int32Array, from: number, to: number, ts: Float64Array, low: number, high: number): number {
  const bound = (value: number, strict: boolean) => {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = ts[rows[mid]!]!;
      if (strict ? t <= value : t < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return bound(high, true) - bound(low, false);
}
