// Generates (once) and caches a simulated marketplace of about the requested size for benchmarks.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(root, 'bench', '.results', 'data');
/** The default simulation (scale 1) yields about this many events; scale is chosen from it. */
const EVENTS_AT_SCALE_ONE = 470_000;

export type Dataset = { readonly events: string; readonly truth: string; readonly lines: number };

export function simulatedDataset(approxEvents: number, seed = 1): Dataset {
  mkdirSync(cacheDir, { recursive: true });
  const scale = Number((approxEvents / EVENTS_AT_SCALE_ONE).toFixed(3));
  const base = join(cacheDir, `sim-${approxEvents}-s${seed}`);
  const events = `${base}.jsonl`;
  const truth = `${base}.truth.csv`;
  if (!existsSync(events) || !existsSync(truth)) {
    const started = Date.now();
    console.error(`generating about ${approxEvents} simulated events (scale ${scale}) into ${events} …`);
    const result = spawnSync(join(root, 'bin', 'shoumen'), ['simulate', '--out', `${events}.tmp`, '--truth', `${truth}.tmp`, '--scale', String(scale), '--seed', String(seed)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`simulate failed with status ${result.status}`);
    renameSync(`${events}.tmp`, events);
    renameSync(`${truth}.tmp`, truth);
    console.error(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return { events, truth, lines: countLines(events) };
}

function countLines(path: string): number {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 22);
  let lines = 0;
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
    for (let i = buffer.indexOf(10); i !== -1 && i < read; i = buffer.indexOf(10, i + 1)) lines += 1;
  }
  closeSync(fd);
  return lines;
}

/** Folder a benchmark may scribble in; removed by the benchmark when done. */
export function scratchDir(name: string): string {
  const dir = join(root, 'bench', '.results', 'scratch', `${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
