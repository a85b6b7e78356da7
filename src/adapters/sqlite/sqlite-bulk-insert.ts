// SQLite's bulk event insert: cached multi-row prepared statements, which run about twice as fast as building SQL per batch.
import type BetterSqlite3 from 'better-sqlite3';
import { rowKey, type BulkEventInsert, type EventRow } from '../sql/bulk-insert.ts';
import { cachedRowsInsert } from './cached-rows-insert.ts';

/** Inserts event rows inside the caller's transaction; returns `tenant\u0000id` of each row that was new. */
export function sqliteEventRowsInsert(sqlite: BetterSqlite3.Database): (rows: readonly EventRow[]) => Set<string> {
  const insert = cachedRowsInsert(sqlite, 'events', ['tenant', 'id', 'type', 'ts', 'body', 'ingested_at'], 'on conflict (tenant, id) do nothing returning tenant, id');
  return (rows) => {
    const inserted = new Set<string>();
    const returned = insert(rows.map((r) => [r.tenant, r.id, r.type, r.ts, r.body, r.ingested_at])) as { tenant: string; id: string }[];
    for (const r of returned) inserted.add(rowKey(r.tenant, r.id));
    return inserted;
  };
}

export function sqliteBulkInsert(sqlite: BetterSqlite3.Database): BulkEventInsert {
  const insertAll = sqlite.transaction(sqliteEventRowsInsert(sqlite));
  return (rows) => Promise.resolve(insertAll(rows));
}
