// The state one feature keeps for one key, whatever the tier: updates in arrival order, reads over a time range.

/** What an event adds: a number for sum, a string for distinct, nothing for count and since_last. */
export type Observation = number | string | undefined;

export interface WindowState {
  /** `seq` numbers events in arrival order; since_last uses it to skip the event being decided. */
  add(ts: number, value: Observation, seq: number): void;
  /** The aggregate over events with time in (from, to]; since_last instead looks back from `to`. */
  read(from: number, to: number, seq: number): number | null;
  /** Time of the newest event held, so an idle key can be dropped once its window has passed. */
  newest(): number;
  /** Approximate bytes held, for the memory figures. */
  bytes(): number;
}

/** Index of the first element in sorted `times[lo, hi)` (stride apart) greater than `t`. */
export function upperBound(times: Float64Array, lo: number, hi: number, t: number, stride: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid * stride]! <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}
