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

/** Per bin, gradient and hessian sums side by side, and the row count apart (counts are integers; keeping them out halves the float traffic). */
export type Histogram = { readonly gh: Float64Array; readonly count: Int32Array };

export const newHistogram = (layout: HistogramLayout): Histogram => ({ gh: new Float64Array(layout.totalBins * 2), count: new Int32Array(layout.totalBins) });

/**
 * Accumulates rows[start..end) into `hist` over the active features. Row-major codes keep one row's bins together,
 * so the inner loop reads memory in order (the layout LightGBM calls row-wise). `gh` holds each row's gradient and
 * hessian side by side.
 */
export function buildHistogram(
  binned: BinnedMatrix,
  layout: HistogramLayout,
  active: Int32Array,
  rows: Int32Array,
  start: number,
  end: number,
  gh: Float64Array,
  hist: Histogram,
): void {
  hist.gh.fill(0);
  hist.count.fill(0);
  const { codes, features } = binned;
  const offsets = Int32Array.from(active, (f) => layout.offsets[f]!);
  const sums = hist.gh;
  const counts = hist.count;
  const activeCount = active.length;
  for (let i = start; i < end; i += 1) {
    const r = rows[i]!;
    const g = gh[2 * r]!;
    const h = gh[2 * r + 1]!;
    const base = r * features;
    for (let a = 0; a < activeCount; a += 1) {
      const bin = offsets[a]! + codes[base + active[a]!]!;
      sums[2 * bin]! += g;
      sums[2 * bin + 1]! += h;
      counts[bin]! += 1;
    }
  }
}

/** parent ← parent − child, leaving the other child's histogram in the parent's buffers. */
export function subtractInto(parent: Histogram, child: Histogram): void {
  for (let k = 0; k < parent.gh.length; k += 1) parent.gh[k]! -= child.gh[k]!;
  for (let k = 0; k < parent.count.length; k += 1) parent.count[k]! -= child.count[k]!;
}
