// Fuses findings into one score per entity (noisy-OR of weighted findings, then calibration) with the top reasons and their evidence.
import { z } from 'zod';
import { EntityType } from '../events/primitives.ts';
import { FindingKind, type Finding } from '../findings/finding.ts';
import { Calibration, calibrate } from './calibration.ts';

export const FusionConfig = z.object({
  /** Recorded with every run so a threshold can be traced to the weights and calibration that produced it. */
  version: z.string().default('fusion-1'),
  /** How much a finding of each kind counts (default 1). */
  kindWeights: z.partialRecord(FindingKind, z.number().min(0).max(1)).default({}),
  /**
   * How much an entity's role in a finding counts (default 1): a bystander buyer counts less than the ring member,
   * and a role weighed 0 is a hand-over (e.g. a spike's buyers listed for the graph detectors), not an accusation.
   */
  roleWeights: z.record(z.string(), z.number().min(0).max(1)).default({ buyer: 0.3, recipient: 0.2, victim: 0 }),
  maxReasons: z.int().min(1).max(20).default(3),
  /** Event ids kept per reason; the finding holds the rest. */
  maxEvidencePerReason: z.int().min(0).max(200).default(10),
  /** Monotone map from fused score to observed fraud rate; absent, the fused score is the score. */
  calibration: Calibration.optional(),
});
export type FusionConfig = z.infer<typeof FusionConfig>;

export const ScoreReason = z.object({
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
  kind: FindingKind,
  findingId: z.string(),
  role: z.string().optional(),
  /** This finding's share of the fused score before calibration: score × kind weight × role weight. */
  contribution: z.number(),
  /** The finding's supporting events (the first few) and how many it has. */
  evidence: z.array(z.string()).default([]),
  evidenceCount: z.int().min(0).default(0),
});
export const EntityScore = z.object({
  entityType: EntityType,
  entityId: z.string(),
  tenant: z.string().optional(),
  /** Calibrated: the observed fraud rate of entities of this type at this fused score, on data with truth. */
  score: z.number().min(0).max(1),
  /** Noisy-OR of the weighted findings before calibration. */
  rawScore: z.number().min(0).max(1).optional(),
  reasons: z.array(ScoreReason),
});
export type EntityScore = z.infer<typeof EntityScore>;
type ScoreReason = z.infer<typeof ScoreReason>;

type Accumulator = { entity: Pick<EntityScore, 'entityType' | 'entityId' | 'tenant'>; clean: number; reasons: ScoreReason[] };

/** The weight an entity's role carries under the configuration (1 for no role or an unlisted one). */
export function roleWeight(config: FusionConfig, role: string | undefined): number {
  return role === undefined ? 1 : (config.roleWeights[role] ?? 1);
}

export function fuseScores(findings: readonly Finding[], config: FusionConfig = FusionConfig.parse({})): EntityScore[] {
  const byEntity = new Map<string, Accumulator>();
  for (const finding of findings) {
    const kindWeight = config.kindWeights[finding.kind] ?? 1;
    const lead = finding.reasons[0]!;
    const evidence = finding.evidence.eventIds.slice(0, config.maxEvidencePerReason);
    const seen = new Set<string>();
    for (const entity of finding.entities) {
      const key = `${finding.tenant ?? ''}\u0000${entity.type}\u0000${entity.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const p = finding.score * kindWeight * roleWeight(config, entity.role);
      if (p <= 0) continue;
      let acc = byEntity.get(key);
      if (!acc) {
        const base = { entityType: entity.type, entityId: entity.id };
        acc = { entity: finding.tenant === undefined ? base : { ...base, tenant: finding.tenant }, clean: 1, reasons: [] };
        byEntity.set(key, acc);
      }
      acc.clean *= 1 - p;
      acc.reasons.push({
        code: lead.code, message: finding.summary, messageZh: finding.summaryZh, kind: finding.kind, findingId: finding.id,
        ...(entity.role === undefined ? {} : { role: entity.role }),
        contribution: Number(p.toFixed(4)), evidence, evidenceCount: finding.evidence.eventIds.length,
      });
    }
  }
  const scores: EntityScore[] = [];
  for (const acc of byEntity.values()) {
    const reasons = acc.reasons.sort((a, b) => b.contribution - a.contribution || a.findingId.localeCompare(b.findingId)).slice(0, config.maxReasons);
    const raw = Number((1 - acc.clean).toFixed(6));
    const score = config.calibration ? Number(calibrate(config.calibration, acc.entity.entityType, raw).toFixed(6)) : raw;
    scores.push({ ...acc.entity, score, ...(config.calibration ? { rawScore: raw } : {}), reasons });
  }
  return scores.sort((a, b) => b.score - a.score || a.entityType.localeCompare(b.entityType) || a.entityId.localeCompare(b.entityId));
}
