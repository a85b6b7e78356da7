// Worker-thread entry that loads a TypeScript module through tsx, since workers do not inherit the parent's loader.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
