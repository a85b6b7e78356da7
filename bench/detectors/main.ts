// Benchmark: every pattern's precision and recall against the simulator's truth, false flags with attacks off, calibration, timings.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { detectorVersions, detectors } from '../../src/core/detectors/registry.ts';
import { roleWeight } from '../../src/core/scoring/fuse.ts';
import { shippedFusion } from '../../src/core/scoring/fusion-config.ts';
import { falseFlags } from './false-flags.ts';
import { fitCalibration, writeCalibrationModule } from './fit-calibration.ts';
import { patternMetrics, type PatternMetrics } from './pattern-metrics.ts';
import { labelledScores, reliability, unscoredFraud } from './reliability.ts';
import { runScenario } from './run-scenario.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    days: { type: 'string', default: '30' },
    'fit-calibration': { type: 'boolean', default: false },
    'fit-seeds': { type: 'string', default: '101,102' },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
const days = Number(values.days);
const log = (line: string) => console.error(line);

if (values['fit-calibration']) {
  const seeds = values['fit-seeds'].split(',').map(Number);
  const calibration = await fitCalibration({ seeds, scale, days }, log);
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'scoring', 'calibration-map.ts');
  writeCalibrationModule(path, calibration);
  log(`wrote ${path}`);
  console.log(JSON.stringify({ benchmark: 'detectors', fitted: { version: calibration.version, fittedOn: calibration.fittedOn, types: Object.keys(calibration.byType) } }));
  process.exit(0);
}

const options = { seed, scale, days };
const emitted = new Set(detectors.flatMap((d) => d.kinds));
const counts = (role: string | undefined) => roleWeight(shippedFusion, role) > 0;

log(`attacks on: simulating and analysing (seed ${seed}, scale ${scale}, ${days} days) …`);
const all = await runScenario('all', options, detectors, shippedFusion);
log(`attacks off …`);
const off = await runScenario('none', { ...options, attacks: [] }, detectors, shippedFusion);

const patterns = patternMetrics(all.findings, all.truth, counts, emitted);
const calibrated = labelledScores(all.scores, all.truth, false);
const raw = labelledScores(all.scores, all.truth, true);
const calibration = {
  version: shippedFusion.calibration?.version ?? 'none',
  fittedOnSeeds: shippedFusion.calibration?.fittedOn.seeds ?? [],
  evaluatedOnSeed: seed,
  byType: Object.fromEntries([...calibrated].map(([type, pairs]) => [type, { ...reliability(pairs), eceBeforeCalibration: reliability(raw.get(type)!).ece }])),
  unscored: unscoredFraud(all.scores, all.truth),
};
const flags = falseFlags(off.findings, off.scores, off.truth, counts, 0.5);

const line = (p: PatternMetrics) => p.pooled
  ? `${p.pattern.padEnd(20)} ${p.status.padEnd(8)} P ${p.pooled.precision.toFixed(3)} R ${p.pooled.recall.toFixed(3)} F1 ${p.pooled.f1.toFixed(3)}  ${Object.entries(p.byType ?? {}).map(([t, c]) => `${t} ${c.precision.toFixed(2)}/${c.recall.toFixed(2)}`).join('  ')}`
  : `${p.pattern.padEnd(20)} ${p.status}`;
log(patterns.map(line).join('\n'));
log(`attacks off: ${flags.flagged} of ${flags.entities} entities flagged (${(flags.rate * 1000).toFixed(3)} per 1,000) ${JSON.stringify(flags.byKind)}`);
log(`calibration ${calibration.version}: ECE ${calibration.byType.all?.ece} (before ${calibration.byType.all?.eceBeforeCalibration})`);

console.log(JSON.stringify({
  benchmark: 'detectors',
  options: { ...options, events: { attacksOn: all.events, attacksOff: off.events } },
  detectors: detectorVersions(),
  fusion: shippedFusion.version,
  target: { precision: 0.9, recall: 0.9, falseFlagRate: 0.001 },
  patterns,
  falseFlags: flags,
  calibration,
  failures: [...all.failures, ...off.failures],
  seconds: { attacksOn: all.seconds, attacksOff: off.seconds },
}));
