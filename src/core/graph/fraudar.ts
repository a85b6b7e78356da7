// FRAUDAR (Hooi et al., KDD 2016): greedy peeling of a bipartite graph to its densest block under column-weighted density.
import type { BipartiteGraph } from './bipartite-graph.ts';
import { IndexedMinHeap } from './indexed-min-heap.ts';
import { MostlyStaticQueue } from './mostly-static-queue.ts';
import { correctlyRoundedLog, pairwiseSum, reduceatSum } from './reference-arithmetic.ts';

/**
 * How an edge into column c is weighted, from c's degree d: `log` is 1/log(d + 5), the paper's choice that makes
 * camouflage on popular columns cheap to discount; `sqrt` is 1/sqrt(d + 5); `none` weighs every edge 1.
 */
export type ColumnWeighting = 'log' | 'sqrt' | 'none';

export type FraudarOptions = {
  readonly weighting?: ColumnWeighting;
  /** Prior suspiciousness per row and per column, added to the block's mass (the paper's node terms). */
  readonly rowSuspicion?: Float64Array;
  readonly colSuspicion?: Float64Array;
};

export type DenseBlock = {
  /** Row and column indices in the block, increasing. */
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Weighted mass of the block's edges (plus node suspiciousness) divided by its number of nodes. */
  readonly density: number;
};

/** The weight of an edge into a column of the given degree. */
export function weightOfDegree(degree: number, weighting: ColumnWeighting): number {
  if (weighting === 'log') return 1 / correctlyRoundedLog(degree + 5);
  return weighting === 'sqrt' ? 1 / Math.sqrt(degree + 5) : 1;
}

/** Weights for a list of degrees, one logarithm per distinct degree. */
export function degreeWeights(degrees: ArrayLike<number>, weighting: ColumnWeighting): Float64Array {
  const weights = new Float64Array(degrees.length);
  const byDegree = new Map<number, number>();
  for (let c = 0; c < degrees.length; c += 1) {
    const degree = degrees[c]!;
    let w = byDegree.get(degree);
    if (w === undefined) {
      w = weightOfDegree(degree, weighting);
      byDegree.set(degree, w);
    }
    weights[c] = w;
  }
  return weights;
}

/**
 * The CSR halves the peeling reads. In a top-k search an entry below zero is an edge an earlier block removed: marking
 * edges dead in place costs one pass over the block, where rebuilding both halves costs a pass over the whole graph.
 */
export type PeelGraph = Pick<BipartiteGraph, 'rows' | 'cols' | 'rowStart' | 'rowCols' | 'colStart' | 'colRows'> & {
  /**
   * Set when the rows were renumbered for memory locality (`renumber-rows.ts`): rowOrigin[row] is the caller's index of
   * a row, rowLabel the inverse. Ties, sums, priors and results then follow the caller's numbering.
   */
  readonly rowOrigin?: Int32Array;
  readonly rowLabel?: Int32Array;
};

/** Column weights from the degrees counted over live edges. */
export function columnWeights(graph: PeelGraph, weighting: ColumnWeighting): Float64Array {
  const degrees = new Int32Array(graph.cols);
  const { colStart, colRows } = graph;
  for (let c = 0; c < graph.cols; c += 1) {
    let degree = 0;
    for (let s = colStart[c]!; s < colStart[c + 1]!; s += 1) if (colRows[s]! >= 0) degree += 1;
    degrees[c] = degree;
  }
  return degreeWeights(degrees, weighting);
}

/**
 * Starting masses in the reference's arithmetic: a row's mass is its first edge weight plus the pairwise sum of the
 * rest (NumPy's reduceat over the sorted row), a column's mass is its weight added once per edge, and the total is
 * NumPy's pairwise sum over all edges in row-major order.
 */
