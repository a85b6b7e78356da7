// One regression tree in flat arrays; every node keeps its value so paths can be attributed to features (Saabas).
import { MISSING_BIN } from '../binning.ts';

export type Tree = {
  /** Split feature per node, -1 for a leaf. */
  readonly feature: Int32Array;
  /** Rows go left when value ≤ threshold (raw values) ... */
  readonly threshold: Float64Array;
  /** ... or, on binned rows, when 1 ≤ code ≤ bin. */
  readonly bin: Int32Array;
  /** Where a missing value goes: 1 left, 0 right. */
  readonly missingLeft: Uint8Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** The node's output if it were a leaf, learning rate applied: −G / (H + λ) · η. */
  readonly value: Float64Array;
  /** Loss reduction of the node's split (0 for leaves), for gain importance. */
  readonly gain: Float64Array;
  /** Sum of hessians of the training rows that reached the node. */
  readonly cover: Float64Array;
};

/** The leaf a row of raw feature values reaches; `valueOf(f)` reads the row's feature f. */
export function leafOf(tree: Tree, valueOf: (feature: number) => number): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node]!;
    if (f < 0) return node;
    const v = valueOf(f);
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
    node = goLeft ? tree.left[node]! : tree.right[node]!;
  }
}

/** Adds the tree's output for every row of column-major raw features to `out`. */
export function addTreeOutput(tree: Tree, columns: readonly Float32Array[], out: Float64Array): void {
  const { feature, threshold, missingLeft, left, right, value } = tree;
  for (let r = 0; r < out.length; r += 1) {
    let node = 0;
    let f = feature[0]!;
    while (f >= 0) {
      const v = columns[f]![r]!;
      node = (v !== v ? missingLeft[node] === 1 : v <= threshold[node]!) ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    out[r]! += value[node]!;
  }
}

/** Adds the tree's output for the given rows of a matrix of bin code columns. */
export function addTreeOutputBinned(tree: Tree, columns: readonly Uint8Array[], rows: ArrayLike<number>, out: Float64Array): void {
  const { feature, bin, missingLeft, left, right, value } = tree;
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i]!;
    let node = 0;
    let f = feature[0]!;
    while (f >= 0) {
      const code = columns[f]![r]!;
      node = (code === MISSING_BIN ? missingLeft[node] === 1 : code <= bin[node]!) ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    out[r]! += value[node]!;
  }
}

/**
 * Saabas path attribution: walking root to leaf, each split's feature is credited with the change in node value.
 * Adds the credits to `contributions` and returns the root value (the tree's share of the bias), so that
 * bias + Σ contributions equals the tree's output exactly.
 */
export function addPathContributions(tree: Tree, valueOf: (feature: number) => number, contributions: Float64Array): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node]!;
    if (f < 0) return tree.value[0]!;
    const v = valueOf(f);
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
    const child = goLeft ? tree.left[node]! : tree.right[node]!;
    contributions[f]! += tree.value[child]! - tree.value[node]!;
    node = child;
  }
}
