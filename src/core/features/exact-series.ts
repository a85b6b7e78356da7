// Exact count and sum over a short window: one entry per event, kept sorted by time, so any range (from, to] is answered exactly.
import { upperBound, type Observation, type WindowState } from './window-state.ts';

/** Entries per key before the two oldest merge; only a flood on one key reaches it, and counts and sums stay exact. */
export const EXACT_ENTRY_CAP = 1 << 16;
const STRIDE = 3; // time, count, sum

export class ExactSeries implements WindowState {
  private data = new Float64Array(2 * STRIDE);
  private head = 0;
  private tail = 0;
  private total = 0;
  private totalCount = 0;
  /** A fractional value makes the running total order-dependent; from then on sums are added up in time order. */
  private fractional = false;

  constructor(private readonly windowMs: number, private readonly mode: 'count' | 'sum') {}

  add(ts: number, value: Observation, _seq?: number): void {
    const amount = this.mode === 'sum' ? (typeof value === 'number' ? value : 0) : 0;
    if (!Number.isInteger(amount)) this.fractional = true;
    this.evictBefore(ts - this.windowMs);
    if (this.tail - this.head >= EXACT_ENTRY_CAP) this.mergeOldest();
    this.ensureRoom();
    // Late events go to their place in time order; usually that is the end.
    let at = this.tail;
    while (at > this.head && this.data[(at - 1) * STRIDE]! > ts) at -= 1;
    if (at < this.tail) this.data.copyWithin((at + 1) * STRIDE, at * STRIDE, this.tail * STRIDE);
    this.data[at * STRIDE] = ts;
    this.data[at * STRIDE + 1] = 1;
    this.data[at * STRIDE + 2] = amount;
    this.tail += 1;
    this.total += amount;
    this.totalCount += 1;
  }

  read(from: number, to: number): number {
    const lo = upperBound(this.data, this.head, this.tail, from, STRIDE);
    const hi = upperBound(this.data, lo, this.tail, to, STRIDE);
    const column = this.mode === 'count' ? 1 : 2;
    if (column === 2 && this.fractional) {
      let sum = 0;
      for (let i = lo; i < hi; i += 1) sum += this.data[i * STRIDE + 2]!;
      return sum;
    }
    // Whole numbers: the running total minus what lies outside the range, usually a few entries.
    let outside = 0;
    for (let i = this.head; i < lo; i += 1) outside += this.data[i * STRIDE + column]!;
    for (let i = hi; i < this.tail; i += 1) outside += this.data[i * STRIDE + column]!;
    return (column === 1 ? this.totalCount : this.total) - outside;
  }

  newest(): number {
    return this.tail > this.head ? this.data[(this.tail - 1) * STRIDE]! : -Infinity;
  }

  bytes(): number {
    return this.data.byteLength + 96;
  }

  private evictBefore(limit: number): void {
    while (this.head < this.tail && this.data[this.head * STRIDE]! <= limit) {
      this.totalCount -= this.data[this.head * STRIDE + 1]!;
      this.total -= this.data[this.head * STRIDE + 2]!;
      this.head += 1;
    }
    if (this.head === this.tail) {
      this.head = 0;
      this.tail = 0;
      this.total = 0;
      this.totalCount = 0;
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

  private ensureRoom(): void {
    const capacity = this.data.length / STRIDE;
    if (this.tail < capacity) return;
    const used = this.tail - this.head;
    const next = used * 2 < capacity ? this.data : new Float64Array(Math.max(capacity * 2, 2) * STRIDE);
    if (next === this.data) this.data.copyWithin(0, this.head * STRIDE, this.tail * STRIDE);
    else next.set(this.data.subarray(this.head * STRIDE, this.tail * STRIDE));
    this.data = next;
    this.head = 0;
    this.tail = used;
  }
}
