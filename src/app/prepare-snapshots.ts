// Reads events into one snapshot per tenant and prepares each for the learner: entity graph, detector signals, own features.
import type { Detector } from '../core/detectors/detector.ts';
import { runDetectors } from '../core/detectors/run-detectors.ts';
import { prepareSnapshot, type PreparedSnapshot } from '../core/learning/features/entity-features.ts';
import type { FusionConfig } from '../core/scoring/fuse.ts';
import { TenantSnapshots } from '../core/snapshot/snapshot-builder.ts';
import { ingestEvents, type IngestStats } from './ingest-events.ts';
import type { EventSource, RejectSink } from './ports.ts';

export type LearningEvents = { readonly source: EventSource; readonly rejects: RejectSink };

export type SignalDeps = {
  readonly detectors: readonly Detector<unknown>[];
  readonly fusion: FusionConfig;
  readonly onProgress?: (phase: 'read' | 'features' | 'train' | 'score', stats?: Readonly<IngestStats>) => void;
};

export type PreparedEvents = { readonly prepared: PreparedSnapshot[]; readonly stats: IngestStats; readonly detectorFailures: string[] };

/** Validates the events (bad lines go to the rejects sink), runs the registered detectors, and builds features per tenant. */
export async function prepareEvents(events: LearningEvents, deps: SignalDeps): Promise<PreparedEvents> {
  const tenants = new TenantSnapshots();
  const stats = await ingestEvents({
    source: events.source,
    rejects: events.rejects,
    onEvent: (event, ts) => tenants.add(event, ts),
    onProgress: (s) => deps.onProgress?.('read', s),
  });
  deps.onProgress?.('features');
  const prepared: PreparedSnapshot[] = [];
  const detectorFailures: string[] = [];
  for (const snapshot of tenants.finish()) {
    const detection = runDetectors(snapshot, deps.detectors);
    detectorFailures.push(...detection.failures.map((f) => `${f.detector}: ${f.message}`));
    prepared.push(prepareSnapshot(snapshot, detection.findings, deps.fusion));
  }
  return { prepared, stats, detectorFailures };
}
