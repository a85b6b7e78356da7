// Scores every entity of a model's type in the events, with the model's id and the top features behind each score.
import { allIds, computeFeatures, entityDocuments } from '../core/learning/features/entity-features.ts';
import { typeIndex } from '../core/learning/features/entity-graph.ts';
import { fillKnownLabels, isKnownLabelFeature } from '../core/learning/features/known-labels.ts';
import type { Label } from '../core/learning/labels.ts';
import { featureReason, type LearnedScore } from '../core/learning/learned-score.ts';
import type { LoadedModel } from '../core/learning/model/build-model.ts';
import { scoreWithModel } from '../core/learning/score-model.ts';
import { TEXT_FEATURE } from '../core/learning/train-learner.ts';
import { detectorVersions } from '../core/detectors/registry.ts';
import type { IngestStats } from './ingest-events.ts';
import type { Clock } from './ports.ts';
import { knownLabelsOf, labelsByTenant } from './known-labels.ts';
import { prepareEvents, type LearningEvents, type SignalDeps } from './prepare-snapshots.ts';

export type ScoreSink = { write(scores: readonly LearnedScore[]): Promise<void> };

export type ScoreEntitiesInput = {
  readonly events: LearningEvents;
  readonly model: LoadedModel;
  /** How many features to report behind each score (0 for none). */
  readonly topReasons?: number;
  /** Labels known now (analysts' decisions, a labels file) for the model's known-label features; without them those read missing. */
  readonly knownLabels?: readonly Label[];
};

export type ScoreEntitiesDeps = SignalDeps & { readonly clock: Clock; readonly sink: ScoreSink };

export type ScoreEntitiesStats = {
  readonly ingest: IngestStats;
  readonly scored: number;
  /** Detectors that differ from those the model was trained with: their signal features may mean something else. */
  readonly detectorDrift: readonly string[];
  readonly detectorFailures: readonly string[];
  /** Whether the model reads known-label features, and how many known labels of its entity type were given. */
  readonly knownLabels: { readonly used: boolean; readonly given: number };
  readonly featureMs: number;
  readonly scoreMs: number;
};

export async function scoreEntities(input: ScoreEntitiesInput, deps: ScoreEntitiesDeps): Promise<ScoreEntitiesStats> {
  const { file } = input.model;
  const { prepared, stats: ingest, detectorFailures } = await prepareEvents(input.events, deps);
  deps.onProgress?.('score');
  const trained = new Set(Array.isArray(file.training.sources.detectors) ? file.training.sources.detectors : []);
  const detectorDrift = detectorVersions(deps.detectors).filter((d) => !trained.has(d));
  const names = file.features.filter((f) => f !== TEXT_FEATURE);
  const readsKnownLabels = names.some(isKnownLabelFeature);
  const knownByTenant = labelsByTenant(input.knownLabels ?? [], file.entityType);
  let scored = 0;
  let featureMs = 0;
  let scoreMs = 0;
  for (const snapshot of prepared) {
    const t0 = deps.clock.now().getTime();
    const { ids, local } = allIds(snapshot, file.entityType);
    const matrix = computeFeatures(snapshot, file.entityType, names, local);
    if (readsKnownLabels) {
      const known = knownLabelsOf(snapshot, file.entityType, knownByTenant.get(snapshot.snapshot.tenant ?? '') ?? []);
      fillKnownLabels(matrix, snapshot.graph, typeIndex(file.entityType), local, known);
    }
    const texts = file.text ? entityDocuments(snapshot, file.entityType, local) : undefined;
    const t1 = deps.clock.now().getTime();
    const result = scoreWithModel(input.model, matrix, texts, input.topReasons ?? 3);
    const tenant = snapshot.snapshot.tenant;
    const lines: LearnedScore[] = ids.map((entityId, r) => ({
      entityType: file.entityType,
      entityId,
      ...(tenant === undefined ? {} : { tenant }),
      score: Number(result.scores[r]!.toFixed(6)),
      model: file.id,
      reasons: (result.reasons[r] ?? []).map((reason) => featureReason(result.features[reason.feature]!, reason)),
    }));
    lines.sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
    scoreMs += deps.clock.now().getTime() - t1;
    featureMs += t1 - t0;
    await deps.sink.write(lines);
    scored += lines.length;
  }
  const knownLabels = { used: readsKnownLabels, given: [...knownByTenant.values()].reduce((n, list) => n + list.length, 0) };
  return { ingest, scored, detectorDrift, detectorFailures, knownLabels, featureMs, scoreMs };
}
