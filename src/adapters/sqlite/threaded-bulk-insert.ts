// The event store's bulk insert through the writer thread: same rows, same answer, off the main thread.
import type { BulkEventInsert } from '../sql/bulk-insert.ts';
import { startTsWorker } from '../threads/start-worker.ts';
import type { WriterReply, WriterRequest } from './event-writer.worker.ts';

export type ThreadedBulkInsert = { readonly insert: BulkEventInsert; close(): Promise<void> };

export function threadedBulkInsert(path: string): ThreadedBulkInsert {
  const worker = startTsWorker(new URL('./event-writer.worker.ts', import.meta.url), { path });
  const pending = new Map<number, { resolve: (reply: WriterReply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.on('message', (reply: WriterReply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    waiter?.resolve(reply);
  });
  worker.on('error', (error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  // An idle writer must not keep the process alive; it is referenced only while requests are pending.
  worker.unref();
  const send = (request: Omit<WriterRequest, 'id'>) =>
    new Promise<WriterReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ ...request, id });
    }).finally(() => {
      if (pending.size === 0) worker.unref();
    });
  return {
    async insert(rows) {
      const reply = await send({ rows });
      if (reply.error !== undefined) throw new Error(`event store write failed: ${reply.error}`);
      return new Set(reply.inserted);
    },
    async close() {
      await send({ close: true });
      await worker.terminate();
    },
  };
}
