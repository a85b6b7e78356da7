// `shoumen score`: scores every entity of a model's type in the events, naming the model and the features behind each score.
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { scoreEntities } from '../../app/score-entities.ts';
import { loadModel } from '../../core/learning/model/build-model.ts';
import { exitWith, usage } from '../cli-error.ts';
import type { Runtime } from '../runtime.ts';
import { printIngestStats } from './analysis-summary.ts';
import { readLabelsOrExit } from './read-labels.ts';
import { readProgress } from './read-progress.ts';

type Options = { events: string; model: string; out: string; reasons: string; rejects?: string; labels?: string };

export function scoreCommand(runtime: Runtime): Command {
  return new Command('score')
    .description('Score entities with a trained model; writes one JSON line per entity with its score, the model id and the top features')
    .requiredOption('--events <file>', 'events file: .jsonl/.ndjson/.json or .csv, optionally .gz')
    .requiredOption('--model <file>', 'model written by `shoumen train`')
    .option('--out <file>', 'scores file (JSON Lines)', 'scores.jsonl')
    .option('--reasons <n>', 'features to report behind each score', '3')
    .option('--rejects <file>', 'where rejected event records go (default: beside the scores)')
    .option('--labels <file>', "labels known now (CSV or JSONL, as for train), for the model's known-label features")
    .action(async (options: Options) => {
      const reasons = Number(options.reasons);
      if (!Number.isInteger(reasons) || reasons < 0) usage(`--reasons must be a whole number, got ${options.reasons}`);
      const read = await runtime.learning.readModel(options.model);
      if (!read.ok) exitWith(read.error);
      const model = loadModel(read.value);
      const knownLabels = options.labels ? await readLabelsOrExit(runtime, options.labels) : undefined;
      const opened = runtime.files.openEventFile(options.events);
      if (!opened.ok) exitWith(opened.error);
      const rejects = runtime.files.rejectsFile(options.rejects ?? join(dirname(options.out), 'score-rejects.jsonl'));
      const sink = runtime.learning.scoresFile(options.out);
      const { progress, onProgress } = readProgress('score', opened.value);
      const { detectors, fusion, clock } = runtime.detection();
      const started = clock.now().getTime();
      const stats = await scoreEntities(
        { events: { source: opened.value, rejects }, model, topReasons: reasons, ...(knownLabels ? { knownLabels } : {}) },
        {
          detectors,
          fusion,
          clock,
          sink,
          onProgress,
        },
      );
      await sink.close();
      await rejects.close();
      const seconds = (clock.now().getTime() - started) / 1000;
      progress.finish(`${stats.scored} ${read.value.entityType} entities in ${seconds.toFixed(1)} s`);
      printIngestStats(stats.ingest, rejects, false);
      const rate = stats.scoreMs > 0 ? Math.round((stats.scored * 1000) / stats.scoreMs) : stats.scored;
      console.log(`scored ${stats.scored} ${read.value.entityType} entities with model ${read.value.id} (features ${(stats.featureMs / 1000).toFixed(1)} s, model ${(stats.scoreMs / 1000).toFixed(1)} s, ${rate}/s)`);
      if (stats.knownLabels.used && stats.knownLabels.given === 0) console.log('note: the model reads known labels around each entity; without --labels those features read missing');
      if (stats.detectorDrift.length) console.log(`note: detectors changed since training (${stats.detectorDrift.join(', ')}); their signal features may read differently`);
      for (const failure of stats.detectorFailures) console.log(`detector failed: ${failure}`);
      console.log(`wrote ${sink.path}`);
    });
}
