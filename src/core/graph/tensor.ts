// A sparse N-mode tensor of weighted tuples (e.g. account × item × day) with an inverted index per mode.

export type Tensor = {
  /** Number of modes N. */
  readonly modes: number;
  readonly tuples: number;
  /** values[n][t]: the attribute value (0 .. cardinality[n] − 1) of tuple t in mode n. */
  readonly values: readonly Int32Array[];
  readonly cardinality: readonly number[];
  /** Non-negative weight of each tuple (a count, or a count discounted by degree). */
  readonly mass: Float64Array;
  /** Tuples holding value v of mode n: index[n].tuples[index[n].start[v] .. index[n].start[v + 1]). */
  readonly index: readonly { readonly start: Int32Array; readonly tuples: Int32Array }[];
};

/** Builds a tensor; sizes default to the largest value plus one per mode. */
export function buildTensor(values: readonly Int32Array[], mass?: Float64Array, cardinality?: readonly number[]): Tensor {
  const tuples = values[0]?.length ?? 0;
  for (const column of values) if (column.length !== tuples) throw new RangeError('tensor modes differ in length');
  const sizes = values.map((column, n) => {
    let max = -1;
    for (let t = 0; t < column.length; t += 1) {
      const v = column[t]!;
      if (v < 0) throw new RangeError(`negative value in mode ${n}`);
      if (v > max) max = v;
    }
    return Math.max(cardinality?.[n] ?? 0, max + 1);
  });
  const index = values.map((column, n) => {
    const size = sizes[n]!;
    const start = new Int32Array(size + 1);
    for (let t = 0; t < tuples; t += 1) start[column[t]! + 1]! += 1;
    for (let v = 0; v < size; v += 1) start[v + 1]! += start[v]!;
    const cursor = start.slice(0, size);
    const list = new Int32Array(tuples);
    for (let t = 0; t < tuples; t += 1) list[cursor[column[t]!]!++] = t;
    return { start, tuples: list };
  });
  return { modes: values.length, tuples, values, cardinality: sizes, mass: mass ?? new Float64Array(tuples).fill(1), index };
}

/** The tensor without the flagged tuples; values keep their numbering. */
export function withoutTuples(tensor: Tensor, removed: Uint8Array): Tensor {
  let kept = 0;
  for (let t = 0; t < tensor.tuples; t += 1) if (removed[t] !== 1) kept += 1;
  const values = tensor.values.map(() => new Int32Array(kept));
  const mass = new Float64Array(kept);
  let at = 0;
  for (let t = 0; t < tensor.tuples; t += 1) {
    if (removed[t] === 1) continue;
    for (let n = 0; n < tensor.modes; n += 1) values[n]![at] = tensor.values[n]![t]!;
    mass[at] = tensor.mass[t]!;
    at += 1;
  }
  return buildTensor(values, mass, tensor.cardinality);
}

/** Mass of every value of every mode. */
export function valueMasses(tensor: Tensor): Float64Array[] {
  const masses = tensor.cardinality.map((size) => new Float64Array(size));
  for (let t = 0; t < tensor.tuples; t += 1) {
    const m = tensor.mass[t]!;
    for (let n = 0; n < tensor.modes; n += 1) masses[n]![tensor.values[n]![t]!]! += m;
  }
  return masses;
}
