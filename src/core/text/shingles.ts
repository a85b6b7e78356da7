// Character n-gram sets of normalised text, as sorted unique 32-bit codes in one flat array for millions of texts.
import { Growable } from '../snapshot/growable.ts';
import { mix32 } from './hash32.ts';

/** Sorted unique shingles of every text added, text t spanning values[offsets[t] .. offsets[t + 1]). */
export type ShingleSets = { readonly offsets: Int32Array; readonly values: Uint32Array; readonly count: number };

/**
 * Bigrams are coded exactly (two UTF-16 units in 32 bits); longer grams are hashed with FNV-1a and mixed.
 * A text shorter than n is one shingle of itself, so "好评" still has a set.
 */
export function writeShingles(text: string, n: number, out: Uint32Array): number {
  if (text.length === 0) return 0;
  const grams = Math.max(1, text.length - n + 1);
  for (let start = 0; start < grams; start += 1) {
    if (n === 2 && text.length >= 2) out[start] = ((text.charCodeAt(start) << 16) | text.charCodeAt(start + 1)) >>> 0;
    else {
      let h = 0x811c9dc5;
      const end = Math.min(text.length, start + n);
      for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      out[start] = mix32(h);
    }
  }
  const run = out.subarray(0, grams);
  // Short texts have a few dozen grams, where insertion sort beats the general one.
  if (grams <= 48) insertionSort(run);
  else run.sort();
  let count = 1;
  for (let i = 1; i < grams; i += 1) if (run[i] !== run[count - 1]) run[count++] = run[i]!;
  return count;
}

function insertionSort(run: Uint32Array): void {
  for (let i = 1; i < run.length; i += 1) {
    const value = run[i]!;
    let at = i;
    while (at > 0 && run[at - 1]! > value) {
      run[at] = run[at - 1]!;
      at -= 1;
    }
    run[at] = value;
  }
}

export class ShingleSetsBuilder {
  private readonly offsets = new Growable(Int32Array, 1024);
  private readonly values = new Growable(Uint32Array, 64 * 1024);
  private scratch = new Uint32Array(1024);

  constructor(private readonly n: number) {
    this.offsets.push(0);
  }

  /** Adds a text's set and returns its size. */
  add(text: string): number {
    if (this.scratch.length < text.length + 1) this.scratch = new Uint32Array(text.length * 2 + 1);
    const count = writeShingles(text, this.n, this.scratch);
    const { data, offset } = this.values.reserve(count);
    data.set(this.scratch.subarray(0, count), offset);
    this.offsets.push(this.values.size);
    return count;
  }

  finish(): ShingleSets {
    const offsets = this.offsets.finish();
    return { offsets, values: this.values.finish(), count: offsets.length - 1 };
  }
}

/** |A ∩ B| of two sorted unique runs of one flat array, by merging. */
export function intersectionSize(values: Uint32Array, a0: number, a1: number, b0: number, b1: number): number {
  let i = a0;
  let j = b0;
  let shared = 0;
  while (i < a1 && j < b1) {
    const x = values[i]!;
    const y = values[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Exact Jaccard similarity of texts a and b; two empty sets are not similar. */
export function jaccard(sets: ShingleSets, a: number, b: number): number {
  const { offsets, values } = sets;
  const a0 = offsets[a]!;
  const a1 = offsets[a + 1]!;
  const b0 = offsets[b]!;
  const b1 = offsets[b + 1]!;
  const shared = intersectionSize(values, a0, a1, b0, b1);
  const union = a1 - a0 + (b1 - b0) - shared;
  return union === 0 ? 0 : shared / union;
}
