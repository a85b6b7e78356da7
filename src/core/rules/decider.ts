// Decides one event: update the window features, evaluate the published rule set (and a shadow draft beside it), name the settlement to hold.
import type { ShoumenEvent } from '../events/event.ts';
import { FeatureEngine } from '../features/feature-engine.ts';
import { settlementTarget } from '../features/keys.ts';
import { BoundRuleSet, type EvaluationOrder } from './bound-rule-set.ts';
import type { Decision, RuleSetLabel } from './decision.ts';
import type { RuleSet } from './rule-set.ts';

export type VersionedRuleSet = { readonly ruleSet: RuleSet; readonly label: RuleSetLabel };

export type DeciderSetup = {
  readonly published: VersionedRuleSet;
  readonly shadow?: VersionedRuleSet;
  readonly order?: EvaluationOrder;
};

export type DecisionDraft = Omit<Decision, 'decidedAt'>;

export class Decider {
  readonly engine = new FeatureEngine();
  readonly published: BoundRuleSet;
  readonly shadow: BoundRuleSet | undefined;

  constructor(setup: DeciderSetup) {
    this.published = new BoundRuleSet(setup.published.ruleSet, setup.published.label, this.engine, setup.order);
    this.shadow = setup.shadow ? new BoundRuleSet(setup.shadow.ruleSet, setup.shadow.label, this.engine, setup.order) : undefined;
  }

  /** Feeds an event to the features without deciding it: how state is rebuilt from the store after a restart. */
  observe(event: ShoumenEvent, ts: number): void {
    this.engine.observe(event, ts);
  }

  decide(event: ShoumenEvent, ts: number): DecisionDraft {
    this.engine.observe(event, ts);
    const verdict = this.published.evaluate(event, ts);
    const shadow = this.shadow?.evaluate(event, ts);
    // Holds follow every fired hold rule, even when a block outranks it: the money must not leave either way.
    const holding = verdict.reasons.some((r) => r.outcome === 'hold_settlement');
    const target = holding ? settlementTarget(event, this.engine.context) : undefined;
    return {
      eventId: event.id,
      ...(event.tenant !== undefined ? { tenant: event.tenant } : {}),
      eventType: event.type,
      eventTs: event.ts,
      ...verdict,
      holds: target ? [target] : [],
      ...(shadow ? { shadow } : {}),
    };
  }
}
