// HTTP load for the realtime bench: the server pinned to one core, autocannon on the other; hello-world against POST /v1/decide.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { fixedRateLoad, type FixedRateFigures, type FixedRateRequest } from './fixed-rate-load.ts';

/**
 * Collections of the server's main heap during a run: young ones and their total pause, and the pause of each full
 * (mark-compact) one, which on one core stalls answers for several times its own length (docs/rules.md §5).
 */
export type GcFigures = { young: number; youngMs: number; fullMs: number[] };
/** `cpuMicrosPerRequest`: the server process's CPU time (all threads) per request, which contention on a shared machine does not inflate. */
export type LoadFigures = { rps: number; p50: number; p99: number; errors: number; non2xx: number; cpuMicrosPerRequest: number | null; gc: GcFigures };
/** At a fixed rate, open loop (fixed-rate-load.ts): latency in milliseconds from when each request was due. */
export type RateFigures = Omit<FixedRateFigures, 'requests'> & { cpuMicrosPerRequest: number | null; gc: GcFigures };
type ServerStats = { batches: number; events: number; gc: GcFigures };
/** The bench server's process and address. */
type BenchServer = { pid: number | undefined; origin: string };
export type HttpResult = {
  pinned: boolean;
  helloRps: number;
  decideMaxRps: number;
  decideShareOfHello: number;
  hello: LoadFigures;
  decideMax: LoadFigures;
  /** Hello-world CPU per request ÷ decide CPU per request: the share of hello's rate decide would reach on an otherwise idle core. */
  decideShareOfHelloByCpu: number | null;
  /** Latency of POST /v1/decide at a fixed rate: half the hello-world rate, and half the decide maximum. */
  atHalfHello: RateFigures;
  atHalfDecideMax: RateFigures;
  helloAtHalfHello: RateFigures;
  /** Decisions per store write under load: concurrent requests of a tenant share one batch. */
  eventsPerBatch: number;
};

const here = fileURLToPath(new URL('.', import.meta.url));

/** utime + stime of a process in microseconds (Linux), or undefined elsewhere. */
function cpuMicros(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return undefined;
  }
}

const serverStats = async (origin: string): Promise<ServerStats> => (await (await fetch(`${origin}/bench/stats`)).json()) as ServerStats;

/** The server's CPU time per request and its collections over one run. */
async function observed<T>(
  server: BenchServer,
  run: () => Promise<T>,
  requests: (result: T) => number,
): Promise<{ result: T; cpuMicrosPerRequest: number | null; gc: GcFigures }> {
  const { gc: gcBefore } = await serverStats(server.origin);
  const before = cpuMicros(server.pid);
  const result = await run();
  const after = cpuMicros(server.pid);
  const { gc: gcAfter } = await serverStats(server.origin);
  const count = requests(result);
  const gc = { young: gcAfter.young - gcBefore.young, youngMs: Math.round(gcAfter.youngMs - gcBefore.youngMs), fullMs: gcAfter.fullMs.slice(gcBefore.fullMs.length) };
  return { result, gc, cpuMicrosPerRequest: before !== undefined && after !== undefined && count ? Math.round((after - before) / count) : null };
}

/** As many requests as 32 connections get answered: the maximum rate. */
async function measured(server: BenchServer, run: () => Promise<autocannon.Result>): Promise<LoadFigures> {
  const { result, cpuMicrosPerRequest, gc } = await observed(server, run, (r) => r.requests.total);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, cpuMicrosPerRequest, gc };
}

async function atRate(server: BenchServer, request: FixedRateRequest, rate: number, seconds: number): Promise<RateFigures> {
  const { result, cpuMicrosPerRequest, gc } = await observed(server, () => fixedRateLoad(server.origin, request, rate, seconds), (r) => r.requests);
  const { requests: _requests, ...figures } = result;
  return { ...figures, cpuMicrosPerRequest, gc };
}

async function startServer(dataDir: string, pinned: boolean): Promise<{ port: number; key: string; pid: number | undefined; stop: () => void }> {
  const args = ['--import', 'tsx', `${here}http-server.ts`, dataDir];
  const child = pinned ? spawn('taskset', ['-c', '0', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { port, key } = JSON.parse(line) as { port: number; key: string };
  // taskset execs node in place, so the child's pid is the server's.
  return { port, key, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

export async function measureHttp(dataDir: string, bodies: readonly string[], pinned: boolean, seconds = 10): Promise<HttpResult> {
  const server = await startServer(dataDir, pinned);
  let next = 0;
  // Every request carries a new event; past the end of the list, ids get a suffix so they stay new.
  const body = () => {
    const i = next++;
    const text = bodies[i % bodies.length]!;
    return i < bodies.length ? text : text.replace(/^\{"id":"([^"]+)"/, `{"id":"$1-r${Math.floor(i / bodies.length)}"`);
  };
  const url = `http://127.0.0.1:${server.port}`;
  const target: BenchServer = { pid: server.pid, origin: url };
  const decide = (extra: Partial<autocannon.Options>) =>
    autocannon({
      url, connections: 32, duration: seconds, ...extra,
      requests: [{ method: 'POST', path: '/v1/decide', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` }, setupRequest: (req) => ({ ...req, body: body() }) }],
    });
  try {
    await autocannon({ url: `${url}/bench/hello`, connections: 32, duration: 3 });
    await decide({ duration: 3 });
    const hello = await measured(target, () => autocannon({ url: `${url}/bench/hello`, connections: 32, duration: seconds }));
    const decideMax = await measured(target, () => decide({}));
    const halfHello = Math.max(1, Math.round(hello.rps / 2));
    const halfDecide = Math.max(1, Math.round(decideMax.rps / 2));
    const decideRequest: FixedRateRequest = { method: 'POST', path: '/v1/decide', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` }, body };
    const atHalfHello = await atRate(target, decideRequest, halfHello, seconds);
    const atHalfDecideMax = await atRate(target, decideRequest, halfDecide, seconds);
    // The same fixed rate on the empty route: what the sender and the server's base cost add alone.
    const helloAtHalfHello = await atRate(target, { method: 'GET', path: '/bench/hello' }, halfHello, seconds);
    const stats = await serverStats(url);
    const byCpu = hello.cpuMicrosPerRequest && decideMax.cpuMicrosPerRequest ? Number((hello.cpuMicrosPerRequest / decideMax.cpuMicrosPerRequest).toFixed(3)) : null;
    return {
      pinned, helloRps: hello.rps, decideMaxRps: decideMax.rps, decideShareOfHello: Number((decideMax.rps / hello.rps).toFixed(3)), decideShareOfHelloByCpu: byCpu,
      hello, decideMax, atHalfHello, atHalfDecideMax, helloAtHalfHello, eventsPerBatch: Number((stats.events / Math.max(1, stats.batches)).toFixed(1)),
    };
  } finally {
    server.stop();
  }
}
