// Trains and scores one converted data set split by split through the product's own use cases and files, and measures the test rows.
import { join } from 'node:path';
import { openEventFile } from '../../src/adapters/files/event-source.ts';
import { readModelFile, writeModelFile } from '../../src/adapters/files/model-file.ts';
import type { Reject, RejectSink } from '../../src/app/ports.ts';
import { scoreEntities } from '../../src/app/score-entities.ts';
import { trainModel, type TrainModelInput } from '../../src/app/train-model.ts';
import { detectors } from '../../src/core/detectors/registry.ts';
import { loadModel } from '../../src/core/learning/model/build-model.ts';
import { accuracy, aucRoc, averagePrecision } from '../../src/core/learning/metrics.ts';
import { FusionConfig } from '../../src/core/scoring/fuse.ts';
import { workRoot, type Converted, type Split } from './dataset-files.ts';

export type SplitResult = {
  split: string;
  model: string;
  trainRows: number;
  testRows: number;
  features: number;
  trees: number;
  aucRoc: number;
  averagePrecision: number;
  accuracy: number;
  groups?: Record<string, { rows: number; accuracy: number; aucRoc: number }>;
  trainSeconds: number;
  scoreSeconds: number;
  scoredPerSecond: number;
};

const clock = { now: () => new Date() };
const deps = { detectors, fusion: FusionConfig.parse({}), clock };

function countingRejects(): RejectSink & { count: number; first?: Reject } {
  const sink = {
    count: 0,
    first: undefined as Reject | undefined,
    write(reject: Reject) {
      sink.count += 1;
      sink.first ??= reject;
    },
    close: () => Promise.resolve(),
  };
  return sink;
}

function openEvents(path: string) {
  const source = openEventFile(path);
  if (!source.ok) throw new Error(source.error.message);
  return { source: source.value, rejects: countingRejects() };
}

const round = (x: number) => Number(x.toFixed(4));

export async function runSplit(data: Converted, split: Split, options: TrainModelInput['options']): Promise<SplitResult> {
  const t0 = performance.now();
  const events = openEvents(data.eventsFile);
  const trained = await trainModel(
    { events, labels: split.train, ...(split.validation ? { validationLabels: split.validation } : {}), entityType: data.entityType, labelSources: [`${data.dataset}:${split.name}`], ...(options ? { options } : {}), ...(data.knownLabels === false ? { featureConfig: { knownLabels: false } } : {}) },
    deps,
  );
  if (!trained.ok) throw new Error(`${data.dataset} ${split.name}: ${trained.error.message}`);
  if (events.rejects.count > 0) throw new Error(`${data.dataset}: ${events.rejects.count} events rejected, first ${JSON.stringify(events.rejects.first)}`);
  const modelPath = join(workRoot, data.dataset, `${split.name}.model.json`);
  await writeModelFile(modelPath, trained.value.model);
  const read = await readModelFile(modelPath);
  if (!read.ok) throw new Error(read.error.message);
  const t1 = performance.now();
  const scores = new Map<string, number>();
  const stats = await scoreEntities(
    { events: openEvents(data.eventsFile), model: loadModel(read.value), topReasons: 3, knownLabels: split.train },
    { ...deps, sink: { write: (lines) => Promise.resolve(lines.forEach((l) => scores.set(l.entityId, l.score))) } },
  );
  const t2 = performance.now();
  const y = Uint8Array.from(split.test, (l) => l.label);
  const s = Float64Array.from(split.test, (l) => {
    const score = scores.get(l.entityId);
    if (score === undefined) throw new Error(`${data.dataset}: no score for test entity ${l.entityId}`);
    return score;
  });
  let groups: SplitResult['groups'];
  if (data.groups) {
    groups = {};
    for (const group of new Set(data.groups.values())) {
      const rows = split.test.map((l, i) => [l, i] as const).filter(([l]) => data.groups!.get(l.entityId) === group).map(([, i]) => i);
      const gy = Uint8Array.from(rows, (i) => y[i]!);
      const gs = Float64Array.from(rows, (i) => s[i]!);
      groups[group] = { rows: rows.length, accuracy: round(accuracy(gy, gs)), aucRoc: round(aucRoc(gy, gs)) };
    }
  }
  const model = read.value;
  return {
    split: split.name,
    model: model.id,
    trainRows: trained.value.stats.matched,
    testRows: split.test.length,
    features: model.features.length,
    trees: model.gbdt.trees.length,
    aucRoc: round(aucRoc(y, s)),
    averagePrecision: round(averagePrecision(y, s)),
    accuracy: round(accuracy(y, s)),
    ...(groups ? { groups } : {}),
    trainSeconds: round((t1 - t0) / 1000),
    scoreSeconds: round((t2 - t1) / 1000),
    scoredPerSecond: Math.round(stats.scored / ((t2 - t1) / 1000)),
  };
}
