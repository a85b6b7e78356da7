// Finds every one-hour window in one shop's time-ordered orders where orders ÷ unique buyers reaches the threshold.

export type ConcentrationRule = { readonly windowMs: number; readonly ratio: number; readonly minOrders: number };

/** Indices into the shop's ordered rows: the episode [start, end) and its most concentrated window. */
export type Episode = {
  start: number;
  end: number;
  peakStart: number;
  peakEnd: number;
  peakOrders: number;
  peakBuyers: number;
};

/**
 * Two pointers over windows that start at each order (any window can slide to start at its first order, so this
 * sees every maximal window). Overlapping qualifying windows merge into one episode. `buyerCounts` is scratch space
 * of one slot per account, all zero on entry and on exit.
 */
export function scanWindows(times: ArrayLike<number>, buyers: ArrayLike<number>, rule: ConcentrationRule, buyerCounts: Int32Array): Episode[] {
  const episodes: Episode[] = [];
  const n = times.length;
  let end = 0;
  let unique = 0;
  let current: Episode | undefined;
  for (let start = 0; start < n; start += 1) {
    const limit = times[start]! + rule.windowMs;
    while (end < n && times[end]! < limit) {
      if (buyerCounts[buyers[end]!]!++ === 0) unique += 1;
      end += 1;
    }
    const orders = end - start;
    if (orders >= rule.minOrders && orders >= rule.ratio * unique) {
      if (current && start < current.end) current.end = Math.max(current.end, end);
      else {
        current = { start, end, peakStart: start, peakEnd: end, peakOrders: orders, peakBuyers: unique };
        episodes.push(current);
      }
      const better = orders * current.peakBuyers - current.peakOrders * unique; // compare ratios without division
      if (better > 0 || (better === 0 && orders > current.peakOrders)) {
        Object.assign(current, { peakStart: start, peakEnd: end, peakOrders: orders, peakBuyers: unique });
      }
    }
    if (--buyerCounts[buyers[start]!]! === 0) unique -= 1;
  }
  return episodes;
}
