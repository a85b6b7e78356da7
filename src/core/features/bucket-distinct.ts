// Distinct count over a long window: per bucket, the exact set of value hashes while small, HyperLogLog registers once it passes 64.
import { murmur3 } from './hash.ts';
import { HLL_REGISTERS, hllAdd, hllEstimate, hllMerge } from './hyperloglog.ts';
import { appendSmall, type Observation, type WindowState } from './window-state.ts';

/** Values per bucket kept exactly; each bucket's form depends only on its own values, so replay rebuilds the same state. */
export const SPARSE_LIMIT = 64;

type Bucket = { readonly index: number; hashes: number[] | undefined; registers: Uint8Array | undefined };

const scratch = new Uint8Array(HLL_REGISTERS);
const union = new Set<number>();

export class BucketDistinct implements WindowState {
  private buckets: Bucket[] = [];
  private latest = -Infinity;

  constructor(private readonly windowMs: number, private readonly bucketMs: number) {}

  add(ts: number, value: Observation, _seq?: number): void {
    if (value === undefined) return;
    const index = Math.floor(ts / this.bucketMs);
    if (ts > this.latest) {
      this.latest = ts;
      const horizon = Math.floor((ts - this.windowMs) / this.bucketMs) - 1;
      if (this.buckets.length && this.buckets[0]!.index < horizon) this.buckets = this.buckets.filter((b) => b.index >= horizon);
    }
    const hash = murmur3(typeof value === 'string' ? value : String(value));
    let bucket = this.buckets.find((b) => b.index === index);
    if (!bucket) {
      bucket = { index, hashes: [], registers: undefined };
      // concat makes an array of the exact size (spread and push leave spare slots): most keys hold one or two buckets.
      this.buckets = this.buckets.concat(bucket);
      if (this.buckets.length > 1 && this.buckets[this.buckets.length - 2]!.index > index) this.buckets.sort((a, b) => a.index - b.index);
    }
    if (bucket.registers) {
      hllAdd(bucket.registers, hash);
    } else if (bucket.hashes && !bucket.hashes.includes(hash)) {
      const hashes = appendSmall(bucket.hashes, hash);
      if (hashes.length > SPARSE_LIMIT) {
        bucket.registers = new Uint8Array(HLL_REGISTERS);
        for (const h of hashes) hllAdd(bucket.registers, h);
        bucket.hashes = undefined;
      } else {
        bucket.hashes = hashes;
      }
    }
  }

  /** Exact (distinct hashes) while every bucket in range is sparse; otherwise the HyperLogLog estimate of the union. */
  read(from: number, to: number): number {
    const low = Math.floor(from / this.bucketMs);
    const high = Math.floor(to / this.bucketMs);
    const inRange = this.buckets.filter((b) => b.index > low && b.index <= high);
    if (inRange.every((b) => b.hashes)) {
      union.clear();
      for (const b of inRange) for (const h of b.hashes!) union.add(h);
      return union.size;
    }
    scratch.fill(0);
    for (const b of inRange) {
      if (b.registers) hllMerge(scratch, b.registers);
      else for (const h of b.hashes!) hllAdd(scratch, h);
    }
    return Math.round(hllEstimate(scratch));
  }

  newest(): number {
    return this.latest;
  }

  bytes(): number {
    return 96 + this.buckets.reduce((sum, b) => sum + 64 + (b.registers ? HLL_REGISTERS : b.hashes!.length * 8), 0);
  }
}
