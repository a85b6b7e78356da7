import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBipartiteGraph, withoutEdges, type BipartiteGraph } from './bipartite-graph.ts';
import { columnWeights, fraudar, fraudarPeel, type ColumnWeighting } from './fraudar.ts';
import { blockEdgeCount, blockEdges, fraudarTopK } from './fraudar-top-k.ts';

function graphOf(edges: readonly (readonly [number, number])[], rows?: number, cols?: number): BipartiteGraph {
  return buildBipartiteGraph(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), rows, cols);
}

/** Weighted mass per node of a row set × column set, recomputed from the edges. */
function densityOf(graph: BipartiteGraph, rows: ArrayLike<number>, cols: ArrayLike<number>, weighting: ColumnWeighting): number {
  const w = columnWeights(graph, weighting);
  const inCols = new Set(Array.from(cols));
  let mass = 0;
  for (const r of Array.from(rows)) for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e += 1) if (inCols.has(graph.rowCols[e]!)) mass += w[graph.rowCols[e]!]!;
  return rows.length + cols.length === 0 ? 0 : mass / (rows.length + cols.length);
}

/** The same greedy written the slow, obvious way: recount every node's mass at each step. Exact with unit weights. */
function naivePeel(graph: BipartiteGraph): number[] {
  const rowAlive = new Array<boolean>(graph.rows).fill(true);
  const colAlive = new Array<boolean>(graph.cols).fill(true);
  const massOfRow = (r: number) => Array.from(graph.rowCols.subarray(graph.rowStart[r], graph.rowStart[r + 1])).filter((c) => colAlive[c]).length;
  const massOfCol = (c: number) => Array.from(graph.colRows.subarray(graph.colStart[c], graph.colStart[c + 1])).filter((r) => rowAlive[r]).length;
  const order: number[] = [];
  while (rowAlive.some(Boolean) && colAlive.some(Boolean)) {
    let row = -1;
    let col = -1;
    rowAlive.forEach((alive, r) => { if (alive && (row < 0 || massOfRow(r) < massOfRow(row))) row = r; });
    colAlive.forEach((alive, c) => { if (alive && (col < 0 || massOfCol(c) < massOfCol(col))) col = c; });
    if (massOfRow(row) <= massOfCol(col)) {
      rowAlive[row] = false;
      order.push(row);
    } else {
      colAlive[col] = false;
      order.push(~col);
    }
  }
  return order;
}

/** A small seeded generator (mulberry32), so the noise is the same on every run. */
function mulberry32(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const smallGraph = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([rows, cols]) =>
  fc.record({ rows: fc.constant(rows), cols: fc.constant(cols), edges: fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1)), { maxLength: 30 }) }));

describe('fraudar', () => {
  it('returns what the authors\' code returns on a small graph, to the last bit of the score', () => {
    // Output of greedy.detectMultiple(M, logWeightedAveDegree, 2) from FRAUDAR v1.1 (rgmining/fraudar) on these edges.
    const graph = graphOf([[0, 0], [0, 1], [1, 0], [1, 1], [2, 2], [3, 1]]);
    const [first, second] = fraudarTopK(graph, 2);
    expect([Array.from(first!.rows), Array.from(first!.cols), first!.density]).toEqual([[0, 1], [0, 1], 0.4973983446663693]);
    expect([Array.from(second!.rows), Array.from(second!.cols), second!.density]).toEqual([[2, 3], [1, 2], 0.2790553132756236]);
  });

  it('finds a planted 20 × 20 clique in sparse noise', () => {
    const edges: [number, number][] = [];
    for (let r = 0; r < 20; r += 1) for (let c = 0; c < 20; c += 1) edges.push([r, c]);
    const next = mulberry32(7);
    for (let i = 0; i < 3000; i += 1) edges.push([next(1000), next(500)]);
    const block = fraudar(graphOf(edges, 1000, 500));
    expect(Array.from(block.rows)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(block.cols)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('deletes nodes in the order of the obvious quadratic greedy, ties included (property, unit weights)', () => {
    fc.assert(
      fc.property(smallGraph, ({ rows, cols, edges }) => {
        const graph = graphOf(edges, rows, cols);
        expect(Array.from(fraudarPeel(graph, { weighting: 'none' }).order)).toEqual(naivePeel(graph));
      }),
    );
  });

  it('reports the density its block really has, and at least half the best over all blocks (brute force, property)', () => {
    fc.assert(
      fc.property(smallGraph, fc.constantFrom<ColumnWeighting>('log', 'none'), ({ rows, cols, edges }, weighting) => {
        const graph = graphOf(edges, rows, cols);
        const block = fraudar(graph, { weighting });
        expect(block.density).toBeCloseTo(densityOf(graph, block.rows, block.cols, weighting), 12);
        let optimum = 0;
        for (let rs = 1; rs < 1 << rows; rs += 1) {
          for (let cs = 1; cs < 1 << cols; cs += 1) {
            const r = Array.from({ length: rows }, (_, i) => i).filter((i) => rs & (1 << i));
            const c = Array.from({ length: cols }, (_, i) => i).filter((i) => cs & (1 << i));
            optimum = Math.max(optimum, densityOf(graph, r, c, weighting));
          }
        }
        // Hooi et al., Theorem 1: greedy peeling is a 2-approximation of the best column-weighted average degree.
        expect(block.density).toBeLessThanOrEqual(optimum + 1e-12);
        expect(block.density).toBeGreaterThanOrEqual(optimum / 2 - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('gives in each round what a fresh peel of the graph without the earlier blocks\' edges gives, to the bit (property)', () => {
    const mediumGraph = fc.record({ seed: fc.nat(), rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 15 }), edges: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(mediumGraph, ({ seed, rows, cols, edges }) => {
        const next = mulberry32(seed);
        // Squared draws make a few heavy rows and columns, where ties and shared nodes between blocks are common.
        const pairs = Array.from({ length: edges }, () => [Math.floor(next(rows * rows) ** 0.5), Math.floor(next(cols * cols) ** 0.5)] as const);
        let graph = graphOf(pairs, rows, cols);
        const blocks = fraudarTopK(graph, 4);
        for (const block of blocks) {
          const fresh = fraudar(graph);
          expect([Array.from(block.rows), Array.from(block.cols), block.density]).toEqual([Array.from(fresh.rows), Array.from(fresh.cols), fresh.density]);
          graph = withoutEdges(graph, blockEdges(graph, fresh));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the ring as the second block when an organic core is denser', () => {
    const edges: [number, number][] = [];
    // Organic core: 40 heavy buyers each buying all 10 bestsellers (0..9).
    for (let r = 0; r < 40; r += 1) for (let c = 0; c < 10; c += 1) edges.push([r, c]);
    // Ring: 12 accounts (100..111) × 6 items (50..55), every pair.
    for (let r = 100; r < 112; r += 1) for (let c = 50; c < 56; c += 1) edges.push([r, c]);
    const blocks = fraudarTopK(graphOf(edges, 120, 60), 2);
    expect(Array.from(blocks[0]!.rows)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Array.from(blocks[1]!.rows)).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
    expect(Array.from(blocks[1]!.cols)).toEqual([50, 51, 52, 53, 54, 55]);
    expect(blockEdgeCount(graphOf(edges, 120, 60), blocks[1]!)).toBe(72);
  });
});
