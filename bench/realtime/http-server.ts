// Child process of the realtime bench: the real server (same Hono setup) on a fresh store, plus a hello-world route to compare with.
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { parseConfig } from '../../src/app/config.ts';
import { createApiKey } from '../../src/app/governance/api-keys.ts';
import { SYSTEM_ACTOR } from '../../src/core/cases/hash-chain.ts';
import { openApplication } from '../../src/main.ts';
import { createServer } from '../../src/server/app.ts';

const [dataDir = ''] = process.argv.slice(2);
const parsed = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: dataDir } });
if (!parsed.ok) throw new Error(parsed.error.message);
const app = await openApplication(parsed.value);
const { key } = await createApiKey(app.governance, { tenant: undefined, roles: ['analyst'], name: 'bench', kind: 'service' }, SYSTEM_ACTOR);
const server = createServer({ app, consoleDir: `${dataDir}/no-console` });
server.get('/bench/hello', (c) => c.text('hello'));
// Collections of the main thread's heap: a full (mark-compact) one stalls the answering thread for tens of milliseconds
// on one core, so the load figures say how many fell inside each measured window.
const gc = { fullMs: [] as number[], young: 0, youngMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      gc.fullMs.push(Math.round(entry.duration * 10) / 10);
    } else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      gc.young += 1;
      gc.youngMs += entry.duration;
    }
  }
}).observe({ entryTypes: ['gc'] });
server.get('/bench/stats', (c) => c.json({ ...app.realtime.engine.stats(), gc }));
// Build the tenant's state before the load starts, as a running server would have.
await app.realtime.engine.state(undefined);
const running = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, key })}\n`);
});
process.on('SIGTERM', () => {
  running.close();
  void app.close().then(() => process.exit(0));
});
