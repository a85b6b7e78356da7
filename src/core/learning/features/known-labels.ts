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

/**
 * Columns for `names` (known-label names; others read missing) at the entities `local` of the labelled type.
 * `label(id)` is 1, 0 or NaN (unknown) by interned id of that type.
 */
export function knownLabelColumns(graph: EntityGraph, labelledType: number, names: readonly string[], local: Int32Array, label: (id: number) => number): Float32Array[] {
  const T = entityTypes.length;
  const typed = typedRanges(graph);
  const offset = graph.offsets[labelledType]!;
  const labelOfNode = (node: number) => label(node - offset);
  const cache = new Map<number, { labelled: Float32Array; fraud: Float32Array }>();
  // Per node of type U: labelled and fraud counts among its neighbours of the labelled type, so each target costs its degree.
  const viaTotals = (via: number) => {
    const labelled = new Float32Array(graph.nodeCount);
    const fraud = new Float32Array(graph.nodeCount);
    if (via === labelledType) return { labelled, fraud };
    for (let n = graph.offsets[via]!; n < graph.offsets[via + 1]!; n += 1) {
      for (let k = typed[n * (T + 1) + labelledType]!; k < typed[n * (T + 1) + labelledType + 1]!; k += 1) {
        const y = labelOfNode(graph.neighbours[k]!);
        if (y === y) {
          labelled[n]! += 1;
          fraud[n]! += y;
        }
      }
    }
    return { labelled, fraud };
  };
  return names.map((name) => {
    const column = new Float32Array(local.length).fill(Number.NaN);
    const match = NAME.exec(name);
    const via = match ? entityTypes.indexOf(match[1] as (typeof entityTypes)[number]) : -1;
    if (via < 0) return column;
    const totals = cache.get(via) ?? viaTotals(via);
    cache.set(via, totals);
    for (let r = 0; r < local.length; r += 1) {
      const x = offset + local[r]!;
      const own = labelOfNode(x);
      let labelled = 0;
      let fraud = 0;
      for (let k = typed[x * (T + 1) + via]!; k < typed[x * (T + 1) + via + 1]!; k += 1) {
        const u = graph.neighbours[k]!;
        if (via === labelledType) {
          const y = labelOfNode(u);
          if (y === y) {
            labelled += 1;
            fraud += y;
          }
        } else {
          // x is among u's neighbours once; its own label, when known, is taken back out.
          labelled += totals.labelled[u]! - (own === own ? 1 : 0);
          fraud += totals.fraud[u]! - (own === own ? own : 0);
        }
      }
      const measure = match![2] as Measure;
      column[r] = measure === 'labelled' ? labelled : measure === 'fraud' ? fraud : labelled > 0 ? fraud / labelled : Number.NaN;
    }
    return column;
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
export function fillKnownLabels(matrix: FeatureMatrix, graph: EntityGraph, labelledType: number, local: Int32Array, known: Float32Array, rows?: Int32Array): void {
  const at = knownAt(matrix);
  if (at.length === 0) return;
  const columns = knownLabelColumns(graph, labelledType, at.map((c) => matrix.names[c]!), local, (id) => known[id]!);
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
  for (let k = 0; k < folds; k += 1) {
    const inside = Int32Array.from(fold.keys()).filter((r) => fold[r] === k);
    const outside = Int32Array.from(fold.keys()).filter((r) => fold[r] !== k);
    const known = labelsById(size, Int32Array.from(outside, (r) => local[r]!), Uint8Array.from(outside, (r) => labels[r]!));
    fillKnownLabels(matrix, graph, labelledType, Int32Array.from(inside, (r) => local[r]!), known, inside);
  }
}
