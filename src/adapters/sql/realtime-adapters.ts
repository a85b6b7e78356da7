// Builds the real-time stores over one Kysely database, and reads the default rule pack shipped beside the rules language.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { RealtimeDeps } from '../../app/decide-deps.ts';
import type { DecisionLog } from '../../app/decide-ports.ts';
import type { AuditLog, Clock, EventStore } from '../../app/ports.ts';
import { decisionRepository } from './decision-repository.ts';
import { eventReplayRepository } from './event-replay-repository.ts';
import { ruleSetRepository } from './rule-set-repository.ts';
import type { Database } from './schema.ts';
import { settlementHoldRepository } from './settlement-hold-repository.ts';

export const DEFAULT_PACK_PATH = new URL('../../core/rules/packs/default.rules', import.meta.url);

export function readDefaultPack(): string {
  return readFileSync(DEFAULT_PACK_PATH, 'utf8');
}

export type RealtimeAdapterInput = {
  readonly db: Kysely<Database>;
  readonly events: EventStore;
  /** The dialect's one-transaction write of events and decisions. */
  readonly decisionLog: DecisionLog;
  readonly clock: Clock;
  readonly audit?: AuditLog;
  readonly defaultPack?: string;
};

export function realtimeAdapters(input: RealtimeAdapterInput): RealtimeDeps {
  return {
    events: input.events,
    decisions: decisionRepository(input.db),
    log: input.decisionLog,
    ruleSets: ruleSetRepository(input.db),
    holds: settlementHoldRepository(input.db),
    replay: eventReplayRepository(input.db),
    clock: input.clock,
    defaultPack: input.defaultPack ?? readDefaultPack(),
    ...(input.audit ? { audit: input.audit } : {}),
  };
}
