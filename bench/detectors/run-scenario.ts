// One simulated marketplace analysed in memory: every registered detector (timed one by one), fusion, and the truth beside it.
import { analyzeEvents } from '../../src/app/analyze-events.ts';
import type { RejectSink } from '../../src/app/ports.ts';
import type { Detector } from '../../src/core/detectors/detector.ts';
import type { Finding } from '../../src/core/findings/finding.ts';
import type { EntityScore, FusionConfig } from '../../src/core/scoring/fuse.ts';
import type { SimulationOptionsInput } from '../../src/core/simulation/index.ts';
import { simulatedSource } from './simulated-source.ts';
import { indexTruth, type TruthIndex } from './truth-index.ts';

export type ScenarioRun = {
  readonly name: string;
  readonly events: number;
  readonly findings: Finding[];
  readonly scores: EntityScore[];
  readonly truth: TruthIndex;
  readonly failures: string[];
  /** Simulation, validation and snapshot building interleave; detection and fusion follow. */
  readonly seconds: { readonly total: number; readonly detectors: Readonly<Record<string, number>> };
};

function timed(detector: Detector<unknown>, into: Record<string, number>): Detector<unknown> {
  return {
    ...detector,
    run(snapshot, params) {
      const started = performance.now();
      try {
        return detector.run(snapshot, params);
      } finally {
        into[detector.name] = (into[detector.name] ?? 0) + (performance.now() - started) / 1000;
      }
    },
  };
}

export async function runScenario(name: string, options: SimulationOptionsInput, detectors: readonly Detector<unknown>[], fusion: FusionConfig): Promise<ScenarioRun> {
  const simulated = simulatedSource(options, `simulated:${name}`);
  const perDetector: Record<string, number> = {};
  let rejected = 0;
  const rejects: RejectSink = { write: () => void (rejected += 1), close: () => Promise.resolve() };
  const started = performance.now();
  const result = await analyzeEvents({ from: 'source', source: simulated.source, rejects }, {
    detectors: detectors.map((d) => timed(d, perDetector)),
    fusion,
    clock: { now: () => new Date() },
    newRunId: () => `bench-${name}`,
  });
  const total = (performance.now() - started) / 1000;
  if (rejected > 0) throw new Error(`${rejected} simulated events failed validation`);
  const round = (x: number) => Number(x.toFixed(2));
  return {
    name, events: simulated.events(), findings: result.findings, scores: result.scores, truth: indexTruth(simulated.truth),
    failures: result.failures.map((f) => `${f.detector}: ${f.message}`),
    seconds: { total: round(total), detectors: Object.fromEntries(Object.entries(perDetector).map(([k, v]) => [k, round(v)])) },
  };
}
