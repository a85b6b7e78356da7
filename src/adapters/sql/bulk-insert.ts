// The hot path of the event store, one per dialect: insert many event rows, skip known ids, say which were new.
import type { EventsTable } from './schema.ts';

/** An event as stored; a real-time decision is set on the row afterwards (sqlite-decision-log.ts). */
export type EventRow = Pick<EventsTable, 'tenant' | 'id' | 'type' | 'ts' | 'body' | 'ingested_at'>;

/** Inserts rows inside the caller's transaction; returns `tenant\u0000id` of each row that was new. */
export type BulkEventInsert = (rows: readonly EventRow[]) => Promise<Set<string>>;

export const rowKey = (tenant: string, id: string) => `${tenant}\u0000${id}`;
