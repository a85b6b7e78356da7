// Dense subtensors by greedy peeling in the manner of M-Zoom (Shin, Hooi, Faloutsos, ECML-PKDD 2016), top k by removal as in D-Cube.
import { IndexedMinHeap } from './indexed-min-heap.ts';
import { valueMasses, withoutTuples, type Tensor } from './tensor.ts';

/** M-Zoom's density measures: mass over the arithmetic or the geometric mean of the block's side lengths. */
export type DensityMeasure = 'arithmetic' | 'geometric';

export function blockDensity(measure: DensityMeasure, mass: number, sizes: readonly number[]): number {
  if (sizes.some((s) => s <= 0)) return 0;
  if (measure === 'arithmetic') {
    let sum = 0;
    for (const s of sizes) sum += s;
    return mass / (sum / sizes.length);
  }
  let logSum = 0;
  for (const s of sizes) logSum += Math.log(s);
  return mass / Math.exp(logSum / sizes.length);
}

/** Under the arithmetic mean every mode loses one value alike, so the lightest value of all goes (smaller mode on ties). */
function lightestMode(heaps: readonly IndexedMinHeap[], sizes: readonly number[]): number {
  let mode = -1;
  let lightest = Number.POSITIVE_INFINITY;
  for (let n = 0; n < heaps.length; n += 1) {
    if (sizes[n]! <= 1) continue;
    const key = heaps[n]!.key(heaps[n]!.peek());
    if (key < lightest) {
      lightest = key;
      mode = n;
    }
  }
  return mode;
}

/** The mode whose lightest value's removal leaves the densest block (smaller mode on ties). */
function densestAfterRemoval(heaps: readonly IndexedMinHeap[], sizes: number[], mass: number, measure: DensityMeasure): number {
  let mode = -1;
  let after = Number.NEGATIVE_INFINITY;
  for (let n = 0; n < heaps.length; n += 1) {
    if (sizes[n]! <= 1) continue;
    sizes[n]! -= 1;
    const d = blockDensity(measure, mass - heaps[n]!.key(heaps[n]!.peek()), sizes);
    sizes[n]! += 1;
    if (d > after) {
      after = d;
      mode = n;
    }
  }
  return mode;
}

export type Subtensor = {
  /** The block's values per mode, increasing. */
  readonly values: readonly Int32Array[];
  readonly mass: number;
  readonly density: number;
};

/**
 * Peels one attribute value at a time: in each mode the value of least mass is the best to drop, and among the modes
 * the one whose drop leaves the densest block goes (the smaller mode on ties). The block is the best prefix. A mode is
 * never peeled below one value. O(nnz · N · log V).
 */
export function findDenseSubtensor(tensor: Tensor, measure: DensityMeasure = 'arithmetic'): Subtensor {
  const N = tensor.modes;
  const masses = valueMasses(tensor);
  const sizes = tensor.cardinality.map(() => 0);
  for (let n = 0; n < N; n += 1) {
    const { start } = tensor.index[n]!;
    // Values without tuples are not in the block; an infinite key keeps them from ever being peeled.
    for (let v = 0; v < tensor.cardinality[n]!; v += 1) {
      if (start[v + 1]! > start[v]!) sizes[n]! += 1;
      else masses[n]![v] = Number.POSITIVE_INFINITY;
    }
  }
  const heaps = masses.map((m) => new IndexedMinHeap(m));
  let mass = 0;
  for (let t = 0; t < tensor.tuples; t += 1) mass += tensor.mass[t]!;
  const alive = new Uint8Array(tensor.tuples).fill(1);
  const removedMode: number[] = [];
  const removedValue: number[] = [];
  let best = 0;
  let bestDensity = blockDensity(measure, mass, sizes);
  let bestMass = mass;
  for (;;) {
    const mode = measure === 'arithmetic' ? lightestMode(heaps, sizes) : densestAfterRemoval(heaps, sizes, mass, measure);
    if (mode < 0) break;
    const value = heaps[mode]!.peek();
    const { start, tuples } = tensor.index[mode]!;
    for (let i = start[value]!; i < start[value + 1]!; i += 1) {
      const t = tuples[i]!;
      if (alive[t] === 0) continue;
      alive[t] = 0;
      const m = tensor.mass[t]!;
      mass -= m;
      for (let n = 0; n < N; n += 1) if (n !== mode) heaps[n]!.add(tensor.values[n]![t]!, -m);
    }
    heaps[mode]!.remove(value);
    sizes[mode]! -= 1;
    removedMode.push(mode);
    removedValue.push(value);
    const d = blockDensity(measure, mass, sizes);
    if (d > bestDensity) {
      bestDensity = d;
      best = removedMode.length;
      bestMass = mass;
    }
  }
  const gone = tensor.cardinality.map((size) => new Uint8Array(size));
  for (let k = 0; k < best; k += 1) gone[removedMode[k]!]![removedValue[k]!] = 1;
  const values = gone.map((flags, n) => {
    const { start } = tensor.index[n]!;
    const list: number[] = [];
    for (let v = 0; v < flags.length; v += 1) if (flags[v] === 0 && start[v + 1]! > start[v]!) list.push(v);
    return Int32Array.from(list);
  });
  return { values, mass: bestMass, density: bestDensity };
}

/** A flag per tuple: 1 when every one of its values is in the block. */
export function tuplesInBlock(tensor: Tensor, block: Pick<Subtensor, 'values'>): Uint8Array {
  const member = block.values.map((list, n) => {
    const flags = new Uint8Array(tensor.cardinality[n]!);
    for (const v of list) flags[v] = 1;
    return flags;
  });
  const inside = new Uint8Array(tensor.tuples);
  for (let t = 0; t < tensor.tuples; t += 1) {
    let all = 1;
    for (let n = 0; n < tensor.modes && all === 1; n += 1) all = member[n]![tensor.values[n]![t]!]!;
    inside[t] = all;
  }
  return inside;
}

/** The top k blocks: after each one its tuples leave the tensor (D-Cube's R ← R − B), and peeling starts again. */
export function denseSubtensorsTopK(tensor: Tensor, k: number, measure: DensityMeasure = 'arithmetic'): Subtensor[] {
  const blocks: Subtensor[] = [];
  let current = tensor;
  for (let round = 0; round < k && current.tuples > 0; round += 1) {
    const block = findDenseSubtensor(current, measure);
    blocks.push(block);
    current = withoutTuples(current, tuplesInBlock(current, block));
  }
  return blocks;
}
