// Opens a better-sqlite3 connection with the store's pragmas, shared by the main connection and the writer thread.
import BetterSqlite3 from 'better-sqlite3';

export function connectSqlite(path: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(path);
  // WAL lets the server read while an import writes; NORMAL sync is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  return sqlite;
}
