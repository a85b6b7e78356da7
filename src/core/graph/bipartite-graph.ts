// A binary bipartite graph (rows × columns) in compressed sparse form both ways, built from edge lists in typed arrays.

export type BipartiteGraph = {
  readonly rows: number;
  readonly cols: number;
  /** Distinct edges; repeated (row, col) pairs count once, as in the 0/1 matrix FRAUDAR peels. */
  readonly edgeCount: number;
  /** Row r's columns are rowCols[rowStart[r] .. rowStart[r + 1]), in increasing order; edge ids follow this order. */
  readonly rowStart: Int32Array;
  readonly rowCols: Int32Array;
  /** Column c's rows are colRows[colStart[c] .. colStart[c + 1]), in increasing order. */
  readonly colStart: Int32Array;
  readonly colRows: Int32Array;
  /** Edge id (row-major position) of each entry of colRows. */
  readonly colEdge: Int32Array;
};

function maxPlusOne(values: Int32Array): number {
  let max = -1;
  for (let i = 0; i < values.length; i += 1) if (values[i]! > max) max = values[i]!;
  return max + 1;
}

/** Stable counting sort of `order` (positions into keys) by key, keys in [0, size). */
function countingSort(order: Int32Array, keys: Int32Array, size: number): Int32Array {
  const start = new Int32Array(size + 1);
  for (let i = 0; i < order.length; i += 1) start[keys[order[i]!]! + 1]! += 1;
  for (let k = 0; k < size; k += 1) start[k + 1]! += start[k]!;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const position = order[i]!;
    out[start[keys[position]!]!++] = position;
  }
  return out;
}

/**
 * Builds the graph from parallel arrays of row and column indices (non-negative). Sizes default to the largest index
 * plus one. Two stable counting sorts (by column, then by row) give row-major order with sorted columns, in O(E + V).
 */
export function buildBipartiteGraph(src: Int32Array, dst: Int32Array, rows = maxPlusOne(src), cols = maxPlusOne(dst)): BipartiteGraph {
  if (src.length !== dst.length) throw new RangeError('edge arrays differ in length');
  for (let i = 0; i < src.length; i += 1) {
    if (src[i]! < 0 || src[i]! >= rows || dst[i]! < 0 || dst[i]! >= cols) throw new RangeError(`edge ${i} is out of range`);
  }
  const identity = Int32Array.from({ length: src.length }, (_, i) => i);
  const sorted = countingSort(countingSort(identity, dst, cols), src, rows);
  const rowStart = new Int32Array(rows + 1);
  const rowColsAll = new Int32Array(sorted.length);
  let edges = 0;
  let lastRow = -1;
  let lastCol = -1;
  for (let i = 0; i < sorted.length; i += 1) {
    const r = src[sorted[i]!]!;
    const c = dst[sorted[i]!]!;
    if (r === lastRow && c === lastCol) continue;
    rowColsAll[edges] = c;
    rowStart[r + 1]! += 1;
    edges += 1;
    lastRow = r;
    lastCol = c;
  }
  for (let r = 0; r < rows; r += 1) rowStart[r + 1]! += rowStart[r]!;
  return fromRowMajor(rows, cols, rowStart, rowColsAll.slice(0, edges));
}

/** Completes a graph from its row-major half: the column half lists rows in increasing order. */
export function fromRowMajor(rows: number, cols: number, rowStart: Int32Array, rowCols: Int32Array): BipartiteGraph {
  const edgeCount = rowCols.length;
  const colStart = new Int32Array(cols + 1);
  for (let e = 0; e < edgeCount; e += 1) colStart[rowCols[e]! + 1]! += 1;
  for (let c = 0; c < cols; c += 1) colStart[c + 1]! += colStart[c]!;
  const cursor = colStart.slice(0, cols);
  const colRows = new Int32Array(edgeCount);
  const colEdge = new Int32Array(edgeCount);
  for (let r = 0; r < rows; r += 1) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) {
      const slot = cursor[rowCols[e]!]!++;
      colRows[slot] = r;
      colEdge[slot] = e;
    }
  }
  return { rows, cols, edgeCount, rowStart, rowCols, colStart, colRows, colEdge };
}

/** The same graph without the edges whose flag is set (same row and column numbering). */
export function withoutEdges(graph: BipartiteGraph, removed: Uint8Array): BipartiteGraph {
  const rowStart = new Int32Array(graph.rows + 1);
  let kept = 0;
  for (let e = 0; e < graph.edgeCount; e += 1) if (removed[e] !== 1) kept += 1;
  const rowCols = new Int32Array(kept);
  kept = 0;
  for (let r = 0; r < graph.rows; r += 1) {
    for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e += 1) if (removed[e] !== 1) rowCols[kept++] = graph.rowCols[e]!;
    rowStart[r + 1] = kept;
  }
  return fromRowMajor(graph.rows, graph.cols, rowStart, rowCols);
}

export function rowDegree(graph: BipartiteGraph, row: number): number {
  return graph.rowStart[row + 1]! - graph.rowStart[row]!;
}

export function colDegree(graph: BipartiteGraph, col: number): number {
  return graph.colStart[col + 1]! - graph.colStart[col]!;
}
