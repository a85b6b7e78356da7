// Validates a stream of raw records, reports bad ones with their line and fields, de-duplicates by id and stores the rest.
import type { ShoumenEvent } from '../core/events/event.ts';
import { validateEvent } from '../core/events/validate.ts';
import { StringSet } from '../core/snapshot/interner.ts';
import type { EventSource, EventStore, RawRecord, RejectSink } from './ports.ts';

export type IngestStats = {
  linesRead: number;
  accepted: number;
  rejected: number;
  /** Repeated ids inside this input; ingesting the same id twice changes nothing. */
  duplicates: number;
  /** Accepted events that were new to the store (the rest were already stored). */
  stored: number;
  byType: Record<string, number>;
};

export type IngestDeps = {
  readonly source: EventSource;
  readonly rejects: RejectSink;
  readonly store?: EventStore;
  /** Receives each accepted, first-seen event with its time in epoch milliseconds. */
  readonly onEvent?: (event: ShoumenEvent, tsMillis: number) => void;
  readonly onProgress?: (stats: Readonly<IngestStats>) => void;
  readonly batchSize?: number;
};

const PROGRESS_EVERY = 50_000;
const MAX_IN_FLIGHT = 2;

export async function ingestEvents(deps: IngestDeps): Promise<IngestStats> {
  const stats: IngestStats = { linesRead: 0, accepted: 0, rejected: 0, duplicates: 0, stored: 0, byType: {} };
  const seen = new StringSet();
  const batchSize = deps.batchSize ?? 2_000;
  let batch: ShoumenEvent[] = [];
  // Up to two batches are written while the next is parsed, so a store on another thread overlaps with validation.
  const inFlight: Promise<void>[] = [];
  const flush = async (maxInFlight: number) => {
    if (deps.store && batch.length > 0) {
      inFlight.push(deps.store.append(batch).then((inserted) => {
        for (const isNew of inserted) if (isNew) stats.stored += 1;
      }));
      batch = [];
    }
    while (inFlight.length > maxInFlight) await inFlight.shift();
  };

  for await (const records of deps.source.batches()) {
    for (const record of records) await ingestOne(record);
  }
  await flush(0);
  deps.onProgress?.(stats);
  return stats;

  async function ingestOne(record: RawRecord): Promise<void> {
    stats.linesRead += 1;
    if (stats.linesRead % PROGRESS_EVERY === 0) deps.onProgress?.(stats);
    if ('parseError' in record) {
      stats.rejected += 1;
      deps.rejects.write({ source: deps.source.name, line: record.line, errors: [{ field: '(line)', message: record.parseError }] });
      return;
    }
    const result = validateEvent(record.value);
    if (!result.ok) {
      stats.rejected += 1;
      deps.rejects.write({ source: deps.source.name, line: record.line, errors: result.error, record: record.value });
      return;
    }
    const event = result.value;
    if (!seen.add(`${event.tenant ?? ''}\u0000${event.id}`)) {
      stats.duplicates += 1;
      return;
    }
    stats.accepted += 1;
    stats.byType[event.type] = (stats.byType[event.type] ?? 0) + 1;
    deps.onEvent?.(event, Date.parse(event.ts));
    if (deps.store) {
      batch.push(event);
      if (batch.length >= batchSize) await flush(MAX_IN_FLIGHT);
    }
  }
}
