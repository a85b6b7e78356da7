// Starts a TypeScript module in a worker thread with its own data, resolved relative to the caller's module.
import { Worker } from 'node:worker_threads';

export function startTsWorker(entry: URL, data: Record<string, unknown>): Worker {
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), { workerData: { ...data, entry: entry.href } });
}
