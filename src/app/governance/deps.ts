// What the governance use cases need: the stores (settlement holds shared with real time), a clock, ids, the credit point table and a file-type sniffer.
import type { Role } from '../../core/access/principal.ts';
import type { Actor } from '../../core/cases/hash-chain.ts';
import type { PointTable } from '../../core/credit/point-table.ts';
import type { SettlementHoldStore } from '../decide-ports.ts';
import type { ApiKeyStore, AuditLog, ChainStore, Clock, EventStore, EvidenceFileStore, FindingStore, Ids, LabelStore, ReportStore } from '../ports.ts';

export type GovernanceDeps = {
  readonly chains: ChainStore;
  readonly reports: ReportStore;
  readonly files: EvidenceFileStore;
  readonly keys: ApiKeyStore;
  readonly audit: AuditLog;
  readonly labels: LabelStore;
  readonly events: EventStore;
  readonly findings: FindingStore;
  /** Settlement holds, shared with real time: a case's hold action lands beside the rules' holds. */
  readonly holds: SettlementHoldStore;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly pointTable: PointTable;
  /** The media type from a file's magic bytes, undefined when none matched. */
  readonly sniff: (bytes: Uint8Array) => Promise<string | undefined>;
};

/** Who is acting, in which tenant, with which roles; every use case takes one so every change is attributable. */
export type Caller = { readonly tenant: string | undefined; readonly actor: Actor; readonly roles: readonly Role[] };
