// The densest dwell band of a group of sessions and how unlikely it is under the platform's own dwell distribution.
import { poissonLogTail } from '../../signals/poisson-tail.ts';

export type DwellSample = { readonly dwell: number; readonly account: number };

/** Samples [start, end) of a dwell-sorted group whose dwell lies in [lo, lo × ratio], and their distinct accounts. */
export type Band = { readonly start: number; readonly end: number; readonly lo: number; readonly hi: number; readonly accounts: number };

/**
 * The band [d, d × ratio] holding the most distinct accounts, over every d that is a sample's dwell (any best band can
 * slide up to start at a sample). Ties go to the lower band. `samples` must be sorted by dwell; `scratch` is one
 * zeroed slot per account and is zeroed again on return.
 */
export function densestBand(samples: readonly DwellSample[], ratio: number, scratch: Int32Array): Band | undefined {
  let best: Band | undefined;
  let end = 0;
  let distinct = 0;
  for (let start = 0; start < samples.length; start += 1) {
    const lo = samples[start]!.dwell;
    const hi = lo * ratio;
    while (end < samples.length && samples[end]!.dwell <= hi) {
      if (scratch[samples[end]!.account]!++ === 0) distinct += 1;
      end += 1;
    }
    if (!best || distinct > best.accounts) best = { start, end, lo, hi, accounts: distinct };
    if (--scratch[samples[start]!.account]! === 0) distinct -= 1;
  }
  return best;
}

/** How many values of a sorted array lie in [lo, hi]. */
export function countBetween(sorted: Float64Array, lo: number, hi: number): number {
  return upperBound(sorted, hi) - lowerBound(sorted, lo);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

function upperBound(sorted: Float64Array, value: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]! <= value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * log P(at least `inBand` of `accounts` accounts land in a band that holds share `p` of everyone else's sessions).
 * Poisson in place of the binomial: it overstates the tail when p is small, so the test errs towards silence.
 */
export function bandLogTail(inBand: number, accounts: number, p: number): number {
  return poissonLogTail(inBand, accounts * p);
}

/** Median and median absolute deviation of a sorted run of dwells. */
export function medianAndMad(sorted: readonly number[]): { median: number; mad: number } {
  const median = middle(sorted);
  const deviations = sorted.map((d) => Math.abs(d - median)).sort((a, b) => a - b);
  return { median, mad: middle(deviations) };
}

function middle(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
