import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWithin, fisherCombined, rangeChance } from './chance.ts';

describe('rangeChance', () => {
  it('is the distribution of the range of uniform points', () => {
    expect(rangeChance(2, 0.1)).toBeCloseTo(2 * 0.1 - 0.01, 12);
    expect(rangeChance(3, 0.5)).toBeCloseTo(3 * 0.25 - 2 * 0.125, 12);
    expect(rangeChance(1, 0.01)).toBe(1);
    expect(rangeChance(5, 1)).toBe(1);
  });

  it('agrees with simulation (seeded)', () => {
    let state = 12345;
    const uniform = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let inside = 0;
    for (let trial = 0; trial < 20_000; trial += 1) {
      const points = [uniform(), uniform(), uniform(), uniform()];
      if (Math.max(...points) - Math.min(...points) <= 0.3) inside += 1;
    }
    expect(inside / 20_000).toBeCloseTo(rangeChance(4, 0.3), 2);
  });
});

describe('fisherCombined', () => {
  it('is a p-value no smaller than the product and monotone in each input (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1, noNaN: true }), fc.double({ min: 1e-12, max: 1, noNaN: true }), (a, b) => {
        const p = fisherCombined(a, b);
        expect(p).toBeGreaterThanOrEqual(a * b);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherCombined(a / 2, b)).toBeLessThanOrEqual(p);
      }),
    );
  });
});

describe('countWithin', () => {
  it('counts times inside a closed interval', () => {
    const ts = Float64Array.from([5, 1, 3, 3, 9]);
    const rows = Int32Array.from([1, 2, 3, 0, 4]);
    expect(countWithin(rows, 0, 5, ts, 3, 5)).toBe(3);
    expect(countWithin(rows, 0, 5, ts, 6, 8)).toBe(0);
    expect(countWithin(rows, 1, 4, ts, 0, 100)).toBe(3);
  });
});
