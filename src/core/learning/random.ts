// Seeded randomness for the learner (row and feature sampling, splits, folds): the same seed always gives the same model.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export type Random = {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
};

const TWO_POW_32 = 4294967296;

export function seededRandom(seed: number): Random {
  const gen = xoroshiro128plus(seed | 0);
  // The first outputs of xoroshiro from a small seed are correlated with it; a short warm-up decorrelates nearby seeds.
  for (let i = 0; i < 16; i += 1) gen.next();
  const float = () => (gen.next() >>> 0) / TWO_POW_32;
  return { float, below: (n) => Math.floor(float() * n) };
}

/** Fisher–Yates in place. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(values: T, random: Random): T {
  for (let i = values.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    const tmp = values[i]!;
    values[i] = values[j]!;
    values[j] = tmp;
  }
  return values;
}

/** Each of 0..n-1 kept with probability `share`, in increasing order: O(n), no sort, rows stay in memory order. */
export function bernoulliSample(n: number, share: number, random: Random): Int32Array {
  if (share >= 1) return Int32Array.from({ length: n }, (_, i) => i);
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i += 1) if (random.float() < share) out[k++] = i;
  return out.slice(0, k);
}

/** A random subset of size k of 0..n-1, in increasing order (so sampled rows keep their memory order). */
export function sampleIndices(n: number, k: number, random: Random): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i += 1) all[i] = i;
  if (k >= n) return all;
  // Partial Fisher–Yates: only the first k places are drawn.
  for (let i = 0; i < k; i += 1) {
    const j = i + random.below(n - i);
    const tmp = all[i]!;
    all[i] = all[j]!;
    all[j] = tmp;
  }
  return all.subarray(0, k).sort();
}
