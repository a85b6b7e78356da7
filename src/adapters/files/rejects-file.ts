// Writes rejected records as JSON Lines: the file, the line, every failing field and the record as read.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Reject, RejectSink } from '../../app/ports.ts';

const PREVIEW = 5;

export function rejectsFile(path: string): RejectSink & { readonly path: string; readonly count: () => number; readonly preview: () => readonly Reject[] } {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let count = 0;
  const first: Reject[] = [];
  return {
    path,
    count: () => count,
    preview: () => first,
    write(reject: Reject) {
      count += 1;
      if (first.length < PREVIEW) first.push(reject);
      out.write(`${JSON.stringify(reject)}\n`);
    },
    async close() {
      out.end();
      await once(out, 'finish');
    },
  };
}
