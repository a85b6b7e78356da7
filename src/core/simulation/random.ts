// Seeded randomness: one xoroshiro128+ stream per component (population, normal life, each attack, text), so no component's draws shift another's.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

const TWO_POW_32 = 4294967296;

/** A 32-bit avalanche mix (lowbias32); a bijection, which is also why ids built on it never collide. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number, stream: number) {
    this.gen = xoroshiro128plus(mix32(mix32(seed) ^ Math.imul(stream + 1, 0x9e3779b9)));
    // xoroshiro's first outputs from a low-entropy state are correlated; a short warm-up decorrelates streams.
    for (let i = 0; i < 16; i += 1) this.gen.next();
  }

  /** Uniform in [0, 1) with 32 bits of resolution: enough for every draw here and cheaper than 53. */
  float(): number {
    return (this.gen.next() >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  between(range: { readonly min: number; readonly max: number }): number {
    return this.int(range.min, range.max);
  }

  uniform(lo: number, hi: number): number {
    return lo + this.float() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Standard normal by Box–Muller; the second variate is dropped to keep the stream position simple. */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** Log-normal with the given median: dwell times, delays and prices are products of many small factors. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k += 1;
      p *= this.float();
    }
    return k;
  }

  /** Number of failures before the first success: short lists with a long tail. */
  geometric(pSuccess: number, cap: number): number {
    let k = 0;
    while (k < cap && !this.chance(pSuccess)) k += 1;
    return k;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** k distinct elements in random order (k capped at the list size). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** Digits of a given length, e.g. the tail of a phone number. */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += String(Math.floor(this.float() * 10));
    return out;
  }
}

/** Walker's alias table: O(1) draws from a fixed discrete distribution, which keeps per-event cost flat. */
export class AliasTable {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    if (n === 0) throw new Error('alias table needs at least one weight');
    this.size = n;
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i += 1) total += weights[i]!;
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i += 1) {
      scaled[i] = total > 0 ? (weights[i]! * n) / total : 1;
      (scaled[i]! < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.probability[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of large) this.probability[i] = 1;
    for (const i of small) this.probability[i] = 1;
  }

  draw(rng: Rng): number {
    const u = rng.float() * this.size;
    const column = Math.floor(u);
    return u - column < this.probability[column]! ? column : this.alias[column]!;
  }
}
