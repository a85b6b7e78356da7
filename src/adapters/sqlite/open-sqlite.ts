// Opens the embedded store: a SQLite file under the data folder, in WAL mode, migrated, with a writer thread for events.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { DecisionLog } from '../../app/decide-ports.ts';
import type { BulkEventInsert } from '../sql/bulk-insert.ts';
import { migrationProvider } from '../sql/migrations.ts';
import type { Database } from '../sql/schema.ts';
import { connectSqlite } from './sqlite-connection.ts';
import { sqliteBulkInsert } from './sqlite-bulk-insert.ts';
import { sqliteDecisionLog } from './sqlite-decision-log.ts';
import { threadedBulkInsert } from './threaded-bulk-insert.ts';

export const SQLITE_FILE = 'shoumen.sqlite';

/** Batches up to this many rows are inserted on the calling thread (about 1 ms of SQLite work at most). */
const DIRECT_INSERT_ROWS = 64;

/**
 * SQLite's own default. The writer thread copies most of the WAL into the file every 50 ms; only the writing
 * connection can start the WAL over, and it does so after a checkpoint of its own, which then has little left to copy.
 * At 10,000 pages the WAL grew past 40 MB between restarts and p99 of POST /v1/decide at half its maximum rate was
 * 30-54 ms; at 1,000, 10-13 ms in five runs (bench/realtime, docs/rules.md).
 */
const MAIN_THREAD_CHECKPOINT_PAGES = 1_000;

export type SqliteStore = {
  readonly db: Kysely<Database>;
  readonly bulkInsert: BulkEventInsert;
  /** The real-time path's write, on the main connection. */
  readonly decisionLog: DecisionLog;
  close(): Promise<void>;
};

/**
 * `:memory:` gives a private in-memory database (tests) written on the main thread; a file store writes events from
 * a worker thread, so a big import parses and validates on one core while SQLite writes on the other; small batches
 * are written on the calling thread.
 */
export async function openSqlite(dataDir: string): Promise<SqliteStore> {
  const inMemory = dataDir === ':memory:';
  const path = inMemory ? ':memory:' : join(dataDir, SQLITE_FILE);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const sqlite = connectSqlite(path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    throw new Error(`store migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decisionLog = sqliteDecisionLog(sqlite);
  if (inMemory) return { db, bulkInsert: sqliteBulkInsert(sqlite), decisionLog, close: () => db.destroy() };
  // Checkpoints run mostly on the writer thread (event-writer.worker.ts), off the thread that answers requests.
  sqlite.pragma(`wal_autocheckpoint = ${MAIN_THREAD_CHECKPOINT_PAGES}`);
  const writer = threadedBulkInsert(path);
  const direct = sqliteBulkInsert(sqlite);
  return {
    db,
    // A few rows (a real-time decision batch) are written here: a hand-off to the writer thread waits for the
    // scheduler, which on a busy core costs more than the insert. Imports' big batches still go to the thread.
    bulkInsert: (rows) => (rows.length <= DIRECT_INSERT_ROWS ? direct(rows) : writer.insert(rows)),
    decisionLog,
    async close() {
      await writer.close();
      await db.destroy();
    },
  };
}
