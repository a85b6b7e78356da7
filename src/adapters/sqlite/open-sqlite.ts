// Opens the embedded store: a SQLite file under the data folder, in WAL mode, migrated to the latest schema.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { BulkEventInsert } from '../sql/bulk-insert.ts';
import { migrationProvider } from '../sql/migrations.ts';
import type { Database } from '../sql/schema.ts';
import { sqliteBulkInsert } from './sqlite-bulk-insert.ts';

export const SQLITE_FILE = 'shoumen.sqlite';

/** `:memory:` gives a private in-memory database (tests); otherwise the file lives in `dataDir`. */
export type SqliteStore = { readonly db: Kysely<Database>; readonly bulkInsert: BulkEventInsert };

export async function openSqlite(dataDir: string): Promise<SqliteStore> {
  let path = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    path = join(dataDir, SQLITE_FILE);
  }
  const sqlite = new BetterSqlite3(path);
  // WAL lets the server read while an import writes; NORMAL sync is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    throw new Error(`store migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, bulkInsert: sqliteBulkInsert(sqlite) };
}
