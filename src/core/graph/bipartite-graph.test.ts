import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBipartiteGraph, withoutEdges } from './bipartite-graph.ts';

const edgeList = fc.array(fc.tuple(fc.nat(9), fc.nat(7)), { maxLength: 60 });

function pairsOf(graph: ReturnType<typeof buildBipartiteGraph>): string[] {
  const pairs: string[] = [];
  for (let r = 0; r < graph.rows; r += 1) for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e += 1) pairs.push(`${r}:${graph.rowCols[e]}`);
  return pairs;
}

describe('buildBipartiteGraph', () => {
  it('keeps each distinct pair once, sorted both ways, with matching edge ids (property)', () => {
    fc.assert(
      fc.property(edgeList, (edges) => {
        const graph = buildBipartiteGraph(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), 10, 8);
        const distinct = [...new Set(edges.map(([r, c]) => `${r}:${c}`))].sort((a, b) => {
          const [ra, ca] = a.split(':').map(Number);
          const [rb, cb] = b.split(':').map(Number);
          return ra! - rb! || ca! - cb!;
        });
        expect(pairsOf(graph)).toEqual(distinct);
        expect(graph.edgeCount).toBe(distinct.length);
        for (let c = 0; c < graph.cols; c += 1) {
          const rows = Array.from(graph.colRows.subarray(graph.colStart[c], graph.colStart[c + 1]));
          expect(rows).toEqual([...rows].sort((a, b) => a - b));
          for (let i = graph.colStart[c]!; i < graph.colStart[c + 1]!; i += 1) expect(graph.rowCols[graph.colEdge[i]!]).toBe(c);
        }
      }),
    );
  });

  it('drops flagged edges and keeps the numbering', () => {
    const graph = buildBipartiteGraph(Int32Array.from([0, 0, 1, 2]), Int32Array.from([0, 1, 1, 0]), 4, 3);
    const rest = withoutEdges(graph, Uint8Array.from([0, 1, 0, 1]));
    expect(pairsOf(rest)).toEqual(['0:0', '1:1']);
    expect([rest.rows, rest.cols]).toEqual([4, 3]);
  });

  it('rejects negative or out-of-range indices', () => {
    expect(() => buildBipartiteGraph(Int32Array.from([0]), Int32Array.from([-1]))).toThrow(RangeError);
    expect(() => buildBipartiteGraph(Int32Array.from([3]), Int32Array.from([0]), 2, 2)).toThrow(RangeError);
  });
});
