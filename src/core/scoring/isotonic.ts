// Isotonic regression by pool-adjacent-violators: the monotone step function closest to observed outcomes (Barlow et al. 1972).

export type Observation = { readonly score: number; readonly label: 0 | 1 };

/** One pooled block: the lowest, mean and highest score of its members, their positive rate, how many. */
export type Block = { lo: number; score: number; hi: number; rate: number; count: number; positives: number };

/**
 * Sorts by score, pools ties, then merges neighbours while a block's rate exceeds the next one's, so rates never
 * fall as scores rise. Blocks smaller than `minCount` are merged into a neighbour afterwards: a rate measured on a
 * handful of entities is noise, and merging two adjacent blocks keeps the order.
 */
export function isotonicBlocks(observations: readonly Observation[], minCount = 1): Block[] {
  const sorted = [...observations].sort((a, b) => a.score - b.score);
  const blocks: Block[] = [];
  for (const o of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.score === o.score) {
      last.count += 1;
      last.positives += o.label;
    } else blocks.push({ lo: o.score, score: o.score, hi: o.score, rate: 0, count: 1, positives: o.label });
  }
  for (const b of blocks) b.rate = b.positives / b.count;
  const pooled: Block[] = [];
  for (const block of blocks) {
    pooled.push({ ...block });
    while (pooled.length > 1 && pooled[pooled.length - 2]!.rate >= pooled[pooled.length - 1]!.rate) merge(pooled, pooled.length - 2);
  }
  let i = 0;
  while (pooled.length > 1 && i < pooled.length) {
    if (pooled[i]!.count >= minCount) i += 1;
    else merge(pooled, i === pooled.length - 1 ? i - 1 : i);
  }
  return pooled;
}

/** Merges block i and i + 1 into i. */
function merge(blocks: Block[], i: number): void {
  const a = blocks[i]!;
  const b = blocks[i + 1]!;
  const count = a.count + b.count;
  const positives = a.positives + b.positives;
  blocks[i] = { lo: a.lo, score: (a.score * a.count + b.score * b.count) / count, hi: b.hi, count, positives, rate: positives / count };
  blocks.splice(i + 1, 1);
}

/**
 * Knots of a monotone, piecewise-linear map from blocks: each block is flat from its lowest to its highest score
 * (two knots, one for a block of one score), ramps join neighbouring blocks, and each rate is shrunk towards one half
 * by half an observation each way (so no block claims certainty from a finite sample), kept non-decreasing. `n` is
 * the size of the block a knot belongs to.
 */
export function knots(blocks: readonly Block[]): { x: number[]; y: number[]; n: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const n: number[] = [];
  let floor = 0;
  for (const block of blocks) {
    floor = Math.max(floor, (block.positives + 0.5) / (block.count + 1));
    const rate = Number(floor.toFixed(6));
    for (const at of block.lo === block.hi ? [block.lo] : [block.lo, block.hi]) {
      const rounded = Number(at.toFixed(6));
      if (x.length > 0 && rounded <= x[x.length - 1]!) {
        // Scores that round to the previous knot become that knot.
        y[y.length - 1] = rate;
        n[n.length - 1] = Math.max(n[n.length - 1]!, block.count);
        continue;
      }
      x.push(rounded);
      y.push(rate);
      n.push(block.count);
    }
  }
  return { x, y, n };
}

/** The map at `score`: linear between knots, towards (0, 0) below the first, flat above the last. */
export function interpolate(x: readonly number[], y: readonly number[], score: number): number {
  if (x.length === 0) return score;
  if (score <= x[0]!) return x[0]! > 0 ? (y[0]! * Math.max(0, score)) / x[0]! : y[0]!;
  for (let i = 1; i < x.length; i += 1) {
    if (score <= x[i]!) {
      const t = (score - x[i - 1]!) / (x[i]! - x[i - 1]!);
      return y[i - 1]! + t * (y[i]! - y[i - 1]!);
    }
  }
  return y[y.length - 1]!;
}
