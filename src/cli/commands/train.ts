// `shoumen train`: learns a model for one entity type from events and labels (a file, the analysts' decisions, or both).
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { trainModel } from '../../app/train-model.ts';
import { entityTypes, type EntityType } from '../../core/events/primitives.ts';
import type { Label } from '../../core/learning/labels.ts';
import { exitWith, usage } from '../cli-error.ts';
import type { Runtime } from '../runtime.ts';
import { printIngestStats } from './analysis-summary.ts';
import { readLabelsOrExit } from './read-labels.ts';
import { readProgress } from './read-progress.ts';

type Options = {
  events: string;
  labels?: string;
  labelsFromStore?: boolean;
  validationLabels?: string;
  model: string;
  entity: EntityType;
  tenant?: string;
  rejects?: string;
  seed: string;
  rounds?: string;
  learningRate?: string;
  hops: string;
  knownLabels: boolean;
  data?: string;
};

const integer = (name: string, text: string): number => {
  const value = Number(text);
  return Number.isInteger(value) ? value : usage(`--${name} must be an integer, got ${text}`);
};

export function trainCommand(runtime: Runtime): Command {
  return new Command('train')
    .description('Learn a model (boosted trees over entity, behaviour, neighbour and detector features; a text model for reviews) from labelled entities')
    .requiredOption('--events <file>', 'events file: .jsonl/.ndjson/.json or .csv, optionally .gz')
    .option('--labels <file>', 'labels file, CSV or JSONL: entityType,entityId,label (1 = fraud, 0 = genuine), optional tenant')
    .option('--labels-from-store', "also use the analysts' decisions recorded in the store (confirmed and dismissed cases)")
    .option('--validation-labels <file>', 'labels to stop early on (e.g. a published validation split); default: 20% of the labels, stratified')
    .requiredOption('--model <file>', 'where to write the model (JSON)')
    .addOption(new Option('--entity <type>', 'entity type to learn').choices([...entityTypes]).default('account'))
    .option('--tenant <tenant>', 'tenant whose stored decisions to use with --labels-from-store')
    .option('--rejects <file>', 'where rejected event records go (default: beside the model)')
    .option('--seed <n>', 'seed of every random choice (same seed, same model)', '7')
    .option('--rounds <n>', 'most boosting rounds (early stopping usually ends sooner)')
    .option('--learning-rate <x>', 'shrinkage of each tree')
    .option('--hops <n>', 'neighbour aggregates over 0, 1 or 2 hops', '2')
    .option('--no-known-labels', "leave out the features counting labelled neighbours (for samples built with a fixed share of fraud per group)")
    .addOption(new Option('--data <dir>', 'data folder of the embedded store, for --labels-from-store (env SHOUMEN_DATA)'))
    .action(async (options: Options) => {
      if (!options.labels && !options.labelsFromStore) usage('give --labels FILE, --labels-from-store, or both');
      const labels: Label[] = [];
      const sources: string[] = [];
      if (options.labels) {
        labels.push(...(await readLabelsOrExit(runtime, options.labels)));
        sources.push(options.labels);
      }
      if (options.labelsFromStore) {
        const app = await runtime.open(runtime.config({ data: options.data }));
        try {
          const stored = await app.governance.labels.list(options.tenant);
          console.log(`labels: ${stored.length} analyst decisions from the store${options.tenant ? ` (tenant ${options.tenant})` : ''}`);
          labels.push(...stored);
          sources.push(`store:${options.tenant ?? '(default tenant)'}`);
        } finally {
          await app.close();
        }
      }
      const validationLabels = options.validationLabels ? await readLabelsOrExit(runtime, options.validationLabels) : undefined;
      const opened = runtime.files.openEventFile(options.events);
      if (!opened.ok) exitWith(opened.error);
      const rejects = runtime.files.rejectsFile(options.rejects ?? join(dirname(options.model), 'train-rejects.jsonl'));
      const { progress, onProgress } = readProgress('train', opened.value);
      const gbdt = {
        seed: integer('seed', options.seed),
        ...(options.rounds ? { maxRounds: integer('rounds', options.rounds) } : {}),
        ...(options.learningRate ? { learningRate: Number(options.learningRate) } : {}),
      };
      const { detectors, fusion, clock } = runtime.detection();
      const result = await trainModel(
        {
          events: { source: opened.value, rejects },
          labels,
          ...(validationLabels ? { validationLabels } : {}),
          entityType: options.entity,
          options: { gbdt, text: { seed: gbdt.seed } },
          featureConfig: { hops: integer('hops', options.hops), knownLabels: options.knownLabels },
          labelSources: sources,
        },
        {
          detectors,
          fusion,
          clock,
          onProgress,
        },
      );
      await rejects.close();
      if (!result.ok) {
        progress.finish('failed');
        exitWith(result.error);
      }
      const { model, stats } = result.value;
      await runtime.learning.writeModel(options.model, model);
      progress.finish(`${stats.matched} labelled ${options.entity} entities in ${(stats.elapsedMs / 1000).toFixed(1)} s`);
      printIngestStats(stats.ingest, rejects, false);
      console.log(`labels: ${stats.labels} distinct, ${stats.matched} matched an entity in the events, ${stats.unmatched} did not; ${stats.positives} fraud in training`);
      const v = model.training.validation;
      const fmt = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(4));
      console.log(`model ${model.id}: ${model.gbdt.trees.length} trees over ${model.features.length} features${model.text ? ', with a text model' : ''}`);
      if (v) console.log(`held-out check (${v.rows} rows, ${v.positives} fraud): AUC-ROC ${fmt(v.aucRoc)}, average precision ${fmt(v.averagePrecision)}`);
      console.log(`top features: ${model.importance.slice(0, 5).map((i) => i.feature).join(', ')}`);
      for (const failure of stats.detectorFailures) console.log(`detector failed: ${failure}`);
      console.log(`wrote ${options.model}`);
    });
}
