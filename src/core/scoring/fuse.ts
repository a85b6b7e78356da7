// Fuses findings into one score per entity (noisy-OR of weighted findings) with the top reasons behind it.
import { z } from 'zod';
import { EntityType } from '../events/primitives.ts';
import { FindingKind, type Finding } from '../findings/finding.ts';

export const FusionConfig = z.object({
  /** Recorded with every score so a threshold can be traced to the weights that produced it. */
  version: z.string().default('fusion-1'),
  /** How much a finding of each kind counts (default 1). */
  kindWeights: z.partialRecord(FindingKind, z.number().min(0).max(1)).default({}),
  /** How much an entity's role in a finding counts (default 1): a bystander buyer counts less than the ring member. */
  roleWeights: z.record(z.string(), z.number().min(0).max(1)).default({ buyer: 0.3, recipient: 0.2 }),
  maxReasons: z.int().min(1).max(20).default(3),
});
export type FusionConfig = z.infer<typeof FusionConfig>;

export const ScoreReason = z.object({
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
  kind: FindingKind,
  findingId: z.string(),
  contribution: z.number(),
});
export const EntityScore = z.object({
  entityType: EntityType,
  entityId: z.string(),
  tenant: z.string().optional(),
  score: z.number().min(0).max(1),
  reasons: z.array(ScoreReason),
});
export type EntityScore = z.infer<typeof EntityScore>;
type ScoreReason = z.infer<typeof ScoreReason>;

type Accumulator = { entity: Pick<EntityScore, 'entityType' | 'entityId' | 'tenant'>; clean: number; reasons: ScoreReason[] };

export function fuseScores(findings: readonly Finding[], config: FusionConfig = FusionConfig.parse({})): EntityScore[] {
  const byEntity = new Map<string, Accumulator>();
  for (const finding of findings) {
    const kindWeight = config.kindWeights[finding.kind] ?? 1;
    const lead = finding.reasons[0]!;
    const seen = new Set<string>();
    for (const entity of finding.entities) {
      const key = `${finding.tenant ?? ''}\u0000${entity.type}\u0000${entity.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const p = finding.score * kindWeight * (entity.role === undefined ? 1 : (config.roleWeights[entity.role] ?? 1));
      if (p <= 0) continue;
      let acc = byEntity.get(key);
      if (!acc) {
        const base = { entityType: entity.type, entityId: entity.id };
        acc = { entity: finding.tenant === undefined ? base : { ...base, tenant: finding.tenant }, clean: 1, reasons: [] };
        byEntity.set(key, acc);
      }
      acc.clean *= 1 - p;
      acc.reasons.push({ code: lead.code, message: finding.summary, messageZh: finding.summaryZh, kind: finding.kind, findingId: finding.id, contribution: Number(p.toFixed(4)) });
    }
  }
  const scores: EntityScore[] = [];
  for (const acc of byEntity.values()) {
    const reasons = acc.reasons.sort((a, b) => b.contribution - a.contribution || a.findingId.localeCompare(b.findingId)).slice(0, config.maxReasons);
    scores.push({ ...acc.entity, score: Number((1 - acc.clean).toFixed(6)), reasons });
  }
  return scores.sort((a, b) => b.score - a.score || a.entityType.localeCompare(b.entityType) || a.entityId.localeCompare(b.entityId));
}
