// Backtest: replays stored events through a candidate rule set (beside the published one) and reports what it would have caught and blocked.
import type { EntityType } from '../core/events/primitives.ts';
import type { ShoumenEvent } from '../core/events/event.ts';
import { keyOf } from '../core/features/keys.ts';
import type { EntityContext } from '../core/features/entity-context.ts';
import { outcomes, type Outcome } from '../core/rules/ast.ts';
import { Decider, type VersionedRuleSet } from '../core/rules/decider.ts';
import type { RuleSetLabel } from '../core/rules/decision.ts';

/** A labelled entity: 1 = fraud, 0 = genuine (the learner's labels and the simulator's truth rows have this shape). */
export type BacktestLabel = { readonly entityType: EntityType; readonly entityId: string; readonly label: 0 | 1; readonly tenant?: string | undefined };

const entityKey = (tenant: string | undefined, type: string, id: string) => `${tenant ?? ''}\u0000${type}\u0000${id}`;

export type BacktestInput = {
  readonly tenant: string | undefined;
  readonly candidate: VersionedRuleSet;
  /** The published set, to count the events whose outcome would change. */
  readonly baseline?: VersionedRuleSet;
  readonly labels?: readonly BacktestLabel[];
  readonly examples?: number;
};

export type LabelScore = {
  readonly labelled: number;
  readonly positives: number;
  /** Labelled entities in at least one event the rules did not allow (review, hold or block). */
  readonly flagged: number;
  readonly truePositives: number;
  /** Positives in at least one blocked or held event. */
  readonly blockedPositives: number;
  readonly precision: number | null;
  readonly recall: number | null;
};

export type BacktestReport = {
  readonly ruleSet: RuleSetLabel;
  readonly baseline?: RuleSetLabel;
  readonly events: number;
  readonly outcomes: Record<Outcome, number>;
  readonly rules: { code: string; outcome: Outcome; fired: number; examples: string[] }[];
  readonly changed?: { events: number; examples: { eventId: string; from: Outcome; to: Outcome }[] };
  readonly labels?: LabelScore;
};

const ENTITY_KEYS: readonly [EntityType, Parameters<typeof keyOf>[0]][] = [
  ['account', 'account'], ['merchant', 'merchant'], ['item', 'item'], ['order', 'order'], ['review', 'review'], ['device', 'device'], ['ip', 'ip'],
];

function entitiesOf(event: ShoumenEvent, context: EntityContext): string[] {
  const keys: string[] = [];
  for (const [type, kind] of ENTITY_KEYS) {
    const id = keyOf(kind, event, context);
    if (id !== undefined) keys.push(entityKey(event.tenant, type, id));
  }
  return keys;
}

function scoreLabels(labels: readonly BacktestLabel[], flagged: ReadonlySet<string>, blocked: ReadonlySet<string>): LabelScore {
  let positives = 0;
  let flaggedLabelled = 0;
  let truePositives = 0;
  let blockedPositives = 0;
  // One label per entity, the last one given winning (a truth file repeats an entity once per pattern).
  const resolved = new Map(labels.map((l) => [entityKey(l.tenant, l.entityType, l.entityId), l.label]));
  for (const [key, label] of resolved) {
    if (label === 1) positives += 1;
    if (!flagged.has(key)) continue;
    flaggedLabelled += 1;
    if (label === 1) truePositives += 1;
    if (label === 1 && blocked.has(key)) blockedPositives += 1;
  }
  return {
    labelled: resolved.size, positives, flagged: flaggedLabelled, truePositives, blockedPositives,
    precision: flaggedLabelled ? truePositives / flaggedLabelled : null, recall: positives ? truePositives / positives : null,
  };
}

export async function backtest(stream: AsyncIterable<{ event: ShoumenEvent; tsMillis: number }>, input: BacktestInput): Promise<BacktestReport> {
  const examples = input.examples ?? 5;
  // The candidate decides; the baseline runs as its shadow, so both read the same features in one pass.
  const decider = new Decider({ published: input.candidate, ...(input.baseline ? { shadow: input.baseline } : {}) });
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  const rules = new Map(input.candidate.ruleSet.file.rules.map((r) => [r.code, { code: r.code, outcome: r.outcome, fired: 0, examples: [] as string[] }]));
  const changed = { events: 0, examples: [] as { eventId: string; from: Outcome; to: Outcome }[] };
  const flagged = new Set<string>();
  const blocked = new Set<string>();
  let events = 0;
  for await (const { event, tsMillis } of stream) {
    if (event.tenant !== input.tenant) continue;
    events += 1;
    const decision = decider.decide(event, tsMillis);
    counts[decision.outcome] += 1;
    for (const reason of decision.reasons) {
      const rule = rules.get(reason.code)!;
      rule.fired += 1;
      if (rule.examples.length < examples) rule.examples.push(event.id);
    }
    if (decision.shadow && decision.shadow.outcome !== decision.outcome) {
      changed.events += 1;
      if (changed.examples.length < examples) changed.examples.push({ eventId: event.id, from: decision.shadow.outcome, to: decision.outcome });
    }
    if (input.labels && decision.outcome !== 'allow') {
      for (const key of entitiesOf(event, decider.engine.context)) {
        flagged.add(key);
        if (decision.outcome === 'block' || decision.outcome === 'hold_settlement') blocked.add(key);
      }
    }
  }
  return {
    ruleSet: input.candidate.label,
    ...(input.baseline ? { baseline: input.baseline.label, changed } : {}),
    events,
    outcomes: counts,
    rules: [...rules.values()],
    ...(input.labels ? { labels: scoreLabels(input.labels, flagged, blocked) } : {}),
  };
}
