// Trains a model for one entity type from events and labels (a file, the analysts' label store, or both).
import type { z } from 'zod';
import { appError, type AppError } from '../core/errors/catalog.ts';
import type { EntityType } from '../core/events/primitives.ts';
import { computeFeatures, entityDocuments, FeatureConfig, matchIds, planFeatures, type PreparedSnapshot } from '../core/learning/features/entity-features.ts';
import { typeIndex } from '../core/learning/features/entity-graph.ts';
import { fillKnownLabels, fillKnownLabelsOutOfFold } from '../core/learning/features/known-labels.ts';
import { knownLabelsOf, labelsByTenant } from './known-labels.ts';
import type { TextDocument } from '../core/learning/linear/hashed-ngrams.ts';
import { resolveLabels, type Label } from '../core/learning/labels.ts';
import { concatRows } from '../core/learning/matrix.ts';
import { buildModelFile } from '../core/learning/model/build-model.ts';
import type { ModelFile } from '../core/learning/model/model-schema.ts';
import { LearnerOptions, trainLearner, type LearnerInput } from '../core/learning/train-learner.ts';
import { detectorVersions } from '../core/detectors/registry.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { IngestStats } from './ingest-events.ts';
import type { Clock } from './ports.ts';
import { prepareEvents, type LearningEvents, type SignalDeps } from './prepare-snapshots.ts';

export type TrainModelInput = {
  readonly events: LearningEvents;
  readonly labels: readonly Label[];
  /** Labels for early stopping (e.g. a published validation split); otherwise a stratified share of `labels`. */
  readonly validationLabels?: readonly Label[];
  readonly entityType: EntityType;
  readonly options?: z.input<typeof LearnerOptions>;
  readonly featureConfig?: z.input<typeof FeatureConfig>;
  /** Names of the label sources, recorded in the model. */
  readonly labelSources: readonly string[];
};

export type TrainModelDeps = SignalDeps & { readonly clock: Clock };

export type TrainModelStats = {
  readonly ingest: IngestStats;
  readonly labels: number;
  /** Labels of the entity type whose entity appears in the events (the rest cannot have features). */
  readonly matched: number;
  readonly unmatched: number;
  readonly positives: number;
  readonly validationRows: number;
  readonly features: number;
  readonly detectorFailures: readonly string[];
  readonly elapsedMs: number;
};

type Rows = { input: LearnerInput; unmatched: number };

const KNOWN_LABEL_FOLDS = 5;

/**
 * Feature rows of the labelled entities, tenant by tenant; labels whose entity is absent from the events are counted, not
 * used. Known-label features come from `known` (validation rows: the training labels) or, for training rows, out of fold.
 */
function labelledRows(prepared: readonly PreparedSnapshot[], labels: readonly Label[], entityType: EntityType, names: readonly string[], seed: number, known?: readonly Label[]): Rows {
  const byTenant = labelsByTenant(labels, entityType);
  const knownByTenant = known ? labelsByTenant(known, entityType) : undefined;
  const parts = [];
  const ys: number[] = [];
  const texts: TextDocument[] = [];
  let unmatched = 0;
  let withText = false;
  for (const snapshot of prepared) {
    const tenant = snapshot.snapshot.tenant ?? '';
    const mine = byTenant.get(tenant) ?? [];
    byTenant.delete(tenant);
    const { found, local } = matchIds(snapshot, entityType, mine.map((l) => l.entityId));
    unmatched += mine.length - found.length;
    const part = computeFeatures(snapshot, entityType, names, local);
    const partLabels = Uint8Array.from(found, (i) => mine[i]!.label);
    if (knownByTenant) fillKnownLabels(part, snapshot.graph, typeIndex(entityType), local, knownLabelsOf(snapshot, entityType, knownByTenant.get(tenant) ?? []));
    else fillKnownLabelsOutOfFold(part, snapshot.graph, typeIndex(entityType), local, partLabels, KNOWN_LABEL_FOLDS, seed);
    parts.push(part);
    ys.push(...partLabels);
    const t = entityDocuments(snapshot, entityType, local);
    if (t) {
      withText = true;
      texts.push(...t);
    }
  }
  for (const rest of byTenant.values()) unmatched += rest.length;
  const input = { matrix: concatRows(parts, names), labels: Uint8Array.from(ys), ...(withText ? { texts } : {}) };
  return { input, unmatched };
}

export async function trainModel(input: TrainModelInput, deps: TrainModelDeps): Promise<Result<{ model: ModelFile; stats: TrainModelStats }, AppError>> {
  const started = deps.clock.now().getTime();
  const options = LearnerOptions.parse(input.options ?? {});
  const featureConfig = FeatureConfig.parse(input.featureConfig ?? {});
  const { prepared, stats: ingest, detectorFailures } = await prepareEvents(input.events, deps);
  const labels = resolveLabels(input.labels);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const snapshot of prepared) {
    for (const name of planFeatures(snapshot, input.entityType, featureConfig)) if (!seen.has(name) && seen.add(name)) names.push(name);
  }
  const seed = options.gbdt.seed;
  const train = labelledRows(prepared, labels, input.entityType, names, seed);
  const validation = input.validationLabels ? labelledRows(prepared, resolveLabels(input.validationLabels), input.entityType, names, seed, labels) : undefined;
  const rows = train.input.labels.length;
  let positives = 0;
  for (const y of train.input.labels) positives += y;
  if (positives === 0 || positives === rows) {
    return err(appError('SM_TRAINING_DATA', `Training needs both classes among labelled ${input.entityType} entities found in the events: ${rows} rows, ${positives} fraud.`));
  }
  if (validation && validation.input.labels.every((y) => y === validation.input.labels[0])) {
    return err(appError('SM_TRAINING_DATA', 'The validation labels need both classes among entities found in the events.'));
  }
  deps.onProgress?.('train');
  const learner = trainLearner(train.input, options, validation?.input);
  const trainedAt = deps.clock.now();
  const model = buildModelFile(learner, {
    entityType: input.entityType,
    featureConfig,
    options,
    trainedAt: trainedAt.toISOString(),
    rows,
    positives,
    sources: {
      events: input.events.source.name,
      labels: [...input.labelSources],
      tenants: prepared.length,
      detectors: detectorVersions(deps.detectors),
      elapsedMs: trainedAt.getTime() - started,
    },
  });
  const matched = rows + (validation?.input.labels.length ?? 0);
  return ok({
    model,
    stats: {
      ingest,
      labels: labels.length,
      matched,
      unmatched: train.unmatched + (validation?.unmatched ?? 0),
      positives,
      validationRows: learner.validation.rows,
      features: learner.features.length,
      detectorFailures,
      elapsedMs: trainedAt.getTime() - started,
    },
  });
}
