// Ranking and classification measures of the published benchmarks: AUC-ROC, average precision, accuracy, log loss.

/** Row order by descending score; ties keep input order so the result does not depend on the sort. */
function descending(scores: ArrayLike<number>): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * Area under the ROC curve, ties counted as one half (the Mann–Whitney U statistic), as scikit-learn's roc_auc_score.
 * Positive and negative scores are sorted apart (native typed-array sorts) and merged: fast enough to run every round.
 * NaN when only one class is present.
 */
export function aucRoc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) if (labels[i] === 1) positives += 1;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  let p = 0;
  let q = 0;
  for (let i = 0; i < labels.length; i += 1) {
    if (labels[i] === 1) pos[p++] = scores[i]!;
    else neg[q++] = scores[i]!;
  }
  pos.sort();
  neg.sort();
  let area = 0;
  let below = 0;
  let i = 0;
  while (i < positives) {
    const s = pos[i]!;
    let j = i;
    while (j < positives && pos[j] === s) j += 1;
    while (below < negatives && neg[below]! < s) below += 1;
    let equal = 0;
    while (below + equal < negatives && neg[below + equal] === s) equal += 1;
    area += (j - i) * (below + equal / 2);
    i = j;
  }
  return area / (positives * negatives);
}

/** Average precision: Σ (R_k − R_{k−1}) P_k over distinct score thresholds, as scikit-learn's average_precision_score. */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const order = descending(scores);
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) if (labels[i] === 1) positives += 1;
  if (positives === 0) return Number.NaN;
  let sum = 0;
  let truePositives = 0;
  let seen = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    let tiedPositives = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!] === 1) tiedPositives += 1;
      j += 1;
    }
    truePositives += tiedPositives;
    seen = j;
    sum += (tiedPositives / positives) * (truePositives / seen);
    i = j;
  }
  return sum;
}

export function accuracy(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold = 0.5): number {
  if (labels.length === 0) return Number.NaN;
  let correct = 0;
  for (let i = 0; i < labels.length; i += 1) if ((scores[i]! >= threshold ? 1 : 0) === labels[i]) correct += 1;
  return correct / labels.length;
}

/** Mean (optionally weighted) binary cross-entropy of probabilities, clipped away from 0 and 1. */
export function logLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>, weights?: ArrayLike<number>): number {
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, probabilities[i]!));
    const w = weights ? weights[i]! : 1;
    total -= w * (labels[i] === 1 ? Math.log(p) : Math.log(1 - p));
    weightSum += w;
  }
  return weightSum > 0 ? total / weightSum : Number.NaN;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
