// The decision record of one event: outcome, the rule-set version, readable reasons and the compact evaluation the trace is rebuilt from.
import { z } from 'zod';
import { Outcome, outcomes } from './ast.ts';
import { TraceNode, TraceValue } from './trace.ts';

export const RuleSetLabel = z.object({ name: z.string(), version: z.int() });
export type RuleSetLabel = z.infer<typeof RuleSetLabel>;

export const DecisionReason = z.object({
  code: z.string(),
  outcome: Outcome,
  message: z.string(),
  messageZh: z.string(),
  /** Event fields and features the rule read, with their values. */
  facts: z.record(z.string(), TraceValue),
});
export type DecisionReason = z.infer<typeof DecisionReason>;

/** One rule's evaluation: node values in pre-order (null where skipped) and which nodes were skipped. */
export const RuleEvaluation = z.object({
  code: z.string(),
  outcome: Outcome,
  fired: z.boolean(),
  values: z.array(TraceValue),
  skipped: z.array(z.int()),
});
export type RuleEvaluation = z.infer<typeof RuleEvaluation>;

export const SettlementTarget = z.object({ merchantId: z.string(), orderId: z.string().optional() });
export type SettlementTarget = z.infer<typeof SettlementTarget>;

export const RuleSetVerdict = z.object({
  ruleSet: RuleSetLabel,
  outcome: Outcome,
  reasons: z.array(DecisionReason),
  evaluations: z.array(RuleEvaluation),
});
export type RuleSetVerdict = z.infer<typeof RuleSetVerdict>;

export const Decision = RuleSetVerdict.extend({
  eventId: z.string(),
  tenant: z.string().optional(),
  eventType: z.string(),
  eventTs: z.string(),
  /** Settlement to hold when the outcome is hold_settlement. */
  holds: z.array(SettlementTarget),
  /** The draft running in shadow mode: what it would have decided; it never acts. */
  shadow: RuleSetVerdict.optional(),
  decidedAt: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const RuleTrace = z.object({ code: z.string(), outcome: Outcome, fired: z.boolean(), when: TraceNode });
export type RuleTrace = z.infer<typeof RuleTrace>;

/** The stronger outcome wins: block > hold_settlement > review > allow. */
export function strongerOutcome(a: Outcome, b: Outcome): Outcome {
  return outcomes.indexOf(a) >= outcomes.indexOf(b) ? a : b;
}
