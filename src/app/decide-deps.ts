// What the real-time use cases need: the stores behind the ports, a clock, the default pack's text and the audit log.
import type { Actor } from '../core/cases/hash-chain.ts';
import { formatIso } from '../core/time/format.ts';
import type { DecisionLog, DecisionStore, EventReplay, RuleSetStore, SettlementHoldStore } from './decide-ports.ts';
import type { AuditLog, Clock, EventStore } from './ports.ts';

export type RealtimeDeps = {
  readonly events: EventStore;
  readonly decisions: DecisionStore;
  /** Where the real-time path writes: events and their decisions in one transaction. */
  readonly log: DecisionLog;
  readonly ruleSets: RuleSetStore;
  readonly holds: SettlementHoldStore;
  readonly replay: EventReplay;
  readonly clock: Clock;
  /** Text of the default rule pack, published as a tenant's first version when it has none. */
  readonly defaultPack: string;
  /** Who changed rules or released holds; absent in tools that change nothing. */
  readonly audit?: AuditLog;
};

/** Who asks for a change, for the audit log. */
export type RealtimeCaller = { readonly tenant: string | undefined; readonly actor: Actor };

export const nowOf = (deps: Pick<RealtimeDeps, 'clock'>): string => formatIso(deps.clock.now().getTime());

export async function auditChange(deps: RealtimeDeps, caller: RealtimeCaller, action: string, target: { type: string; id: string }, detail?: Record<string, unknown>): Promise<void> {
  await deps.audit?.append({ at: nowOf(deps), tenant: caller.tenant, actor: caller.actor, action, target, ...(detail ? { detail } : {}) });
}
