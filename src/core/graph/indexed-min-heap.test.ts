import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedMinHeap } from './indexed-min-heap.ts';

type Op = { kind: 'add'; node: number; delta: number } | { kind: 'remove'; node: number };

describe('IndexedMinHeap', () => {
  it('returns the smallest key and, among equal keys, the smallest node', () => {
    const heap = new IndexedMinHeap(Float64Array.from([3, 1, 2, 1]));
    expect(heap.peek()).toBe(1);
    heap.remove(1);
    expect(heap.peek()).toBe(3);
    heap.add(0, -2);
    expect(heap.peek()).toBe(0);
    expect(heap.has(1)).toBe(false);
    expect(heap.size).toBe(3);
  });

  it('starts empty from a capacity and takes nodes by insert', () => {
    const heap = new IndexedMinHeap(5);
    expect(heap.peek()).toBe(-1);
    heap.insert(3, 2);
    heap.insert(1, 2);
    heap.insert(4, 1);
    expect([heap.peek(), heap.minKey(), heap.size]).toEqual([4, 1, 3]);
    heap.remove(4);
    expect(heap.peek()).toBe(1);
    expect(heap.has(0)).toBe(false);
    expect(() => heap.insert(3, 0)).toThrow(RangeError);
  });

  it('agrees with a linear scan under any sequence of key changes and removals (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), node: fc.nat(29), delta: fc.integer({ min: -5, max: 5 }) }),
      fc.record({ kind: fc.constant('remove' as const), node: fc.nat(29) }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 30, maxLength: 30 }), fc.array(op, { maxLength: 80 }), fc.boolean(), (start, ops: Op[], reversed) => {
        // Ranks reversed: ties go to the larger index, as for nodes renumbered in reverse.
        const rank = (i: number) => (reversed ? 29 - i : i);
        const heap = new IndexedMinHeap(Float64Array.from(start), reversed ? Int32Array.from({ length: 30 }, (_, i) => rank(i)) : undefined);
        const keys = [...start];
        const alive = start.map(() => true);
        for (const o of ops) {
          if (o.kind === 'add') {
            heap.add(o.node, o.delta);
            if (alive[o.node]) keys[o.node]! += o.delta;
          } else {
            heap.remove(o.node);
            alive[o.node] = false;
          }
          let expected = -1;
          keys.forEach((k, i) => {
            if (alive[i] && (expected < 0 || k < keys[expected]! || (k === keys[expected]! && rank(i) < rank(expected)))) expected = i;
          });
          expect(heap.peek()).toBe(expected);
          expect(heap.size).toBe(alive.filter(Boolean).length);
        }
      }),
    );
  });
});
