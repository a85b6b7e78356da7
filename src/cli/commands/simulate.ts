// `shoumen simulate`: streams a seeded marketplace (events JSONL) and its ground truth (CSV) to files, with backpressure.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { DAY } from '../../core/simulation/clock.ts';
import { eventJson } from '../../core/simulation/event-json.ts';
import {
  parseAttackList, SimulationOptions, simulateHours, truthHeader, truthLine, type SimulatedHour, type SimulationOptionsInput, type TruthRow,
} from '../../core/simulation/index.ts';
import { createProgress } from '../progress.ts';
import type { Runtime } from '../runtime.ts';

type Flags = {
  out: string; truth: string; accounts?: number; merchants?: number; days?: number; seed?: number; attacks: string;
  scale?: number; start?: string; tenant?: string;
};

/** Lines are encoded straight into chunks of this size: one write call per chunk, and no long strings built up. */
const CHUNK_BYTES = 1 << 18;
/** The file stream may buffer a few megabytes, so generation goes on while the disk catches up. */
const STREAM_BUFFER_BYTES = 1 << 22;

/** A buffered line writer that waits for 'drain' when the file stream's buffer is full. */
class LineWriter {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path, { highWaterMark: STREAM_BUFFER_BYTES });
  }

  /** Returns a promise only when the caller must wait; the hot path stays synchronous. */
  line(text: string): Promise<void> | undefined {
    // UTF-8 takes at most three bytes per UTF-16 unit, so this bound never overflows the chunk.
    const room = text.length * 3 + 1;
    let waiting: Promise<void> | undefined;
    if (this.used + room > this.chunk.length) {
      waiting = this.flush();
      if (room > this.chunk.length) {
        const direct = this.write(Buffer.from(`${text}\n`));
        return waiting && direct ? Promise.all([waiting, direct]).then(() => undefined) : (waiting ?? direct);
      }
    }
    this.used += this.chunk.write(text, this.used);
    this.chunk[this.used++] = 10;
    return waiting;
  }

  flush(): Promise<void> | undefined {
    if (this.used === 0) return undefined;
    const full = this.chunk.subarray(0, this.used);
    // The stream keeps the buffer until it is written, so the next lines go into a fresh one.
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    return this.write(full);
  }

  private write(bytes: Buffer): Promise<void> | undefined {
    if (this.stream.write(bytes)) return undefined;
    return once(this.stream, 'drain').then(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

export type WriteSummary = { events: number; truthRows: number; byType: Map<string, number>; byPattern: Map<string, number>; lastTs: string };

/** Writes hours as they come: events to one file, truth rows to the other; memory stays flat. */
export async function writeSimulation(
  hours: Iterable<SimulatedHour>, eventsPath: string, truthPath: string, onEvents?: (count: number, ts: string) => void,
): Promise<WriteSummary> {
  const events = new LineWriter(eventsPath);
  const truth = new LineWriter(truthPath);
  const summary: WriteSummary = { events: 0, truthRows: 0, byType: new Map(), byPattern: new Map(), lastTs: '' };
  const writeRow = (row: TruthRow): Promise<void> | undefined => {
    summary.truthRows += 1;
    if (row.label === 1) {
      const key = `${row.pattern} ${row.entityType}`;
      summary.byPattern.set(key, (summary.byPattern.get(key) ?? 0) + 1);
    }
    return truth.line(truthLine(row));
  };
  await truth.line(truthHeader);
  for (const hour of hours) {
    for (let k = 0; k < hour.events.length; k += 1) {
      const event = hour.events[k]!;
      summary.byType.set(event.type, (summary.byType.get(event.type) ?? 0) + 1);
      const waiting = events.line(eventJson(event));
      if (waiting) await waiting;
      for (const row of hour.truthOf[k] ?? []) {
        const rowWaiting = writeRow(row);
        if (rowWaiting) await rowWaiting;
      }
    }
    for (const row of hour.rows) {
      const rowWaiting = writeRow(row);
      if (rowWaiting) await rowWaiting;
    }
    summary.events += hour.events.length;
    const last = hour.events[hour.events.length - 1];
    if (last) {
      summary.lastTs = last.ts;
      onEvents?.(summary.events, last.ts);
    }
  }
  await Promise.all([events.close(), truth.close()]);
  return summary;
}

const integer = (name: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return n;
};
const positive = (value: string): number => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive number');
  return n;
};
const attackList = (value: string): string => {
  const parsed = parseAttackList(value);
  if (!parsed.ok) throw new InvalidArgumentError(parsed.error);
  return value;
};

function toOptions(flags: Flags): SimulationOptions {
  const attacks = parseAttackList(flags.attacks);
  const input: SimulationOptionsInput = { attacks: attacks.ok ? attacks.value : [] };
  for (const key of ['accounts', 'merchants', 'days', 'seed', 'scale', 'start', 'tenant'] as const) {
    if (flags[key] !== undefined) Object.assign(input, { [key]: flags[key] });
  }
  const parsed = SimulationOptions.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n');
    throw new CommanderError(2, 'simulate.options', `invalid simulation options:\n${details}`);
  }
  return parsed.data;
}

function printSummary(summary: WriteSummary, flags: Flags, seconds: number): void {
  console.log(`events: ${summary.events} in ${seconds.toFixed(1)} s → ${flags.out}`);
  for (const [type, n] of [...summary.byType].sort()) console.log(`  ${type.padEnd(20)} ${n}`);
  console.log(`truth rows: ${summary.truthRows} → ${flags.truth}`);
  if (summary.byPattern.size === 0) console.log('attacks injected: none');
  else console.log('attacks injected (fraud rows by pattern and entity):');
  for (const [key, n] of [...summary.byPattern].sort()) console.log(`  ${key.padEnd(34)} ${n}`);
}

export function simulateCommand(_runtime: Runtime): Command {
  return new Command('simulate')
    .description('Generate a seeded marketplace: events (JSONL, contract v1) and ground-truth labels (CSV) for every injected attack')
    .requiredOption('--out <file>', 'events file to write (JSON lines)')
    .requiredOption('--truth <file>', 'truth CSV to write: entityType,entityId,label,pattern')
    .option('--accounts <n>', 'accounts before scaling (default 5000)', integer('accounts'))
    .option('--merchants <n>', 'shops before scaling (default 300)', integer('merchants'))
    .option('--days <n>', 'days to simulate (default 30)', integer('days'))
    .option('--seed <n>', 'random seed; the same seed gives byte-identical files (default 1)', integer('seed'))
    .option('--attacks <list>', 'comma list of attacks, or all, or none', attackList, 'all')
    .option('--scale <factor>', 'multiplies accounts, shops and attack counts (default 1)', positive)
    .option('--start <date>', 'first day, YYYY-MM-DD (default 2026-11-01)')
    .option('--tenant <id>', 'tenant written on every event')
    .action(async (flags: Flags) => {
      const options = toOptions(flags);
      const started = performance.now();
      const progress = createProgress('simulate', 'days', options.days);
      const startMs = Date.parse(`${options.start}T00:00:00+08:00`);
      const summary = await writeSimulation(simulateHours(options), flags.out, flags.truth, (_count, ts) => {
        progress.update(Math.floor((Date.parse(ts) - startMs) / (DAY * 1000)));
      });
      progress.finish(`${summary.events} events`);
      printSummary(summary, flags, (performance.now() - started) / 1000);
    });
}
