// An order's own features: money, coupons, and the logistics trail that fake shipments (空包) leave thin.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { countInto, firstTime, flagInto, hourOfDay, hoursSince } from './block-helpers.ts';
import type { FeatureBlock } from './feature-block.ts';

export function addOrderFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  const placed = snapshot.table('order.placed');
  const p = placed.columns;
  const amount = block.column('order.amount', Number.NaN);
  const quantity = block.column('order.quantity', Number.NaN);
  const unitPrice = block.column('order.unitPrice', Number.NaN);
  const hour = block.column('order.hour', Number.NaN);
  for (let row = 0; row < placed.size; row += 1) {
    const id = p.orderId[row]!;
    amount[id] = p.amount[row]!;
    quantity[id] = p.quantity[row]!;
    unitPrice[id] = p.quantity[row]! > 0 ? p.amount[row]! / p.quantity[row]! : Number.NaN;
    hour[id] = hourOfDay(placed.ts[row]!);
  }
  flagInto(block, 'order.coupon', p.orderId, Int8Array.from(p.couponId, (c) => (c >= 0 ? 1 : 0)));
  flagInto(block, 'order.viaSession', p.orderId, Int8Array.from(p.sessionId, (c) => (c >= 0 ? 1 : 0)));
  const placedAt = firstTime(block.size, p.orderId, placed.ts);

  const paid = snapshot.table('order.paid');
  flagInto(block, 'order.paid', paid.columns.orderId);
  hoursSince(block, 'order.hoursToPay', paid.columns.orderId, paid.ts, placedAt);
  const changed = snapshot.table('order.price_changed');
  countInto(block, 'order.priceChanges', changed.columns.orderId);
  countInto(block, 'order.priceCut', changed.columns.orderId, Float64Array.from(changed.columns.from, (from, r) => from - changed.columns.to[r]!));

  const shipped = snapshot.table('order.shipped');
  flagInto(block, 'order.shipped', shipped.columns.orderId);
  hoursSince(block, 'order.hoursToShip', shipped.columns.orderId, shipped.ts, placedAt);
  const weight = block.column('order.weightGrams', Number.NaN);
  for (let row = 0; row < shipped.size; row += 1) weight[shipped.columns.orderId[row]!] = shipped.columns.weightGrams[row]!;
  // Tracking numbers reused across orders are the clearest trace of a fake shipment.
  const trackingUse = new Map<number, number>();
  for (const t of shipped.columns.trackingNumber) if (t >= 0) trackingUse.set(t, (trackingUse.get(t) ?? 0) + 1);
  const reuse = block.column('order.trackingReuse', Number.NaN);
  for (let row = 0; row < shipped.size; row += 1) {
    const t = shipped.columns.trackingNumber[row]!;
    if (t >= 0) reuse[shipped.columns.orderId[row]!] = trackingUse.get(t)!;
  }
  countInto(block, 'order.scans', snapshot.table('order.scanned').columns.orderId);
  const delivered = snapshot.table('order.delivered');
  flagInto(block, 'order.delivered', delivered.columns.orderId);
  hoursSince(block, 'order.hoursToDeliver', delivered.columns.orderId, delivered.ts, placedAt);

  const refunded = snapshot.table('order.refunded');
  flagInto(block, 'order.refunded', refunded.columns.orderId);
  countInto(block, 'order.refundAmount', refunded.columns.orderId, refunded.columns.amount);
  flagInto(block, 'order.cancelled', snapshot.table('order.cancelled').columns.orderId);
  const subsidies = snapshot.table('subsidy.granted');
  countInto(block, 'order.subsidyAmount', subsidies.columns.orderId, subsidies.columns.amount);
  const reviews = snapshot.table('review.posted');
  flagInto(block, 'order.reviewed', reviews.columns.orderId);
  hoursSince(block, 'order.hoursToReview', reviews.columns.orderId, reviews.ts, placedAt);
}
