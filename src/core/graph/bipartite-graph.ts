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

/** Sorts a short segment in place: insertion sort below 24 values, the engine's numeric sort above. */
function sortSegment(values: Int32Array, from: number, to: number): void {
  if (to - from > 24) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i += 1) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > v) {
      values[j + 1] = values[j]!;
      j -= 1;
    }
    values[j + 1] = v;
  }
}

/**
 * The column of every edge grouped by row, in input order within a row; `start[r]` is where row r's begin. Scattering
 * straight into millions of rows misses the cache on every edge (its row's cursor and its slot are both anywhere), so
 * edges are first split into at most 256 runs of neighbouring rows and then placed run by run, where the cursors and
 * slots of a run stay in the cache (10M edges: 1.9 → 0.4 s).
 */
function groupByRow(src: Int32Array, dst: Int32Array, rows: number, cols: number): { start: Int32Array; grouped: Int32Array } {
  const n = src.length;
  const top = Math.max(rows, 1) - 1;
  let shift = 0;
  while (top >>> shift >= 256) shift += 1;
  const runs = (top >>> shift) + 1;
  const runStart = new Int32Array(runs + 1);
  for (let i = 0; i < n; i += 1) {
    const r = src[i]!;
    const c = dst[i]!;
    if (r < 0 || r >= rows || c < 0 || c >= cols) throw new RangeError(`edge ${i} is out of range`);
    runStart[(r >>> shift) + 1]! += 1;
  }
  for (let b = 0; b < runs; b += 1) runStart[b + 1]! += runStart[b]!;
  const runCursor = runStart.slice(0, runs);
  const byRunRow = new Int32Array(n);
  const byRunCol = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = src[i]!;
    const at = runCursor[r >>> shift]!++;
    byRunRow[at] = r;
    byRunCol[at] = dst[i]!;
  }
  const start = new Int32Array(rows + 1);
  for (let i = 0; i < n; i += 1) start[byRunRow[i]! + 1]! += 1;
  for (let r = 0; r < rows; r += 1) start[r + 1]! += start[r]!;
  const cursor = start.slice(0, rows);
  const grouped = new Int32Array(n);
  for (let i = 0; i < n; i += 1) grouped[cursor[byRunRow[i]!]!++] = byRunCol[i]!;
  return { start, grouped };
}

/**
 * Builds the graph from parallel arrays of row and column indices (non-negative). Sizes default to the largest index
 * plus one. Edges grouped by row, a sort inside each (short) row, then duplicates dropped in place: O(E log d).
 */
export function buildBipartiteGraph(src: Int32Array, dst: Int32Array, rows = maxPlusOne(src), cols = maxPlusOne(dst)): BipartiteGraph {
  if (src.length !== dst.length) throw new RangeError('edge arrays differ in length');
  const { start: count, grouped: all } = groupByRow(src, dst, rows, cols);
  const rowStart = new Int32Array(rows + 1);
  let edges = 0;
  for (let r = 0; r < rows; r += 1) {
    const from = count[r]!;
    const to = count[r + 1]!;
    sortSegment(all, from, to);
    let last = -1;
    for (let i = from; i < to; i += 1) {
      const c = all[i]!;
      if (c === last) continue;
      all[edges++] = c;
      last = c;
    }
    rowStart[r + 1] = edges;
  }
  return fromRowMajor(rows, cols, rowStart, all.slice(0, edges));
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
