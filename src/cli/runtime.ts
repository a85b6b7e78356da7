// What the CLI commands receive from the composition root: configuration and the composed application.
import type { Command } from 'commander';
import type { Config, ConfigInput } from '../app/config.ts';
import type { Application } from '../app/application.ts';
import type { AnalyzeDeps } from '../app/analyze-events.ts';
import type { AnalysisOutput, EventSource, Reject, RejectSink } from '../app/ports.ts';
import type { AppError } from '../core/errors/catalog.ts';
import type { Result } from '../core/result.ts';
import type { ShoumenEvent } from '../core/events/event.ts';
import type { LabelsRead } from '../core/learning/labels.ts';
import type { ModelFile } from '../core/learning/model/model-schema.ts';
import type { ScoreSink } from '../app/score-entities.ts';

export type Runtime = {
  /** Parses configuration from the environment and the given flags; prints the error and exits on bad config. */
  readonly config: (flags?: ConfigInput['flags']) => Config;
  /** Opens the store and use cases for one command; `close` releases them. */
  readonly open: (config: Config) => Promise<Application>;
  /** Detectors, fusion weights, clock and run ids, for analysis without a store. */
  readonly detection: () => Pick<AnalyzeDeps, 'detectors' | 'fusion' | 'clock' | 'newRunId'>;
  /** File adapters: an input reader chosen by extension, a rejects file and an output folder. */
  readonly files: {
    readonly openEventFile: (path: string) => Result<EventSource, AppError>;
    readonly rejectsFile: (path: string) => RejectsFile;
    readonly outputFolder: (dir: string) => AnalysisOutput;
  };
  /** The learner's files: labels (CSV or JSONL), model files, learned scores (`train`, `score`). */
  readonly learning: {
    readonly readLabels: (path: string) => Promise<Result<LabelsRead, AppError>>;
    readonly readModel: (path: string) => Promise<Result<ModelFile, AppError>>;
    readonly writeModel: (path: string, model: ModelFile) => Promise<void>;
    readonly scoresFile: (path: string) => ScoreSink & { readonly path: string; close(): Promise<void> };
  };
  /** The demo marketplace `serve --demo` loads into an empty store. */
  readonly demoEvents: () => Iterable<ShoumenEvent>;
  /** Folder of the built console. */
  readonly consoleDir: string;
  /** Environment variables, read once at start. */
  readonly env: Readonly<Record<string, string | undefined>>;
};

export type RejectsFile = RejectSink & { readonly path: string; readonly count: () => number; readonly preview: () => readonly Reject[] };

export type CommandFactory = (runtime: Runtime) => Command;
