// Notices merchant.inspected events passing through an analysis run, so inspections sent as ordinary events still feed the ledger.
import { SYSTEM_ACTOR } from '../../core/cases/hash-chain.ts';
import type { EventOf, ShoumenEvent } from '../../core/events/event.ts';
import type { EventStore } from '../ports.ts';
import type { GovernanceDeps } from './deps.ts';
import { recordInspection } from './record-inspection.ts';

type Inspection = EventOf<'merchant.inspected'>;

/** Wraps the store the run reads and writes through; no second pass over the events is needed. */
export function tapInspections(store: EventStore): { readonly store: EventStore; readonly seen: () => Inspection[] } {
  const seen = new Map<string, Inspection>();
  const notice = (event: ShoumenEvent) => {
    if (event.type === 'merchant.inspected') seen.set(`${event.tenant ?? ''}\u0000${event.inspectionId}`, event);
  };
  const tapped: EventStore = {
    ...store,
    append: (events) => {
      events.forEach(notice);
      return store.append(events);
    },
    async *stream(only) {
      for await (const item of store.stream(only)) {
        notice(item.event);
        yield item;
      }
    },
  };
  return { store: tapped, seen: () => [...seen.values()] };
}

/** Each inspection lands once per inspection id (recordInspection is idempotent), under the event's own tenant. */
export async function recordInspections(deps: GovernanceDeps, inspections: readonly Inspection[]): Promise<number> {
  let recorded = 0;
  for (const event of inspections) {
    const result = await recordInspection(deps, { tenant: event.tenant, actor: SYSTEM_ACTOR, roles: ['admin'] }, event);
    if (result.ok && !result.value.duplicate) recorded += 1;
  }
  return recorded;
}
