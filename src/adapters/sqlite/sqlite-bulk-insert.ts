// SQLite's bulk event insert: cached multi-row prepared statements, which run about twice as fast as building SQL per batch.
import type BetterSqlite3 from 'better-sqlite3';
import { rowKey, type BulkEventInsert, type EventRow } from '../sql/bulk-insert.ts';

const ROWS_PER_STATEMENT = 100;
const COLUMNS = ['tenant', 'id', 'type', 'ts', 'body', 'ingested_at'] as const;

export function sqliteBulkInsert(sqlite: BetterSqlite3.Database): BulkEventInsert {
  const statements = new Map<number, BetterSqlite3.Statement>();
  const statementFor = (rows: number) => {
    let statement = statements.get(rows);
    if (!statement) {
      const values = Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(',')})`).join(',');
      statement = sqlite.prepare(`insert into events (${COLUMNS.join(',')}) values ${values} on conflict (tenant, id) do nothing returning tenant, id`);
      statements.set(rows, statement);
    }
    return statement;
  };
  const insertAll = sqlite.transaction((rows: readonly EventRow[]) => {
    const inserted = new Set<string>();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const params: (string | number)[] = [];
      for (const row of chunk) params.push(row.tenant, row.id, row.type, row.ts, row.body, row.ingested_at);
      for (const r of statementFor(chunk.length).all(params) as { tenant: string; id: string }[]) inserted.add(rowKey(r.tenant, r.id));
    }
    return inserted;
  });
  return (rows) => Promise.resolve(insertAll(rows));
}
