// Features from labels already known around an entity: "this review's author has 3 other reviews confirmed fake".
import { entityTypes } from '../../events/primitives.ts';
import type { FeatureMatrix } from '../matrix.ts';
import { stratifiedFolds } from '../split-rows.ts';
import type { EntityGraph } from './entity-graph.ts';
import { typedRanges } from './neighbour-aggregates.ts';

/**
 * Analysts' decisions are the strongest evidence a platform has, and fraud clusters: a sock account's other reviews,
 * a farm's other accounts. For an entity x of the labelled type T and each type U linked to x, over the entities of
 * type T reached through x's neighbours of type U (x itself never counts): how many are labelled and how many of those
 * are fraud. For U = T (accounts linked to accounts) those are x's direct neighbours. Known as label reuse or "labels as
 * features" (Shi et al. 2021, masked label prediction); the training rows must get their features from the other folds'
 * labels only, which the use case does.
 */
export const KNOWN_PREFIX = 'known.';
const MEASURES = ['labelled', 'fraud', 'fraudShare'] as const;
type Measure = (typeof MEASURES)[number];

const NAME = /^known\.([a-z]+)\.(labelled|fraud|fraudShare)$/;

const knownName = (via: number, measure: Measure) => `${KNOWN_PREFIX}${entityTypes[via]}.${measure}`;

/** Names for the types linked to the labelled type in this graph, in type order. */
export function knownLabelNames(graph: EntityGraph, labelledType: number): string[] {
  const T = entityTypes.length;
  const typed = typedRanges(graph);
  const linked = new Array<boolean>(T).fill(false);
  for (let n = graph.offsets[labelledType]!; n < graph.offsets[labelledType + 1]!; n += 1) {
    for (let u = 0; u < T; u += 1) if (typed[n * (T + 1) + u + 1]! > typed[n * (T + 1) + u]!) linked[u] = true;
  }
  return linked.flatMap((isLinked, via) => (isLinked ? MEASURES.map((m) => knownName(via, m)) : []));
}

/** Per target: labelled entities and fraud among them, reached through neighbours of type `via`. */
function countThrough(graph: EntityGraph, typed: Int32Array, labelledType: number, via: number, local: Int32Array, known: Float32Array): { labelled: Float64Array; fraud: Float64Array } {
  const T = entityTypes.length;
  const offset = graph.offsets[labelledType]!;
  const range = (node: number, type: number): [number, number] => [typed[node * (T + 1) + type]!, typed[node * (T + 1) + type + 1]!];
  // Totals at each neighbour of type `via` of the labelled ones among its own neighbours, so a target costs its degree.
  const total = (u: number): [number, number] => {
    let labelled = 0;
    let fraud = 0;
    const [from, to] = range(u, labelledType);
    for (let k = from; k < to; k += 1) {
      const y = known[graph.neighbours[k]! - offset]!;
      if (y === y) {
        labelled += 1;
        fraud += y;
      }
    }
    return [labelled, fraud];
  };
  const totals = new Map<number, [number, number]>();
  const labelled = new Float64Array(local.length);
  const fraud = new Float64Array(local.length);
  for (let r = 0; r < local.length; r += 1) {
    const x = offset + local[r]!;
    const own = known[local[r]!]!;
    const [from, to] = range(x, via);
    for (let k = from; k < to; k += 1) {
      const u = graph.neighbours[k]!;
      if (via === labelledType) {
        // Direct links between entities of the labelled type: the neighbour's own label.
        const y = known[u - offset]!;
        if (y === y) {
          labelled[r]! += 1;
          fraud[r]! += y;
        }
        continue;
      }
      let at = totals.get(u);
      if (!at) totals.set(u, (at = total(u)));
      const [l, f] = at;
      // x is among u's neighbours once; its own label, when known, is taken back out.
      labelled[r]! += l - (own === own ? 1 : 0);
      fraud[r]! += f - (own === own ? own : 0);
    }
  }
  return { labelled, fraud };
}

/**
 * Columns for `names` (known-label names; others read missing) at the entities `local` of the labelled type, from
 * `known` (1, 0 or NaN for unknown, by interned id of that type). `typed` is `typedRanges(graph)`, when already built.
 */
export function knownLabelColumns(graph: EntityGraph, labelledType: number, names: readonly string[], local: Int32Array, known: Float32Array, typed = typedRanges(graph)): Float32Array[] {
  const counts = new Map<number, ReturnType<typeof countThrough>>();
  return names.map((name) => {
    const match = NAME.exec(name);
    const via = match ? entityTypes.indexOf(match[1] as (typeof entityTypes)[number]) : -1;
    if (via < 0) return new Float32Array(local.length).fill(Number.NaN);
    let through = counts.get(via);
    if (!through) counts.set(via, (through = countThrough(graph, typed, labelledType, via, local, known)));
    const { labelled, fraud } = through;
    const measure = match![2] as Measure;
    return Float32Array.from(labelled, (l, r) => (measure === 'labelled' ? l : measure === 'fraud' ? fraud[r]! : l > 0 ? fraud[r]! / l : Number.NaN));
  });
}

/** Known labels by interned id of the labelled type: 1, 0, or NaN where nothing is known. */
export function labelsById(size: number, local: ArrayLike<number>, labels: ArrayLike<number>): Float32Array {
  const out = new Float32Array(size).fill(Number.NaN);
  for (let i = 0; i < local.length; i += 1) out[local[i]!] = labels[i]!;
  return out;
}

export const isKnownLabelFeature = (name: string): boolean => name.startsWith(KNOWN_PREFIX);

const knownAt = (matrix: FeatureMatrix): number[] => matrix.names.flatMap((name, i) => (isKnownLabelFeature(name) ? [i] : []));

/** Overwrites the known-label columns of the matrix rows `rows` (entities `local`, default all rows) from `known` (by interned id). */
export function fillKnownLabels(
  matrix: FeatureMatrix,
  graph: EntityGraph,
  labelledType: number,
  local: Int32Array,
  known: Float32Array,
  rows?: Int32Array,
  typed?: Int32Array,
): void {
  const at = knownAt(matrix);
  if (at.length === 0) return;
  const columns = knownLabelColumns(graph, labelledType, at.map((c) => matrix.names[c]!), local, known, typed);
  at.forEach((c, k) => {
    if (!rows) matrix.columns[c]!.set(columns[k]!);
    else rows.forEach((r, i) => (matrix.columns[c]![r] = columns[k]![i]!));
  });
}

/**
 * The training rows' known-label columns, out of fold: rows of fold k see only the labels of the other folds, so no row
 * learns from its own label, and the trees meet the same kind of neighbourhood at training as at scoring.
 */
export function fillKnownLabelsOutOfFold(matrix: FeatureMatrix, graph: EntityGraph, labelledType: number, local: Int32Array, labels: Uint8Array, folds: number, seed: number): void {
  if (knownAt(matrix).length === 0) return;
  const fold = stratifiedFolds(labels, folds, seed);
  const size = graph.offsets[labelledType + 1]! - graph.offsets[labelledType]!;
  const typed = typedRanges(graph);
  for (let k = 0; k < folds; k += 1) {
    const inside = Int32Array.from(fold.keys()).filter((r) => fold[r] === k);
    const outside = Int32Array.from(fold.keys()).filter((r) => fold[r] !== k);
    const known = labelsById(size, Int32Array.from(outside, (r) => local[r]!), Uint8Array.from(outside, (r) => labels[r]!));
    fillKnownLabels(matrix, graph, labelledType, Int32Array.from(inside, (r) => local[r]!), known, inside, typed);
  }
}
