// The composed application one role (CLI command, server, worker) works with: stores and bound use cases.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { GovernanceDeps } from './governance/deps.ts';
import type { Realtime } from './decide-service.ts';
import type { AnalysisResult, AnalyzeDeps, AnalyzeInput } from './analyze-events.ts';
import type { AnalysisOutput, Clock, EventStore, FindingStore, RatingStore } from './ports.ts';

export type AnalyzeOptions = {
  readonly output?: AnalysisOutput;
  readonly onProgress?: AnalyzeDeps['onProgress'];
};

export type Application = {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly events: EventStore;
  readonly findings: FindingStore;
  /** Cases, credit, reports, evidence files, API keys, audit and labels (docs/governance.md). */
  readonly governance: GovernanceDeps;
  /** Review fraud scores and trusted item and merchant ratings of the latest runs. */
  readonly ratings: RatingStore;
  /** Real-time decisions, rule-set versions, backtests and settlement holds (docs/rules.md). */
  readonly realtime: Realtime;
  /** Runs detection over a file (validated and stored) or over the whole store, and saves the findings. */
  analyze(input: AnalyzeInput, options?: AnalyzeOptions): Promise<AnalysisResult>;
  close(): Promise<void>;
};
