import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctlyRoundedLog, pairwiseSum, reduceatSum } from './reference-arithmetic.ts';

describe('reference arithmetic', () => {
  // Expected values were printed by NumPy 2.4 (np.sum, np.add.reduceat, and a Python loop) for 1/log(5 .. 28).
  const weights = Array.from({ length: 24 }, (_, i) => 1 / correctlyRoundedLog(i + 5));

  it('sums in NumPy pairwise order, which differs from a plain loop', () => {
    expect(pairwiseSum(weights, 0, 24)).toBe(9.260890763417365);
    expect(reduceatSum(weights, 0, 24)).toBe(9.260890763417363);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(9.260890763417367);
  });

  it('takes logarithms as glibc does where V8 is one ulp off', () => {
    // 1/np.log(x) from NumPy; V8 gives 0.2583177668073288, 0.23233849357411743, 0.19155782354835862.
    expect(1 / correctlyRoundedLog(48)).toBe(0.25831776680732876);
    expect(1 / correctlyRoundedLog(74)).toBe(0.23233849357411737);
    expect(1 / correctlyRoundedLog(185)).toBe(0.19155782354835868);
    expect(1 / correctlyRoundedLog(1_000_003)).toBe(0.07238239793292754);
  });

  it('stays within one ulp of Math.log (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const ours = correctlyRoundedLog(x);
        const v8 = Math.log(x);
        expect(Math.abs(ours - v8)).toBeLessThanOrEqual(Math.abs(v8) * 2.3e-16 + 5e-324);
      }),
    );
  });

  it('adds integers exactly in any split (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 600 }), (values) => {
        const exact = values.reduce((a, b) => a + b, 0);
        expect(pairwiseSum(values, 0, values.length)).toBe(exact);
        expect(reduceatSum(values, 0, values.length)).toBe(exact);
      }),
    );
  });
});
