// The few interfaces the use cases need from the outside world; adapters implement them.
import type { EntityType } from '../core/events/primitives.ts';
import type { ShoumenEvent } from '../core/events/event.ts';
import type { FieldError } from '../core/events/validate.ts';
import type { Finding, FindingKind, Severity } from '../core/findings/finding.ts';
import type { EntityScore } from '../core/scoring/fuse.ts';
import type { HolderKind, Role } from '../core/access/principal.ts';
import type { CaseView } from '../core/cases/case-view.ts';
import type { Actor, ChainEntry } from '../core/cases/hash-chain.ts';
import type { Report } from '../core/reports/report.ts';

export type { DecisionPage, DecisionStore, EventReplay, NewRuleSet, RuleSetRecord, RuleSetStatus, RuleSetStore, SettlementHold, SettlementHoldStore } from './decide-ports.ts';

export type { RatingStore } from './rating-ports.ts';

/** One record read from an input file: its 1-based line (or CSV row line) and the parsed value or a parse error. */
export type RawRecord = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly parseError: string };

export type EventSource = {
  /** File name or other label used in messages. */
  readonly name: string;
  /** Bytes in the input when known, for progress. */
  readonly sizeBytes?: number;
  readonly bytesRead?: () => number;
  /** Records in input order, in batches so a 10M-line file does not pay an async step per line. */
  batches(): AsyncIterable<readonly RawRecord[]>;
};

export type Reject = { readonly source: string; readonly line: number; readonly errors: readonly FieldError[]; readonly record?: unknown };

export type RejectSink = { write(reject: Reject): void; close(): Promise<void> };

/** Restricts a read to one tenant (`tenant: undefined` is the default tenant). */
export type TenantFilter = { readonly tenant: string | undefined };

/** Events in the store, idempotent by (tenant, id). */
export type EventStore = {
  /** Appends events; returns for each whether it was new (true) or already stored (false). */
  append(events: readonly ShoumenEvent[]): Promise<boolean[]>;
  get(tenant: string | undefined, id: string): Promise<ShoumenEvent | undefined>;
  getMany(tenant: string | undefined, ids: readonly string[]): Promise<ShoumenEvent[]>;
  /** Every stored event in arrival order, with its parsed time; only one tenant's when `only` is given. */
  stream(only?: TenantFilter): AsyncIterable<{ event: ShoumenEvent; tsMillis: number }>;
  count(): Promise<number>;
};

export type AnalysisRun = {
  readonly id: string;
  /** Which tenants the run read: all of them (a file or a whole-store run) or one. */
  readonly scope: 'all' | TenantFilter;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly source: string;
  readonly detectors: string[];
  readonly fusionVersion: string;
  readonly stats: Record<string, number>;
};

export type FindingQuery = {
  readonly tenant: string | undefined;
  readonly kind?: FindingKind;
  readonly severity?: Severity;
  readonly minScore?: number;
  readonly entity?: { type: EntityType; id: string };
  readonly text?: string;
  readonly limit: number;
  /** Opaque position returned as `nextCursor` by the previous page. */
  readonly cursor?: string;
};

export type FindingPage = { readonly items: Finding[]; readonly total: number; readonly nextCursor?: string };

export type FindingStore = {
  saveRun(run: AnalysisRun, findings: readonly Finding[], scores: readonly EntityScore[]): Promise<void>;
  listFindings(query: FindingQuery): Promise<FindingPage>;
  getFinding(tenant: string | undefined, id: string): Promise<Finding | undefined>;
  getScore(tenant: string | undefined, entityType: EntityType, entityId: string): Promise<EntityScore | undefined>;
  /** The most recent run; with `only`, the most recent one that read that tenant. */
  latestRun(only?: TenantFilter): Promise<AnalysisRun | undefined>;
};

export type Clock = { now(): Date };

export type AnalysisOutput = {
  writeFindings(findings: readonly Finding[]): Promise<void>;
  writeScores(scores: readonly EntityScore[]): Promise<void>;
  writeReport(html: string): Promise<void>;
  readonly location: string;
};

