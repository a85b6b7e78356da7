// Opens an input file as a byte stream, unzipping .gz, and reports how many compressed bytes were read for progress.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { EventSource, RawRecord } from '../../app/ports.ts';
import { createGunzip } from 'node:zlib';

export type OpenedInput = { readonly stream: Readable; readonly sizeBytes: number; readonly bytesRead: () => number };

export function openInput(path: string): OpenedInput {
  const sizeBytes = statSync(path).size;
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  if (stream !== file) file.on('error', (error) => stream.destroy(error));
  return { stream, sizeBytes, bytesRead: () => file.bytesRead };
}

/** The format of an input file, from its name without a .gz suffix. */
export function inputFormat(path: string): 'jsonl' | 'csv' | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  return undefined;
}

/** An event source over a file: the reader turns the opened byte stream into batches of records. */
export function fileSource(path: string, read: (input: OpenedInput) => AsyncIterable<readonly RawRecord[]>): EventSource {
  let opened: OpenedInput | undefined;
  return {
    name: path,
    get sizeBytes() {
      return opened?.sizeBytes ?? 0;
    },
    bytesRead: () => opened?.bytesRead() ?? 0,
    batches() {
      opened = openInput(path);
      return read(opened);
    },
  };
}
