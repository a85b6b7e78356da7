import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey } from './order-by-key.ts';

const special = [0, -0, 1, -1, 2.5, 0.1 + 0.2, 0.3, 1e-300, -1e-300, Number.MIN_VALUE, Number.MAX_VALUE, Infinity, -Infinity];

describe('orderByKey', () => {
  it('sorts indices by key, smaller index first among equal keys, as a comparison sort does (property)', () => {
    const key = fc.oneof(fc.constantFrom(...special), fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (values) => {
        const keys = Float64Array.from(values);
        const expected = values.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
        expect(Array.from(orderByKey(keys))).toEqual(expected);
      }),
    );
  });

  it('breaks ties by the given ranks, and leaves nodes already in order as they are (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 4 }), { maxLength: 200 }), fc.nat(), fc.boolean(), (values, seed, presorted) => {
        const keys = Float64Array.from(values, (v) => v / 4);
        if (presorted) keys.sort();
        const scrambled = values.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const ranks = new Int32Array(keys.length);
        scrambled.forEach((node, rank) => { ranks[node] = rank; });
        const expected = values.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || ranks[a]! - ranks[b]!);
        expect(Array.from(orderByKey(keys, ranks))).toEqual(expected);
      }),
    );
  });

  it('counts −0 and +0 as one key', () => {
    expect(Array.from(orderByKey(Float64Array.from([0, -0, 0, -1])))).toEqual([3, 0, 1, 2]);
  });
});