// ── Governance: cases, credit, reports, evidence files, access (issue 9) ──

export type CaseQuery = {
  readonly tenant: string | undefined;
  readonly state?: CaseView['state'];
  readonly kind?: CaseView['kind'];
  readonly severity?: CaseView['severity'];
  readonly assignee?: string;
  readonly limit: number;
  readonly offset?: number;
};

/**
 * Append-only, hash-chained histories: one chain per case (`case:ID`) and one per merchant credit ledger
 * (`credit:MERCHANT`). Nothing is ever updated or deleted; state is folded from the entries.
 */
export type ChainStore = {
  /**
   * Appends an entry whose seq follows the chain's last stored one, with index keys that find the chain again
   * (`entity:merchant:m1`, `finding:f1`, `appeal:ap1`) and, for cases, the folded view kept for queue queries.
   * Returns false when the seq is taken: another writer appended first and the caller must re-read.
   */
  append(tenant: string | undefined, entry: ChainEntry, options?: { index?: readonly string[]; caseView?: CaseView }): Promise<boolean>;
  entries(tenant: string | undefined, chain: string): Promise<ChainEntry[]>;
  lookup(tenant: string | undefined, key: string): Promise<string[]>;
  listCases(query: CaseQuery): Promise<{ items: CaseView[]; total: number }>;
  /** Chains whose name starts with the prefix, e.g. every `credit:` ledger of a tenant. */
  chainNames(tenant: string | undefined, prefix: string): Promise<string[]>;
};

export type ReportQuery = {
  readonly tenant: string | undefined;
  readonly filedBy?: string;
  readonly targetKey?: string;
  readonly status?: Report['status'];
  readonly caseId?: string;
  readonly limit: number;
};

export type ReportStore = {
  /** Inserts or replaces the report's current record; its changes are audited, and its link to a case is chained. */
  save(report: Report): Promise<void>;
  get(tenant: string | undefined, id: string): Promise<Report | undefined>;
  list(query: ReportQuery): Promise<Report[]>;
};

/** Uploaded evidence, content-addressed by SHA-256; bytes are stored as received and never executed or rendered. */
export type EvidenceFileStore = {
  put(bytes: Uint8Array): Promise<{ sha256: string; bytes: number }>;
  get(sha256: string): Promise<Uint8Array | undefined>;
};

export type ApiKeyRecord = {
  readonly id: string;
  readonly tenant: string | undefined;
  /** SHA-256 of the secret part; the secret itself is shown once and never stored. */
  readonly secretHash: string;
  readonly roles: readonly Role[];
  readonly name: string;
  readonly kind: HolderKind;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt?: string;
};

export type ApiKeyStore = {
  create(record: ApiKeyRecord): Promise<void>;
  get(id: string): Promise<ApiKeyRecord | undefined>;
  /** The record as a cache holds it now, without a query; undefined when the store keeps none in memory. */
  peek?(id: string): ApiKeyRecord | undefined;
  list(tenant: string | undefined): Promise<ApiKeyRecord[]>;
  revoke(tenant: string | undefined, id: string, at: string): Promise<boolean>;
};

export type AuditRecord = {
  readonly at: string;
  readonly tenant: string | undefined;
  readonly actor: Actor;
  readonly action: string;
  readonly target: { readonly type: string; readonly id: string };
  readonly detail?: Record<string, unknown>;
};

/** Who changed what and when, for every state change; append-only. */
export type AuditLog = {
  append(record: AuditRecord): Promise<void>;
  list(query: { tenant: string | undefined; target?: { type: string; id: string }; limit: number }): Promise<AuditRecord[]>;
};

export type Label = {
  readonly tenant?: string;
  readonly entityType: EntityType;
  readonly entityId: string;
  /** 1 = fraud, 0 = genuine. */
  readonly label: 0 | 1;
  readonly source: string;
  readonly at: string;
};

/** Labels for the learner: analyst decisions on cases land here automatically. */
export type LabelStore = {
  record(labels: readonly Label[]): Promise<void>;
  list(tenant?: string): Promise<Label[]>;
};

export type Ids = { next(prefix: string): string };
