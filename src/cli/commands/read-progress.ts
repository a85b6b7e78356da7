// Progress of reading an events file, for the commands that read one before long work (`train`, `score`).
import type { EventSource } from '../../app/ports.ts';
import { createProgress, type Progress } from '../progress.ts';

export function readProgress(label: string, source: EventSource): { progress: Progress; onProgress: (phase: string) => void } {
  const progress = createProgress(label, 'MB read');
  const onProgress = (phase: string) => {
    if (phase === 'read') progress.update(Math.round((source.bytesRead?.() ?? 0) / 1e6), Math.round((source.sizeBytes ?? 0) / 1e6));
  };
  return { progress, onProgress };
}
