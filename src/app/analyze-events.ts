// Runs the analysis pipeline: events (file or store) → columnar snapshots → detectors → fused scores → outputs.
import type { Detector, DetectorFailure } from '../core/detectors/detector.ts';
import { detectorVersions } from '../core/detectors/registry.ts';
import { runDetectors } from '../core/detectors/run-detectors.ts';
import type { Finding } from '../core/findings/finding.ts';
import { computeRatings, mergeRatings } from '../core/ratings/compute-ratings.ts';
import type { RatingsResult } from '../core/ratings/rating-types.ts';
import { renderReport } from '../core/report/render-report.ts';
import type { RunSummary } from '../core/report/report-input.ts';
import { fuseScores, type EntityScore, type FusionConfig } from '../core/scoring/fuse.ts';
import { TenantSnapshots } from '../core/snapshot/snapshot-builder.ts';
import { formatIso } from '../core/time/format.ts';
import { ingestEvents, type IngestStats } from './ingest-events.ts';
import type { AnalysisOutput, AnalysisRun, Clock, EventSource, EventStore, FindingStore, RatingStore, RejectSink, TenantFilter } from './ports.ts';

export type AnalyzeDeps = {
  readonly detectors: readonly Detector<unknown>[];
  readonly fusion: FusionConfig;
  readonly clock: Clock;
  readonly newRunId: () => string;
  readonly store?: EventStore;
  readonly findingStore?: FindingStore;
  readonly ratingStore?: RatingStore;
  /** Review ids a case action has hidden or marked removed, per tenant: trusted ratings leave them out. */
  readonly hiddenReviews?: (tenant: string | undefined) => Promise<ReadonlySet<string>>;
  readonly output?: AnalysisOutput;
  readonly onProgress?: (phase: 'read' | 'detect' | 'write', stats?: Readonly<IngestStats>) => void;
};

/** Either a file to validate (and store when a store is given) or the store as it is: every tenant, or `only` one. */
export type AnalyzeInput =
  | { readonly from: 'source'; readonly source: EventSource; readonly rejects: RejectSink }
  | { readonly from: 'store'; readonly only?: TenantFilter };

export type AnalysisResult = {
  readonly runId: string;
  /** The run as recorded: versions, scope and counts. */
  readonly run: AnalysisRun;
  readonly findings: Finding[];
  readonly scores: EntityScore[];
  /** Every review's fraud score and the trusted item and merchant ratings (docs/detectors/content.md). */
  readonly ratings: RatingsResult;
  readonly failures: DetectorFailure[];
  readonly summary: RunSummary;
  readonly stats: IngestStats;
};

async function readInto(snapshots: TenantSnapshots, input: AnalyzeInput, deps: AnalyzeDeps): Promise<IngestStats> {
  if (input.from === 'source') {
    return ingestEvents({
      source: input.source,
      rejects: input.rejects,
      ...(deps.store ? { store: deps.store } : {}),
      onEvent: (event, ts) => snapshots.add(event, ts),
      onProgress: (stats) => deps.onProgress?.('read', stats),
    });
  }
  if (!deps.store) throw new Error('analysis from the store needs an event store');
  const stats: IngestStats = { linesRead: 0, accepted: 0, rejected: 0, duplicates: 0, stored: 0, byType: {} };
  for await (const { event, tsMillis } of deps.store.stream(input.only)) {
    stats.linesRead += 1;
    stats.accepted += 1;
    stats.byType[event.type] = (stats.byType[event.type] ?? 0) + 1;
    snapshots.add(event, tsMillis);
    if (stats.accepted % 50_000 === 0) deps.onProgress?.('read', stats);
  }
  return stats;
}

export async function analyzeEvents(input: AnalyzeInput, deps: AnalyzeDeps): Promise<AnalysisResult> {
  const started = deps.clock.now();
  const runId = deps.newRunId();
  const tenants = new TenantSnapshots();
  const stats = await readInto(tenants, input, deps);
  deps.onProgress?.('detect');
  const findings: Finding[] = [];
  const failures: DetectorFailure[] = [];
  const snapshots = tenants.finish();
  const perTenantRatings: RatingsResult[] = [];
  for (const snapshot of snapshots) {
    const result = runDetectors(snapshot, deps.detectors);
    findings.push(...result.findings);
    const hidden = deps.hiddenReviews ? await deps.hiddenReviews(snapshot.tenant) : undefined;
    perTenantRatings.push(computeRatings(snapshot, result.findings, undefined, undefined, hidden));
    failures.push(...result.failures.map((f) => (snapshot.tenant ? { ...f, message: `[tenant ${snapshot.tenant}] ${f.message}` } : f)));
  }
  findings.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const scores = fuseScores(findings, deps.fusion);
  const ratings = mergeRatings(perTenantRatings);
  const finished = deps.clock.now();
  const summary: RunSummary = {
    generatedAt: formatIso(finished.getTime()),
    source: input.from === 'source' ? input.source.name : input.only ? `event store (tenant ${input.only.tenant ?? 'default'})` : 'event store',
    linesRead: stats.linesRead,
    eventsAccepted: stats.accepted,
    rejected: stats.rejected,
    duplicates: stats.duplicates,
    eventsByType: stats.byType,
    tenants: snapshots.length,
    detectors: detectorVersions(deps.detectors),
    fusionVersion: deps.fusion.version,
    failures,
    elapsedMs: finished.getTime() - started.getTime(),
  };
  deps.onProgress?.('write');
  if (deps.output) {
    await deps.output.writeFindings(findings);
    await deps.output.writeScores(scores);
    await deps.output.writeReport(renderReport({ run: summary, findings, scores, ratings }));
  }
  const run: AnalysisRun = {
    id: runId,
    scope: input.from === 'store' && input.only ? { tenant: input.only.tenant } : 'all',
    startedAt: formatIso(started.getTime()),
    finishedAt: summary.generatedAt,
    source: summary.source,
    detectors: [...summary.detectors],
    fusionVersion: summary.fusionVersion,
    stats: { events: stats.accepted, rejected: stats.rejected, duplicates: stats.duplicates, stored: stats.stored, findings: findings.length, scores: scores.length },
  };
  if (deps.findingStore) await deps.findingStore.saveRun(run, findings, scores);
  if (deps.ratingStore) await deps.ratingStore.saveRatings(runId, ratings);
  return { runId, run, findings, scores, ratings, failures, summary, stats };
}
