import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from './binomial-tail.ts';

describe('binomialUpperTail', () => {
  it('matches hand-computed values', () => {
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(0.5 ** 10, 15);
    // P(X ≥ 1 | n = 3, p = 0.2) = 1 - 0.8^3.
    expect(binomialUpperTail(1, 3, 0.2)).toBeCloseTo(1 - 0.8 ** 3, 12);
    expect(binomialUpperTail(2, 4, 0.5)).toBeCloseTo(11 / 16, 12);
    expect(binomialUpperTail(0, 5, 0.1)).toBe(1);
    expect(binomialUpperTail(6, 5, 0.9)).toBe(0);
    expect(binomialUpperTail(3, 5, 1)).toBe(1);
  });

  it('keeps tiny tails that 1 - CDF would round to zero', () => {
    expect(binomialUpperTail(40, 40, 0.01)).toBeCloseTo(1e-80, 90);
  });

  it('is a probability that falls with k and rises with p (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, k0, p) => {
        const k = k0 % (n + 1);
        const tail = binomialUpperTail(k, n, p);
        expect(tail).toBeGreaterThanOrEqual(0);
        expect(tail).toBeLessThanOrEqual(1);
        expect(binomialUpperTail(k + 1, n, p)).toBeLessThanOrEqual(tail + 1e-12);
        expect(binomialUpperTail(k, n, Math.min(0.999, p * 1.2))).toBeGreaterThanOrEqual(tail - 1e-12);
      }),
    );
  });
});
