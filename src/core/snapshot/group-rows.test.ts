import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRowsByKey } from './group-rows.ts';

describe('groupRowsByKey', () => {
  it('groups rows by key in time order and skips absent keys', () => {
    const keys = Int32Array.from([1, 0, 1, -1, 0, 1]);
    const ts = Float64Array.from([30, 20, 10, 5, 20, 20]);
    const { rows, start } = groupRowsByKey(keys, ts, 2);
    expect([...start]).toEqual([0, 2, 5]);
    expect([...rows]).toEqual([1, 4, 2, 5, 0]);
  });

  it('is a permutation of the keyed rows, sorted within each group (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.integer({ min: 0, max: 50 }))), (pairs) => {
        const keys = Int32Array.from(pairs.map(([k]) => k));
        const ts = Float64Array.from(pairs.map(([, t]) => t));
        const { rows, start } = groupRowsByKey(keys, ts, 5);
        expect([...rows].sort((a, b) => a - b)).toEqual(pairs.flatMap(([k], i) => (k >= 0 ? [i] : [])));
        for (let g = 0; g < 5; g += 1) {
          for (let i = start[g]!; i < start[g + 1]!; i += 1) {
            expect(keys[rows[i]!]).toBe(g);
            if (i > start[g]!) expect(ts[rows[i]!]!).toBeGreaterThanOrEqual(ts[rows[i - 1]!]!);
          }
        }
      }),
    );
  });
});
