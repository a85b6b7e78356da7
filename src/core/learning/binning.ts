// Quantile binning (as LightGBM and XGBoost "hist"): each feature becomes at most 255 value bins plus bin 0 for missing.
import type { FeatureMatrix } from './matrix.ts';
import { sampleIndices, type Random } from './random.ts';

export const MISSING_BIN = 0;
export const MAX_VALUE_BINS = 255;

/** Per feature, the upper edges of its value bins: value v goes to bin 1 + (first b with v ≤ upper[b]). */
export type BinEdges = readonly Float64Array[];

/**
 * Bin codes one column per feature: row r, feature f at `columns[f][r]`. Histograms are built a feature at a time,
 * so a pass reads one byte column and adds into one feature's bins, which stay in the first-level cache.
 */
export type BinnedMatrix = {
  readonly rows: number;
  readonly features: number;
  readonly columns: readonly Uint8Array[];
  readonly edges: BinEdges;
};

/**
 * Edges from the distinct values of a (sampled) column: each distinct value its own bin when there are few, otherwise
 * equal-count bins whose edges fall midway between distinct values. The last edge is +Infinity so every value has a bin.
 */
export function columnEdges(values: ArrayLike<number>, maxBins = MAX_VALUE_BINS): Float64Array {
  const sorted = Float64Array.from(values).sort();
  // NaN sorts last in a typed-array sort.
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1]!)) n -= 1;
  if (n === 0) return Float64Array.of(Number.POSITIVE_INFINITY);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const v = sorted[i]!;
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]! += 1;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  const edges: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i += 1) edges.push(midpoint(distinct[i]!, distinct[i + 1]!));
  } else {
    // Greedy equal-count cut: close a bin once it holds its share of the rows still to place.
    let remaining = n;
    let binsLeft = maxBins;
    let inBin = 0;
    for (let i = 0; i + 1 < distinct.length && binsLeft > 1; i += 1) {
      inBin += counts[i]!;
      if (inBin >= remaining / binsLeft) {
        edges.push(midpoint(distinct[i]!, distinct[i + 1]!));
        remaining -= inBin;
        binsLeft -= 1;
        inBin = 0;
      }
    }
  }
  edges.push(Number.POSITIVE_INFINITY);
  return Float64Array.from(edges);
}

/** A midpoint rounded to float32 and kept strictly above `a`, so float32 feature values compare exactly as in training. */
function midpoint(a: number, b: number): number {
  const mid = Math.fround((a + b) / 2);
  return mid >= a && mid < b ? mid : a;
}

/** The value bin (1-based) of v, or MISSING_BIN; binary search over the upper edges. */
export function binOf(value: number, edges: Float64Array): number {
  if (Number.isNaN(value)) return MISSING_BIN;
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

/** Sorted values followed by +Infinity up to a power-of-two length longer than them, for countBelowPadded. */
export function padToPowerOfTwo(sorted: Float64Array): Float64Array {
  let size = 1;
  while (size <= sorted.length) size *= 2;
  const out = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  out.set(sorted);
  return out;
}

/**
 * How many of the sorted values are below v (v not NaN), on values padded by padToPowerOfTwo: a fixed number of halvings
 * whose steps are added as masks, with no branch for the processor to mispredict (a plain binary search mispredicts
 * about half its steps on scattered values). binOf(v, edges) is 1 + this count on the padded edges.
 */
export function countBelowPadded(padded: Float64Array, v: number): number {
  let at = 0;
  for (let step = padded.length >> 1; step > 0; step >>= 1) at += step & -Number(padded[at + step - 1]! < v);
  return at;
}

/** Edges for every column, from at most `sampleRows` rows drawn with the seeded generator. */
export function computeEdges(matrix: FeatureMatrix, random: Random, sampleRows = 200_000, maxBins = MAX_VALUE_BINS): BinEdges {
  const rows = matrix.rows > sampleRows ? sampleIndices(matrix.rows, sampleRows, random) : undefined;
  return matrix.columns.map((column) => {
    if (!rows) return columnEdges(column, maxBins);
    const sample = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) sample[i] = column[rows[i]!]!;
    return columnEdges(sample, maxBins);
  });
}

export function binMatrix(matrix: FeatureMatrix, edges: BinEdges): BinnedMatrix {
  const columns = matrix.columns.map((column, f) => {
    const padded = padToPowerOfTwo(edges[f]!);
    const codes = new Uint8Array(matrix.rows);
    for (let r = 0; r < matrix.rows; r += 1) {
      const v = column[r]!;
      codes[r] = v !== v ? MISSING_BIN : 1 + countBelowPadded(padded, v);
    }
    return codes;
  });
  return { rows: matrix.rows, features: columns.length, columns, edges };
}
