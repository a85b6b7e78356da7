// The real-time service roles use: decisions, their traces, rule-set versions, shadow mode, backtests and settlement holds, bound to one set of stores.
import type { ShoumenEvent } from '../core/events/event.ts';
import { appError, type AppError } from '../core/errors/catalog.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { VersionedRuleSet } from '../core/rules/decider.ts';
import type { Decision, RuleTrace } from '../core/rules/decision.ts';
import { decisionTrace } from '../core/rules/decision-trace.ts';
import { backtest, type BacktestLabel, type BacktestReport } from './backtest.ts';
import type { RealtimeCaller, RealtimeDeps } from './decide-deps.ts';
import type { RuleSetRecord, SettlementHold } from './decide-ports.ts';
import { versioned } from './decide-tenant.ts';
import { DecisionEngine, type DecideResult } from './decide.ts';
import { checkRules, createRuleSetDraft, ensurePublished, publishRuleSet, setShadowRuleSet } from './rules-versions.ts';
import { releaseHold } from './settlement-holds.ts';

export type DecisionWithTrace = { readonly decision: Decision; readonly trace: RuleTrace[]; readonly shadowTrace?: RuleTrace[] };

export type BacktestRequest = { readonly version?: number; readonly source?: string; readonly labels?: readonly BacktestLabel[] };

export type Realtime = {
  readonly deps: RealtimeDeps;
  readonly engine: DecisionEngine;
  decide(event: ShoumenEvent): Promise<DecideResult>;
  decideMany(events: readonly ShoumenEvent[]): Promise<DecideResult[]>;
  decision(tenant: string | undefined, eventId: string): Promise<DecisionWithTrace | undefined>;
  createDraft(caller: RealtimeCaller, input: { source: string; shadow?: boolean }): Promise<Result<RuleSetRecord, AppError>>;
  publish(caller: RealtimeCaller, version: number): Promise<Result<RuleSetRecord, AppError>>;
  setShadow(caller: RealtimeCaller, version: number | undefined): Promise<Result<void, AppError>>;
  backtest(caller: RealtimeCaller, request: BacktestRequest): Promise<Result<BacktestReport, AppError>>;
  releaseHold(caller: RealtimeCaller, id: string, note: string): Promise<Result<SettlementHold, AppError>>;
  /** Finishes queued decisions. */
  close(): Promise<void>;
};

export function createRealtime(deps: RealtimeDeps): Realtime {
  const engine = new DecisionEngine(deps);
  // Versions never change once stored, so a parsed version can be kept for as long as the process lives.
  const parsed = new Map<string, VersionedRuleSet>();
  const versionOf = async (tenant: string | undefined, version: number): Promise<VersionedRuleSet | undefined> => {
    const key = `${tenant ?? ''}\u0000${version}`;
    const known = parsed.get(key);
    if (known) return known;
    const record = await deps.ruleSets.get(tenant, version);
    if (!record) return undefined;
    const loaded = versioned(record);
    parsed.set(key, loaded);
    return loaded;
  };
  const reloading = <T>(tenant: string | undefined) => (result: Result<T, AppError>) => {
    if (result.ok) engine.reload(tenant);
    return result;
  };

  return {
    deps,
    engine,
    decide: (event) => engine.decide(event),
    decideMany: (events) => engine.decideMany(events),

    async decision(tenant, eventId) {
      const decision = await deps.decisions.get(tenant, eventId);
      if (!decision) return undefined;
      const published = await versionOf(tenant, decision.ruleSet.version);
      const shadow = decision.shadow ? await versionOf(tenant, decision.shadow.ruleSet.version) : undefined;
      return {
        decision,
        trace: published ? decisionTrace(published.ruleSet, decision.evaluations) : [],
        ...(decision.shadow && shadow ? { shadowTrace: decisionTrace(shadow.ruleSet, decision.shadow.evaluations) } : {}),
      };
    },

    createDraft: async (caller, input) => reloading<RuleSetRecord>(caller.tenant)(await createRuleSetDraft(deps, caller, input)),
    publish: async (caller, version) => reloading<RuleSetRecord>(caller.tenant)(await publishRuleSet(deps, caller, version)),
    setShadow: async (caller, version) => reloading<void>(caller.tenant)(await setShadowRuleSet(deps, caller, version)),

    async backtest(caller, request) {
      let candidate: VersionedRuleSet | undefined;
      if (request.source !== undefined) {
        const checked = checkRules(request.source);
        if (!checked.ok) return checked;
        candidate = { ruleSet: checked.value, label: { name: checked.value.file.name, version: 0 } };
      } else if (request.version !== undefined) {
        candidate = await versionOf(caller.tenant, request.version);
        if (!candidate) return err(appError('SM_NOT_FOUND', `No rule set version ${request.version}.`));
      } else {
        return err(appError('SM_VALIDATION', 'Give a rule set version or its source.', [{ field: 'version', message: 'or source is required' }]));
      }
      const published = await ensurePublished(deps, caller.tenant);
      const baseline = published.version === candidate.label.version ? undefined : await versionOf(caller.tenant, published.version);
      return ok(await backtest(deps.events.stream(), { tenant: caller.tenant, candidate, ...(baseline ? { baseline } : {}), ...(request.labels ? { labels: request.labels } : {}) }));
    },

    releaseHold: (caller, id, note) => releaseHold(deps, caller, id, note),
    close: () => engine.idle(),
  };
}
