// Local calendar days of a snapshot's orders, the platform's activity per day, and one series' daily counts.
import type { RowGroups } from '../../snapshot/group-rows.ts';
import { DAY_MS } from '../../time/units.ts';

export type DayAxis = { readonly firstDay: number; readonly days: number; readonly offsetMs: number };

export function dayIndex(axis: DayAxis, ts: number): number {
  return Math.floor((ts + axis.offsetMs) / DAY_MS) - axis.firstDay;
}

/** Start of local day `d` of the axis, in epoch milliseconds. */
export function dayStart(axis: DayAxis, d: number): number {
  return (axis.firstDay + d) * DAY_MS - axis.offsetMs;
}

export function dayAxis(ts: Float64Array, offsetMinutes: number): DayAxis | undefined {
  if (ts.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of ts) {
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  const offsetMs = offsetMinutes * 60_000;
  const firstDay = Math.floor((lo + offsetMs) / DAY_MS);
  return { firstDay, days: Math.floor((hi + offsetMs) / DAY_MS) - firstDay + 1, offsetMs };
}

/**
 * The platform's orders per day relative to its mean day: seasonality every shop shares (weekends, holidays, payday),
 * measured rather than assumed. Days with no orders at all get factor 1 (the data simply does not cover them).
 */
export function dailyFactors(axis: DayAxis, ts: Float64Array): Float64Array {
  const totals = new Float64Array(axis.days);
  for (const t of ts) totals[dayIndex(axis, t)]! += 1;
  let sum = 0;
  let covered = 0;
  for (const total of totals) if (total > 0) [sum, covered] = [sum + total, covered + 1];
  const mean = covered > 0 ? sum / covered : 1;
  return totals.map((total) => (total > 0 ? total / mean : 1));
}

/** Orders per day of group g into `out` (zeroed first). */
export function countDays(axis: DayAxis, groups: RowGroups, g: number, ts: Float64Array, out: Float64Array): Float64Array {
  out.fill(0);
  for (let k = groups.start[g]!; k < groups.start[g + 1]!; k += 1) out[dayIndex(axis, ts[groups.rows[k]!]!)]! += 1;
  return out;
}

/**
 * Variance ÷ mean of daily counts, the median over series busy enough to tell (mean ≥ 1): how much more than Poisson
 * real shops vary from day to day. The median keeps a few attacked shops from setting it; never below 1.
 */
export function dispersion(series: Iterable<Float64Array>): number {
  const ratios: number[] = [];
  for (const counts of series) {
    let sum = 0;
    let squares = 0;
    for (const c of counts) [sum, squares] = [sum + c, squares + c * c];
    const mean = sum / counts.length;
    if (mean < 1) continue;
    ratios.push((squares / counts.length - mean * mean) / mean);
  }
  if (ratios.length === 0) return 1;
  ratios.sort((a, b) => a - b);
  return Math.max(1, ratios[ratios.length >> 1]!);
}
