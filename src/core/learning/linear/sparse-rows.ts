// Sparse rows (CSR) of hashed text, and the TF-IDF weighting that linear text classifiers are known to need.
import type { SparseVector } from './hashed-ngrams.ts';

export type SparseRows = {
  readonly rows: number;
  /** Row r spans indices/values[offsets[r] .. offsets[r + 1]). */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
};

export function sparseRows(vectors: readonly SparseVector[]): SparseRows {
  const offsets = new Int32Array(vectors.length + 1);
  for (let r = 0; r < vectors.length; r += 1) offsets[r + 1] = offsets[r]! + vectors[r]!.indices.length;
  const indices = new Int32Array(offsets[vectors.length]!);
  const values = new Float32Array(indices.length);
  for (let r = 0; r < vectors.length; r += 1) {
    indices.set(vectors[r]!.indices, offsets[r]);
    values.set(vectors[r]!.values, offsets[r]);
  }
  return { rows: vectors.length, offsets, indices, values };
}

export function selectSparseRows(source: SparseRows, rows: ArrayLike<number>): SparseRows {
  const vectors: SparseVector[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i]!;
    const from = source.offsets[r]!;
    const to = source.offsets[r + 1]!;
    vectors.push({ indices: source.indices.subarray(from, to), values: source.values.subarray(from, to) });
  }
  return sparseRows(vectors);
}

/** Smoothed inverse document frequency, as scikit-learn's: ln((1 + n) / (1 + df)) + 1; 0 for buckets never seen. */
export function inverseDocumentFrequency(rows: SparseRows, buckets: number): Float32Array {
  const df = new Int32Array(buckets);
  for (let k = 0; k < rows.indices.length; k += 1) if (rows.values[k] !== 0) df[rows.indices[k]!]! += 1;
  const idf = new Float32Array(buckets);
  for (let b = 0; b < buckets; b += 1) if (df[b]! > 0) idf[b] = Math.log((1 + rows.rows) / (1 + df[b]!)) + 1;
  return idf;
}

/**
 * Sublinear term frequency (1 + ln tf, keeping the hash sign) times IDF, each row scaled to unit length, so long and
 * short reviews weigh the same. Buckets with no IDF (unseen in training) drop out.
 */
export function tfidf(rows: SparseRows, idf: Float32Array): SparseRows {
  const values = new Float32Array(rows.values.length);
  for (let r = 0; r < rows.rows; r += 1) {
    let norm = 0;
    for (let k = rows.offsets[r]!; k < rows.offsets[r + 1]!; k += 1) {
      const c = rows.values[k]!;
      const tf = c === 0 ? 0 : Math.sign(c) * (1 + Math.log(Math.abs(c)));
      const v = tf * (idf[rows.indices[k]!] ?? 0);
      values[k] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = rows.offsets[r]!; k < rows.offsets[r + 1]!; k += 1) values[k]! *= scale;
    }
  }
  return { ...rows, values };
}
