// Multi-row inserts through prepared statements cached per row count: building and preparing SQL per batch cost about as much as the insert.
import type BetterSqlite3 from 'better-sqlite3';

const ROWS_PER_STATEMENT = 100;

export type SqlValue = string | number | null;

/**
 * `insert into <table> (<columns>) values (...), (...) <tail>` for any number of rows, run inside the caller's
 * transaction; returns the rows a `returning` tail gives back (none without one).
 */
export function cachedRowsInsert(sqlite: BetterSqlite3.Database, table: string, columns: readonly string[], tail: string) {
  const statements = new Map<number, BetterSqlite3.Statement>();
  const row = `(${columns.map(() => '?').join(',')})`;
  const statementFor = (rows: number) => {
    let statement = statements.get(rows);
    if (!statement) {
      statement = sqlite.prepare(`insert into ${table} (${columns.join(',')}) values ${Array.from({ length: rows }, () => row).join(',')} ${tail}`);
      statements.set(rows, statement);
    }
    return statement;
  };
  return (rows: readonly (readonly SqlValue[])[]): unknown[] => {
    const returned: unknown[] = [];
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const statement = statementFor(chunk.length);
      const params = chunk.flat();
      if (statement.reader) for (const r of statement.all(params)) returned.push(r);
      else statement.run(params);
    }
    return returned;
  };
}
