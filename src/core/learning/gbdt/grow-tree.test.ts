import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../matrix.ts';
import { exactParams } from './testing.ts';
import { trainGbdt } from './train-gbdt.ts';
import { leafOf, type Tree } from './tree.ts';

/** Whether a row's path from the root visits `target`. */
function passesThrough(tree: Tree, target: number, valueOf: (f: number) => number): boolean {
  let node = 0;
  while (node !== target) {
    const f = tree.feature[node]!;
    if (f < 0) return false;
    const v = valueOf(f);
    node = (Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!) ? tree.left[node]! : tree.right[node]!;
  }
  return true;
}

/** The best gain of any split of `rows` (any feature, threshold between present values, missing side), by brute force. */
function bruteForceGain(columns: readonly Float32Array[], rows: number[], g: number[], h: number, lambda: number): number {
  const score = (rs: number[]) => {
    const G = rs.reduce((s, r) => s + g[r]!, 0);
    return (G * G) / (rs.length * h + lambda);
  };
  let best = 0;
  for (const column of columns) {
    const present = [...new Set(rows.map((r) => column[r]!).filter((v) => !Number.isNaN(v)))].sort((x, y) => x - y);
    for (const t of present.slice(0, -1)) {
      for (const missingLeft of [true, false]) {
        const left = rows.filter((r) => (Number.isNaN(column[r]!) ? missingLeft : column[r]! <= t));
        const right = rows.filter((r) => !left.includes(r));
        if (left.length === 0 || right.length === 0) continue;
        best = Math.max(best, score(left) + score(right) - score(rows));
      }
    }
  }
  return best;
}

describe('one tree, checked against exact answers', () => {
  it('splits a separable column at the midpoint with the second-order leaf values and gain', () => {
    const matrix = matrixFromRows(['x'], [[1], [2], [3], [4], [5], [6]]);
    const { model } = trainGbdt({ matrix, labels: Uint8Array.of(0, 0, 0, 1, 1, 1) }, exactParams({ maxLeaves: 2 }));
    const tree = model.trees[0]!;
    // At p = 0.5 each row has g = ±0.5 and h = 0.25: leaves −G/H = ∓2, gain G²/H per side = 3 + 3.
    expect(model.baseScore).toBe(0);
    expect(tree.feature[0]).toBe(0);
    expect(tree.threshold[0]).toBe(3.5);
    expect(tree.value[tree.left[0]!]).toBeCloseTo(-2, 12);
    expect(tree.value[tree.right[0]!]).toBeCloseTo(2, 12);
    expect(tree.gain[0]).toBeCloseTo(6, 12);
  });

  it('learns where missing values go', () => {
    const matrix = matrixFromRows(['x'], [[1], [2], [Number.NaN], [Number.NaN], [5], [6]]);
    const { model } = trainGbdt({ matrix, labels: Uint8Array.of(0, 0, 1, 1, 1, 1) }, exactParams({ maxLeaves: 2 }));
    const tree = model.trees[0]!;
    expect(tree.threshold[0]).toBe(3.5);
    expect(tree.missingLeft[0]).toBe(0);
  });

  it('finds the same best stump as a brute-force search over every feature, threshold and missing side', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.NaN));
    const row = fc.tuple(fc.integer({ min: 0, max: 1 }), value, value);
    fc.assert(
      fc.property(fc.array(row, { minLength: 4, maxLength: 40 }), (rows) => {
        const labels = Uint8Array.from(rows, ([y]) => y);
        fc.pre(labels.includes(0) && labels.includes(1));
        const matrix = matrixFromRows(['a', 'b'], rows.map(([, a, b]) => [a, b]));
        const lambda = 1;
        const { model } = trainGbdt({ matrix, labels }, exactParams({ maxLeaves: 2, lambda }));
        const p = 1 / (1 + Math.exp(-model.baseScore));
        const best = bruteForceGain(matrix.columns, rows.map((_, r) => r), Array.from(labels, (y) => p - y), p * (1 - p), lambda);
        const tree = model.trees[0]!;
        expect(tree.gain[0]).toBeCloseTo(best, 9);
        if (best <= 1e-12) expect(tree.feature[0]).toBe(-1);
      }),
      { numRuns: 150 },
    );
  });

  it('grows a bigger tree whose every split is the best for the rows reaching it, and every leaf the exact −G/(H+λ)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { minLength: 10, maxLength: 60 }), (rows) => {
        const labels = Uint8Array.from(rows, ([y]) => y);
        fc.pre(labels.includes(0) && labels.includes(1));
        const matrix = matrixFromRows(['a', 'b'], rows.map(([, a, b]) => [a, b]));
        const { model } = trainGbdt({ matrix, labels }, exactParams({ maxLeaves: 6, lambda: 0.5, maxDepth: 0 }));
        const tree = model.trees[0]!;
        const p = 1 / (1 + Math.exp(-model.baseScore));
        const sums = new Map<number, [number, number]>();
        rows.forEach((_, r) => {
          const leaf = leafOf(tree, (f) => matrix.columns[f]![r]!);
          const [G, H] = sums.get(leaf) ?? [0, 0];
          sums.set(leaf, [G + p - labels[r]!, H + p * (1 - p)]);
        });
        for (const [leaf, [G, H]] of sums) expect(tree.value[leaf]).toBeCloseTo(-G / (H + 0.5), 9);
        expect(sums.size).toBeLessThanOrEqual(6);
        const g = Array.from(labels, (y) => p - y);
        tree.feature.forEach((f, node) => {
          if (f < 0) return;
          const reaching = rows.map((_, r) => r).filter((r) => passesThrough(tree, node, (k) => matrix.columns[k]![r]!));
          expect(tree.gain[node]).toBeCloseTo(bruteForceGain(matrix.columns, reaching, g, p * (1 - p), 0.5), 9);
        });
      }),
      { numRuns: 100 },
    );
  });
});
