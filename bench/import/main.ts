// Benchmark: import simulated events (about 1M by default) from JSONL into a fresh embedded store; prints events/s.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openEventFile } from '../../src/adapters/files/event-source.ts';
import { rejectsFile } from '../../src/adapters/files/rejects-file.ts';
import { parseConfig } from '../../src/app/config.ts';
import { ingestEvents } from '../../src/app/ingest-events.ts';
import { openApplication } from '../../src/main.ts';
import { scratchDir, simulatedDataset } from '../support/simulated-dataset.ts';

const approx = Number(process.argv.find((a) => a.startsWith('--events='))?.slice(9) ?? 1_000_000);
const dataset = simulatedDataset(approx);
const dir = scratchDir('import');
const config = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: join(dir, 'data') } });
if (!config.ok) throw new Error(config.error.message);
const app = await openApplication(config.value);
const source = openEventFile(dataset.events);
if (!source.ok) throw new Error(source.error.message);
const rejects = rejectsFile(join(dir, 'rejects.jsonl'));

const started = performance.now();
const cpuStarted = process.cpuUsage();
const stats = await ingestEvents({ source: source.value, rejects, store: app.events });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
await rejects.close();
await app.close();
rmSync(dir, { recursive: true, force: true });

console.log(JSON.stringify({
  benchmark: 'import',
  file: dataset.events,
  linesRead: stats.linesRead,
  stored: stats.stored,
  rejected: stats.rejected,
  seconds: Number(seconds.toFixed(2)),
  eventsPerSecond: Math.round(stats.stored / seconds),
  mainThreadCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
