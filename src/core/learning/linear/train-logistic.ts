// L2-regularised logistic regression on sparse rows by AdaGrad (Duchi et al. 2011), in a seeded order: same seed, same weights.
import { z } from 'zod';
import { sigmoid } from '../metrics.ts';
import { seededRandom, shuffleInPlace } from '../random.ts';
import type { SparseRows } from './sparse-rows.ts';

export const LogisticParams = z.object({
  epochs: z.int().min(1).max(1000).default(50),
  /** AdaGrad step size: a small one and more epochs settle nearer the optimum than a large one stopped early. */
  learningRate: z.number().positive().default(0.1),
  /** L2 penalty per row: the objective is mean loss + l2/2 ‖w‖². Light, since TF-IDF rows have unit length. */
  l2: z.number().min(0).default(1e-5),
  seed: z.int().default(7),
});
export type LogisticParams = z.infer<typeof LogisticParams>;

export type LogisticModel = { readonly weights: Float32Array; readonly bias: number };

export function trainLogistic(
  rows: SparseRows,
  labels: Uint8Array,
  buckets: number,
  params: LogisticParams,
  positiveWeight = 1,
): LogisticModel {
  const weights = new Float64Array(buckets);
  const squared = new Float64Array(buckets);
  let bias = 0;
  let biasSquared = 0;
  const order = Int32Array.from({ length: rows.rows }, (_, i) => i);
  const random = seededRandom(params.seed);
  const eta = params.learningRate;
  for (let epoch = 0; epoch < params.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const from = rows.offsets[r]!;
      const to = rows.offsets[r + 1]!;
      let margin = bias;
      for (let k = from; k < to; k += 1) margin += weights[rows.indices[k]!]! * rows.values[k]!;
      const y = labels[r]!;
      const loss = (sigmoid(margin) - y) * (y === 1 ? positiveWeight : 1);
      // The penalty is applied to the coordinates a row touches, the usual lazy form for hashed sparse features.
      for (let k = from; k < to; k += 1) {
        const j = rows.indices[k]!;
        const g = loss * rows.values[k]! + params.l2 * weights[j]!;
        squared[j]! += g * g;
        weights[j]! -= (eta * g) / Math.sqrt(squared[j]! + 1e-8);
      }
      biasSquared += loss * loss;
      bias -= (eta * loss) / Math.sqrt(biasSquared + 1e-8);
    }
  }
  return { weights: Float32Array.from(weights), bias };
}

/** Log-odds w·x + b per row. */
export function logisticMargins(model: LogisticModel, rows: SparseRows): Float64Array {
  const out = new Float64Array(rows.rows);
  for (let r = 0; r < rows.rows; r += 1) {
    let margin = model.bias;
    for (let k = rows.offsets[r]!; k < rows.offsets[r + 1]!; k += 1) margin += (model.weights[rows.indices[k]!] ?? 0) * rows.values[k]!;
    out[r] = margin;
  }
  return out;
}
