import { describe, expect, it } from 'vitest';
import { forEachBucket } from './lsh-buckets.ts';

describe('forEachBucket', () => {
  it('visits every group of texts that share a key in some band, and only those', () => {
    // Two bands; texts 0 and 2 share band 0, texts 1 and 3 share band 1, text 4 shares nothing.
    const keys = Uint32Array.from([5, 9, 6, 7, 5, 8, 1, 7, 2, 3]);
    const buckets: number[][] = [];
    forEachBucket(keys, 5, 2, (members) => buckets.push([...members].sort()));
    expect(buckets).toEqual([[0, 2], [1, 3]]);
  });

  it('keeps full 32-bit keys apart', () => {
    const keys = Uint32Array.from([0xffffffff, 0xfffffffe, 0xffffffff]);
    const buckets: number[][] = [];
    forEachBucket(keys, 3, 1, (members) => buckets.push([...members].sort()));
    expect(buckets).toEqual([[0, 2]]);
  });
});
