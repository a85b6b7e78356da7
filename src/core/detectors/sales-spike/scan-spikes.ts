// Finds runs of days whose orders stand far above a series' own robust baseline, under a quasi-Poisson count model.
import { poissonLogTail } from '../../signals/poisson-tail.ts';

export type SpikeRule = {
  readonly maxWindowDays: number;
  readonly minOrders: number;
  /** Observed ÷ expected orders the window must reach. */
  readonly minLift: number;
  /** Natural log of the largest chance a window may have under the baseline. */
  readonly logLimit: number;
  /** Baseline days (not explained, not in the window) needed before a series is judged. */
  readonly minBaselineDays: number;
  /** Lowest level a series is judged against, orders per day: a shop that almost never sells is not a zero-rate shop. */
  readonly minLevel: number;
  /** Variance ÷ mean of daily counts across the platform: counts are divided by it (quasi-Poisson). */
  readonly dispersion: number;
};

export type Spike = {
  readonly first: number;
  readonly last: number;
  readonly observed: number;
  readonly expected: number;
  readonly level: number;
  readonly logTail: number;
};

/**
 * `counts[d]` orders on day d, `factors[d]` the platform's activity on day d relative to its mean (seasonality:
 * weekdays, holidays), `explained[d]` 1 for days a declared promotion or a broad campaign accounts for. Explained days
 * are neither baseline nor part of any window. A window is judged against the seasonally adjusted mean of the series'
 * other judged days (leave-window-out), so the spike never raises its own baseline and a sparse shop's quiet days are
 * not mistaken for its rate. Windows are chosen greedily, most surprising first, without overlap.
 */
export function scanSpikes(counts: ArrayLike<number>, factors: ArrayLike<number>, explained: ArrayLike<number>, rule: SpikeRule): Spike[] {
  const days = counts.length;
  const adjusted = new Float64Array(days);
  let total = 0;
  let judged = 0;
  for (let d = 0; d < days; d += 1) {
    if (explained[d]) continue;
    adjusted[d] = counts[d]! / Math.max(0.05, factors[d]!);
    total += adjusted[d]!;
    judged += 1;
  }
  if (judged < rule.minBaselineDays) return [];
  const candidates: Spike[] = [];
  for (let first = 0; first < days; first += 1) {
    let observed = 0;
    let inWindow = 0;
    let seasons = 0;
    for (let last = first; last < days && last - first < rule.maxWindowDays; last += 1) {
      if (explained[last]) break;
      observed += counts[last]!;
      inWindow += adjusted[last]!;
      seasons += factors[last]!;
      const rest = judged - (last - first + 1);
      if (observed < rule.minOrders || rest < rule.minBaselineDays) continue;
      const level = Math.max(rule.minLevel, (total - inWindow) / rest);
      const expected = level * seasons;
      if (observed < rule.minLift * expected) continue;
      const logTail = poissonLogTail(Math.ceil(observed / rule.dispersion), expected / rule.dispersion);
      if (logTail <= rule.logLimit) candidates.push({ first, last, observed, expected, level, logTail });
    }
  }
  candidates.sort((a, b) => a.logTail - b.logTail || a.first - b.first || a.last - b.last);
  const taken = new Uint8Array(days);
  const chosen: Spike[] = [];
  for (const spike of candidates) {
    let free = true;
    for (let d = spike.first; d <= spike.last && free; d += 1) free = taken[d] === 0;
    if (!free) continue;
    for (let d = spike.first; d <= spike.last; d += 1) taken[d] = 1;
    chosen.push(spike);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
