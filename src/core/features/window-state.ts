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
export function upperBound(times: ArrayLike<number>, lo: number, hi: number, t: number, stride: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid * stride]! <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Appends to a small array by copying it at its exact size: V8 grows a pushed array by 16 slots, too much for the one or two entries most keys hold. */
export function appendSmall(values: number[], ...more: number[]): number[] {
  if (values.length >= 48) {
    values.push(...more);
    return values;
  }
  return values.concat(more);
}
