import { describe, expect, it } from 'vitest';
import { candidateProbability, MinHasher } from './minhash.ts';

function set(values: number[]): Uint32Array {
  return Uint32Array.from([...new Set(values)].sort((a, b) => a - b));
}

describe('MinHasher', () => {
  it('gives equal sets equal keys and is deterministic for a seed', () => {
    const layout = { bands: 8, rows: 4 };
    const a = set([1, 2, 3, 4, 5, 6, 7, 8]);
    const keys = new Uint32Array(16);
    new MinHasher(layout, 7).bandKeys(a, 0, a.length, keys, 0);
    new MinHasher(layout, 7).bandKeys(a.slice(), 0, a.length, keys, 8);
    expect([...keys.subarray(0, 8)]).toEqual([...keys.subarray(8)]);
  });

  it('agrees on a share of sketch positions close to the Jaccard similarity', () => {
    const layout = { bands: 64, rows: 4 };
    // Sets of 40 with 30 shared: Jaccard 30 / 50 = 0.6; averaged over many seeds the agreement rate must match.
    const shared = Array.from({ length: 30 }, (_, i) => i * 7919 + 11);
    const a = set([...shared, ...Array.from({ length: 10 }, (_, i) => 1_000_000 + i * 31)]);
    const b = set([...shared, ...Array.from({ length: 10 }, (_, i) => 2_000_000 + i * 37)]);
    let agree = 0;
    let total = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const hasher = new MinHasher(layout, seed);
      const sa = hasher.sketch(a, 0, a.length).slice();
      const sb = hasher.sketch(b, 0, b.length);
      for (let i = 0; i < sa.length; i += 1) if (sa[i] === sb[i]) agree += 1;
      total += sa.length;
    }
    expect(agree / total).toBeGreaterThan(0.55);
    expect(agree / total).toBeLessThan(0.65);
  });

  it('follows the banding S-curve', () => {
    const layout = { bands: 16, rows: 4 };
    expect(candidateProbability(0.3, layout)).toBeLessThan(0.15);
    expect(candidateProbability(0.6, layout)).toBeGreaterThan(0.85);
    expect(candidateProbability(0.8, layout)).toBeGreaterThan(0.999);
  });
});
