import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixFromRows, type FeatureMatrix } from '../matrix.ts';
import { addForestOutput, compileForest } from './compiled-forest.ts';
import { GbdtParams } from './params.ts';
import { toyData } from './testing.ts';
import { trainGbdt, type Gbdt } from './train-gbdt.ts';
import { addTreeOutput, type Tree } from './tree.ts';

/** The reference: each tree walked on raw values, one row at a time. */
function walked(model: Gbdt, matrix: FeatureMatrix): Float64Array {
  const out = new Float64Array(matrix.rows).fill(model.baseScore);
  for (const tree of model.trees) addTreeOutput(tree, matrix.columns, out);
  return out;
}

function compiled(model: Gbdt, matrix: FeatureMatrix): Float64Array {
  const out = new Float64Array(matrix.rows).fill(model.baseScore);
  addForestOutput(compileForest(model.trees)!, matrix, out);
  return out;
}

/** A hand-made tree: x0 ≤ 0.5 (missing right) → leaf 1, else x1 ≤ 2 (missing left) → leaves 3 / 4. */
const handMade: Tree = {
  feature: Int32Array.of(0, -1, 1, -1, -1),
  threshold: Float64Array.of(0.5, 0, 2, 0, 0),
  bin: new Int32Array(5),
  missingLeft: Uint8Array.of(0, 0, 1, 0, 0),
  left: Int32Array.of(1, -1, 3, -1, -1),
  right: Int32Array.of(2, -1, 4, -1, -1),
  value: Float64Array.of(0, -1, 0, 2, 3),
  gain: new Float64Array(5),
  cover: new Float64Array(5),
};

describe('compiled forest', () => {
  const label = (row: number[]) => (row[0]! + row[1]! * row[2]! > 0.7 ? 1 : 0);
  const { model } = trainGbdt(toyData(500, 4, 31, label), GbdtParams.parse({ maxRounds: 25, seed: 3 }));

  it('sends missing values and values on, between and beyond the thresholds where the raw walk does', () => {
    const values = [Number.NaN, -Infinity, -1, 0.5, 0.50001, 1, 2, 3, Infinity];
    const rows = values.flatMap((a) => values.map((b) => [a, b]));
    const matrix = matrixFromRows(['x0', 'x1'], rows);
    const tree = { baseScore: 0, trees: [handMade] };
    expect(Array.from(compiled(tree, matrix))).toEqual(Array.from(walked(tree, matrix)));
    expect(compiled(tree, matrixFromRows(['x0', 'x1'], [[Number.NaN, Number.NaN], [0.5, 5], [0.7, 2]]))).toEqual(Float64Array.of(2, -1, 2));
  });

  it('gives the raw walk\'s sums bit for bit on a trained model, for rows with missing and out-of-range values', () => {
    const value = fc.oneof(fc.double({ min: -2, max: 3, noNaN: true }), fc.constant(Number.NaN), fc.constantFrom(0, 1, -Infinity, Infinity));
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 700 }), (rows) => {
        const matrix = matrixFromRows(['x0', 'x1', 'x2', 'x3'], rows);
        expect(Array.from(compiled(model, matrix))).toEqual(Array.from(walked(model, matrix)));
      }),
      { numRuns: 40 },
    );
  });

  it('scores the training rows exactly as the raw walk, across block boundaries', () => {
    const data = toyData(1000, 4, 32, label);
    expect(Array.from(compiled(model, data.matrix))).toEqual(Array.from(walked(model, data.matrix)));
  });

  it('declines what it cannot encode, so the caller walks the trees instead', () => {
    const wide = trainGbdt(toyData(400, 4, 33, label), GbdtParams.parse({ maxRounds: 1, maxLeaves: 40, maxDepth: 0, minDataInLeaf: 1 })).model;
    expect(wide.trees[0]!.feature.filter((f) => f < 0).length).toBeGreaterThan(32);
    expect(compileForest(wide.trees)).toBeUndefined();
    const nan = { ...handMade, threshold: Float64Array.of(Number.NaN, 0, 2, 0, 0) };
    expect(compileForest([nan])).toBeUndefined();
  });
});
