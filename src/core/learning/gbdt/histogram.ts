// Gradient histograms per node: sums of gradient, hessian and count per feature bin; a sibling is parent minus child.
import type { BinnedMatrix } from '../binning.ts';

/** Where each feature's bins start in a histogram, in bins (bin 0 of each feature is its missing bin). */
export type HistogramLayout = { readonly offsets: Int32Array; readonly totalBins: number; readonly binCounts: Int32Array };

export function histogramLayout(binned: BinnedMatrix): HistogramLayout {
  const offsets = new Int32Array(binned.features);
  const binCounts = new Int32Array(binned.features);
  let total = 0;
  for (let f = 0; f < binned.features; f += 1) {
    offsets[f] = total;
    binCounts[f] = binned.edges[f]!.length + 1;
    total += binCounts[f]!;
  }
  return { offsets, totalBins: total, binCounts };
}

/**
 * Per bin, gradient sum at 3k, hessian sum at 3k + 1 and row count at 3k + 2: one update touches one cache line.
 * Counts are whole numbers far below 2^53, exact in a double.
 */
export type Histogram = Float64Array;

export const newHistogram = (layout: HistogramLayout): Histogram => new Float64Array(layout.totalBins * 3);

/**
 * Adds rows[start..end) into a zeroed `hist` over the active features. The rows' gradient pairs are gathered in order
 * into `ordered` (LightGBM's ordered gradients), then each pass reads the code columns of four features and adds into
 * their bins, which fit in the first-level cache. Every bin still receives its rows in row order, so the sums are the
 * same to the bit as adding one row at a time.
 */
export function buildHistogram(
  binned: BinnedMatrix,
  layout: HistogramLayout,
  active: Int32Array,
  rows: Int32Array,
  start: number,
  end: number,
  gh: Float64Array,
  ordered: Float64Array,
  hist: Histogram,
): void {
  const n = end - start;
  for (let i = 0; i < n; i += 1) {
    const r = rows[start + i]!;
    ordered[2 * i] = gh[2 * r]!;
    ordered[2 * i + 1] = gh[2 * r + 1]!;
  }
  const { columns } = binned;
  const { offsets } = layout;
  let a = 0;
  // Four features a pass share the loads of the row number and its gradients; fewer passes over `rows`.
  for (; a + 4 <= active.length; a += 4) {
    const f0 = active[a]!;
    const f1 = active[a + 1]!;
    const f2 = active[a + 2]!;
    const f3 = active[a + 3]!;
    const c0 = columns[f0]!;
    const c1 = columns[f1]!;
    const c2 = columns[f2]!;
    const c3 = columns[f3]!;
    const o0 = 3 * offsets[f0]!;
    const o1 = 3 * offsets[f1]!;
    const o2 = 3 * offsets[f2]!;
    const o3 = 3 * offsets[f3]!;
    for (let i = 0; i < n; i += 1) {
      const r = rows[start + i]!;
      const g = ordered[2 * i]!;
      const h = ordered[2 * i + 1]!;
      let k = o0 + 3 * c0[r]!;
      hist[k]! += g;
      hist[k + 1]! += h;
      hist[k + 2]! += 1;
      k = o1 + 3 * c1[r]!;
      hist[k]! += g;
      hist[k + 1]! += h;
      hist[k + 2]! += 1;
      k = o2 + 3 * c2[r]!;
      hist[k]! += g;
      hist[k + 1]! += h;
      hist[k + 2]! += 1;
      k = o3 + 3 * c3[r]!;
      hist[k]! += g;
      hist[k + 1]! += h;
      hist[k + 2]! += 1;
    }
  }
  for (; a < active.length; a += 1) {
    const f = active[a]!;
    const column = columns[f]!;
    const o = 3 * offsets[f]!;
    for (let i = 0; i < n; i += 1) {
      const k = o + 3 * column[rows[start + i]!]!;
      hist[k]! += ordered[2 * i]!;
      hist[k + 1]! += ordered[2 * i + 1]!;
      hist[k + 2]! += 1;
    }
  }
}

/** parent ← parent − child, leaving the other child's histogram in the parent's buffer. */
export function subtractInto(parent: Histogram, child: Histogram): void {
  for (let k = 0; k < parent.length; k += 1) parent[k]! -= child[k]!;
}
