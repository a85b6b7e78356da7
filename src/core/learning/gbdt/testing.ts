// Helpers for the learner's tests: parameters for exact single-tree checks and seeded toy data sets.
import { matrixFromRows, type FeatureMatrix } from '../matrix.ts';
import { seededRandom } from '../random.ts';
import { GbdtParams, type GbdtParamsInput } from './params.ts';

/** No sampling, no shrinkage, no penalty: one round is one exact greedy tree. */
export const exactParams = (overrides: GbdtParamsInput = {}): GbdtParams =>
  GbdtParams.parse({ maxRounds: 1, learningRate: 1, lambda: 0, minDataInLeaf: 1, minChildWeight: 0, rowSample: 1, featureSample: 1, positiveWeight: 1, ...overrides });

/** n rows of `features` uniform columns and labels from `label(row)`, reproducible from the seed. */
export function toyData(n: number, features: number, seed: number, label: (row: number[]) => number): { matrix: FeatureMatrix; labels: Uint8Array } {
  const random = seededRandom(seed);
  const rows = Array.from({ length: n }, () => Array.from({ length: features }, () => random.float()));
  return { matrix: matrixFromRows(rows[0]!.map((_, f) => `x${f}`), rows), labels: Uint8Array.from(rows, label) };
}