export function initialMasses(graph: PeelGraph, weights: Float64Array, options: FraudarOptions) {
  const { rowStart, rowCols, colStart, colRows, rowOrigin, rowLabel } = graph;
  // Where each row's live edge weights go: rows follow each other in the caller's numbering, as in the matrix the
  // reference sums, even when they are stored in another order.
  const at = new Int32Array(graph.rows + 1);
  for (let r = 0; r < graph.rows; r += 1) {
    let live = 0;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) if (rowCols[e]! >= 0) live += 1;
    at[r] = live;
  }
  let offset = 0;
  for (let k = 0; k < graph.rows; k += 1) {
    const r = rowLabel ? rowLabel[k]! : k;
    const live = at[r]!;
    at[r] = offset;
    offset += live;
  }
  const edgeWeights = new Float64Array(offset);
  const rowMass = new Float64Array(graph.rows);
  for (let r = 0; r < graph.rows; r += 1) {
    const from = at[r]!;
    let to = from;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) {
      const c = rowCols[e]!;
      if (c >= 0) edgeWeights[to++] = weights[c]!;
    }
    rowMass[r] = reduceatSum(edgeWeights, from, to - from) + (options.rowSuspicion?.[rowOrigin ? rowOrigin[r]! : r] ?? 0);
  }
  const colMass = new Float64Array(graph.cols);
  for (let c = 0; c < graph.cols; c += 1) {
    let mass = 0;
    const w = weights[c]!;
    for (let s = colStart[c]!; s < colStart[c + 1]!; s += 1) if (colRows[s]! >= 0) mass += w;
    colMass[c] = mass + (options.colSuspicion?.[c] ?? 0);
  }
  const rowPrior = options.rowSuspicion ? pairwiseSum(options.rowSuspicion, 0, graph.rows) : 0;
  const colPrior = options.colSuspicion ? pairwiseSum(options.colSuspicion, 0, graph.cols) : 0;
  const total = pairwiseSum(edgeWeights, 0, offset) + (rowPrior + colPrior);
  return { rowMass, colMass, total };
}

/**
 * The peeling order and the best prefix. Each step deletes the row or column whose removal loses the least mass
 * (rows win ties, then the smaller index, as in the authors' code), and the block is the node set left when the
 * mass per node peaked (first peak wins). O(E log V) with two indexed heaps.
 */
export function fraudarPeel(graph: PeelGraph, options: FraudarOptions = {}): { order: Int32Array; best: number; density: number } {
  const weights = columnWeights(graph, options.weighting ?? 'log');
  const { rowMass, colMass, total } = initialMasses(graph, weights, options);
  const rowHeap = new MostlyStaticQueue(rowMass, graph.rowOrigin);
  const colHeap = new IndexedMinHeap(colMass);
  const { rowStart, rowCols, colStart, colRows } = graph;
  // order[k] = row index, or ~col for a column (negative), of the k-th deletion (rows in the caller's numbering once
  // the loop is done).
  const order = new Int32Array(graph.rows + graph.cols);
  let deleted = 0;
  let mass = total;
  let nodes = graph.rows + graph.cols;
  let bestDensity = nodes > 0 ? mass / nodes : 0;
  let best = 0;
  while (rowHeap.size > 0 && colHeap.size > 0) {
    const row = rowHeap.peek();
    const col = colHeap.peek();
    const rowLoss = rowHeap.key(row);
    const colLoss = colHeap.key(col);
    if (rowLoss <= colLoss) {
      mass -= rowLoss;
      for (let e = rowStart[row]!; e < rowStart[row + 1]!; e += 1) {
        const c = rowCols[e]!;
        if (c >= 0) colHeap.add(c, -weights[c]!);
      }
      rowHeap.remove(row);
      order[deleted] = row;
    } else {
      mass -= colLoss;
      const w = -weights[col]!;
      for (let s = colStart[col]!; s < colStart[col + 1]!; s += 1) {
        const r = colRows[s]!;
        if (r >= 0) rowHeap.add(r, w);
      }
      colHeap.remove(col);
      order[deleted] = ~col;
    }
    deleted += 1;
    nodes -= 1;
    const density = mass / nodes;
    if (density > bestDensity) {
      bestDensity = density;
      best = deleted;
    }
  }
  const { rowOrigin } = graph;
  if (rowOrigin) for (let k = 0; k < deleted; k += 1) if (order[k]! >= 0) order[k] = rowOrigin[order[k]!]!;
  return { order: order.subarray(0, deleted), best, density: bestDensity };
}

/** The densest block FRAUDAR finds: every node not deleted in the best prefix of the peeling order. */
export function fraudar(graph: PeelGraph, options: FraudarOptions = {}): DenseBlock {
  const { order, best, density } = fraudarPeel(graph, options);
  const rowGone = new Uint8Array(graph.rows);
  const colGone = new Uint8Array(graph.cols);
  for (let k = 0; k < best; k += 1) {
    const node = order[k]!;
    if (node >= 0) rowGone[node] = 1;
    else colGone[~node] = 1;
  }
  return { rows: survivors(rowGone), cols: survivors(colGone), density };
}

function survivors(gone: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < gone.length; i += 1) if (gone[i] === 0) count += 1;
  const out = new Int32Array(count);
  count = 0;
  for (let i = 0; i < gone.length; i += 1) if (gone[i] === 0) out[count++] = i;
  return out;
}
