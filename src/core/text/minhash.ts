// MinHash sketches of shingle sets and their LSH band keys: one permutation hashing with optimal densification.
import { mix32, seededConstants } from './hash32.ts';

export type BandLayout = { readonly bands: number; readonly rows: number };

/**
 * P(two sets with Jaccard s share at least one band) = 1 - (1 - s^rows)^bands; the S-curve's midpoint is
 * about (1 / bands)^(1 / rows). 16 × 4 puts it near 0.5 and catches pairs at 0.6 with probability ≈ 0.9.
 */
export function candidateProbability(similarity: number, layout: BandLayout): number {
  return 1 - (1 - similarity ** layout.rows) ** layout.bands;
}

const EMPTY = 0xffffffff;
/** Precomputed probes per bin: short texts leave most bins empty, and densification is then a table walk. */
const PROBES = 128;

/**
 * One hash per shingle instead of one per shingle and function (Li, Owen & Zhang, NIPS 2012): the hash picks a bin
 * and competes for that bin's minimum. Bins a short text leaves empty borrow a filled bin chosen by a probe sequence
 * that depends only on the bin (Shrivastava, ICML 2017), so two sets borrow alike and P(bins agree) stays their
 * Jaccard similarity. For short reviews this is k times cheaper than k independent permutations.
 */
export class MinHasher {
  private readonly seed: number;
  private readonly bandSeeds: Uint32Array;
  private readonly bins: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly probes: Uint16Array;

  constructor(
    readonly layout: BandLayout,
    seed: number,
  ) {
    const k = layout.bands * layout.rows;
    this.seed = seededConstants(seed, 1)[0]!;
    this.bandSeeds = seededConstants(seed ^ 0x5bd1e995, layout.bands);
    this.bins = new Uint32Array(k);
    this.filled = new Uint8Array(k);
    this.probes = new Uint16Array(k * PROBES);
    for (let bin = 0; bin < k; bin += 1) for (let attempt = 1; attempt <= PROBES; attempt += 1) this.probes[bin * PROBES + attempt - 1] = this.probe(bin, attempt);
  }

  private probe(bin: number, attempt: number): number {
    return mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ this.seed) % this.bins.length;
  }

  /** The sketch of values[from..to) (sorted unique shingles), densified; a view reused by the next call. */
  sketch(values: Uint32Array, from: number, to: number): Uint32Array {
    const { bins, filled, seed } = this;
    const k = bins.length;
    bins.fill(EMPTY);
    filled.fill(0);
    for (let v = from; v < to; v += 1) {
      const h = mix32(values[v]! ^ seed);
      // The high bits choose the bin (multiply-shift), the whole hash competes within it.
      const bin = Math.floor(((h >>> 8) * k) / 0x1000000);
      if (h < bins[bin]!) bins[bin] = h;
      filled[bin] = 1;
    }
    if (to <= from) return bins;
    const { probes } = this;
    for (let bin = 0; bin < k; bin += 1) {
      if (filled[bin] === 1) continue;
      let source = -1;
      for (let attempt = 1; source < 0; attempt += 1) {
        const probe = attempt <= PROBES ? probes[bin * PROBES + attempt - 1]! : this.probe(bin, attempt);
        if (filled[probe] === 1) source = probe;
      }
      // The borrowed value is salted with the bin so that borrowing bins do not all agree by construction.
      bins[bin] = mix32(bins[source]! ^ Math.imul(bin + 1, 0xc2b2ae35));
    }
    return bins;
  }

  /** Writes the band keys of the set values[from..to) at out[at .. at + bands). */
  bandKeys(values: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
    const sketch = this.sketch(values, from, to);
    const { bands, rows } = this.layout;
    for (let b = 0; b < bands; b += 1) {
      let h = this.bandSeeds[b]!;
      for (let r = 0; r < rows; r += 1) h = Math.imul(h ^ sketch[b * rows + r]!, 0x9e3779b1) ^ (h >>> 15);
      out[at + b] = mix32(h);
    }
  }
}
