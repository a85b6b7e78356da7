// The features behind each score: Saabas path attributions summed over the trees, top k per row by size.
import type { Gbdt } from './gbdt/train-gbdt.ts';
import type { FeatureMatrix } from './matrix.ts';

export type RowExplanation = { readonly feature: number; readonly value: number; readonly contribution: number };

/**
 * For each row, the k features with the largest absolute contribution to its log-odds. Contributions and the bias
 * (base score plus every root value) add up exactly to the model's raw output, which a test checks.
 */
export function explainRows(model: Gbdt, matrix: FeatureMatrix, k: number, offset?: { readonly feature: number; readonly values: Float64Array }): RowExplanation[][] {
  const contributions = new Float64Array(matrix.names.length);
  const touched = new Int32Array(matrix.names.length);
  const isTouched = new Uint8Array(matrix.names.length);
  const out: RowExplanation[][] = [];
  const { columns } = matrix;
  for (let r = 0; r < matrix.rows; r += 1) {
    let count = 0;
    if (offset) {
      // A margin the trees were boosted from belongs to its feature whole: the other model's say on this row.
      isTouched[offset.feature] = 1;
      touched[count++] = offset.feature;
      contributions[offset.feature] = offset.values[r]!;
    }
    for (const tree of model.trees) {
      const { feature, threshold, missingLeft, left, right, value } = tree;
      let node = 0;
      let f = feature[0]!;
      while (f >= 0) {
        const v = columns[f]![r]!;
        const child = (v !== v ? missingLeft[node] === 1 : v <= threshold[node]!) ? left[node]! : right[node]!;
        if (isTouched[f] === 0) {
          isTouched[f] = 1;
          touched[count++] = f;
        }
        contributions[f]! += value[child]! - value[node]!;
        node = child;
        f = feature[node]!;
      }
    }
    const row: RowExplanation[] = [];
    for (let i = 0; i < count; i += 1) {
      const f = touched[i]!;
      row.push({ feature: f, value: columns[f]![r]!, contribution: contributions[f]! });
      contributions[f] = 0;
      isTouched[f] = 0;
    }
    row.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature - b.feature);
    out.push(row.slice(0, k));
  }
  return out;
}

/** The part of every row's log-odds that no feature explains: the base score plus each tree's root value. */
export function explanationBias(model: Gbdt): number {
  let bias = model.baseScore;
  for (const tree of model.trees) bias += tree.value[0]!;
  return bias;
}

/** Total split gain per feature, largest first: which features the trees leaned on. */
export function gainImportance(model: Gbdt, names: readonly string[]): { feature: string; gain: number }[] {
  const gain = new Float64Array(names.length);
  for (const tree of model.trees) tree.feature.forEach((f, node) => f >= 0 && (gain[f]! += tree.gain[node]!));
  return names
    .map((feature, f) => ({ feature, gain: gain[f]! }))
    .filter((entry) => entry.gain > 0)
    .sort((a, b) => b.gain - a.gain || (a.feature < b.feature ? -1 : 1));
}
