// Fits a block's time window: the short run of days where its purchases stand out most from the platform's daily volume.
import { poissonSurprise } from '../../graph/block-null-model.ts';

/**
 * The burst of a block: the run of at most `maxDays` days where its purchases most exceed what the days' share of all
 * purchases predicts (largest Poisson surprise). A ring's camouflage and a hijacked account's old history spread
 * over the month; the ring's own purchases do not.
 */
export function burstWindow(days: ArrayLike<number>, dayOrders: Int32Array, maxDays: number): { fromDay: number; toDay: number } {
  const dayCount = dayOrders.length;
  const histogram = new Int32Array(dayCount);
  for (let k = 0; k < days.length; k += 1) histogram[days[k]!]! += 1;
  let total = 0;
  for (const n of dayOrders) total += n;
  let best = { fromDay: 0, toDay: Math.min(dayCount, maxDays) - 1 };
  let bestScore = -1;
  for (let from = 0; from < dayCount; from += 1) {
    let inside = 0;
    let background = 0;
    for (let to = from; to < Math.min(dayCount, from + maxDays); to += 1) {
      inside += histogram[to]!;
      background += dayOrders[to]!;
      const score = poissonSurprise(inside, (days.length * background) / Math.max(1, total));
      if (score > bestScore) {
        bestScore = score;
        best = { fromDay: from, toDay: to };
      }
    }
  }
  // Edge days where the block still buys more than the day's volume predicts belong to the burst too.
  const above = (d: number) => histogram[d]! > (days.length * dayOrders[d]!) / Math.max(1, total);
  while (best.toDay - best.fromDay + 1 < maxDays) {
    if (best.fromDay > 0 && above(best.fromDay - 1)) best.fromDay -= 1;
    else if (best.toDay + 1 < dayCount && above(best.toDay + 1)) best.toDay += 1;
    else break;
  }
  return best;
}
