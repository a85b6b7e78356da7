// Terse builders of valid events for detector fixtures and tests.
import type { EventOf, EventType, ShoumenEvent } from '../../events/event.ts';
import { formatIso } from '../../time/format.ts';

const BASE = Date.parse('2026-11-02T09:00:00+08:00');
let counter = 0;

/** An event of `type` at `minutes` after a fixed base time, with a unique id. */
export function at<T extends EventType>(minutes: number, type: T, fields: Omit<EventOf<T>, 'id' | 'type' | 'ts'>): ShoumenEvent {
  counter += 1;
  return { id: `fx-${type}-${counter}`, type, ts: formatIso(BASE + minutes * 60_000), ...fields } as unknown as ShoumenEvent;
}

export function order(minutes: number, orderId: string, accountId: string, merchantId: string, itemId = 'item-1'): ShoumenEvent {
  return at(minutes, 'order.placed', { orderId, accountId, merchantId, itemId, quantity: 1, amount: 4990 });
}
