// The top k FRAUDAR blocks: find the densest block, delete its edges, re-weight the rest and peel again.
import type { BipartiteGraph } from './bipartite-graph.ts';
import { fraudar, type DenseBlock, type FraudarOptions, type PeelGraph } from './fraudar.ts';
import { renumberRowsByMass } from './renumber-rows.ts';

/**
 * On heavy-tailed data the first block is often the organic core (heavy buyers × bestsellers) and a ring comes later,
 * so callers need more than one block. As in the authors' `detectMultiple`, only the edges inside a found block are
 * removed (its nodes stay and may join later blocks) and column weights are recomputed on what is left.
 */
export function fraudarTopK(graph: BipartiteGraph, k: number, options: FraudarOptions = {}): DenseBlock[] {
  const blocks: DenseBlock[] = [];
  // The caller's graph stays as it was: the peeling reads renumbered copies of the two edge arrays, in which the
  // removed edges are marked. Blocks come back in the caller's numbering.
  const live = renumberRowsByMass(graph, options);
  for (let round = 0; round < k; round += 1) {
    const block = fraudar(live, options);
    blocks.push(block);
    if (round + 1 === k) break;
    markBlockEdgesDead(live, block);
  }
  return blocks;
}

/** Marks the live edges with both ends in the block as removed (−1) in both halves of the graph. */
function markBlockEdgesDead(graph: PeelGraph, block: Pick<DenseBlock, 'rows' | 'cols'>): void {
  const { rowStart, rowCols, colStart, colRows, rowLabel } = graph;
  const rows = rowLabel ? block.rows.map((r) => rowLabel[r]!) : block.rows;
  const inRows = new Uint8Array(graph.rows);
  const inCols = new Uint8Array(graph.cols);
  for (const r of rows) inRows[r] = 1;
  for (const c of block.cols) inCols[c] = 1;
  for (const r of rows) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) if (rowCols[e]! >= 0 && inCols[rowCols[e]!] === 1) rowCols[e] = -1;
  }
  for (const c of block.cols) {
    for (let s = colStart[c]!; s < colStart[c + 1]!; s += 1) if (colRows[s]! >= 0 && inRows[colRows[s]!] === 1) colRows[s] = -1;
  }
}

/** A flag per edge of `graph`: 1 when both its ends are in the block. */
export function blockEdges(graph: BipartiteGraph, block: Pick<DenseBlock, 'rows' | 'cols'>): Uint8Array {
  const inCols = new Uint8Array(graph.cols);
  for (const c of block.cols) inCols[c] = 1;
  const flags = new Uint8Array(graph.edgeCount);
  for (const r of block.rows) {
    for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e += 1) if (inCols[graph.rowCols[e]!] === 1) flags[e] = 1;
  }
  return flags;
}

/** Number of distinct edges inside a block. */
export function blockEdgeCount(graph: BipartiteGraph, block: Pick<DenseBlock, 'rows' | 'cols'>): number {
  let count = 0;
  for (const flag of blockEdges(graph, block)) count += flag;
  return count;
}
