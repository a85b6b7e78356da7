// Seeded stratified splits and folds: each part keeps the share of fraud, which matters when fraud is rare.
import { seededRandom, shuffleInPlace } from './random.ts';

/** Fold number (0..k-1) of every row; positives and negatives are each dealt round-robin after a seeded shuffle. */
export function stratifiedFolds(labels: Uint8Array, k: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const folds = new Uint8Array(labels.length);
  for (const cls of [0, 1]) {
    const rows = Int32Array.from(labels.keys()).filter((r) => labels[r] === cls);
    shuffleInPlace(rows, random);
    rows.forEach((r, i) => (folds[r] = i % k));
  }
  return folds;
}

/** Row numbers of a stratified split: about `share` of each class in `first`, the rest in `second`, both ascending. */
export function stratifiedSplit(labels: Uint8Array, share: number, seed: number): { first: Int32Array; second: Int32Array } {
  const random = seededRandom(seed);
  const first: number[] = [];
  const second: number[] = [];
  for (const cls of [0, 1]) {
    const rows = Int32Array.from(labels.keys()).filter((r) => labels[r] === cls);
    shuffleInPlace(rows, random);
    const cut = Math.round(rows.length * share);
    rows.forEach((r, i) => (i < cut ? first : second).push(r));
  }
  return { first: Int32Array.from(first).sort(), second: Int32Array.from(second).sort() };
}
