// What the logistics trail says about each order: route scans, timing, weight, waybill and price edits.
import type { Snapshot } from '../../snapshot/snapshot.ts';

/** Per-order facts, indexed by interned order id; -1 / NaN where the order has no such event. */
export type ParcelFacts = {
  readonly placedRow: Int32Array;
  readonly shippedRow: Int32Array;
  readonly paidAt: Float64Array;
  readonly shippedAt: Float64Array;
  readonly deliveredAt: Float64Array;
  /** Scan counts by status. */
  readonly collected: Int32Array;
  readonly inTransit: Int32Array;
  readonly outForDelivery: Int32Array;
  readonly signed: Int32Array;
  /** Price edit before payment: the last edit's listed and final amounts. */
  readonly priceFrom: Float64Array;
  readonly priceTo: Float64Array;
  readonly priceRow: Int32Array;
};

function earlier(current: number, next: number): boolean {
  return Number.isNaN(current) || next < current;
}

export function parcelFacts(snapshot: Snapshot): ParcelFacts {
  const n = snapshot.names('order').size;
  const facts = {
    placedRow: new Int32Array(n).fill(-1), shippedRow: new Int32Array(n).fill(-1),
    paidAt: new Float64Array(n).fill(Number.NaN), shippedAt: new Float64Array(n).fill(Number.NaN), deliveredAt: new Float64Array(n).fill(Number.NaN),
    collected: new Int32Array(n), inTransit: new Int32Array(n), outForDelivery: new Int32Array(n), signed: new Int32Array(n),
    priceFrom: new Float64Array(n).fill(Number.NaN), priceTo: new Float64Array(n).fill(Number.NaN), priceRow: new Int32Array(n).fill(-1),
  };
  const placed = snapshot.table('order.placed');
  for (let row = 0; row < placed.size; row += 1) {
    const order = placed.columns.orderId[row]!;
    const current = facts.placedRow[order]!;
    if (current < 0 || placed.ts[row]! < placed.ts[current]!) facts.placedRow[order] = row;
  }
  const paid = snapshot.table('order.paid');
  for (let row = 0; row < paid.size; row += 1) {
    const order = paid.columns.orderId[row]!;
    if (earlier(facts.paidAt[order]!, paid.ts[row]!)) facts.paidAt[order] = paid.ts[row]!;
  }
  const shipped = snapshot.table('order.shipped');
  for (let row = 0; row < shipped.size; row += 1) {
    const order = shipped.columns.orderId[row]!;
    if (earlier(facts.shippedAt[order]!, shipped.ts[row]!)) {
      facts.shippedAt[order] = shipped.ts[row]!;
      facts.shippedRow[order] = row;
    }
  }
  const statuses = snapshot.names('status');
  const counters = new Map<number, Int32Array>([
    [statuses.find('collected'), facts.collected], [statuses.find('in_transit'), facts.inTransit],
    [statuses.find('out_for_delivery'), facts.outForDelivery], [statuses.find('delivered'), facts.signed],
  ]);
  const scanned = snapshot.table('order.scanned');
  for (let row = 0; row < scanned.size; row += 1) {
    const order = scanned.columns.orderId[row]!;
    const counter = counters.get(scanned.columns.status[row]!);
    if (counter) counter[order]! += 1;
  }
  const delivered = snapshot.table('order.delivered');
  for (let row = 0; row < delivered.size; row += 1) {
    const order = delivered.columns.orderId[row]!;
    if (earlier(facts.deliveredAt[order]!, delivered.ts[row]!)) facts.deliveredAt[order] = delivered.ts[row]!;
  }
  const edits = snapshot.table('order.price_changed');
  for (let row = 0; row < edits.size; row += 1) {
    const order = edits.columns.orderId[row]!;
    const current = facts.priceRow[order]!;
    // The edit that set the price paid: the last before payment.
    if (!(edits.ts[row]! <= facts.paidAt[order]!) && !Number.isNaN(facts.paidAt[order]!)) continue;
    if (current >= 0 && edits.ts[row]! <= edits.ts[current]!) continue;
    facts.priceRow[order] = row;
    facts.priceFrom[order] = edits.columns.from[row]!;
    facts.priceTo[order] = edits.columns.to[row]!;
  }
  return facts;
}

/** Events of the orders' logistics trails (shipped, scans, delivered), per order: read only for the orders a finding names. */
export function logisticsTrails(snapshot: Snapshot, orders: ReadonlySet<number>): Map<number, number[]> {
  const trails = new Map<number, number[]>();
  const tables = [snapshot.table('order.shipped'), snapshot.table('order.scanned'), snapshot.table('order.delivered')];
  for (const table of tables) {
    for (let row = 0; row < table.size; row += 1) {
      const order = table.columns.orderId[row]!;
      if (!orders.has(order)) continue;
      const list = trails.get(order);
      if (list) list.push(table.event[row]!);
      else trails.set(order, [table.event[row]!]);
    }
  }
  return trails;
}
