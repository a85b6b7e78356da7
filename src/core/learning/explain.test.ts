import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainRows, explanationBias, gainImportance } from './explain.ts';
import { GbdtParams } from './gbdt/params.ts';
import { toyData } from './gbdt/testing.ts';
import { predictRaw, trainGbdt } from './gbdt/train-gbdt.ts';

describe('Saabas explanations', () => {
  const data = toyData(400, 4, 21, (row) => (row[0]! + row[1]! * row[2]! > 0.7 ? 1 : 0));
  const { model } = trainGbdt(data, GbdtParams.parse({ maxRounds: 30, maxDepth: 4, seed: 2 }));

  it('add up, with the bias, to exactly the log-odds of every row', () => {
    const raw = predictRaw(model, data.matrix);
    const all = explainRows(model, data.matrix, 99);
    const bias = explanationBias(model);
    all.forEach((reasons, r) => {
      const total = reasons.reduce((sum, reason) => sum + reason.contribution, bias);
      expect(total).toBeCloseTo(raw[r]!, 9);
    });
  });

  it('keeps the k largest by size, the value beside each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 399 }), fc.integer({ min: 1, max: 3 }), (row, k) => {
        const [full, top] = [explainRows(model, data.matrix, 99), explainRows(model, data.matrix, k)];
        const expected = full[row]!.slice(0, k);
        expect(top[row]).toEqual(expected);
        for (const reason of top[row]!) expect(reason.value).toBe(data.matrix.columns[reason.feature]![row]);
      }),
      { numRuns: 30 },
    );
  });

  it('ranks the features the label depends on above the one it ignores', () => {
    const importance = gainImportance(model, data.matrix.names);
    expect(importance[0]!.feature).toBe('x0');
    const noise = importance.find((entry) => entry.feature === 'x3')?.gain ?? 0;
    expect(noise).toBeLessThan(importance[0]!.gain / 10);
  });

  it('gives an offset whole to its feature, and still adds up to the log-odds plus the offset', () => {
    const offset = { feature: 3, values: Float64Array.from({ length: data.matrix.rows }, (_, r) => (r % 5) - 2) };
    const raw = predictRaw(model, data.matrix);
    const plain = explainRows(model, data.matrix, 99);
    const all = explainRows(model, data.matrix, 99, offset);
    const bias = explanationBias(model);
    all.forEach((reasons, r) => {
      const total = reasons.reduce((sum, reason) => sum + reason.contribution, bias);
      expect(total).toBeCloseTo(raw[r]! + offset.values[r]!, 9);
      const fromTrees = plain[r]!.find((reason) => reason.feature === 3)?.contribution ?? 0;
      const shown = reasons.find((reason) => reason.feature === 3)?.contribution ?? 0;
      expect(shown).toBeCloseTo(fromTrees + offset.values[r]!, 9);
    });
  });
});

