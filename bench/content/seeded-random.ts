// A small seeded generator (mulberry32) so every benchmark run injects the same campaigns.

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Zipf-like pick: index i has weight 1 / (i + 1)^s. */
  zipf(n: number, s: number): number {
    let total = 0;
    for (let i = 0; i < n; i += 1) total += 1 / (i + 1) ** s;
    let u = this.next() * total;
    for (let i = 0; i < n; i += 1) {
      u -= 1 / (i + 1) ** s;
      if (u <= 0) return i;
    }
    return n - 1;
  }
}
