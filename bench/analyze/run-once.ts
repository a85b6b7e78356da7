// One analysis run in its own process, so its time and peak memory are its own; prints one JSON line.
import { join } from 'node:path';
import { openEventFile } from '../../src/adapters/files/event-source.ts';
import { rejectsFile } from '../../src/adapters/files/rejects-file.ts';
import { analyzeEvents } from '../../src/app/analyze-events.ts';
import { parseConfig } from '../../src/app/config.ts';
import { detectionDeps, openApplication } from '../../src/main.ts';

const [file, mode, dir] = process.argv.slice(2) as [string, 'store' | 'memory', string];
const source = openEventFile(file);
if (!source.ok) throw new Error(source.error.message);
const rejects = rejectsFile(join(dir, 'rejects.jsonl'));
const input = { from: 'source' as const, source: source.value, rejects };
const started = performance.now();
let result;
if (mode === 'store') {
  const config = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: join(dir, 'data') } });
  if (!config.ok) throw new Error(config.error.message);
  const app = await openApplication(config.value);
  result = await app.analyze(input);
  await app.close();
} else {
  result = await analyzeEvents(input, detectionDeps());
}
await rejects.close();
console.log(JSON.stringify({
  mode,
  events: result.stats.accepted,
  findings: result.findings.length,
  seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
