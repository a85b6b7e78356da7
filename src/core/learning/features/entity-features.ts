// Plans and computes an entity type's feature matrix: own features, then neighbour aggregates over 1 and 2 hops.
import { z } from 'zod';
import { entityTypes, type EntityType } from '../../events/primitives.ts';
import type { Finding } from '../../findings/finding.ts';
import type { FusionConfig } from '../../scoring/fuse.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { TextDocument } from '../linear/hashed-ngrams.ts';
import { featureMatrix, type FeatureMatrix } from '../matrix.ts';
import { buildEntityGraph, typeIndex, type EntityGraph } from './entity-graph.ts';
import type { FeatureBlock } from './feature-block.ts';
import { aggregations, hopFeatureName, neighbourAggregates, parseHopFeature, type HopFeature } from './neighbour-aggregates.ts';
import { knownLabelNames } from './known-labels.ts';
import { ownFeatureBlocks } from './own-features.ts';
import { latestReviewDocuments } from './review-documents.ts';

export const FeatureConfig = z.object({
  hops: z.int().min(0).max(2).default(2),
  aggregations: z.array(z.enum(aggregations)).min(1).default([...aggregations]),
  /**
   * Counts and fraud share of the labels known around each entity (`known-labels.ts`); on unless false. Optional, not
   * defaulted: a model file written before it existed must parse to the same content, or its hash would not match.
   */
  knownLabels: z.boolean().optional(),
});
export type FeatureConfig = z.infer<typeof FeatureConfig>;

/** What feature computation needs from one snapshot, built once and shared by planning, training and scoring. */
export type PreparedSnapshot = { readonly snapshot: Snapshot; readonly graph: EntityGraph; readonly blocks: readonly FeatureBlock[] };

export function prepareSnapshot(snapshot: Snapshot, findings: readonly Finding[], fusion?: FusionConfig): PreparedSnapshot {
  const graph = buildEntityGraph(snapshot);
  return { snapshot, graph, blocks: ownFeatureBlocks(snapshot, graph, findings, fusion) };
}

/** A column that holds one value (or only missing) tells the trees nothing, nor do its neighbours' aggregates beyond degree. */
function informative(column: Float32Array): boolean {
  let first: number | undefined;
  for (const v of column) {
    if (v !== v) continue;
    if (first === undefined) first = v;
    else if (v !== first) return true;
  }
  return false;
}

/** Which entity types are linked to which (8 × 8). */
function typeLinks(graph: EntityGraph): boolean[][] {
  const T = entityTypes.length;
  const links = Array.from({ length: T }, () => new Array<boolean>(T).fill(false));
  for (let n = 0; n < graph.nodeCount; n += 1) {
    for (let k = graph.start[n]!; k < graph.start[n + 1]!; k += 1) links[graph.typeOf[n]!]![graph.typeOf[graph.neighbours[k]!]!] = true;
  }
  return links;
}

/** Feature names this snapshot can give an entity type: informative own columns and their aggregates over reachable types. */
export function planFeatures(prepared: PreparedSnapshot, entityType: EntityType, config: FeatureConfig): string[] {
  const t = typeIndex(entityType);
  const informativeNames = prepared.blocks.map((block) => block.names.filter((name) => informative(block.get(name)!)));
  const names = [...informativeNames[t]!];
  const links = typeLinks(prepared.graph);
  let reach = new Set([t]);
  for (let hop = 1 as 1 | 2; hop <= config.hops; hop = (hop + 1) as 1 | 2) {
    const next = new Set<number>();
    for (const from of reach) links[from]!.forEach((linked, to) => linked && next.add(to));
    for (const type of [...next].sort((a, b) => a - b)) {
      for (const feature of informativeNames[type]!) {
        for (const aggregation of config.aggregations) names.push(hopFeatureName({ hop, type, feature, aggregation }));
      }
    }
    reach = next;
  }
  if (config.knownLabels !== false) names.push(...knownLabelNames(prepared.graph, t));
  return names;
}

/** Interned ids of the given entity ids, -1 for ids the snapshot never saw. */
export function localIds(prepared: PreparedSnapshot, entityType: EntityType, ids: readonly string[]): Int32Array {
  const names = prepared.snapshot.names(entityType);
  return Int32Array.from(ids, (id) => names.find(id));
}

/** Of `ids`, those the snapshot knows: their places in `ids` and their interned ids. */
export function matchIds(prepared: PreparedSnapshot, entityType: EntityType, ids: readonly string[]): { found: Int32Array; local: Int32Array } {
  const all = localIds(prepared, entityType, ids);
  const found = Int32Array.from(all.keys()).filter((i) => all[i]! >= 0);
  return { found, local: Int32Array.from(found, (i) => all[i]!) };
}

/** Every entity of the type the snapshot knows, in interned order. */
export function allIds(prepared: PreparedSnapshot, entityType: EntityType): { ids: string[]; local: Int32Array } {
  const names = prepared.snapshot.names(entityType);
  const local = Int32Array.from({ length: names.size }, (_, i) => i);
  return { ids: Array.from(local, (i) => names.name(i)), local };
}

/** The matrix of exactly `names` (in that order) for the entities `local` (interned ids, all ≥ 0). */
export function computeFeatures(prepared: PreparedSnapshot, entityType: EntityType, names: readonly string[], local: Int32Array): FeatureMatrix {
  const t = typeIndex(entityType);
  const block = prepared.blocks[t]!;
  const columns: Float32Array[] = new Array<Float32Array>(names.length);
  const hops: HopFeature[] = [];
  const hopAt: number[] = [];
  names.forEach((name, i) => {
    const hop = parseHopFeature(name);
    if (hop) {
      hops.push(hop);
      hopAt.push(i);
      return;
    }
    const own = block.get(name);
    columns[i] = own ? Float32Array.from(local, (id) => own[id]!) : new Float32Array(local.length).fill(Number.NaN);
  });
  const targets = Int32Array.from(local, (id) => prepared.graph.offsets[t]! + id);
  neighbourAggregates(prepared.graph, prepared.blocks, hops, targets).forEach((column, k) => (columns[hopAt[k]!] = column));
  return featureMatrix(names, columns);
}

/** What a text model reads for each entity: a review's current text in its star band, an item's listing; undefined for other types. */
export function entityDocuments(prepared: PreparedSnapshot, entityType: EntityType, local: Int32Array): TextDocument[] | undefined {
  if (entityType === 'review') {
    const documents = latestReviewDocuments(prepared.snapshot);
    return Array.from(local, (id) => documents[id] ?? { text: '' });
  }
  if (entityType === 'item') {
    const listings = prepared.snapshot.table('listing.published');
    const texts = new Map<number, string>();
    for (let row = 0; row < listings.size; row += 1) {
      texts.set(listings.columns.itemId[row]!, `${listings.columns.title.get(row) ?? ''}\n${listings.columns.description.get(row) ?? ''}`);
    }
    return Array.from(local, (id) => ({ text: texts.get(id) ?? '' }));
  }
  return undefined;
}
