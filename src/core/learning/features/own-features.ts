// Every entity type's own feature block: attributes, behaviour, degrees per neighbour type and relation, detector signals.
import { entityTypes } from '../../events/primitives.ts';
import type { Finding } from '../../findings/finding.ts';
import type { FusionConfig } from '../../scoring/fuse.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { addAccountFeatures } from './account-features.ts';
import { addAttributeFeatures } from './attribute-features.ts';
import { typeIndex, type EntityGraph } from './entity-graph.ts';
import { FeatureBlock } from './feature-block.ts';
import { addSignalFeatures } from './signal-features.ts';
import { addOrderFeatures } from './order-features.ts';
import { addDeviceFeatures, addItemFeatures, addMerchantFeatures, addOperatorFeatures } from './party-features.ts';
import { addReviewFeatures } from './review-features.ts';

/** Distinct neighbours of each type, and links per relation (both ends) from entity.linked. */
function addDegrees(snapshot: Snapshot, graph: EntityGraph, blocks: readonly FeatureBlock[]): void {
  entityTypes.forEach((_, t) => {
    const block = blocks[t]!;
    const columns = entityTypes.map((other) => block.column(`deg.${other}`));
    for (let id = 0; id < block.size; id += 1) {
      const node = graph.offsets[t]! + id;
      for (let k = graph.start[node]!; k < graph.start[node + 1]!; k += 1) columns[graph.typeOf[graph.neighbours[k]!]!]![id]! += 1;
    }
  });
  const linked = snapshot.table('entity.linked').columns;
  const relations = snapshot.names('relation');
  for (let row = 0; row < linked.relation.length; row += 1) {
    const name = `links.${relations.name(linked.relation[row]!)}`;
    for (const end of [linked.a, linked.b]) {
      const block = blocks[end.type[row]!];
      if (block && end.id[row]! >= 0) block.column(name)[end.id[row]!]! += 1;
    }
  }
}

export function ownFeatureBlocks(snapshot: Snapshot, graph: EntityGraph, findings: readonly Finding[], fusion?: FusionConfig): FeatureBlock[] {
  const blocks = entityTypes.map((type) => new FeatureBlock(snapshot.names(type).size));
  const block = (type: (typeof entityTypes)[number]) => blocks[typeIndex(type)]!;
  addAttributeFeatures(snapshot, new Map(blocks.map((b, t) => [t, b])));
  addAccountFeatures(snapshot, block('account'));
  addOrderFeatures(snapshot, block('order'));
  addReviewFeatures(snapshot, block('review'));
  addMerchantFeatures(snapshot, block('merchant'));
  addItemFeatures(snapshot, block('item'));
  addDeviceFeatures(snapshot, block('device'), block('ip'));
  addOperatorFeatures(snapshot, block('operator'));
  addDegrees(snapshot, graph, blocks);
  addSignalFeatures(snapshot, blocks, findings, fusion);
  return blocks;
}
