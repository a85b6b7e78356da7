// Scoring many rows at once: thirty-two rows a word, each split tested for all of them with one table look-up and two ANDs.
import { binOf, countBelowPadded, padToPowerOfTwo } from '../binning.ts';
import type { FeatureMatrix } from '../matrix.ts';
import type { Tree } from './tree.ts';

/** Rows per word: bit i of a word stands for row i of a group. */
const GROUP = 32;
/** A leaf's number in its tree is five bits. */
const MAX_LEAVES = 32;
/** Groups per block: a tree's arrays are read once per block, and each split is decoded once for all its groups. */
const GROUPS = 8;

/**
 * Walking one row down a tree is a chain of dependent loads and mispredicted branches. Here a group of 32 rows goes
 * down together: per feature, word j of a table has the bits of the rows whose code is ≤ j (code 0 = missing, code
 * c ≥ 1 = above the first c − 1 of the feature's split thresholds), so a split "v ≤ t" with t the j-th threshold is
 * that word for every row at once, and the rows reaching each child are the parent's word AND it or AND NOT it. Each
 * row reaches one leaf; the five bits of the leaf's number are gathered from the leaves' words, and its value is added
 * to the row tree after tree, in the model's order: the sums are the same, bit for bit, as walking each row down each
 * tree on raw values.
 */
export type CompiledForest = {
  /** Model feature of each used feature slot. */
  readonly features: Int32Array;
  /** Per slot, the distinct split thresholds in increasing order, padded for countBelowPadded. */
  readonly thresholds: readonly Float64Array[];
  /** Per slot, the number of real thresholds, and where its words begin in a group's table. */
  readonly thresholdCount: Int32Array;
  readonly tableStart: Int32Array;
  readonly tableSize: number;
  /** Tree t has splits splitStart[t] .. splitStart[t + 1] (parents first) and leaves leafStart[t] .. leafStart[t + 1]. */
  readonly splitStart: Int32Array;
  readonly leafStart: Int32Array;
  /** Per split, from 4·k: its node, its word in a group's table, its left child (the right one is next), a pad. */
  readonly splits: Int32Array;
  /** Per leaf: its node and value; its number in its tree is its place after leafStart[t]. */
  readonly leafNode: Int32Array;
  readonly leafValue: Float64Array;
  /** Every root node, in the model's order. */
  readonly roots: Int32Array;
  readonly nodes: number;
};

/**
 * Undefined for what the words cannot encode: a tree with more than 32 leaves (maxLeaves above the default), a NaN
 * threshold or children not numbered after their parent, side by side (hand-made models). The caller then walks.
 */
export function compileForest(trees: readonly Tree[]): CompiledForest | undefined {
  const byFeature = new Map<number, Set<number>>();
  for (const tree of trees) {
    if (tree.feature.filter((f) => f < 0).length > MAX_LEAVES) return undefined;
    tree.feature.forEach((f, node) => {
      if (f >= 0) byFeature.set(f, (byFeature.get(f) ?? new Set<number>()).add(tree.threshold[node]!));
    });
  }
  const features = Int32Array.from([...byFeature.keys()].sort((a, b) => a - b));
  const thresholds = Array.from(features, (f) => Float64Array.from(byFeature.get(f)!).sort());
  if (thresholds.some((t) => t.some((x) => Number.isNaN(x)))) return undefined;
  const slotOf = new Map(Array.from(features, (f, s) => [f, s]));
  const tableStart = new Int32Array(features.length);
  let tableSize = 0;
  thresholds.forEach((t, s) => {
    tableStart[s] = tableSize;
    // Codes 0 .. m + 1 with missing rows counted as left, then the same with missing rows counted as right.
    tableSize += 2 * (t.length + 2);
  });

  const split = { start: [0], fields: [] as number[] };
  const leaf = { start: [0], node: [] as number[], value: [] as number[] };
  const roots: number[] = [];
  let at = 0;
  for (const tree of trees) {
    roots.push(at);
    // Growth numbers children after their parent, so node order visits parents first.
    for (let node = 0; node < tree.feature.length; node += 1) {
      const f = tree.feature[node]!;
      if (f < 0) {
        leaf.node.push(at + node);
        leaf.value.push(tree.value[node]!);
        continue;
      }
      if (tree.left[node]! <= node || tree.right[node] !== tree.left[node]! + 1) return undefined;
      const s = slotOf.get(f)!;
      const missingRight = tree.missingLeft[node] === 1 ? 0 : thresholds[s]!.length + 2;
      split.fields.push(at + node, tableStart[s]! + missingRight + binOf(tree.threshold[node]!, thresholds[s]!), at + tree.left[node]!, 0);
    }
    split.start.push(split.fields.length / 4);
    leaf.start.push(leaf.node.length);
    at += tree.feature.length;
  }
  return {
    features,
    thresholds: thresholds.map(padToPowerOfTwo),
    thresholdCount: Int32Array.from(thresholds, (t) => t.length),
    tableStart,
    tableSize,
    splitStart: Int32Array.from(split.start),
    leafStart: Int32Array.from(leaf.start),
    splits: Int32Array.from(split.fields),
    leafNode: Int32Array.from(leaf.node),
    leafValue: Float64Array.from(leaf.value),
    roots: Int32Array.from(roots),
    nodes: at,
  };
}

