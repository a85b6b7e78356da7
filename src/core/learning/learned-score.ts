// A learned score line of scores.jsonl: which model made it, and the features that pushed it up or down.
import { z } from 'zod';
import { EntityType } from '../events/primitives.ts';
import type { RowExplanation } from './explain.ts';

export const FeatureReason = z.object({
  code: z.literal('MODEL_FEATURE'),
  feature: z.string(),
  /** The entity's value of the feature (null when missing). */
  value: z.number().nullable(),
  /** Change in log-odds along the trees' paths (Saabas); positive raises the score. */
  contribution: z.number(),
  message: z.string(),
  messageZh: z.string(),
});
export type FeatureReason = z.infer<typeof FeatureReason>;

export const LearnedScore = z.object({
  entityType: EntityType,
  entityId: z.string(),
  tenant: z.string().optional(),
  score: z.number().min(0).max(1),
  /** Id of the model file (gbdt-<hash>). */
  model: z.string(),
  reasons: z.array(FeatureReason),
});
export type LearnedScore = z.infer<typeof LearnedScore>;

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function featureReason(feature: string, explanation: RowExplanation): FeatureReason {
  const value = Number.isNaN(explanation.value) ? null : round(explanation.value, 6);
  const shown = value === null ? 'missing' : String(value);
  const contribution = round(explanation.contribution, 4);
  const up = contribution >= 0;
  return {
    code: 'MODEL_FEATURE',
    feature,
    value,
    contribution,
    message: `${feature} = ${shown} ${up ? 'raises' : 'lowers'} the log-odds by ${Math.abs(contribution)}`,
    messageZh: `特征 ${feature} = ${shown}，使对数几率${up ? '上升' : '下降'} ${Math.abs(contribution)}`,
  };
}
