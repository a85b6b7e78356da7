// Gradient boosting with logistic loss and second-order steps (Chen & Guestrin 2016; Ke et al. 2017), seeded and early-stopped.
import { binMatrix, computeEdges, type BinnedMatrix } from '../binning.ts';
import type { FeatureMatrix } from '../matrix.ts';
import { aucRoc, logLoss, sigmoid } from '../metrics.ts';
import { bernoulliSample, sampleIndices, seededRandom } from '../random.ts';
import { addForestOutput, compileForest } from './compiled-forest.ts';
import { growBuffers, growTree } from './grow-tree.ts';
import { histogramLayout } from './histogram.ts';
import type { GbdtParams } from './params.ts';
import { addTreeOutput, addTreeOutputBinned, type Tree } from './tree.ts';

export type Gbdt = {
  /** Log-odds every prediction starts from. */
  readonly baseScore: number;
  readonly trees: readonly Tree[];
};

export type LabelledMatrix = { readonly matrix: FeatureMatrix; readonly labels: Uint8Array };
/** Rows with a starting log-odds each (LightGBM's init_score): the trees then only correct another model's margin. */
export type OffsetMatrix = LabelledMatrix & { readonly offset?: Float64Array };

export type BoostingReport = {
  readonly rounds: number;
  /** Rounds kept: the best on the validation set, or all without one. */
  readonly bestRounds: number;
  readonly metric: GbdtParams['earlyStoppingMetric'];
  readonly bestValidation: number | undefined;
  readonly positiveWeight: number;
};

export function positiveWeightOf(labels: Uint8Array, setting: GbdtParams['positiveWeight']): number {
  if (setting !== 'balanced') return setting;
  let positives = 0;
  for (const y of labels) positives += y;
  const negatives = labels.length - positives;
  return positives > 0 && negatives > 0 ? negatives / positives : 1;
}

/**
 * With a validation set the measure is also taken before the first tree, so when no tree helps (possible on top of an
 * offset) none is kept.
 */
export function trainGbdt(train: OffsetMatrix, params: GbdtParams, validation?: OffsetMatrix): { model: Gbdt; report: BoostingReport } {
  const random = seededRandom(params.seed);
  const { labels } = train;
  const n = labels.length;
  const edges = computeEdges(train.matrix, random, 200_000, params.maxBins);
  const binned = binMatrix(train.matrix, edges);
  const validBinned = validation ? binMatrix(validation.matrix, edges) : undefined;
  const layout = histogramLayout(binned);
  const positiveWeight = positiveWeightOf(labels, params.positiveWeight);
  const weight = (y: number) => (y === 1 ? positiveWeight : 1);

  let weightedPositives = 0;
  let weightedNegatives = 0;
  for (const y of labels) {
    if (y === 1) weightedPositives += positiveWeight;
    else weightedNegatives += 1;
  }
  // An offset already carries the prior odds.
  const baseScore = train.offset ? 0 : weightedPositives > 0 && weightedNegatives > 0 ? Math.log(weightedPositives / weightedNegatives) : 0;
  const scores = train.offset ? Float64Array.from(train.offset) : new Float64Array(n).fill(baseScore);
  const validScores = validation?.offset ? Float64Array.from(validation.offset) : new Float64Array(validation?.labels.length ?? 0).fill(baseScore);
  const validRows = Int32Array.from({ length: validScores.length }, (_, i) => i);
  const validWeights = validation ? Float64Array.from(validation.labels, weight) : undefined;
  const outside = new Int32Array(n);
  const gh = new Float64Array(2 * n);
  const trees: Tree[] = [];
  const featureCount = Math.max(1, Math.round(binned.features * params.featureSample));
  const rules = { ...params };
  const buffers = growBuffers(n);

  let best = { rounds: 0, value: validation ? validationValue(params.earlyStoppingMetric, validation.labels, validScores, validWeights!) : Number.NaN };
  let round = 0;
  for (; round < params.maxRounds && n > 0; round += 1) {
    const rows = bernoulliSample(n, params.rowSample, random);
    // Only the sampled rows' gradients are read this round.
    for (const r of rows) {
      const p = sigmoid(scores[r]!);
      const w = weight(labels[r]!);
      gh[2 * r] = w * (p - labels[r]!);
      gh[2 * r + 1] = Math.max(w * p * (1 - p), 1e-16);
    }
    const unsampled = complement(rows, n, outside);
    const active = sampleIndices(binned.features, featureCount, random);
    const { tree, leaves } = growTree(binned, layout, active, rows, gh, rules, buffers);
    setThresholds(tree, binned);
    trees.push(tree);
    // The sampled rows already sit in their leaves; only the others walk the tree.
    for (const leaf of leaves) {
      const value = tree.value[leaf.node]!;
      for (let i = leaf.start; i < leaf.end; i += 1) scores[rows[i]!]! += value;
    }
    addTreeOutputBinned(tree, binned.columns, unsampled, scores);
    if (!validation || !validBinned) continue;
    addTreeOutputBinned(tree, validBinned.columns, validRows, validScores);
    const value = validationValue(params.earlyStoppingMetric, validation.labels, validScores, validWeights!);
    const better = Number.isNaN(best.value) || (params.earlyStoppingMetric === 'auc' ? value > best.value : value < best.value);
    if (better) best = { rounds: round + 1, value };
    else if (round + 1 - best.rounds >= params.earlyStoppingRounds) {
      round += 1;
      break;
    }
  }
  const kept = validation ? best.rounds : trees.length;
  return {
    model: { baseScore, trees: trees.slice(0, kept) },
    report: {
      rounds: round,
      bestRounds: kept,
      metric: params.earlyStoppingMetric,
      bestValidation: validation ? best.value : undefined,
      positiveWeight,
    },
  };
}

/** The numbers of 0..n-1 missing from ascending `rows`, ascending, in the front of `into`. */
function complement(rows: Int32Array, n: number, into: Int32Array): Int32Array {
  let k = 0;
  let j = 0;
  for (let r = 0; r < n; r += 1) {
    if (j < rows.length && rows[j] === r) j += 1;
    else into[k++] = r;
  }
  return into.subarray(0, k);
}

function validationValue(metric: GbdtParams['earlyStoppingMetric'], labels: Uint8Array, scores: Float64Array, weights: Float64Array): number {
  if (metric === 'auc') {
    const auc = aucRoc(labels, scores);
    return Number.isNaN(auc) ? 0 : auc;
  }
  return logLoss(labels, Float64Array.from(scores, sigmoid), weights);
}

/** A split at value bin b sends left exactly the values ≤ the bin's upper edge, so raw and binned rows take the same path. */
function setThresholds(tree: Tree, binned: BinnedMatrix): void {
  for (let node = 0; node < tree.feature.length; node += 1) {
    const f = tree.feature[node]!;
    if (f >= 0) tree.threshold[node] = binned.edges[f]![tree.bin[node]! - 1]!;
  }
}

/**
 * Raw log-odds for every row of a matrix whose columns are in the model's feature order, from the offset when boosted
 * from one. The compiled forest gives the same numbers as walking each tree on raw values, a test checks, only faster.
 */
export function predictRaw(model: Gbdt, matrix: FeatureMatrix, offset?: Float64Array): Float64Array {
  const out = new Float64Array(matrix.rows).fill(model.baseScore);
  if (offset) offset.forEach((margin, r) => (out[r]! += margin));
  const forest = compileForest(model.trees);
  if (forest) addForestOutput(forest, matrix, out);
  else for (const tree of model.trees) addTreeOutput(tree, matrix.columns, out);
  return out;
}
