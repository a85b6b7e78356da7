// Builds a prepared snapshot from a handful of events for the feature tests.
import type { ShoumenEvent } from '../../events/event.ts';
import type { Finding } from '../../findings/finding.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { prepareSnapshot, type PreparedSnapshot } from './entity-features.ts';

export function prepared(events: readonly ShoumenEvent[], findings: readonly Finding[] = []): PreparedSnapshot {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return prepareSnapshot(builder.finish(), findings);
}

export const account = (id: string) => ({ type: 'account' as const, id });
