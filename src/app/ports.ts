// The few interfaces the use cases need from the outside world; adapters implement them.
import type { EntityType } from '../core/events/primitives.ts';
import type { ShoumenEvent } from '../core/events/event.ts';
import type { FieldError } from '../core/events/validate.ts';
import type { Finding, FindingKind, Severity } from '../core/findings/finding.ts';
import type { EntityScore } from '../core/scoring/fuse.ts';

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

/** Events in the store, idempotent by (tenant, id). */
export type EventStore = {
  /** Appends events; returns for each whether it was new (true) or already stored (false). */
  append(events: readonly ShoumenEvent[]): Promise<boolean[]>;
  get(tenant: string | undefined, id: string): Promise<ShoumenEvent | undefined>;
  getMany(tenant: string | undefined, ids: readonly string[]): Promise<ShoumenEvent[]>;
  /** Every stored event in arrival order, with its parsed time. */
  stream(): AsyncIterable<{ event: ShoumenEvent; tsMillis: number }>;
  count(): Promise<number>;
};

export type AnalysisRun = {
  readonly id: string;
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
  latestRun(): Promise<AnalysisRun | undefined>;
};

export type Clock = { now(): Date };

export type AnalysisOutput = {
  writeFindings(findings: readonly Finding[]): Promise<void>;
  writeScores(scores: readonly EntityScore[]): Promise<void>;
  writeReport(html: string): Promise<void>;
  readonly location: string;
};
