// Rebuilds the readable trace of a stored decision from its rule-set version and the compact evaluation values.
import type { RuleEvaluation, RuleTrace } from './decision.ts';
import type { Slots } from './evaluate.ts';
import type { RuleSet } from './rule-set.ts';
import { traceOf } from './trace.ts';

/** One trace per evaluated rule, in evaluation order; rules missing from the set (it cannot change, but be safe) are left out. */
export function decisionTrace(ruleSet: RuleSet, evaluations: readonly RuleEvaluation[]): RuleTrace[] {
  const rules = new Map(ruleSet.file.rules.map((r) => [r.code, r]));
  const traces: RuleTrace[] = [];
  for (const evaluation of evaluations) {
    const rule = rules.get(evaluation.code);
    if (!rule) continue;
    const slots: Slots = [...evaluation.values];
    for (const index of evaluation.skipped) slots[index] = undefined;
    traces.push({ code: evaluation.code, outcome: evaluation.outcome, fired: evaluation.fired, when: traceOf(rule.when, slots) });
  }
  return traces;
}
