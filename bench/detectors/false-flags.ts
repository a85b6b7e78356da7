// False flags on a marketplace with no attacks: every entity a finding names (with a role that counts) is a false flag.
import type { Finding } from '../../src/core/findings/finding.ts';
import type { EntityScore } from '../../src/core/scoring/fuse.ts';
import type { RoleCounts } from './pattern-metrics.ts';
import { entityKey, type TruthIndex } from './truth-index.ts';

export type FalseFlags = {
  readonly entities: number;
  readonly flagged: number;
  readonly rate: number;
  /** The target: fewer than one in a thousand. */
  readonly pass: boolean;
  readonly byKind: Record<string, number>;
  readonly byType: Record<string, number>;
  /** Entities whose calibrated score reaches the alert threshold. */
  readonly scoredAtThreshold: number;
  readonly threshold: number;
};

export function falseFlags(findings: readonly Finding[], scores: readonly EntityScore[], truth: TruthIndex, roleCounts: RoleCounts, threshold = 0.5): FalseFlags {
  const flagged = new Set<string>();
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const finding of findings) {
    const named = finding.entities.filter((e) => roleCounts(e.role) && truth.patterns.has(entityKey(e.type, e.id)));
    if (named.length) byKind[finding.kind] = (byKind[finding.kind] ?? 0) + named.length;
    for (const e of named) {
      const key = entityKey(e.type, e.id);
      if (flagged.has(key)) continue;
      flagged.add(key);
      byType[e.type] = (byType[e.type] ?? 0) + 1;
    }
  }
  const entities = truth.patterns.size;
  const rate = entities > 0 ? flagged.size / entities : 0;
  return {
    entities, flagged: flagged.size, rate: Number(rate.toFixed(6)), pass: rate < 0.001, byKind, byType,
    scoredAtThreshold: scores.filter((s) => s.score >= threshold && truth.patterns.has(entityKey(s.entityType, s.entityId))).length, threshold,
  };
}
