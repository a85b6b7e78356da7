// The writer thread: inserts event rows into the SQLite file so parsing and validation go on in the main thread meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { EventRow } from '../sql/bulk-insert.ts';
import { connectSqlite } from './sqlite-connection.ts';
import { sqliteBulkInsert } from './sqlite-bulk-insert.ts';

export type WriterRequest = { readonly id: number; readonly rows: readonly EventRow[] } | { readonly id: number; readonly close: true };
export type WriterReply = { readonly id: number; readonly inserted?: string[]; readonly error?: string };

const sqlite = connectSqlite((workerData as { path: string }).path);
const insert = sqliteBulkInsert(sqlite);
const port = parentPort!;

port.on('message', (request: WriterRequest) => {
  if ('close' in request) {
    sqlite.close();
    port.postMessage({ id: request.id } satisfies WriterReply);
    return;
  }
  insert(request.rows).then(
    (inserted) => port.postMessage({ id: request.id, inserted: [...inserted] } satisfies WriterReply),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WriterReply),
  );
});
