// `npm run bench -- learning [rows] [features]`: training time on 1M labelled rows × 50 features, and scoring rate with explanations.
import { GbdtParams } from '../../src/core/learning/gbdt/params.ts';
import { predictRaw } from '../../src/core/learning/gbdt/train-gbdt.ts';
import { explainRows } from '../../src/core/learning/explain.ts';
import { featureMatrix } from '../../src/core/learning/matrix.ts';
import { aucRoc } from '../../src/core/learning/metrics.ts';
import { seededRandom } from '../../src/core/learning/random.ts';
import { LearnerOptions, trainLearner } from '../../src/core/learning/train-learner.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const features = Number(process.argv[3] ?? 50);

/**
 * A synthetic risk table: counts, amounts and shares with heavy tails, 3% missing, ~5% fraud from smooth effects of
 * twenty features and three interactions, so the trees keep finding structure for hundreds of rounds.
 */
function syntheticTable(n: number, f: number, seed: number) {
  const random = seededRandom(seed);
  const columns = Array.from({ length: f }, () => new Float32Array(n));
  const labels = new Uint8Array(n);
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < f; c += 1) {
      const u = random.float();
      const v = c % 3 === 0 ? Math.floor(-Math.log(1 - u) * 5) : c % 3 === 1 ? Math.exp(u * 6) : u;
      columns[c]![r] = random.float() < 0.03 ? Number.NaN : v;
    }
    const x = (c: number) => (Number.isNaN(columns[c]![r]!) ? 0 : columns[c]![r]!);
    let logit = -4.6 + (x(1) > 150 && x(5) < 0.3 ? 1.5 : 0) + (x(0) > 8 && x(2) > 0.7 ? 1.2 : 0) + Math.sin(6 * x(8)) * x(11);
    for (let c = 0; c < 20; c += 1) logit += (c % 3 === 0 ? 0.12 * Math.min(x(c), 15) : c % 3 === 1 ? 0.15 * Math.log1p(x(c)) : 0.8 * (x(c) - 0.5) ** 2) * (c % 2 ? 1 : -0.6);
    labels[r] = random.float() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  return { matrix: featureMatrix(columns.map((_, c) => `f${c}`), columns), labels };
}

const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return Number(((used.user + used.system) / 1e6).toFixed(2));
};
const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));

const t0 = performance.now();
const train = syntheticTable(rows, features, 1);
const test = syntheticTable(Math.min(rows, 200_000), features, 2);
const generateSeconds = seconds(t0);

const options = LearnerOptions.parse({ gbdt: GbdtParams.parse({}) });
const cpuTrain = process.cpuUsage();
const t1 = performance.now();
const learner = trainLearner(train, options);
const trainSeconds = seconds(t1);
const trainCpuSeconds = cpuSeconds(cpuTrain);

const cpuScore = process.cpuUsage();
const t2 = performance.now();
const raw = predictRaw(learner.gbdt, train.matrix);
const scoreSeconds = seconds(t2);
const scoreCpuSeconds = cpuSeconds(cpuScore);
const t3 = performance.now();
const reasons = explainRows(learner.gbdt, train.matrix, 3);
const explainSeconds = seconds(t3);

const positives = train.labels.reduce((a, b) => a + b, 0);
const result = {
  benchmark: 'learning',
  rows,
  features,
  positives,
  generateSeconds,
  train: { seconds: trainSeconds, cpuSeconds: trainCpuSeconds, rounds: learner.boosting.rounds, trees: learner.gbdt.trees.length, validationAuc: learner.validation.aucRoc, targetSeconds: 300 },
  testAuc: Number(aucRoc(test.labels, predictRaw(learner.gbdt, test.matrix)).toFixed(4)),
  score: {
    seconds: scoreSeconds,
    cpuSeconds: scoreCpuSeconds,
    rowsPerSecond: Math.round(rows / scoreSeconds),
    // On a shared machine wall time includes waiting for a core; CPU time is the figure to compare with the target.
    rowsPerCpuSecond: Math.round(rows / scoreCpuSeconds),
    withTopThreeReasonsRowsPerSecond: Math.round(rows / (scoreSeconds + explainSeconds)),
    targetRowsPerSecond: 100_000,
  },
  checksum: Number(raw.reduce((a, b) => a + b, 0).toFixed(3)),
  explained: reasons.length,
  loadAverage: (await import('node:os')).loadavg().map((x) => Number(x.toFixed(1))),
};
console.log(JSON.stringify(result));
