// The finding contract of findings.json (version 1), as zod schemas with inferred types.
import { z } from 'zod';
import { EntityType, Id } from '../events/primitives.ts';

export const FINDINGS_VERSION = 1;

export const findingKinds = [
  'brushing_ring', 'account_farm', 'scripted_sessions', 'template_reviews', 'review_for_reward', 'fake_logistics',
  'order_concentration', 'sales_spike', 'subsidy_abuse', 'insider_collusion', 'extortion_reviews', 'contact_spam',
] as const;
export const FindingKind = z.enum(findingKinds);
export type FindingKind = z.infer<typeof FindingKind>;

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

export const FindingEntity = z.object({ type: EntityType, id: Id, role: z.string().optional() });
export type FindingEntity = z.infer<typeof FindingEntity>;

/** A reason a person can read: a stable code, the message in English and Chinese, and the value that fired it. */
export const Reason = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string().min(1),
  messageZh: z.string().min(1),
  value: z.union([z.number(), z.string()]).optional(),
  threshold: z.union([z.number(), z.string()]).optional(),
});
export type Reason = z.infer<typeof Reason>;

const IsoTime = z.string();
export const Finding = z.object({
  id: z.string(),
  kind: FindingKind,
  score: z.number().min(0).max(1),
  severity: Severity,
  summary: z.string().min(1),
  summaryZh: z.string().min(1),
  tenant: z.string().optional(),
  entities: z.array(FindingEntity).min(1),
  window: z.object({ from: IsoTime, to: IsoTime }),
  reasons: z.array(Reason).min(1),
  evidence: z.object({ eventIds: z.array(z.string()), metrics: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])) }),
  detector: z.string().regex(/^[a-z0-9_-]+@\d+\.\d+\.\d+$/),
});
export type Finding = z.infer<typeof Finding>;

export const FindingsFile = z.object({ version: z.literal(FINDINGS_VERSION), findings: z.array(Finding) });
export type FindingsFile = z.infer<typeof FindingsFile>;

/** Score bands: one place turns a number into the word an analyst triages by. */
export function severityOf(score: number): Severity {
  if (score >= 0.9) return 'critical';
  if (score >= 0.75) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}
