// Detector signals as features: the fused score of an entity and its strongest finding of each kind.
import { entityTypes } from '../../events/primitives.ts';
import { findingKinds, type Finding } from '../../findings/finding.ts';
import { fuseScores, type FusionConfig } from '../../scoring/fuse.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FeatureBlock } from './feature-block.ts';

/** Every kind gets a column even without findings, so a model trained where a kind fired reads 0, not missing, elsewhere. */
export function addSignalFeatures(snapshot: Snapshot, blocks: readonly FeatureBlock[], findings: readonly Finding[], fusion?: FusionConfig): void {
  const columns = blocks.map((block) => ({
    fused: block.column('signal.fused'),
    kinds: new Map(findingKinds.map((kind) => [kind, block.column(`signal.${kind}`)])),
  }));
  const idOf = (type: string, id: string): number => snapshot.names(type as (typeof entityTypes)[number]).find(id);
  for (const score of fuseScores(findings, fusion)) {
    const t = entityTypes.indexOf(score.entityType);
    const id = idOf(score.entityType, score.entityId);
    if (t >= 0 && id >= 0) columns[t]!.fused[id] = score.score;
  }
  for (const finding of findings) {
    for (const entity of finding.entities) {
      const t = entityTypes.indexOf(entity.type);
      const id = idOf(entity.type, entity.id);
      const column = columns[t]?.kinds.get(finding.kind);
      if (column && id >= 0) column[id] = Math.max(column[id]!, finding.score);
    }
  }
}
