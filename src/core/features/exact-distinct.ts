// Exact distinct count over a short window: each value with the last time it was seen, in a Map kept in time order.
import type { Observation, WindowState } from './window-state.ts';

/** Distinct values per key before the oldest is forgotten; a key past it reads as at least this many. */
export const EXACT_DISTINCT_CAP = 1 << 16;

/** Most keys (a device, an IP) see one value; it is held inline, and a Map is made only for the second. */
export class ExactDistinct implements WindowState {
  private only: string | undefined;
  private onlyTs = -Infinity;
  private seen: Map<string, number> | undefined;
  private latest = -Infinity;
  /** Set when a late event put an older time behind a newer one, so reads must scan instead of trusting the order. */
  private disordered = false;

  constructor(private readonly windowMs: number) {}

  add(ts: number, value: Observation, _seq?: number): void {
    if (value === undefined) return;
    const key = typeof value === 'string' ? value : String(value);
    this.evictBefore(ts - this.windowMs);
    if (ts < this.latest) this.disordered = true;
    else this.latest = ts;
    if (!this.seen) {
      if (this.only === undefined || this.only === key) {
        this.only = key;
        this.onlyTs = Math.max(this.onlyTs, ts);
        return;
      }
      this.seen = new Map([[this.only, this.onlyTs]]);
      this.only = undefined;
    }
    const previous = this.seen.get(key);
    if (previous !== undefined && previous >= ts) return;
    // Re-inserting moves the value to the end, keeping the Map ordered by last sighting.
    if (previous !== undefined) this.seen.delete(key);
    else if (this.seen.size >= EXACT_DISTINCT_CAP) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(key, ts);
  }

  read(from: number, to: number): number {
    if (!this.seen) return this.only !== undefined && this.onlyTs > from && this.onlyTs <= to ? 1 : 0;
    if (this.disordered || to < this.latest) {
      let n = 0;
      for (const ts of this.seen.values()) if (ts > from && ts <= to) n += 1;
      return n;
    }
    let expired = 0;
    for (const ts of this.seen.values()) {
      if (ts > from) break;
      expired += 1;
    }
    return this.seen.size - expired;
  }

  newest(): number {
    return this.latest;
  }

  bytes(): number {
    return 64 + (this.seen ? 64 + this.seen.size * 40 : 0);
  }

  private evictBefore(limit: number): void {
    if (!this.seen) {
      if (this.onlyTs <= limit) {
        this.only = undefined;
        this.onlyTs = -Infinity;
        this.disordered = false;
      }
      return;
    }
    for (const [key, ts] of this.seen) {
      if (ts > limit) break;
      this.seen.delete(key);
    }
    if (this.seen.size === 0) {
      this.seen = undefined;
      this.disordered = false;
    }
  }
}
