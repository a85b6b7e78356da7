// `npm run bench -- realtime [--quick]`: in-process events/s on one core, HTTP decide vs hello-world, and window-state memory per million keys.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateEvents } from '../../src/core/simulation/index.ts';
import { loadRuleSet } from '../../src/core/rules/rule-set.ts';
import { measureHttp } from './http-load.ts';
import { measureInProcess } from './in-process.ts';
import { measureMemory } from './memory.ts';

const quick = process.argv.includes('--quick');
/** `--only inprocess|memory|http` runs one part, for iterating on it. */
const only = process.argv[process.argv.indexOf('--only') + 1];
const runs = (part: string) => !process.argv.includes('--only') || only === part;

/** Pins this process to one core, so in-process figures are per core and the load generator later keeps off the server's core. */
function pin(core: number): boolean {
  try {
    execFileSync('taskset', ['-pc', String(core), String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const pack = loadRuleSet(readFileSync(new URL('../../src/core/rules/packs/default.rules', import.meta.url), 'utf8'));
if (!pack.ok) throw new Error('the default pack does not load');

const started = Date.now();
const pinned = pin(1);
// Bodies as clients send them, and the parsed objects the HTTP layer hands over; only the in-process and HTTP parts need them.
let bodies: string[] = [];
let raw: unknown[] = [];
if (runs('inprocess') || runs('http')) {
  console.error('simulating events…');
  bodies = [...simulateEvents({ seed: 42, days: quick ? 7 : 30 })].map((e) => JSON.stringify(e));
  raw = bodies.map((b) => JSON.parse(b) as unknown);
}

const inProcess = runs('inprocess') ? measureInProcess(raw, pack.value) : undefined;
if (inProcess) console.error(`in-process: ${inProcess.fullPath.cpu} events per CPU-second, ${inProcess.fullPath.wall} per wall-clock second`);

const memory = runs('memory') ? measureMemory(quick ? 200_000 : 1_000_000) : undefined;

const dataDir = mkdtempSync(join(tmpdir(), 'shoumen-bench-realtime-'));
let http;
try {
  if (runs('http')) http = await measureHttp(dataDir, bodies, pinned, quick ? 5 : 10);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const result = {
  bench: 'realtime',
  node: process.version,
  pinned,
  defaultPack: { rules: pack.value.file.rules.length, features: pack.value.file.features.length },
  ...(inProcess ? { inProcess: { ...inProcess, target: 50_000, meetsTargetCpu: inProcess.fullPath.cpu >= 50_000, meetsTargetWall: inProcess.fullPath.wall >= 50_000 } } : {}),
  // Issue 4's "p99 under 10 ms at half that load" is read as half the rate decide reaches: half the hello-world rate lies
  // above decide's capacity whenever the rate target is missed, so that check could never pass. Both stay in the JSON.
  ...(http ? { http: { ...http, meetsRateTarget: http.decideShareOfHello >= 0.5, meetsLatencyTarget: http.atHalfDecideMax.p99 < 10 } } : {}),
  ...(memory ? { memory } : {}),
  loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
  elapsedSeconds: Math.round((Date.now() - started) / 1000),
};
console.log(JSON.stringify(result));
