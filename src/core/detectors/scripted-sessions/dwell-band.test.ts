import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandLogTail, countBetween, densestBand, medianAndMad } from './dwell-band.ts';

const samples = (pairs: [number, number][]) => pairs.map(([dwell, account]) => ({ dwell, account })).sort((a, b) => a.dwell - b.dwell);

describe('densestBand', () => {
  it('finds the 5–7 minute cluster among scattered human dwell', () => {
    const group = samples([[12, 0], [330, 1], [345, 2], [31, 3], [360, 4], [390, 5], [95, 6], [402, 7], [1_000, 8]]);
    const band = densestBand(group, 1.5, new Int32Array(9))!;
    expect(band.accounts).toBe(5);
    expect([band.lo, group[band.end - 1]!.dwell]).toEqual([330, 402]);
  });

  it('counts one worker doing the task twice as one account', () => {
    const band = densestBand(samples([[330, 1], [340, 1], [350, 1], [360, 2]]), 1.5, new Int32Array(3))!;
    expect(band.accounts).toBe(2);
  });

  it('agrees with a brute-force search and leaves the scratch zeroed (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 40 }), (pairs) => {
      const group = samples(pairs);
      const scratch = new Int32Array(6);
      const band = densestBand(group, 1.5, scratch)!;
      let best = 0;
      for (const { dwell } of group) best = Math.max(best, new Set(group.filter((s) => s.dwell >= dwell && s.dwell <= dwell * 1.5).map((s) => s.account)).size);
      expect(band.accounts).toBe(best);
      expect([...scratch]).toEqual([0, 0, 0, 0, 0, 0]);
    }));
  });
});

describe('band statistics', () => {
  it('counts sorted values inside a closed interval', () => {
    expect(countBetween(Float64Array.from([1, 2, 2, 3, 5, 8]), 2, 5)).toBe(4);
  });

  it('makes many accounts in a rare band astronomically unlikely, and a few in a common one ordinary', () => {
    expect(bandLogTail(20, 20, 0.01) / Math.LN10).toBeLessThan(-30);
    expect(Math.exp(bandLogTail(3, 100, 0.05))).toBeGreaterThan(0.5);
  });

  it('gives the median and median absolute deviation', () => {
    expect(medianAndMad([300, 320, 340, 360, 420])).toEqual({ median: 340, mad: 20 });
  });
});
