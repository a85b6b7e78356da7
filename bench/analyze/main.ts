// Benchmark: `analyze` time and peak memory on about 1M simulated events (and 10M with --full), in memory and with the store.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir, simulatedDataset } from '../support/simulated-dataset.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.includes('--full') ? [1_000_000, 10_000_000] : [1_000_000];
const modes = process.argv.includes('--memory-only') ? ['memory'] : ['memory', 'store'];
const runs: unknown[] = [];

for (const size of sizes) {
  const dataset = simulatedDataset(size);
  for (const mode of modes) {
    const dir = scratchDir(`analyze-${mode}`);
    const child = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', join(here, 'run-once.ts'), dataset.events, mode, dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    rmSync(dir, { recursive: true, force: true });
    if (child.status !== 0) throw new Error(`analyze ${mode} on ${dataset.events} failed`);
    const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
    runs.push({ ...run, eventsPerSecond: Math.round(run.events! / run.seconds!) });
    console.error(JSON.stringify(runs[runs.length - 1]));
  }
}
console.log(JSON.stringify({ benchmark: 'analyze', runs }));
