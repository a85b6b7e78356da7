import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logFactorial, poissonLogTail, poissonUpperTail } from './poisson-tail.ts';

/** Direct sum of the probability mass for small cases, the definition the fast path must agree with. */
function bruteTail(k: number, rate: number): number {
  let below = 0;
  let term = Math.exp(-rate);
  for (let j = 0; j < k; j += 1) {
    below += term;
    term *= rate / (j + 1);
  }
  return 1 - below;
}

describe('poissonUpperTail', () => {
  it('matches known values', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(10, 1)).toBeCloseTo(1.1142547833872e-7, 15);
  });

  it('agrees with the direct sum on both sides of the mode (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.05, max: 40, noNaN: true }), (k, rate) => {
      const expected = bruteTail(k, rate);
      expect(Math.abs(poissonUpperTail(k, rate) - expected)).toBeLessThan(1e-9 + expected * 1e-9);
    }));
  });

  it('keeps the order of magnitude of tails too small for a double', () => {
    const log = poissonLogTail(400, 0.5);
    expect(Number.isFinite(log)).toBe(true);
    expect(log / Math.LN10).toBeLessThan(-800);
  });

  it('is zero for a positive count at rate zero', () => {
    expect(poissonUpperTail(1, 0)).toBe(0);
    expect(poissonUpperTail(0, 0)).toBe(1);
  });
});

describe('logFactorial', () => {
  it('is exact on the table and continuous into Stirling', () => {
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    let sum = 0;
    for (let k = 2; k <= 300; k += 1) sum += Math.log(k);
    expect(logFactorial(300)).toBeCloseTo(sum, 8);
  });
});
