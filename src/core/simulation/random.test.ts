import { describe, expect, it } from 'vitest';
import { AliasTable, mix32, Rng } from './random.ts';

describe('Rng', () => {
  it('repeats a stream for the same seed and stream, and differs across streams', () => {
    const draws = (seed: number, stream: number) => { const rng = new Rng(seed, stream); return Array.from({ length: 5 }, () => rng.float()); };
    expect(draws(1, 2)).toEqual(draws(1, 2));
    expect(draws(1, 2)).not.toEqual(draws(1, 3));
    expect(draws(1, 2)).not.toEqual(draws(2, 2));
  });

  it('draws integers inclusively and Poisson counts with the right mean', () => {
    const rng = new Rng(9, 0);
    const ints = Array.from({ length: 10_000 }, () => rng.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    for (const lambda of [0.3, 4, 50]) {
      const mean = Array.from({ length: 20_000 }, () => rng.poisson(lambda)).reduce((a, b) => a + b, 0) / 20_000;
      expect(Math.abs(mean - lambda) / lambda).toBeLessThan(0.05);
    }
  });

  it('samples distinct elements', () => {
    const rng = new Rng(4, 0);
    const picked = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });
});

describe('AliasTable', () => {
  it('draws in proportion to the weights', () => {
    const table = new AliasTable([1, 2, 7, 0]);
    const rng = new Rng(3, 1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 50_000; i += 1) counts[table.draw(rng)]! += 1;
    expect(counts[3]).toBe(0);
    expect(counts[2]! / 50_000).toBeCloseTo(0.7, 1);
    expect(counts[1]! / counts[0]!).toBeGreaterThan(1.7);
    expect(counts[1]! / counts[0]!).toBeLessThan(2.3);
  });
});

describe('mix32', () => {
  it('is a bijection on a sample of 32-bit inputs', () => {
    const outputs = new Set(Array.from({ length: 100_000 }, (_, i) => mix32(i)));
    expect(outputs.size).toBe(100_000);
  });
});
