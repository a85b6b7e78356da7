// Count and sum over a long window in time buckets (window ÷ 60 wide), held sparsely: memory per key is at most ~62 buckets.
import type { Observation, WindowState } from './window-state.ts';

const STRIDE = 3; // bucket index, count, sum

export class BucketSeries implements WindowState {
  private data = new Float64Array(STRIDE);
  private used = 0;
  private latest = -Infinity;

  constructor(private readonly windowMs: number, private readonly bucketMs: number, private readonly mode: 'count' | 'sum') {}

  add(ts: number, value: Observation, _seq?: number): void {
    const bucket = Math.floor(ts / this.bucketMs);
    if (ts > this.latest) {
      this.latest = ts;
      this.evictBelow(Math.floor((ts - this.windowMs) / this.bucketMs) - 1);
    }
    const amount = this.mode === 'sum' && typeof value === 'number' ? value : 0;
    let at = this.used;
    while (at > 0 && this.data[(at - 1) * STRIDE]! > bucket) at -= 1;
    if (at > 0 && this.data[(at - 1) * STRIDE] === bucket) {
      this.data[(at - 1) * STRIDE + 1] = this.data[(at - 1) * STRIDE + 1]! + 1;
      this.data[(at - 1) * STRIDE + 2] = this.data[(at - 1) * STRIDE + 2]! + amount;
      return;
    }
    if ((this.used + 1) * STRIDE > this.data.length) {
      const grown = new Float64Array(Math.max(this.data.length * 2, STRIDE * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.copyWithin((at + 1) * STRIDE, at * STRIDE, this.used * STRIDE);
    this.data[at * STRIDE] = bucket;
    this.data[at * STRIDE + 1] = 1;
    this.data[at * STRIDE + 2] = amount;
    this.used += 1;
  }

  /** Buckets b with ⌊from/w⌋ < b ≤ ⌊to/w⌋: adjacent ranges add up exactly; a bucket belongs to the range holding its end. */
  read(from: number, to: number): number {
    const low = Math.floor(from / this.bucketMs);
    const high = Math.floor(to / this.bucketMs);
    const column = this.mode === 'count' ? 1 : 2;
    let total = 0;
    for (let i = 0; i < this.used; i += 1) {
      const bucket = this.data[i * STRIDE]!;
      if (bucket > low && bucket <= high) total += this.data[i * STRIDE + column]!;
    }
    return total;
  }

  newest(): number {
    return this.latest;
  }

  bytes(): number {
    return this.data.byteLength + 96;
  }

  private evictBelow(bucket: number): void {
    let drop = 0;
    while (drop < this.used && this.data[drop * STRIDE]! < bucket) drop += 1;
    if (drop === 0) return;
    this.data.copyWithin(0, drop * STRIDE, this.used * STRIDE);
    this.used -= drop;
  }
}
