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

  describe('from an offset (another model\'s log-odds per row)', () => {
    // The label follows x0 and x1; the offset knows x0 only, as a strong margin.
    const both = (row: number[]) => (row[0]! > 0.5 && row[1]! > 0.5 ? 1 : 0);
    const withOffset = (n: number, seed: number, know: (row: number, x0: number, x1: number) => number) => {
      const data = toyData(n, 3, seed, both);
      const [x0, x1] = [data.matrix.columns[0]!, data.matrix.columns[1]!];
      return { ...data, offset: Float64Array.from({ length: n }, (_, r) => know(r, x0[r]!, x1[r]!)) };
    };
    // Ranking is what these cases are about; under log loss the trees would also (rightly) sharpen a timid offset.
    const params = GbdtParams.parse({ maxRounds: 300, learningRate: 0.2, earlyStoppingRounds: 20, earlyStoppingMetric: 'auc', seed: 5 });

    it('adds only what the offset misses, and starts from it rather than from the prior odds', () => {
      const half = (_: number, x0: number) => (x0 > 0.5 ? 0 : -6);
      const [train, valid] = [withOffset(600, 8, half), withOffset(400, 9, half)];
      const { model } = trainGbdt(train, params, valid);
      expect(model.baseScore).toBe(0);
      expect(model.trees.length).toBeGreaterThan(0);
      const raw = predictRaw(model, valid.matrix);
      expect(aucRoc(valid.labels, predictRaw(model, valid.matrix, valid.offset))).toBeGreaterThan(0.98);
      expect(aucRoc(valid.labels, valid.offset)).toBeLessThan(0.85);
      // Where the offset has decided (x0 ≤ 0.5) the trees stay near zero; without it they would push those rows down hard.
      const meanSize = (decided: boolean) => {
        const rows = [...raw.keys()].filter((r) => valid.matrix.columns[0]![r]! <= 0.5 === decided);
        return rows.reduce((sum, r) => sum + Math.abs(raw[r]!), 0) / rows.length;
      };
      expect(meanSize(true)).toBeLessThan(meanSize(false) / 5);
    });

    it('keeps no tree when the offset already ranks the validation rows perfectly', () => {
      const perfect = (_: number, x0: number, x1: number) => (x0 > 0.5 && x1 > 0.5 ? 4 : -4);
      const { model, report } = trainGbdt(withOffset(600, 10, perfect), params, withOffset(400, 11, perfect));
      expect(model.trees).toHaveLength(0);
      expect(report.bestRounds).toBe(0);
      expect(report.rounds).toBe(params.earlyStoppingRounds);
    });
  });
});
