// Test helper: runs the simulator once and indexes its events and truth rows for assertions about flows and attacks.
import type { EventOf, EventType, ShoumenEvent } from '../../events/event.ts';
import type { SimulationOptionsInput } from '../options.ts';
import { simulateMarketplace } from '../simulate.ts';
import type { Pattern, TruthRow } from '../truth.ts';

export type OrderStory = {
  placed: EventOf<'order.placed'>;
  priceChanged?: EventOf<'order.price_changed'>;
  paid?: EventOf<'order.paid'>;
  shipped?: EventOf<'order.shipped'>;
  scans: EventOf<'order.scanned'>[];
  delivered?: EventOf<'order.delivered'>;
  refunded?: EventOf<'order.refunded'>;
  cancelled?: EventOf<'order.cancelled'>;
  reviews: EventOf<'review.posted'>[];
};

export type Dataset = {
  events: ShoumenEvent[];
  truth: TruthRow[];
  of<T extends EventType>(type: T): EventOf<T>[];
  orders: Map<string, OrderStory>;
  /** Patterns of an entity ('genuine' rows are not listed). */
  patternsOf(entityType: TruthRow['entityType'], id: string): Set<Pattern>;
  /** Ids of an entity type labelled with a pattern. */
  labelled(entityType: TruthRow['entityType'], pattern: Pattern): Set<string>;
  genuine(entityType: TruthRow['entityType']): Set<string>;
};

export const seconds = (ts: string): number => Date.parse(ts) / 1000;

export function collect(options: SimulationOptionsInput): Dataset {
  const events: ShoumenEvent[] = [];
  const truth: TruthRow[] = [];
  for (const record of simulateMarketplace(options)) {
    if (record.kind === 'event') events.push(record.event);
    else truth.push(record.row);
  }
  const byType = new Map<string, ShoumenEvent[]>();
  for (const event of events) {
    const list = byType.get(event.type) ?? [];
    list.push(event);
    byType.set(event.type, list);
  }
  const of = <T extends EventType>(type: T): EventOf<T>[] => (byType.get(type) ?? []) as EventOf<T>[];
  const orders = new Map<string, OrderStory>();
  for (const placed of of('order.placed')) orders.set(placed.orderId, { placed, scans: [], reviews: [] });
  const story = (orderId: string): OrderStory => {
    const found = orders.get(orderId);
    if (!found) throw new Error(`event for unknown order ${orderId}`);
    return found;
  };
  for (const e of of('order.price_changed')) story(e.orderId).priceChanged = e;
  for (const e of of('order.paid')) story(e.orderId).paid = e;
  for (const e of of('order.shipped')) story(e.orderId).shipped = e;
  for (const e of of('order.scanned')) story(e.orderId).scans.push(e);
  for (const e of of('order.delivered')) story(e.orderId).delivered = e;
  for (const e of of('order.refunded')) story(e.orderId).refunded = e;
  for (const e of of('order.cancelled')) story(e.orderId).cancelled = e;
  for (const e of of('review.posted')) if (e.orderId) story(e.orderId).reviews.push(e);

  const labels = new Map<string, Set<Pattern>>();
  const genuineIds = new Map<string, Set<string>>();
  for (const row of truth) {
    if (row.pattern === 'genuine') {
      const set = genuineIds.get(row.entityType) ?? new Set();
      set.add(row.entityId);
      genuineIds.set(row.entityType, set);
      continue;
    }
    const key = `${row.entityType}:${row.entityId}`;
    const set = labels.get(key) ?? new Set();
    set.add(row.pattern);
    labels.set(key, set);
  }
  return {
    events, truth, of, orders,
    patternsOf: (entityType, id) => labels.get(`${entityType}:${id}`) ?? new Set(),
    labelled: (entityType, pattern) => {
      const ids = new Set<string>();
      for (const [key, set] of labels) if (set.has(pattern) && key.startsWith(`${entityType}:`)) ids.add(key.slice(entityType.length + 1));
      return ids;
    },
    genuine: (entityType) => genuineIds.get(entityType) ?? new Set(),
  };
}

/** The demo run, shared by the test files of this folder (each file runs in its own process). */
export const testOptions: SimulationOptionsInput = { seed: 11, days: 14, accounts: 1_500, merchants: 100 };
