// Near-duplicate clusters of short texts: normalise, dedupe, MinHash + banded LSH for candidates, exact Jaccard, union-find.
import { UnionFind } from '../graph/union-find.ts';
import { forEachBucket } from './lsh-buckets.ts';
import { MinHasher, type BandLayout } from './minhash.ts';
import { normalizeForSimilarity } from './normalize-similarity.ts';
import { jaccard, ShingleSetsBuilder } from './shingles.ts';

export type NearDuplicateOptions = {
  /** Character n-gram length; bigrams suit Chinese, whose words are mostly two characters. */
  readonly shingleSize: number;
  readonly layout: BandLayout;
  /** Two texts are near-duplicates when the Jaccard similarity of their shingle sets reaches this. */
  readonly threshold: number;
  /** Normalised texts shorter than this never join a cluster: "好评" is said by millions on their own. */
  readonly minLength: number;
  readonly seed: number;
  /** A bucket is checked against at most this many representatives, so one huge bucket stays linear. */
  readonly representatives: number;
};

export const defaultNearDuplicateOptions: NearDuplicateOptions = {
  shingleSize: 2,
  layout: { bands: 16, rows: 4 },
  threshold: 0.5,
  minLength: 6,
  seed: 0x5e0d,
  representatives: 12,
};

export type NearDuplicateClusters = {
  /** Cluster of each input text (0 .. clusterCount - 1), or -1 when it has no near-duplicate. */
  readonly clusterOf: Int32Array;
  readonly clusterCount: number;
  /** Each input's distinct normalised text (index into `distinctTexts`), or -1 when it was too short to compare. */
  readonly distinctOf: Int32Array;
  readonly distinctTexts: readonly string[];
};

/** Texts are read through `textAt` so a caller can stream them from a columnar arena without building an array. */
export function clusterNearDuplicates(
  count: number,
  textAt: (index: number) => string,
  options: NearDuplicateOptions = defaultNearDuplicateOptions,
): NearDuplicateClusters {
  // Identical normalised texts are one node: a platform's default text repeated a million times costs one hash.
  const distinctOf = new Int32Array(count).fill(-1);
  const ids = new Map<string, number>();
  const distinctTexts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const normalized = normalizeForSimilarity(textAt(i));
    if (normalized.length < options.minLength) continue;
    let id = ids.get(normalized);
    if (id === undefined) {
      id = distinctTexts.length;
      ids.set(normalized, id);
      distinctTexts.push(normalized);
    }
    distinctOf[i] = id;
  }
  const sets = distinctSimilarities(distinctTexts, options);
  return { ...numberClusters(distinctOf, sets), distinctOf, distinctTexts };
}

function distinctSimilarities(texts: readonly string[], options: NearDuplicateOptions): UnionFind {
  const builder = new ShingleSetsBuilder(options.shingleSize);
  for (const text of texts) builder.add(text);
  const shingles = builder.finish();
  const hasher = new MinHasher(options.layout, options.seed);
  const { bands } = options.layout;
  const keys = new Uint32Array(texts.length * bands);
  for (let t = 0; t < texts.length; t += 1) hasher.bandKeys(shingles.values, shingles.offsets[t]!, shingles.offsets[t + 1]!, keys, t * bands);

  const sets = new UnionFind(texts.length);
  const reps: number[] = [];
  forEachBucket(keys, texts.length, bands, (members) => {
    reps.length = 0;
    for (const member of members) {
      let joined = false;
      for (const rep of reps) {
        if (sets.find(rep) === sets.find(member)) joined = true;
        else if (jaccard(shingles, rep, member) >= options.threshold) {
          sets.union(rep, member);
          joined = true;
        }
      }
      if (!joined && reps.length < options.representatives) reps.push(member);
    }
  });
  return sets;
}

/** Dense cluster numbers for sets that hold two or more input texts, in order of first appearance. */
function numberClusters(distinctOf: Int32Array, sets: UnionFind): { clusterOf: Int32Array; clusterCount: number } {
  const members = new Map<number, number>();
  for (const id of distinctOf) if (id >= 0) members.set(sets.find(id), (members.get(sets.find(id)) ?? 0) + 1);
  const numberOf = new Map<number, number>();
  const clusterOf = new Int32Array(distinctOf.length).fill(-1);
  for (let i = 0; i < distinctOf.length; i += 1) {
    const id = distinctOf[i]!;
    if (id < 0) continue;
    const root = sets.find(id);
    if ((members.get(root) ?? 0) < 2) continue;
    let number = numberOf.get(root);
    if (number === undefined) {
      number = numberOf.size;
      numberOf.set(root, number);
    }
    clusterOf[i] = number;
  }
  return { clusterOf, clusterCount: numberOf.size };
}
