import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.ts';

describe('UnionFind', () => {
  it('joins transitively and lists groups', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(4, 1);
    sets.union(2, 3);
    expect(sets.groups(2)).toEqual([[0, 1, 4], [2, 3]]);
    expect(sets.find(4)).toBe(sets.find(0));
  });

  it('matches connected components computed by search (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.nat(19))), (edges) => {
        const sets = new UnionFind(20);
        for (const [a, b] of edges) sets.union(a, b);
        const adjacency = Array.from({ length: 20 }, () => [] as number[]);
        for (const [a, b] of edges) {
          adjacency[a]!.push(b);
          adjacency[b]!.push(a);
        }
        const seen = new Set<number>();
        const components: number[][] = [];
        for (let start = 0; start < 20; start += 1) {
          if (seen.has(start)) continue;
          const stack = [start];
          const members: number[] = [];
          seen.add(start);
          while (stack.length) {
            const node = stack.pop()!;
            members.push(node);
            for (const next of adjacency[node]!) {
              if (seen.has(next)) continue;
              seen.add(next);
              stack.push(next);
            }
          }
          components.push(members.sort((x, y) => x - y));
        }
        expect(sets.groups()).toEqual(components);
      }),
    );
  });
});
