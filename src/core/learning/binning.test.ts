import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binMatrix, binOf, columnEdges, MISSING_BIN } from './binning.ts';
import { matrixFromRows } from './matrix.ts';

describe('quantile binning', () => {
  it('gives each of a few distinct values its own bin, with edges midway', () => {
    const edges = columnEdges(Float32Array.of(3, 1, 2, 2, Number.NaN, 1));
    expect(Array.from(edges)).toEqual([1.5, 2.5, Number.POSITIVE_INFINITY]);
    expect([1, 2, 3, 0.5, 100].map((v) => binOf(v, edges))).toEqual([1, 2, 3, 1, 3]);
    expect(binOf(Number.NaN, edges)).toBe(MISSING_BIN);
  });

  it('caps the bins and keeps their counts roughly equal when there are many values', () => {
    const values = Float32Array.from({ length: 10_000 }, (_, i) => i);
    const edges = columnEdges(values, 16);
    expect(edges.length).toBe(16);
    const counts = new Array<number>(17).fill(0);
    for (const v of values) counts[binOf(v, edges)]! += 1;
    for (const c of counts.slice(1)) expect(Math.abs(c - 625)).toBeLessThanOrEqual(2);
  });

  it('sends a float32 value to a bin ≤ b exactly when it is ≤ the bin\'s upper edge (raw and binned paths agree)', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 2, max: 255 }), (raw, maxBins) => {
        const values = Float32Array.from(raw);
        const edges = columnEdges(values, maxBins);
        expect(edges.length).toBeLessThanOrEqual(maxBins);
        for (const v of values) {
          const bin = binOf(v, edges);
          for (let b = 1; b <= edges.length; b += 1) expect(bin <= b).toBe(v <= edges[b - 1]!);
        }
      }),
    );
  });

  it('codes a column as binOf does, for missing values, infinities and values beyond the edges', () => {
    const value = fc.oneof(fc.float({ min: -10, max: 10 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.array(value, { minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 255 }), (sample, rows, maxBins) => {
        const edges = columnEdges(Float32Array.from(sample), maxBins);
        const binned = binMatrix(matrixFromRows(['x'], rows.map((v) => [v])), [edges]);
        expect(Array.from(binned.columns[0]!)).toEqual(rows.map((v) => binOf(Math.fround(v), edges)));
      }),
    );
  });

  it('lays the codes out one column per feature', () => {
    const binned = binMatrix(matrixFromRows(['a', 'b'], [[1, 10], [2, Number.NaN]]), [Float64Array.of(1.5, Infinity), Float64Array.of(Infinity)]);
    expect(binned.columns.map((column) => Array.from(column))).toEqual([[1, 2], [1, 0]]);
  });
});
