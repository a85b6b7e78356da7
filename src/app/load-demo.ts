// Fills an empty store with a demo marketplace and runs detection, so a new user's first screen shows real findings.
import type { ShoumenEvent } from '../core/events/event.ts';
import type { AnalysisResult } from './analyze-events.ts';
import type { Application } from './application.ts';

const BATCH = 5_000;

export type DemoResult = { readonly loaded: number; readonly analysis: AnalysisResult } | { readonly loaded: 0; readonly skipped: 'store not empty' };

export async function loadDemo(app: Application, events: Iterable<ShoumenEvent>): Promise<DemoResult> {
  if ((await app.events.count()) > 0) return { loaded: 0, skipped: 'store not empty' };
  let batch: ShoumenEvent[] = [];
  let loaded = 0;
  for (const event of events) {
    batch.push(event);
    if (batch.length >= BATCH) {
      await app.events.append(batch);
      loaded += batch.length;
      batch = [];
    }
  }
  if (batch.length) await app.events.append(batch);
  loaded += batch.length;
  const analysis = await app.analyze({ from: 'store' });
  return { loaded, analysis };
}
