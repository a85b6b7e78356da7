// A checked rule set compiled against a feature engine: rules indexed by event type, conditions in cost order, messages with values.
import type { EventType, ShoumenEvent } from '../events/event.ts';
import type { FeatureEngine } from '../features/feature-engine.ts';
import type { Expr, RuleDecl, Template } from './ast.ts';
import { costOrder } from './cost.ts';
import { strongerOutcome, type DecisionReason, type RuleEvaluation, type RuleSetLabel, type RuleSetVerdict } from './decision.ts';
import { compileExpr, sourceOrder, type CompileOptions, type CompiledExpr, type EvalContext, type Slots } from './evaluate.ts';
import type { Value } from './lang-types.ts';
import type { RuleSet } from './rule-set.ts';
import { factsOf, renderTemplate } from './trace.ts';

type CompiledRule = {
  readonly rule: RuleDecl;
  readonly when: CompiledExpr;
  readonly message: readonly CompiledExpr[];
  readonly messageZh: readonly CompiledExpr[];
};

export type EvaluationOrder = 'cost' | 'source';

const holes = (template: Template): Expr[] => template.filter((p): p is Expr => typeof p !== 'string');

export class BoundRuleSet {
  private readonly byType = new Map<EventType, CompiledRule[]>();
  private readonly everyType: CompiledRule[] = [];
  private readonly slots: Slots = [];
  private current: { event: ShoumenEvent; ts: number } | undefined;
  private readonly context: EvalContext;

  constructor(readonly ruleSet: RuleSet, readonly label: RuleSetLabel, private readonly engine: FeatureEngine, order: EvaluationOrder = 'cost') {
    const indices = new Map(ruleSet.file.features.map((f) => [f.name, engine.register(f)]));
    const featureIndex = (name: string) => indices.get(name) ?? -1;
    const options: CompileOptions = {
      featureIndex,
      order: order === 'cost' ? costOrder((name) => engine.cost(featureIndex(name))) : sourceOrder,
    };
    const compile = (expr: Expr) => compileExpr(expr, options);
    for (const rule of ruleSet.file.rules) {
      const compiled = { rule, when: compile(rule.when), message: holes(rule.message).map(compile), messageZh: holes(rule.messageZh).map(compile) };
      if (rule.on.length === 0) this.everyType.push(compiled);
      for (const type of rule.on) {
        const list = this.byType.get(type as EventType) ?? [];
        list.push(compiled);
        this.byType.set(type as EventType, list);
      }
    }
    this.context = {
      event: {},
      feature: (index) => (this.current ? this.engine.value(index, this.current.event, this.current.ts) : null),
    };
  }

  /** Evaluates every rule that looks at this event's type; the engine must have observed the event already. */
  evaluate(event: ShoumenEvent, ts: number): RuleSetVerdict {
    const rules = this.rulesFor(event.type);
    const evaluations: RuleEvaluation[] = [];
    const reasons: DecisionReason[] = [];
    let outcome: RuleSetVerdict['outcome'] = 'allow';
    this.current = { event, ts };
    (this.context as { event: Readonly<Record<string, unknown>> }).event = event;
    for (const compiled of rules) {
      const slots = this.slots;
      slots.length = 0;
      for (let i = 0; i < compiled.when.size; i += 1) slots.push(undefined);
      const fired = compiled.when.evaluate(this.context, slots) === true;
      const values: Value[] = [];
      const skipped: number[] = [];
      for (let i = 0; i < compiled.when.size; i += 1) {
        const v = slots[i];
        if (v === undefined) skipped.push(i);
        values.push(v ?? null);
      }
      const { rule } = compiled;
      evaluations.push({ code: rule.code, outcome: rule.outcome, fired, values, skipped });
      if (!fired) continue;
      outcome = strongerOutcome(outcome, rule.outcome);
      reasons.push({
        code: rule.code,
        outcome: rule.outcome,
        message: renderTemplate(rule.message, this.holeValues(compiled.message)),
        messageZh: renderTemplate(rule.messageZh, this.holeValues(compiled.messageZh)),
        facts: factsOf(rule.when, slots),
      });
    }
    this.current = undefined;
    return { ruleSet: this.label, outcome, reasons, evaluations };
  }

  private rulesFor(type: EventType): readonly CompiledRule[] {
    const typed = this.byType.get(type);
    if (!this.everyType.length) return typed ?? [];
    return typed ? [...typed, ...this.everyType] : this.everyType;
  }

  private holeValues(compiled: readonly CompiledExpr[]): Value[] {
    return compiled.map((hole) => hole.evaluate(this.context, []));
  }
}
