import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, aucRoc, averagePrecision, logLoss } from './metrics.ts';

/** Mann–Whitney by brute force: the share of (positive, negative) pairs ranked right, ties counting half. */
function pairwiseAuc(labels: number[], scores: number[]): number {
  let right = 0;
  let pairs = 0;
  labels.forEach((yi, i) => {
    if (yi !== 1) return;
    labels.forEach((yj, j) => {
      if (yj !== 0) return;
      pairs += 1;
      right += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    });
  });
  return right / pairs;
}

describe('metrics', () => {
  it('gives the textbook values', () => {
    expect(aucRoc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
    // scikit-learn's documented example of average_precision_score.
    expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.8333333333, 9);
    expect(aucRoc([1, 1, 0], [0.5, 0.5, 0.5])).toBe(0.5);
    expect(aucRoc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(accuracy([1, 0, 1, 0], [0.9, 0.2, 0.4, 0.5])).toBe(0.5);
    expect(logLoss([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
  });

  it('AUC equals the pairwise count, ties included, and flips with the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 6 })), { minLength: 2, maxLength: 60 }), (rows) => {
        const labels = rows.map(([y]) => y);
        const scores = rows.map(([, s]) => s);
        fc.pre(labels.includes(0) && labels.includes(1));
        expect(aucRoc(labels, scores)).toBeCloseTo(pairwiseAuc(labels, scores), 12);
        expect(aucRoc(labels, scores) + aucRoc(labels, scores.map((s) => -s))).toBeCloseTo(1, 12);
      }),
    );
  });

  it('average precision is 1 for a perfect ranking and the positive rate is its floor in expectation', () => {
    expect(averagePrecision([1, 1, 0, 0, 0], [5, 4, 3, 2, 1])).toBe(1);
    expect(averagePrecision([0, 0, 0, 1, 1], [5, 4, 3, 2, 1])).toBeCloseTo((1 / 2) * (1 / 4) + (1 / 2) * (2 / 5), 12);
  });
});
