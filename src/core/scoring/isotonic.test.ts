import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate, isotonicBlocks, knots, type Observation } from './isotonic.ts';

const obs = (pairs: [number, 0 | 1][]): Observation[] => pairs.map(([score, label]) => ({ score, label }));

describe('isotonicBlocks', () => {
  it('pools a violation: a lower score with more fraud merges with the next', () => {
    const blocks = isotonicBlocks(obs([[0.1, 0], [0.2, 1], [0.3, 0], [0.9, 1]]));
    expect(blocks.map((b) => [b.count, b.rate])).toEqual([[1, 0], [2, 0.5], [1, 1]]);
  });

  it('gives non-decreasing rates, keeps every observation and honours the minimum block (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<0 | 1>(0, 1)), { minLength: 1, maxLength: 200 }),
      fc.integer({ min: 1, max: 30 }),
      (pairs, minCount) => {
        const blocks = isotonicBlocks(obs(pairs), minCount);
        expect(blocks.reduce((s, b) => s + b.count, 0)).toBe(pairs.length);
        for (let i = 1; i < blocks.length; i += 1) {
          expect(blocks[i]!.rate).toBeGreaterThanOrEqual(blocks[i - 1]!.rate);
          expect(blocks[i]!.score).toBeGreaterThan(blocks[i - 1]!.score);
          expect(blocks[i]!.lo).toBeGreaterThan(blocks[i - 1]!.hi);
        }
        for (const b of blocks) expect(b.lo <= b.score && b.score <= b.hi).toBe(true);
        if (blocks.length > 1) for (const b of blocks) expect(b.count).toBeGreaterThanOrEqual(minCount);
      },
    ));
  });
});

describe('knots and interpolate', () => {
  it('shrinks certainty by half an observation and interpolates between knots', () => {
    const { x, y, n } = knots([
      { lo: 0.2, score: 0.2, hi: 0.2, rate: 0, count: 9, positives: 0 },
      { lo: 0.8, score: 0.8, hi: 0.8, rate: 1, count: 9, positives: 9 },
    ]);
    expect([x, y, n]).toEqual([[0.2, 0.8], [0.05, 0.95], [9, 9]]);
    expect(interpolate(x, y, 0.5)).toBeCloseTo(0.5, 9);
    expect(interpolate(x, y, 0.1)).toBeCloseTo(0.025, 9);
    expect(interpolate(x, y, 1)).toBe(0.95);
  });

  it('keeps a block flat over the scores it covers and ramps only between blocks', () => {
    const { x, y } = knots(isotonicBlocks(obs([[0.3, 0], [0.5, 0], [0.7, 0], [0.95, 1], [0.99, 1]])));
    expect(x).toEqual([0.3, 0.7, 0.95, 0.99]);
    expect(interpolate(x, y, 0.6)).toBeCloseTo(0.5 / 4, 5);
    expect(interpolate(x, y, 0.97)).toBeCloseTo(2.5 / 3, 5);
  });

  it('is monotone in the score (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<0 | 1>(0, 1)), { minLength: 1, maxLength: 100 }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (pairs, a, b) => {
        const { x, y } = knots(isotonicBlocks(obs(pairs), 5));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(interpolate(x, y, lo)).toBeLessThanOrEqual(interpolate(x, y, hi) + 1e-12);
      },
    ));
  });
});
