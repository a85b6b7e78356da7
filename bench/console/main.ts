// Benchmark: the console on 10,000 findings in real Chromium (list, paging, filters, a 5,000-event evidence set) and the API calls behind it.
// Browser figures are page-clock milliseconds until the rows are in the DOM; API figures are fetch round trips from Node.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildConsoleIfStale } from '../../scripts/build-web-if-stale.mjs';
import { parseConfig } from '../../src/app/config.ts';
import { createApiKey } from '../../src/app/governance/api-keys.ts';
import { SYSTEM_ACTOR } from '../../src/core/cases/hash-chain.ts';
import { CONSOLE_DIR, openApplication } from '../../src/main.ts';
import { listen } from '../../src/server/listen.ts';
import { evidenceRows, findingRows, firstEvidenceIs, onlyKind, timeClick, timeNavigation, timeSelect } from './in-page.ts';
import { BIG_FINDING, HUB_MERCHANT, seedConsoleWorkload } from './seed.ts';

const FINDINGS = Number(process.argv[2] ?? 10_000);
const EVIDENCE = 5_000;
const REPEATS = 7;

/** Median and fastest: on a shared machine the fastest says most about the code, the median about a user's wait. */
function summary(samples: number[]): { medianMs: number; minMs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(1)), minMs: Number(sorted[0]!.toFixed(1)) };
}

async function timed(repeats: number, run: () => Promise<unknown>): Promise<{ medianMs: number; minMs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return summary(samples);
}

function bundleSizes() {
  const assets = join(CONSOLE_DIR, 'assets');
  const sized = (ext: string) =>
    readdirSync(assets).filter((f) => f.endsWith(ext)).reduce((sum, f) => {
      const bytes = readFileSync(join(assets, f));
      return { kb: sum.kb + bytes.length / 1024, gzipKb: sum.gzipKb + gzipSync(bytes).length / 1024 };
    }, { kb: 0, gzipKb: 0 });
  const round = ({ kb, gzipKb }: { kb: number; gzipKb: number }) => ({ kb: Number(kb.toFixed(1)), gzipKb: Number(gzipKb.toFixed(1)) });
  return { js: round(sized('.js')), css: round(sized('.css')) };
}

async function main(): Promise<void> {
  await buildConsoleIfStale({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'shoumen-bench-console-'));
  const parsed = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: join(dir, 'data'), port: 0, host: '127.0.0.1' } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const app = await openApplication(parsed.value);
  const seedStarted = performance.now();
  const seeded = await seedConsoleWorkload(app, FINDINGS, EVIDENCE);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const key = (await createApiKey(app.governance, { tenant: undefined, roles: ['analyst'], name: 'bench', kind: 'person' }, SYSTEM_ACTOR)).key;
  const server = await listen({ app, consoleDir: CONSOLE_DIR });
  const browser = await chromium.launch({
    executablePath: process.env.SHOUMEN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const api = (path: string) => timed(20, async () => (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } })).arrayBuffer());
    const apiMs = {
      firstPage: await api('/v1/findings?limit=50'),
      kindFilter: await api('/v1/findings?kind=sales_spike&limit=50'),
      textFilter: await api(`/v1/findings?q=${encodeURIComponent('基准发现 99')}&limit=50`),
      entityFilter: await api(`/v1/findings?entityType=merchant&entityId=${HUB_MERCHANT}&limit=50`),
      countOnly: await api('/v1/findings?severity=high&limit=1'),
      evidencePage: await api(`/v1/findings/${BIG_FINDING}/events?offset=2500&limit=50`),
    };

    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    await context.addInitScript((k) => sessionStorage.setItem('shoumen.apiKey', k), key);
    const page = await context.newPage();
    const url = server.url;
    const repeat = async (run: () => Promise<number>) => {
      const samples: number[] = [];
      for (let i = 0; i < REPEATS; i += 1) samples.push(await run());
      return summary(samples);
    };
    // From navigation start: the bundle, sign-in check (GET /v1/me), the first page of 50 rows.
    const firstList = await repeat(() => timeNavigation(page, `${url}/`, findingRows, 50));
    let shown = 50;
    const loadMore = await repeat(async () => {
      shown += 50;
      return timeClick(page, '加载更多', findingRows, shown);
    });
    while (shown < 550) {
      shown += 50;
      await timeClick(page, '加载更多', findingRows, shown);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const after550Rows = { jsHeapMb: Number((metric('JSHeapUsedSize') / 1e6).toFixed(1)), domNodes: metric('Nodes') };

    const kindFilter = await repeat(async () => {
      await timeNavigation(page, `${url}/`, findingRows, 50);
      return timeSelect(page, 'kind', 'sales_spike', onlyKind, 'sales_spike');
    });
    const bigFinding = await repeat(() => timeNavigation(page, `${url}/findings/${BIG_FINDING}`, evidenceRows, 50));
    let evidencePage = 0;
    const evidenceNext = await repeat(async () => {
      evidencePage += 1;
      return timeClick(page, '下一页', firstEvidenceIs, `bench-ev-${evidencePage * 50}`);
    });
    const hubEntity = await repeat(() => timeNavigation(page, `${url}/entities/merchant/${HUB_MERCHANT}`, findingRows, 50));

    console.log(JSON.stringify({
      findings: seeded.findings, evidenceEvents: seeded.evidenceEvents, seedSeconds: Number(seedSeconds.toFixed(2)),
      bundle: bundleSizes(),
      loadAverage: loadavg().map((n) => Number(n.toFixed(1))),
      apiMs,
      browserMs: { firstList, loadMore, kindFilter, bigFindingWithEvidence: bigFinding, evidenceNextPage: evidenceNext, hubEntityPage: hubEntity },
      after550Rows,
    }));
  } finally {
    await browser.close();
    await server.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
