// The writer thread: inserts event rows into the SQLite file so parsing and validation go on in the main thread meanwhile, and checkpoints the WAL.
import { parentPort, workerData } from 'node:worker_threads';
import type { EventRow } from '../sql/bulk-insert.ts';
import { connectSqlite } from './sqlite-connection.ts';
import { sqliteBulkInsert } from './sqlite-bulk-insert.ts';

export type WriterRequest = { readonly id: number; readonly rows: readonly EventRow[] } | { readonly id: number; readonly close: true };
export type WriterReply = { readonly id: number; readonly inserted?: string[]; readonly error?: string };

const sqlite = connectSqlite((workerData as { path: string }).path);
const insert = sqliteBulkInsert(sqlite);
const port = parentPort!;

/**
 * The main connection leaves most of the checkpointing to this thread (open-sqlite.ts): a checkpoint copies the WAL
 * into the file and syncs it, which on the thread answering requests made one real-time batch in a hundred take
 * 25-30 ms (up to 100 ms). Often and small: every 500 ms, each sync held up that thread's writes for 10-14 ms.
 * PASSIVE never waits for readers or writers; with nothing new in the WAL it is a no-op.
 */
const CHECKPOINT_EVERY_MS = 50;
const checkpoints = setInterval(() => sqlite.pragma('wal_checkpoint(PASSIVE)'), CHECKPOINT_EVERY_MS);

port.on('message', (request: WriterRequest) => {
  if ('close' in request) {
    clearInterval(checkpoints);
    sqlite.close();
    port.postMessage({ id: request.id } satisfies WriterReply);
    return;
  }
  insert(request.rows).then(
    (inserted) => port.postMessage({ id: request.id, inserted: [...inserted] } satisfies WriterReply),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WriterReply),
  );
});
