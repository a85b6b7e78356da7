import { describe, expect, it } from 'vitest';
import { aucRoc } from '../metrics.ts';
import { matrixFromRows } from '../matrix.ts';
import { GbdtParams } from './params.ts';
import { toyData } from './testing.ts';
import { positiveWeightOf, predictRaw, trainGbdt } from './train-gbdt.ts';

const xor = (row: number[]) => ((row[0]! > 0.5) !== (row[1]! > 0.5) ? 1 : 0);

describe('boosting', () => {
  it('learns XOR, which no sum of single-feature stumps can', () => {
    const train = toyData(600, 4, 1, xor);
    const test = toyData(400, 4, 2, xor);
    const deep = trainGbdt(train, GbdtParams.parse({ maxRounds: 60, learningRate: 0.3, maxDepth: 3, seed: 3 })).model;
    const stumps = trainGbdt(train, GbdtParams.parse({ maxRounds: 60, learningRate: 0.3, maxLeaves: 2, seed: 3 })).model;
    expect(aucRoc(test.labels, predictRaw(deep, test.matrix))).toBeGreaterThan(0.99);
    expect(aucRoc(test.labels, predictRaw(stumps, test.matrix))).toBeLessThan(0.7);
  });

  it('fits a monotone step with a non-decreasing score and a perfect ranking', () => {
    const step = (row: number[]) => (row[0]! > 0.3 ? 1 : 0);
    const { model } = trainGbdt(toyData(500, 1, 4, step), GbdtParams.parse({ maxRounds: 40, learningRate: 0.2 }));
    const grid = matrixFromRows(['x0'], Array.from({ length: 101 }, (_, i) => [i / 100]));
    const scores = predictRaw(model, grid);
    for (let i = 1; i < scores.length; i += 1) expect(scores[i]!).toBeGreaterThanOrEqual(scores[i - 1]!);
    expect(scores[50]! - scores[10]!).toBeGreaterThan(4);
  });

  it('is deterministic for a seed and changes with it', () => {
    const data = toyData(300, 5, 5, xor);
    const params = GbdtParams.parse({ maxRounds: 10, rowSample: 0.7, featureSample: 0.6, seed: 11 });
    const a = trainGbdt(data, params).model;
    const b = trainGbdt(data, params).model;
    const c = trainGbdt(data, { ...params, seed: 12 }).model;
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('stops early when the validation set has nothing to learn', () => {
    const noise = (seed: number) => {
      const data = toyData(400, 3, seed, () => 0);
      return { matrix: data.matrix, labels: Uint8Array.from(data.labels, (_, i) => (i * 7919) % 5 === 0 ? 1 : 0) };
    };
    const { model, report } = trainGbdt(noise(6), GbdtParams.parse({ maxRounds: 1000, earlyStoppingRounds: 20 }), noise(7));
    expect(report.rounds).toBeLessThan(200);
    expect(model.trees.length).toBe(report.bestRounds);
    expect(report.rounds - report.bestRounds).toBe(20);
  });

  it('weighs the rare class so that both carry the same total weight', () => {
    const labels = Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    expect(positiveWeightOf(labels, 'balanced')).toBe(9);
    expect(positiveWeightOf(labels, 2)).toBe(2);
    const matrix = matrixFromRows(['x'], Array.from(labels, (_, i) => [i]));
    expect(trainGbdt({ matrix, labels }, GbdtParams.parse({ maxRounds: 1 })).model.baseScore).toBe(0);
    expect(trainGbdt({ matrix, labels }, GbdtParams.parse({ maxRounds: 1, positiveWeight: 1 })).model.baseScore).toBeCloseTo(Math.log(1 / 9), 12);
  });
});
