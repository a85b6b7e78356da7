import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedMinHeap } from './indexed-min-heap.ts';
import { MostlyStaticQueue } from './mostly-static-queue.ts';

type Op = { kind: 'add'; node: number; delta: number } | { kind: 'remove'; node: number } | { kind: 'pop' };

describe('MostlyStaticQueue', () => {
  it('gives the same nodes, keys and sizes as one indexed heap under any key changes and removals (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), node: fc.nat(29), delta: fc.integer({ min: -5, max: 5 }).map((d) => d / 4) }),
      fc.record({ kind: fc.constant('remove' as const), node: fc.nat(29) }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 30, maxLength: 30 }), fc.array(op, { maxLength: 120 }), fc.boolean(), (start, ops: Op[], reversed) => {
        const keys = Float64Array.from(start, (k) => k / 2);
        // Half the runs renumber the nodes: ranks reversed, as a caller that relabelled its rows passes them.
        const ranks = reversed ? Int32Array.from({ length: 30 }, (_, i) => 29 - i) : undefined;
        const queue = new MostlyStaticQueue(keys, ranks);
        const heap = new IndexedMinHeap(keys, ranks);
        for (const o of ops) {
          if (o.kind === 'add') {
            queue.add(o.node, o.delta);
            heap.add(o.node, o.delta);
          } else {
            const node = o.kind === 'remove' ? o.node : heap.peek();
            if (node < 0) continue;
            queue.remove(node);
            heap.remove(node);
          }
          expect(queue.peek()).toBe(heap.peek());
          expect(queue.size).toBe(heap.size);
          for (let n = 0; n < 30; n += 1) {
            expect(queue.has(n)).toBe(heap.has(n));
            expect(queue.key(n)).toBe(heap.key(n));
          }
        }
      }),
    );
  });
});
