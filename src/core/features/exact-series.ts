// Exact count and sum over a short window: one entry per event, kept sorted by time, so any range (from, to] is answered exactly.
import { appendSmall, upperBound, type Observation, type WindowState } from './window-state.ts';

/** Entries per key before the two oldest merge; only a flood on one key reaches it, and counts and sums stay exact. */
export const EXACT_ENTRY_CAP = 1 << 16;
const STRIDE = 3; // time, count, sum

/** A plain double array, not a typed one: V8 spends ~200 bytes on each typed array, and most keys hold one or two events. */
export class ExactSeries implements WindowState {
  private data: number[] = [];
  private head = 0;
  private total = 0;
  private totalCount = 0;
  /** A fractional value makes the running total order-dependent; from then on sums are added up in time order. */
  private fractional = false;

  constructor(private readonly windowMs: number, private readonly mode: 'count' | 'sum') {}

  add(ts: number, value: Observation, _seq?: number): void {
    const amount = this.mode === 'sum' && typeof value === 'number' ? value : 0;
    if (!Number.isInteger(amount)) this.fractional = true;
    this.evictBefore(ts - this.windowMs);
    if (this.entries() - this.head >= EXACT_ENTRY_CAP) this.mergeOldest();
    // Late events go to their place in time order; usually that is the end.
    let at = this.entries();
    while (at > this.head && this.data[(at - 1) * STRIDE]! > ts) at -= 1;
    if (at === this.entries()) this.data = appendSmall(this.data, ts, 1, amount);
    else this.data.splice(at * STRIDE, 0, ts, 1, amount);
    this.total += amount;
    this.totalCount += 1;
  }

  read(from: number, to: number): number {
    const tail = this.entries();
    const lo = upperBound(this.data, this.head, tail, from, STRIDE);
    const hi = upperBound(this.data, lo, tail, to, STRIDE);
    const column = this.mode === 'count' ? 1 : 2;
    if (column === 2 && this.fractional) {
      let sum = 0;
      for (let i = lo; i < hi; i += 1) sum += this.data[i * STRIDE + 2]!;
      return sum;
    }
    // Whole numbers: the running total minus what lies outside the range, usually a few entries.
    let outside = 0;
    for (let i = this.head; i < lo; i += 1) outside += this.data[i * STRIDE + column]!;
    for (let i = hi; i < tail; i += 1) outside += this.data[i * STRIDE + column]!;
    return (column === 1 ? this.totalCount : this.total) - outside;
  }

  newest(): number {
    const tail = this.entries();
    return tail > this.head ? this.data[(tail - 1) * STRIDE]! : -Infinity;
  }

  bytes(): number {
    return 64 + this.data.length * 8;
  }

  private entries(): number {
    return this.data.length / STRIDE;
  }

  private evictBefore(limit: number): void {
    const tail = this.entries();
    while (this.head < tail && this.data[this.head * STRIDE]! <= limit) {
      this.totalCount -= this.data[this.head * STRIDE + 1]!;
      this.total -= this.data[this.head * STRIDE + 2]!;
      this.head += 1;
    }
    if (this.head === tail) {
      this.data = [];
      this.head = 0;
      this.total = 0;
      this.totalCount = 0;
    } else if (this.head >= 16 && this.head * 2 >= tail) {
      this.data.splice(0, this.head * STRIDE);
      this.head = 0;
    }
  }

  /** Folds the oldest entry into the next one: the count and sum stay exact, the merged entry takes the later time. */
  private mergeOldest(): void {
    const a = this.head * STRIDE;
    const b = a + STRIDE;
    this.data[b + 1] = this.data[b + 1]! + this.data[a + 1]!;
    this.data[b + 2] = this.data[b + 2]! + this.data[a + 2]!;
    this.head += 1;
  }
}
