// The best split of one node over its histogram: exact gain of the second-order objective, with a learned missing direction.
import type { Histogram, HistogramLayout } from './histogram.ts';

export type SplitRules = {
  readonly lambda: number;
  readonly minDataInLeaf: number;
  readonly minChildWeight: number;
  readonly minSplitGain: number;
};

export type Split = {
  readonly feature: number;
  /** Rows with value bin 1..bin go left. */
  readonly bin: number;
  readonly missingLeft: boolean;
  readonly gain: number;
};

export type NodeTotals = { readonly grad: number; readonly hess: number; readonly count: number };

const leafScore = (g: number, h: number, lambda: number): number => (g * g) / (h + lambda);

/** Ties go to the lower feature and bin, so the tree does not depend on floating noise in the order of scanning. */
export function findBestSplit(
  hist: Histogram,
  layout: HistogramLayout,
  active: Int32Array,
  totals: NodeTotals,
  rules: SplitRules,
): Split | undefined {
  const { lambda, minDataInLeaf, minChildWeight } = rules;
  const parentScore = leafScore(totals.grad, totals.hess, lambda);
  let best: Split | undefined;
  let bestGain = rules.minSplitGain;
  for (let a = 0; a < active.length; a += 1) {
    const f = active[a]!;
    const base = layout.offsets[f]!;
    const bins = layout.binCounts[f]!;
    const missG = hist[3 * base]!;
    const missH = hist[3 * base + 1]!;
    const missC = hist[3 * base + 2]!;
    let gl = 0;
    let hl = 0;
    let cl = 0;
    // Splitting after the last value bin would send every present value left: not a split.
    for (let b = 1; b < bins - 1; b += 1) {
      const k = 3 * (base + b);
      gl += hist[k]!;
      hl += hist[k + 1]!;
      cl += hist[k + 2]!;
      for (let side = 0; side < (missC > 0 ? 2 : 1); side += 1) {
        const withMissing = side === 1;
        const lg = withMissing ? gl + missG : gl;
        const lh = withMissing ? hl + missH : hl;
        const lc = withMissing ? cl + missC : cl;
        const rg = totals.grad - lg;
        const rh = totals.hess - lh;
        const rc = totals.count - lc;
        if (lc < minDataInLeaf || rc < minDataInLeaf || lh < minChildWeight || rh < minChildWeight) continue;
        const gain = leafScore(lg, lh, lambda) + leafScore(rg, rh, lambda) - parentScore;
        if (gain > bestGain + 1e-12 * Math.abs(bestGain)) {
          bestGain = gain;
          // Without missing rows in the node, unseen missing values follow the heavier child.
          const missingLeft = missC > 0 ? withMissing : lh >= rh;
          best = { feature: f, bin: b, missingLeft, gain };
        }
      }
    }
  }
  return best;
}
