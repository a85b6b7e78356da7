// Benchmark: `simulate` throughput and memory on 1M events (and 10M with --full), each size in a fresh process, streamed to a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSimulation } from '../../src/cli/commands/simulate.ts';
import { simulateHours } from '../../src/core/simulation/index.ts';

/** Events the default options (scale 1) produce, measured; the scale for a target size is chosen from it. */
const EVENTS_AT_SCALE_ONE = 462_000;

/** Memory is sampled on writeSimulation's progress callback, once per simulated hour. */
type Checkpoint = { share: number; events: number; rssMb: number; heapUsedMb: number };

/** Child mode: generate about `target` events into `dir` and print one JSON line with timings and memory samples. */
async function runOnce(target: number, dir: string): Promise<void> {
  const scale = Number((target / EVENTS_AT_SCALE_ONE).toFixed(3));
  const marks = [0.1, 0.5, 0.9];
  const checkpoints: Checkpoint[] = [];
  let peakRss = 0;
  let lastRss = 0;
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  const sample = (events: number) => {
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    lastRss = rss;
    const share = marks[checkpoints.length];
    if (share !== undefined && events >= share * target) {
      (globalThis as { gc?: () => void }).gc?.();
      checkpoints.push({ share, events, rssMb: mb(process.memoryUsage.rss()), heapUsedMb: mb(process.memoryUsage().heapUsed) });
    }
  };
  const events = join(dir, 'events.jsonl');
  const truth = join(dir, 'truth.csv');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await writeSimulation(simulateHours({ scale, seed: 1 }), events, truth, (count) => sample(count));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // RSS at the last hour's write, while the whole simulation is still alive: the 100% point.
  const rssAtEnd = mb(lastRss);
  // Both ends are sampled while the simulation runs (the requested size is approximate, so the last mark is 90%).
  const early = checkpoints[0];
  const last = checkpoints[checkpoints.length - 1];
  console.log(JSON.stringify({
    targetEvents: target, scale, events: summary.events, truthRows: summary.truthRows, seconds: Number(seconds.toFixed(2)),
    // CPU time of this process: on a shared machine it says more about the code than wall time does.
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    eventsPerSecond: Math.round(summary.events / seconds), eventsMb: mb(statSync(events).size), peakRssMb: mb(peakRss),
    flatMemory: {
      at10Percent: early, at90Percent: last, rssAt100PercentMb: rssAtEnd,
      rssGrowth10To100Percent: early ? Number((rssAtEnd / early.rssMb).toFixed(2)) : null,
      // Live heap after a full GC is the honest measure; RSS also keeps pages the allocator has not returned.
      heapGrowth10To90Percent: early && last ? Number((last.heapUsedMb / early.heapUsedMb).toFixed(2)) : null,
      rssGrowth10To90Percent: early && last ? Number((last.rssMb / early.rssMb).toFixed(2)) : null,
    },
    checkpoints,
  }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return runOnce(Number(args[1]), args[2]!);
  const sizes = args.includes('--full') ? [1_000_000, 10_000_000] : [1_000_000];
  const runs: unknown[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'shoumen-bench-simulate-'));
    const child = spawnSync(process.execPath, ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size), dir], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
    });
    rmSync(dir, { recursive: true, force: true });
    if (child.status !== 0) throw new Error(`simulate ${size} failed with status ${child.status}`);
    const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    runs.push(run);
    console.error(JSON.stringify(run));
  }
  console.log(JSON.stringify({ benchmark: 'simulate', node: process.version, runs }));
}

await main();
