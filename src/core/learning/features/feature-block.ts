// A named set of Float32 columns over all entities of one type, filled by the own-feature builders.

export class FeatureBlock {
  private readonly byName = new Map<string, Float32Array>();

  constructor(readonly size: number) {}

  /** The column called `name`, created filled with `fill` (0 for counts, NaN where absent means unknown). */
  column(name: string, fill = 0): Float32Array {
    let column = this.byName.get(name);
    if (!column) {
      column = new Float32Array(this.size);
      if (fill !== 0) column.fill(fill);
      this.byName.set(name, column);
    }
    return column;
  }

  get(name: string): Float32Array | undefined {
    return this.byName.get(name);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }
}

/** Running count, sum and sum of squares per entity, turned into count/mean/std/sum columns. */
export class Moments {
  readonly count: Float64Array;
  readonly sum: Float64Array;
  readonly squares: Float64Array;
  readonly max: Float64Array;

  constructor(size: number) {
    this.count = new Float64Array(size);
    this.sum = new Float64Array(size);
    this.squares = new Float64Array(size);
    this.max = new Float64Array(size).fill(Number.NaN);
  }

  add(entity: number, value: number): void {
    if (entity < 0 || Number.isNaN(value)) return;
    this.count[entity]! += 1;
    this.sum[entity]! += value;
    this.squares[entity]! += value * value;
    if (!(this.max[entity]! >= value)) this.max[entity] = value;
  }

  /** Writes `<prefix>.mean` and `.std` (NaN without values), and `.sum` when asked. */
  write(block: FeatureBlock, prefix: string, withSum = false): void {
    const mean = block.column(`${prefix}.mean`, Number.NaN);
    const std = block.column(`${prefix}.std`, Number.NaN);
    const sum = withSum ? block.column(`${prefix}.sum`) : undefined;
    for (let e = 0; e < block.size; e += 1) {
      const n = this.count[e]!;
      if (sum) sum[e] = this.sum[e]!;
      if (n === 0) continue;
      const m = this.sum[e]! / n;
      mean[e] = m;
      std[e] = Math.sqrt(Math.max(0, this.squares[e]! / n - m * m));
    }
  }
}
