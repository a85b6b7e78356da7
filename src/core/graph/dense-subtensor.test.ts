import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockDensity, denseSubtensorsTopK, findDenseSubtensor, tuplesInBlock, type DensityMeasure } from './dense-subtensor.ts';
import { buildTensor, type Tensor } from './tensor.ts';

function tensorOf(tuples: readonly (readonly number[])[], mass?: readonly number[]): Tensor {
  const modes = tuples[0]?.length ?? 3;
  return buildTensor(Array.from({ length: modes }, (_, n) => Int32Array.from(tuples, (t) => t[n]!)), mass ? Float64Array.from(mass) : undefined);
}

/** Mass and density of a block recounted from the tuples. */
function recount(tensor: Tensor, values: readonly (readonly number[])[], measure: DensityMeasure): { mass: number; density: number } {
  const inside = tuplesInBlock(tensor, { values: values.map((v) => Int32Array.from(v)) });
  let mass = 0;
  inside.forEach((flag, t) => { if (flag) mass += tensor.mass[t]!; });
  return { mass, density: blockDensity(measure, mass, values.map((v) => v.length)) };
}

function subsets(size: number): number[][] {
  return Array.from({ length: (1 << size) - 1 }, (_, i) => Array.from({ length: size }, (_, v) => v).filter((v) => (i + 1) & (1 << v)));
}

const smallTensor = fc.array(fc.tuple(fc.nat(2), fc.nat(3), fc.nat(2)), { minLength: 1, maxLength: 25 });

describe('dense subtensors', () => {
  it('finds a ring active on two days hidden in a month of sparse activity', () => {
    const tuples: number[][] = [];
    for (let a = 0; a < 15; a += 1) for (let i = 0; i < 5; i += 1) tuples.push([a, i, 10 + ((a + i) % 2)]);
    for (let k = 0; k < 600; k += 1) tuples.push([20 + ((k * 37) % 300), 5 + ((k * 11) % 80), (k * 7) % 30]);
    const block = findDenseSubtensor(tensorOf(tuples));
    expect(Array.from(block.values[0]!)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(Array.from(block.values[1]!)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(block.values[2]!)).toEqual([10, 11]);
  });

  it('reports the mass and density its block really has (property)', () => {
    fc.assert(
      fc.property(smallTensor, fc.constantFrom<DensityMeasure>('arithmetic', 'geometric'), (tuples, measure) => {
        const tensor = tensorOf(tuples, tuples.map((_, i) => 1 + (i % 3)));
        for (const block of denseSubtensorsTopK(tensor, 3, measure)) {
          const again = recount(tensor, block.values.map((v) => Array.from(v)), measure);
          // Later blocks are measured on what earlier ones left, so their recount on the full tensor can only be larger.
          expect(again.mass).toBeGreaterThanOrEqual(block.mass - 1e-9);
        }
        const first = findDenseSubtensor(tensor, measure);
        const again = recount(tensor, first.values.map((v) => Array.from(v)), measure);
        expect(first.mass).toBeCloseTo(again.mass, 9);
        expect(first.density).toBeCloseTo(again.density, 9);
      }),
    );
  });

  it('is within 1/N of the densest block under the arithmetic mean (brute force, property)', () => {
    fc.assert(
      fc.property(smallTensor, (tuples) => {
        const tensor = tensorOf(tuples);
        let optimum = 0;
        for (const a of subsets(tensor.cardinality[0]!)) for (const b of subsets(tensor.cardinality[1]!)) for (const c of subsets(tensor.cardinality[2]!)) {
          optimum = Math.max(optimum, recount(tensor, [a, b, c], 'arithmetic').density);
        }
        const found = findDenseSubtensor(tensor, 'arithmetic');
        // Shin et al., M-Zoom, Theorem 1: peeling gives at least 1/N of the best arithmetic-mean density.
        expect(found.density).toBeLessThanOrEqual(optimum + 1e-9);
        expect(found.density).toBeGreaterThanOrEqual(optimum / 3 - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('takes each block\'s tuples out before looking for the next', () => {
    const tuples: number[][] = [];
    for (let a = 0; a < 6; a += 1) for (let i = 0; i < 6; i += 1) tuples.push([a, i, 0]);
    for (let a = 10; a < 14; a += 1) for (let i = 10; i < 14; i += 1) tuples.push([a, i, 5]);
    const [first, second] = denseSubtensorsTopK(tensorOf(tuples), 2);
    expect(first!.mass).toBe(36);
    expect(Array.from(second!.values[0]!)).toEqual([10, 11, 12, 13]);
    expect(second!.mass).toBe(16);
  });
});
