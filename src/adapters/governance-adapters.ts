// Builds the governance stores over one Kysely database and the data folder; called by the composition root and tests.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { cachedKeyStore } from '../app/governance/cached-key-store.ts';
import type { GovernanceDeps } from '../app/governance/deps.ts';
import type { Clock, EventStore, FindingStore } from '../app/ports.ts';
import { DEFAULT_POINT_TABLE, type PointTable } from '../core/credit/point-table.ts';
import { evidenceFileStore, sniffMediaType } from './files/evidence-file-store.ts';
import { apiKeyRepository, auditRepository, labelRepository } from './sql/access-repositories.ts';
import { chainRepository } from './sql/chain-repository.ts';
import { reportRepository } from './sql/report-repository.ts';
import { settlementHoldRepository } from './sql/settlement-hold-repository.ts';
import type { Database } from './sql/schema.ts';

/** A key revoked by another process (`keys revoke`) stops working within this time. */
export const KEY_CACHE_TTL_MS = 2_000;

export type GovernanceAdapterInput = {
  readonly db: Kysely<Database>;
  readonly dataDir: string;
  readonly events: EventStore;
  readonly findings: FindingStore;
  readonly clock: Clock;
  readonly pointTable?: PointTable;
};

export function governanceAdapters(input: GovernanceAdapterInput): GovernanceDeps {
  return {
    chains: chainRepository(input.db),
    reports: reportRepository(input.db),
    files: evidenceFileStore(input.dataDir),
    // Looked up on every request; revocations through this process act at once, the CLI's within the TTL.
    keys: cachedKeyStore(apiKeyRepository(input.db), { ttlMs: KEY_CACHE_TTL_MS, maxEntries: 10_000, now: () => performance.now() }),
    audit: auditRepository(input.db),
    labels: labelRepository(input.db),
    events: input.events,
    findings: input.findings,
    holds: settlementHoldRepository(input.db),
    clock: input.clock,
    ids: { next: (prefix) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}` },
    pointTable: input.pointTable ?? DEFAULT_POINT_TABLE,
    sniff: sniffMediaType,
  };
}