/**
 * One group's table: per slot, word j holds the rows with code ≤ j (missing rows included, for splits that send them
 * left), then word m + 2 + j the same rows without the missing ones (for splits that send them right).
 */
function fillTable(forest: CompiledForest, columns: readonly Float32Array[], start: number, count: number, table: Int32Array, at: number): void {
  for (let s = 0; s < forest.features.length; s += 1) {
    const column = columns[forest.features[s]!]!;
    const thresholds = forest.thresholds[s]!;
    const first = at * forest.tableSize + forest.tableStart[s]!;
    const words = forest.thresholdCount[s]! + 2;
    for (let i = 0; i < count; i += 1) {
      const v = column[start + i]!;
      table[first + (v !== v ? 0 : 1 + countBelowPadded(thresholds, v))]! |= 1 << i;
    }
    // Each word so far holds the rows of exactly its code; running ORs make it "code ≤ j".
    const missing = table[first]!;
    let rows = 0;
    for (let j = first; j < first + words; j += 1) {
      rows |= table[j]!;
      table[j] = rows;
      table[j + words] = rows & ~missing;
    }
  }
}

/** Adds every tree's output, in the model's order, to each row's `out`. */
export function addForestOutput(forest: CompiledForest, matrix: FeatureMatrix, out: Float64Array): void {
  const table = new Int32Array(GROUPS * forest.tableSize);
  // reach[node · GROUPS + g]: the rows of group g that reach the node; a split's fields are read once for all groups.
  const reach = new Int32Array(forest.nodes * GROUPS);
  // One call per block rather than one long loop: V8 then optimises the block function as a whole, which ran faster
  // than the on-stack-replaced loop of a single call (bench/learning).
  for (let start = 0; start < matrix.rows; start += GROUP * GROUPS) addBlockOutput(forest, matrix, start, table, reach, out);
}

/** The rows of one block, start .. start + GROUP · GROUPS: every split for all its groups, then each group's leaves. */
function addBlockOutput(forest: CompiledForest, matrix: FeatureMatrix, start: number, table: Int32Array, reach: Int32Array, out: Float64Array): void {
  const { splitStart, leafStart, splits, leafNode, leafValue, roots, tableSize } = forest;
  const groups = Math.min(GROUPS, Math.ceil((matrix.rows - start) / GROUP));
  table.fill(0);
  for (let g = 0; g < groups; g += 1) fillTable(forest, matrix.columns, start + g * GROUP, Math.min(GROUP, matrix.rows - start - g * GROUP), table, g);
  for (let t = 0; t < roots.length; t += 1) {
    const root = roots[t]! * GROUPS;
    for (let g = 0; g < groups; g += 1) {
      const count = Math.min(GROUP, matrix.rows - start - g * GROUP);
      reach[root + g] = count === GROUP ? -1 : (1 << count) - 1;
    }
    for (let k = 4 * splitStart[t]!; k < 4 * splitStart[t + 1]!; k += 4) {
      const parent = splits[k]! * GROUPS;
      const left = splits[k + 2]! * GROUPS;
      const right = left + GROUPS;
      for (let g = 0, word = splits[k + 1]!; g < groups; g += 1, word += tableSize) {
        const rows = reach[parent + g]!;
        const goes = table[word]!;
        reach[left + g] = rows & goes;
        reach[right + g] = rows & ~goes;
      }
    }
    const values = leafStart[t]!;
    for (let g = 0; g < groups; g += 1) {
      // Each row's leaf number, five bits of words, then its value: no branch that depends on the data.
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      let p4 = 0;
      for (let k = values; k < leafStart[t + 1]!; k += 1) {
        const rows = reach[leafNode[k]! * GROUPS + g]!;
        const n = k - values;
        p0 |= rows & -(n & 1);
        p1 |= rows & -((n >> 1) & 1);
        p2 |= rows & -((n >> 2) & 1);
        p3 |= rows & -((n >> 3) & 1);
        p4 |= rows & -((n >> 4) & 1);
      }
      const first = start + g * GROUP;
      const count = Math.min(GROUP, matrix.rows - first);
      for (let i = 0; i < count; i += 1) {
        const n = ((p0 >>> i) & 1) | (((p1 >>> i) & 1) << 1) | (((p2 >>> i) & 1) << 2) | (((p3 >>> i) & 1) << 3) | (((p4 >>> i) & 1) << 4);
        out[first + i]! += leafValue[values + n]!;
      }
    }
  }
}
