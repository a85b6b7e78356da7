// Count and sum over a long window in time buckets (window ÷ 60 wide), held sparsely: memory per key is at most ~62 buckets.
import { appendSmall, type Observation, type WindowState } from './window-state.ts';

const STRIDE = 3; // bucket index, count, sum

export class BucketSeries implements WindowState {
  private data: number[] = [];
  private latest = -Infinity;

  constructor(private readonly windowMs: number, private readonly bucketMs: number, private readonly mode: 'count' | 'sum') {}

  add(ts: number, value: Observation, _seq?: number): void {
    const bucket = Math.floor(ts / this.bucketMs);
    if (ts > this.latest) {
      this.latest = ts;
      this.evictBelow(Math.floor((ts - this.windowMs) / this.bucketMs) - 1);
    }
    const amount = this.mode === 'sum' && typeof value === 'number' ? value : 0;
    let at = this.data.length / STRIDE;
    while (at > 0 && this.data[(at - 1) * STRIDE]! > bucket) at -= 1;
    if (at > 0 && this.data[(at - 1) * STRIDE] === bucket) {
      this.data[(at - 1) * STRIDE + 1] = this.data[(at - 1) * STRIDE + 1]! + 1;
      this.data[(at - 1) * STRIDE + 2] = this.data[(at - 1) * STRIDE + 2]! + amount;
    } else if (at === this.data.length / STRIDE) {
      this.data = appendSmall(this.data, bucket, 1, amount);
    } else {
      this.data.splice(at * STRIDE, 0, bucket, 1, amount);
    }
  }

  /** Buckets b with ⌊from/w⌋ < b ≤ ⌊to/w⌋: adjacent ranges add up exactly; a bucket belongs to the range holding its end. */
  read(from: number, to: number): number {
    const low = Math.floor(from / this.bucketMs);
    const high = Math.floor(to / this.bucketMs);
    const column = this.mode === 'count' ? 1 : 2;
    let total = 0;
    for (let i = 0; i < this.data.length; i += STRIDE) {
      const bucket = this.data[i]!;
      if (bucket > low && bucket <= high) total += this.data[i + column]!;
    }
    return total;
  }

  newest(): number {
    return this.latest;
  }

  bytes(): number {
    return 64 + this.data.length * 8;
  }

  private evictBelow(bucket: number): void {
    let drop = 0;
    while (drop * STRIDE < this.data.length && this.data[drop * STRIDE]! < bucket) drop += 1;
    if (drop) this.data.splice(0, drop * STRIDE);
  }
}
