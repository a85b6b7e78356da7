// Response shapes of the decision routes: the decision, its trace, and the short form returned with each event.
import { z } from '@hono/zod-openapi';
import { Decision, DecisionReason, RuleSetLabel, RuleTrace, SettlementTarget } from '../../../core/rules/decision.ts';
import { Outcome } from '../../../core/rules/ast.ts';
import type { DecideResult } from '../../../app/decide.ts';

export const DecisionSummary = z
  .object({
    eventId: z.string(),
    outcome: Outcome,
    ruleSet: RuleSetLabel,
    reasons: z.array(DecisionReason),
    holds: z.array(SettlementTarget),
    shadow: z.object({ ruleSet: RuleSetLabel, outcome: Outcome, reasons: z.array(DecisionReason) }).optional(),
    decidedAt: z.string(),
  })
  .openapi('DecisionSummary');
export type DecisionSummary = z.infer<typeof DecisionSummary>;

export const DecisionWithTraceBody = z
  .object({ decision: Decision, trace: z.array(RuleTrace), shadowTrace: z.array(RuleTrace).optional() })
  .openapi('DecisionWithTrace');

export const DecideResponse = z
  .object({ status: z.enum(['accepted', 'duplicate']), decision: DecisionSummary.optional(), trace: z.array(RuleTrace).optional() })
  .openapi('DecideResponse');

/** What a caller acts on, without the per-node evaluation values (GET /v1/decisions/{eventId} has the trace). */
export function summaryOf(decision: Decision): DecisionSummary {
  const { eventId, outcome, ruleSet, reasons, holds, shadow, decidedAt } = decision;
  return { eventId, outcome, ruleSet, reasons, holds, decidedAt, ...(shadow ? { shadow: { ruleSet: shadow.ruleSet, outcome: shadow.outcome, reasons: shadow.reasons } } : {}) };
}

export const resultSummary = (result: DecideResult) => (result.decision ? summaryOf(result.decision) : undefined);
