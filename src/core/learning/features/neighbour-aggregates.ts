// Mean, max and sum of neighbours' own features over 1 and 2 hops, per neighbour type (GADBench's tree + aggregation recipe).
import { entityTypes } from '../../events/primitives.ts';
import type { EntityGraph } from './entity-graph.ts';
import type { FeatureBlock } from './feature-block.ts';

export const aggregations = ['mean', 'max', 'sum'] as const;
export type Aggregation = (typeof aggregations)[number];

/** `n<hop>.<type>:<feature>.<aggregation>`, e.g. n1.item:attr.price.mean. */
export type HopFeature = { readonly hop: 1 | 2; readonly type: number; readonly feature: string; readonly aggregation: Aggregation };

const HOP_NAME = /^n([12])\.([a-z]+):(.+)\.(mean|max|sum)$/;

export const hopFeatureName = (f: HopFeature): string => `n${f.hop}.${entityTypes[f.type]}:${f.feature}.${f.aggregation}`;

export function parseHopFeature(name: string): HopFeature | undefined {
  const match = HOP_NAME.exec(name);
  if (!match) return undefined;
  const type = entityTypes.indexOf(match[2] as (typeof entityTypes)[number]);
  if (type < 0) return undefined;
  return { hop: Number(match[1]) as 1 | 2, type, feature: match[3]!, aggregation: match[4] as Aggregation };
}

/** Neighbours of type t of node n are neighbours[typed[n * T + t] .. typed[n * T + t + 1]): lists are sorted and types are contiguous id ranges. */
export function typedRanges(graph: EntityGraph): Int32Array {
  const T = entityTypes.length;
  const typed = new Int32Array(graph.nodeCount * (T + 1));
  for (let n = 0; n < graph.nodeCount; n += 1) {
    let k = graph.start[n]!;
    const end = graph.start[n + 1]!;
    for (let t = 0; t <= T; t += 1) {
      const bound = graph.offsets[t]!;
      while (k < end && graph.neighbours[k]! < bound) k += 1;
      typed[n * (T + 1) + t] = t === 0 ? graph.start[n]! : k;
    }
  }
  return typed;
}

type Aggregates = { readonly mean: Float32Array; readonly max: Float32Array; readonly sum: Float32Array };

/** One-hop aggregates at every node of `values` (indexed by node), over the neighbours in [lo(n), hi(n)); missing values skipped. */
function aggregateAll(graph: EntityGraph, value: (node: number) => number, range: (node: number) => [number, number]): Aggregates {
  const n = graph.nodeCount;
  const mean = new Float32Array(n).fill(Number.NaN);
  const max = new Float32Array(n).fill(Number.NaN);
  const sum = new Float32Array(n);
  for (let v = 0; v < n; v += 1) {
    const [lo, hi] = range(v);
    let count = 0;
    let total = 0;
    let top = Number.NEGATIVE_INFINITY;
    for (let k = lo; k < hi; k += 1) {
      const x = value(graph.neighbours[k]!);
      if (x !== x) continue;
      count += 1;
      total += x;
      if (x > top) top = x;
    }
    sum[v] = total;
    if (count > 0) {
      mean[v] = total / count;
      max[v] = top;
    }
  }
  return { mean, max, sum };
}

/**
 * Columns for the requested hop features at the target nodes. Two hops propagate one-hop aggregates once more
 * (mean of means, max of maxes, sum of sums), as SIGN does, so the cost stays linear in edges.
 */
export function neighbourAggregates(
  graph: EntityGraph,
  blocks: readonly FeatureBlock[],
  wanted: readonly HopFeature[],
  targets: Int32Array,
): Float32Array[] {
  const T = entityTypes.length;
  const typed = typedRanges(graph);
  const out = wanted.map(() => new Float32Array(targets.length));
  const groups = new Map<string, number[]>();
  wanted.forEach((w, i) => {
    const key = `${w.type}\u0000${w.feature}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indices of groups.values()) {
    const { type, feature } = wanted[indices[0]!]!;
    const column = blocks[type]?.get(feature);
    const offset = graph.offsets[type]!;
    const value = column ? (node: number) => column[node - offset]! : () => Number.NaN;
    const one = aggregateAll(graph, value, (v) => [typed[v * (T + 1) + type]!, typed[v * (T + 1) + type + 1]!]);
    const needsTwo = indices.some((i) => wanted[i]!.hop === 2);
    const two = needsTwo
      ? Object.fromEntries(aggregations.map((a) => [a, aggregateAll(graph, (node) => one[a][node]!, (v) => [graph.start[v]!, graph.start[v + 1]!])[a]]))
      : undefined;
    for (const i of indices) {
      const w = wanted[i]!;
      const source = w.hop === 1 ? one[w.aggregation] : two![w.aggregation]!;
      const target = out[i]!;
      for (let r = 0; r < targets.length; r += 1) target[r] = source[targets[r]!]!;
    }
  }
  return out;
}
