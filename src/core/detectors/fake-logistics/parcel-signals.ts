// The signs of an empty parcel (空包) on one order, each a reason code a person can check against the waybill.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { ParcelFacts } from './parcel-facts.ts';

export const signalCodes = [
  'ROUTE_PICKUP_AND_SIGNOFF_ONLY', 'DELIVERED_WITHIN_HOURS', 'PARCEL_TOO_LIGHT', 'WAYBILL_REUSED', 'TOKEN_PRICE_EDIT',
] as const;
export type SignalCode = (typeof signalCodes)[number];

/** Physical signs: what the carrier's own records show, as opposed to timing or price, which honest orders can share. */
export const physicalSignals: ReadonlySet<SignalCode> = new Set(['ROUTE_PICKUP_AND_SIGNOFF_ONLY', 'PARCEL_TOO_LIGHT', 'WAYBILL_REUSED']);

export type SignalRule = {
  readonly maxDeliveryHours: number;
  readonly maxGrams: number;
  /** A parcel lighter than this share of the item's median shipped weight does not hold the item. */
  readonly maxWeightShare: number;
  /** Orders of the item with a weight before its median counts as usual. */
  readonly minWeighedOrders: number;
  /** A price edited down to this share of the listed amount (or below `maxTokenFen`) before payment is a token price. */
  readonly maxPriceShare: number;
  readonly maxTokenFen: number;
};

export type OrderSignals = { readonly order: number; readonly codes: readonly SignalCode[]; readonly grams: number; readonly hours: number };

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const half = values.length >> 1;
  return values.length % 2 ? values[half]! : (values[half - 1]! + values[half]!) / 2;
}

/** Median shipped weight per interned item id, NaN for items with too few weighed orders. */
export function usualWeights(snapshot: Snapshot, facts: ParcelFacts, minOrders: number): Float64Array {
  const placed = snapshot.table('order.placed');
  const shipped = snapshot.table('order.shipped');
  const byItem = new Map<number, number[]>();
  for (let order = 0; order < facts.shippedRow.length; order += 1) {
    const ship = facts.shippedRow[order]!;
    const place = facts.placedRow[order]!;
    const grams = ship >= 0 ? shipped.columns.weightGrams[ship]! : Number.NaN;
    if (place < 0 || Number.isNaN(grams)) continue;
    const item = placed.columns.itemId[place]!;
    const list = byItem.get(item);
    if (list) list.push(grams);
    else byItem.set(item, [grams]);
  }
  const out = new Float64Array(snapshot.names('item').size).fill(Number.NaN);
  for (const [item, weights] of byItem) if (weights.length >= minOrders) out[item] = median(weights);
  return out;
}

/** Distinct orders per interned tracking number (a re-sent shipping event of one order is not reuse). */
export function waybillUse(snapshot: Snapshot): Int32Array {
  const shipped = snapshot.table('order.shipped');
  const { trackingNumber, orderId } = shipped.columns;
  const uses = new Int32Array(snapshot.names('tracking').size);
  for (let row = 0; row < shipped.size; row += 1) if (trackingNumber[row]! >= 0) uses[trackingNumber[row]!]! += 1;
  const orders = new Map<number, Set<number>>();
  for (let row = 0; row < shipped.size; row += 1) {
    const tracking = trackingNumber[row]!;
    if (tracking < 0 || uses[tracking]! < 2) continue;
    const set = orders.get(tracking);
    if (set) set.add(orderId[row]!);
    else orders.set(tracking, new Set([orderId[row]!]));
  }
  for (const [tracking, set] of orders) uses[tracking] = set.size;
  return uses;
}

export function orderSignals(snapshot: Snapshot, facts: ParcelFacts, order: number, usual: Float64Array, uses: Int32Array, rule: SignalRule): OrderSignals {
  const codes: SignalCode[] = [];
  const shipped = snapshot.table('order.shipped');
  const ship = facts.shippedRow[order]!;
  if (facts.collected[order]! > 0 && facts.signed[order]! > 0 && facts.inTransit[order] === 0 && facts.outForDelivery[order] === 0) {
    codes.push('ROUTE_PICKUP_AND_SIGNOFF_ONLY');
  }
  const hours = (facts.deliveredAt[order]! - facts.shippedAt[order]!) / 3_600_000;
  if (hours <= rule.maxDeliveryHours) codes.push('DELIVERED_WITHIN_HOURS');
  const grams = ship >= 0 ? shipped.columns.weightGrams[ship]! : Number.NaN;
  const place = facts.placedRow[order]!;
  const itemUsual = place >= 0 ? usual[snapshot.table('order.placed').columns.itemId[place]!]! : Number.NaN;
  if (grams < rule.maxGrams || grams < itemUsual * rule.maxWeightShare) codes.push('PARCEL_TOO_LIGHT');
  const tracking = ship >= 0 ? shipped.columns.trackingNumber[ship]! : -1;
  if (tracking >= 0 && uses[tracking]! > 1) codes.push('WAYBILL_REUSED');
  const from = facts.priceFrom[order]!;
  const to = facts.priceTo[order]!;
  if (to < from && (to <= from * rule.maxPriceShare || to <= rule.maxTokenFen)) codes.push('TOKEN_PRICE_EDIT');
  return { order, codes, grams, hours };
}
