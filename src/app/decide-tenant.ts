// Builds a tenant's decider: its published rule set (and shadow draft), then its recent stored events replayed into the features.
import { DURABLE_EVENT_TYPES, RESTORE_LOOKBACK_MS } from '../core/features/feature-engine.ts';
import { Decider, type VersionedRuleSet } from '../core/rules/decider.ts';
import { loadRuleSet } from '../core/rules/rule-set.ts';
import type { RealtimeDeps } from './decide-deps.ts';
import type { RuleSetRecord } from './decide-ports.ts';
import { ensurePublished } from './rules-versions.ts';

export type TenantState = {
  readonly decider: Decider;
  readonly published: RuleSetRecord;
  readonly shadow: RuleSetRecord | undefined;
  /** Stored events read back into the features when the state was built. */
  readonly replayed: number;
};

/** A stored version always loads: it was checked before it was stored. */
export function versioned(record: RuleSetRecord): VersionedRuleSet {
  const loaded = loadRuleSet(record.source);
  if (!loaded.ok) throw new Error(`stored rule set version ${record.version} does not load: ${loaded.error[0]?.message ?? ''}`);
  return { ruleSet: loaded.value, label: { name: record.name, version: record.version } };
}

export async function loadTenantState(deps: RealtimeDeps, tenant: string | undefined): Promise<TenantState> {
  const published = await ensurePublished(deps, tenant);
  const shadow = (await deps.ruleSets.list(tenant)).find((v) => v.shadow && v.status === 'draft');
  const decider = new Decider({ published: versioned(published), ...(shadow ? { shadow: versioned(shadow) } : {}) });
  let replayed = 0;
  const latest = await deps.replay.latestTs(tenant);
  if (latest !== undefined) {
    // Replay only observes: no decision is made or stored again, so the state equals what the live stream built.
    for await (const { event, tsMillis } of deps.replay.stream(tenant, latest - RESTORE_LOOKBACK_MS, DURABLE_EVENT_TYPES)) {
      decider.observe(event, tsMillis);
      replayed += 1;
    }
  }
  return { decider, published, shadow, replayed };
}
