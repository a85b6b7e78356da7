// Grows one tree best-first (leaf-wise, as LightGBM) over gradient histograms, building only the smaller child's histogram.
import { MISSING_BIN, type BinnedMatrix } from '../binning.ts';
import { findBestSplit, type NodeTotals, type Split, type SplitRules } from './find-split.ts';
import { buildHistogram, newHistogram, subtractInto, type Histogram, type HistogramLayout } from './histogram.ts';
import type { Tree } from './tree.ts';

export type GrowRules = SplitRules & { readonly maxLeaves: number; readonly maxDepth: number; readonly learningRate: number };

type Leaf = {
  readonly node: number;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  readonly totals: NodeTotals;
  hist: Histogram | undefined;
  split: Split | undefined;
};

type Nodes = {
  feature: number[];
  bin: number[];
  missingLeft: number[];
  left: number[];
  right: number[];
  value: number[];
  gain: number[];
  cover: number[];
};

/** Scratch arrays for any number of rows up to their size, made once per training and reused by every tree. */
export type GrowBuffers = { readonly scratch: Int32Array; readonly ordered: Float64Array };

export const growBuffers = (rows: number): GrowBuffers => ({ scratch: new Int32Array(rows), ordered: new Float64Array(2 * rows) });

export type GrownTree = {
  /** The tree with raw thresholds still unset (the caller maps bins back to values). */
  readonly tree: Tree;
  /** Leaf node and the rows[start..end) range of sampled rows it holds. */
  readonly leaves: readonly { node: number; start: number; end: number }[];
};

/**
 * `rows` (the sampled training rows) is reordered in place so each leaf owns a contiguous range.
 * `gh` holds row r's gradient at 2r and hessian at 2r + 1.
 */
export function growTree(
  binned: BinnedMatrix,
  layout: HistogramLayout,
  active: Int32Array,
  rows: Int32Array,
  gh: Float64Array,
  rules: GrowRules,
  buffers: GrowBuffers,
): GrownTree {
  const nodes: Nodes = { feature: [], bin: [], missingLeft: [], left: [], right: [], value: [], gain: [], cover: [] };
  const newNode = (totals: NodeTotals): number => {
    nodes.feature.push(-1);
    nodes.bin.push(0);
    nodes.missingLeft.push(0);
    nodes.left.push(-1);
    nodes.right.push(-1);
    nodes.value.push((-totals.grad / (totals.hess + rules.lambda)) * rules.learningRate);
    nodes.gain.push(0);
    nodes.cover.push(totals.hess);
    return nodes.feature.length - 1;
  };
  const canSplit = (depth: number, count: number) => (rules.maxDepth === 0 || depth < rules.maxDepth) && count >= 2 * rules.minDataInLeaf;
  const evaluate = (leaf: Leaf) => {
    leaf.split = leaf.hist && canSplit(leaf.depth, leaf.totals.count) ? findBestSplit(leaf.hist, layout, active, leaf.totals, rules) : undefined;
    if (!leaf.split) leaf.hist = undefined;
  };

  const rootHist = newHistogram(layout);
  buildHistogram(binned, layout, active, rows, 0, rows.length, gh, buffers.ordered, rootHist);
  let g = 0;
  let h = 0;
  for (const r of rows) {
    g += gh[2 * r]!;
    h += gh[2 * r + 1]!;
  }
  const rootTotals = { grad: g, hess: h, count: rows.length };
  const root: Leaf = { node: newNode(rootTotals), start: 0, end: rows.length, depth: 0, totals: rootTotals, hist: rootHist, split: undefined };
  evaluate(root);
  const leaves: Leaf[] = [root];

  while (leaves.length < rules.maxLeaves) {
    let pick = -1;
    for (let i = 0; i < leaves.length; i += 1) {
      const split = leaves[i]!.split;
      if (split && (pick < 0 || split.gain > leaves[pick]!.split!.gain)) pick = i;
    }
    if (pick < 0) break;
    const parent = leaves[pick]!;
    const split = parent.split!;
    const { mid, left: leftTotals, right: rightTotals } = partition(binned, rows, buffers.scratch, parent.start, parent.end, split, gh);
    const leftNode = newNode(leftTotals);
    const rightNode = newNode(rightTotals);
    nodes.feature[parent.node] = split.feature;
    nodes.bin[parent.node] = split.bin;
    nodes.missingLeft[parent.node] = split.missingLeft ? 1 : 0;
    nodes.left[parent.node] = leftNode;
    nodes.right[parent.node] = rightNode;
    nodes.gain[parent.node] = split.gain;

    const left: Leaf = { node: leftNode, start: parent.start, end: mid, depth: parent.depth + 1, totals: leftTotals, hist: undefined, split: undefined };
    const right: Leaf = { node: rightNode, start: mid, end: parent.end, depth: parent.depth + 1, totals: rightTotals, hist: undefined, split: undefined };
    const [small, large] = mid - parent.start <= parent.end - mid ? [left, right] : [right, left];
    // After the split that makes the last leaf, no child is split again: their histograms would go unread.
    const lastSplit = leaves.length + 1 >= rules.maxLeaves;
    if (!lastSplit && (canSplit(small.depth, small.totals.count) || canSplit(large.depth, large.totals.count))) {
      small.hist = newHistogram(layout);
      buildHistogram(binned, layout, active, rows, small.start, small.end, gh, buffers.ordered, small.hist);
      subtractInto(parent.hist!, small.hist);
      large.hist = parent.hist;
    }
    parent.hist = undefined;
    evaluate(left);
    evaluate(right);
    leaves.splice(pick, 1, left, right);
  }

  const tree: Tree = {
    feature: Int32Array.from(nodes.feature),
    threshold: new Float64Array(nodes.feature.length),
    bin: Int32Array.from(nodes.bin),
    missingLeft: Uint8Array.from(nodes.missingLeft),
    left: Int32Array.from(nodes.left),
    right: Int32Array.from(nodes.right),
    value: Float64Array.from(nodes.value),
    gain: Float64Array.from(nodes.gain),
    cover: Float64Array.from(nodes.cover),
  };
  return { tree, leaves: leaves.map(({ node, start, end }) => ({ node, start, end })) };
}

/**
 * Stable partition of rows[start..end): left-going rows first, in their order. Sums each side's gradients in the same
 * pass, row by row in the new order, which is the order of the rows' histograms. Returns both sides' totals.
 */
function partition(
  binned: BinnedMatrix,
  rows: Int32Array,
  scratch: Int32Array,
  start: number,
  end: number,
  split: Split,
  gh: Float64Array,
): { mid: number; left: NodeTotals; right: NodeTotals } {
  const column = binned.columns[split.feature]!;
  let write = start;
  let spill = 0;
  let lg = 0;
  let lh = 0;
  let rg = 0;
  let rh = 0;
  for (let i = start; i < end; i += 1) {
    const r = rows[i]!;
    const code = column[r]!;
    const goLeft = code === MISSING_BIN ? split.missingLeft : code <= split.bin;
    if (goLeft) {
      rows[write++] = r;
      lg += gh[2 * r]!;
      lh += gh[2 * r + 1]!;
    } else {
      scratch[spill++] = r;
      rg += gh[2 * r]!;
      rh += gh[2 * r + 1]!;
    }
  }
  rows.set(scratch.subarray(0, spill), write);
  return { mid: write, left: { grad: lg, hess: lh, count: write - start }, right: { grad: rg, hess: rh, count: spill } };
}
