// Composition root: configuration → adapters → use cases → roles (CLI commands, server).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { analyzeEvents, type AnalyzeDeps } from './app/analyze-events.ts';
import type { Application } from './app/application.ts';
import { parseConfig, type Config, type ConfigInput } from './app/config.ts';
import type { Clock } from './app/ports.ts';
import { detectors } from './core/detectors/registry.ts';
import type { ShoumenEvent } from './core/events/event.ts';
import { demoOptions, simulateMarketplace } from './core/simulation/index.ts';
import { shippedFusion } from './core/scoring/fusion-config.ts';
import { analysisOutputFolder } from './adapters/files/analysis-output.ts';
import { openEventFile } from './adapters/files/event-source.ts';
import { rejectsFile } from './adapters/files/rejects-file.ts';
import { readLabelsFile } from './adapters/files/labels-file.ts';
import { readModelFile, scoresFile, writeModelFile } from './adapters/files/model-file.ts';
import { eventRepository } from './adapters/sql/event-repository.ts';
import { findingRepository } from './adapters/sql/finding-repository.ts';
import { ratingRepository } from './adapters/sql/rating-repository.ts';
import { openSqlite } from './adapters/sqlite/open-sqlite.ts';
import { governanceAdapters } from './adapters/governance-adapters.ts';
import { realtimeAdapters } from './adapters/sql/realtime-adapters.ts';
import { createRealtime } from './app/decide-service.ts';
import { openCasesForFindings } from './app/governance/open-cases.ts';
import { reviewsHiddenByActions } from './app/governance/hidden-reviews.ts';
import { recordInspections, tapInspections } from './app/governance/inspection-tap.ts';
import { exitWith } from './cli/cli-error.ts';
import { buildProgram } from './cli/program.ts';
import type { Runtime } from './cli/runtime.ts';
import { CommanderError } from 'commander';

/** The built console, beside the sources so any working directory finds it. */
export const CONSOLE_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

const systemClock: Clock = { now: () => new Date() };

export function newRunId(clock: Clock = systemClock): string {
  // Milliseconds in the id keep runs ordered by id when two finish within the same second.
  return `run_${clock.now().toISOString().replace(/[-:.TZ]/g, '').slice(0, 17)}_${randomUUID().slice(0, 8)}`;
}

/** What detection needs besides the data; shared by store-backed and in-memory analysis. */
export function detectionDeps(clock: Clock = systemClock): Pick<AnalyzeDeps, 'detectors' | 'fusion' | 'clock' | 'newRunId'> {
  return { detectors, fusion: shippedFusion, clock, newRunId: () => newRunId(clock) };
}

/** The demo marketplace: the simulator's small preset with every attack on. */
function* demoEvents(): Iterable<ShoumenEvent> {
  for (const record of simulateMarketplace(demoOptions)) if (record.kind === 'event') yield record.event;
}

export async function openApplication(config: Config): Promise<Application> {
  const logger = pino({ level: config.logLevel, base: { service: 'shoumen' } }, pino.destination(2));
  const store = await openSqlite(config.dataDir);
  const { db, bulkInsert, decisionLog } = store;
  const events = eventRepository(db, bulkInsert, () => systemClock.now().getTime());
  const findings = findingRepository(db);
  const ratings = ratingRepository(db);
  const base = detectionDeps();
  const governance = governanceAdapters({ db, dataDir: config.dataDir, events, findings, clock: systemClock });
  const realtime = createRealtime(realtimeAdapters({ db, events, decisionLog, clock: systemClock, audit: governance.audit }));
  return {
    config,
    logger,
    clock: systemClock,
    events,
    findings,
    governance,
    ratings,
    realtime,
    analyze: async (input, options = {}) => {
      const tap = tapInspections(events);
      const hiddenReviews = (tenant: string | undefined) => reviewsHiddenByActions(governance, tenant);
      const result = await analyzeEvents(input, { ...base, store: tap.store, findingStore: findings, ratingStore: ratings, hiddenReviews, ...options });
      // Findings open or join cases after every run, so detection always reaches a person's queue; inspections reach the ledger.
      await openCasesForFindings(governance, result.findings);
      await recordInspections(governance, tap.seen());
      return result;
    },
    // Queued decisions finish before the store closes.
    close: () => realtime.close().then(() => store.close()),
  };
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>, flags?: ConfigInput['flags']): Config {
  const parsed = parseConfig({ env, ...(flags ? { flags } : {}) });
  if (parsed.ok) return parsed.value;
  return exitWith(parsed.error);
}

export async function main(argv: readonly string[]): Promise<number> {
  const env = { ...process.env };
  const runtime: Runtime = {
    env,
    config: (flags) => loadConfig(env, flags),
    open: openApplication,
    detection: () => detectionDeps(),
    files: { openEventFile, rejectsFile, outputFolder: analysisOutputFolder },
    learning: { readLabels: readLabelsFile, readModel: readModelFile, writeModel: writeModelFile, scoresFile },
    demoEvents,
    consoleDir: CONSOLE_DIR,
  };
  const program = buildProgram(runtime);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander prints its own parse errors; ours (usage, catalog errors) are printed here.
      const printed = error.code.startsWith('commander.') && error.code !== 'commander.usage';
      if (!printed) process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`shoumen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
