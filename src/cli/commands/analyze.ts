// `shoumen analyze`: validate and store events from a file (or read the store), run every detector, write the outputs.
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { analyzeEvents, type AnalyzeDeps } from '../../app/analyze-events.ts';
import type { EventSource } from '../../app/ports.ts';
import { createProgress } from '../progress.ts';
import { exitWith, usage } from '../cli-error.ts';
import type { RejectsFile, Runtime } from '../runtime.ts';
import { printAnalysis, printIngestStats } from './analysis-summary.ts';

type Options = { events?: string; fromStore?: boolean; out: string; store: boolean; rejects?: string; data?: string };

export function analyzeCommand(runtime: Runtime): Command {
  return new Command('analyze')
    .description('Validate events, run every detector, and write findings.json, scores.jsonl and report.html')
    .option('--events <file>', 'events file: .jsonl/.ndjson/.json (one event per line) or .csv, optionally .gz')
    .option('--from-store', 'analyze every event already in the store instead of a file')
    .option('--out <dir>', 'output folder', './out')
    .option('--no-store', 'analyze in memory without writing to the store')
    .option('--rejects <file>', 'where rejected records go (default: <out>/rejects.jsonl)')
    .addOption(new Option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)'))
    .action(async (options: Options) => {
      const config = runtime.config({ data: options.data });
      if (!options.events && !options.fromStore) usage('give --events FILE, or --from-store to analyze the stored events');
      if (options.fromStore && !options.store) usage('--from-store reads the store; it cannot be combined with --no-store');
      const { files } = runtime;
      const output = files.outputFolder(options.out);
      const progress = createProgress('analyze', 'MB read');
      let source: EventSource | undefined;
      let rejects: RejectsFile | undefined;
      if (options.events) {
        const opened = files.openEventFile(options.events);
        if (!opened.ok) exitWith(opened.error);
        source = opened.value;
        rejects = files.rejectsFile(options.rejects ?? join(options.out, 'rejects.jsonl'));
      }
      const onProgress: AnalyzeDeps['onProgress'] = (phase) => {
        if (phase === 'read' && source?.bytesRead) progress.update(Math.round(source.bytesRead() / 1e6), Math.round((source.sizeBytes ?? 0) / 1e6));
      };
      const input = source && rejects ? { from: 'source' as const, source, rejects } : { from: 'store' as const };
      let result;
      if (options.store) {
        const app = await runtime.open(config);
        try {
          result = await app.analyze(input, { output, onProgress });
        } finally {
          await app.close();
        }
      } else {
        result = await analyzeEvents(input, { ...runtime.detection(), output, onProgress });
      }
      await rejects?.close();
      progress.finish(`${result.summary.eventsAccepted} events in ${(result.summary.elapsedMs / 1000).toFixed(1)} s`);
      printIngestStats(result.stats, rejects, options.store);
      printAnalysis(result, output.location);
      if (result.failures.length) process.exitCode = 3;
    });
}
