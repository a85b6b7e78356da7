// The behaviour around a template subgroup: its time span, reused photos, ratings and how regular the delivery-to-review delay is.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { informativeLength } from './generic-phrases.ts';
import type { LinkedReviews } from './link-reviews.ts';

export type GroupSignals = {
  readonly from: number;
  readonly to: number;
  readonly sharedPhotoReviews: number;
  readonly fiveStar: number;
  /** Delivery-to-review delays in hours, for reviews whose order was delivered in the snapshot. */
  readonly delays: number;
  readonly delayMeanHours: number;
  /** Coefficient of variation of the delays; NaN with fewer than three. */
  readonly delayVariation: number;
  /** The group's most common normalised text, its original wording and how many characters are not generic praise. */
  readonly sampleText: string;
  readonly informative: number;
};

/** Delivery time per order id, NaN when the snapshot has no delivery. */
export function deliveryTimes(snapshot: Snapshot): Float64Array {
  const delivered = snapshot.table('order.delivered');
  const times = new Float64Array(snapshot.names('order').size).fill(Number.NaN);
  for (let row = 0; row < delivered.size; row += 1) times[delivered.columns.orderId[row]!] = delivered.ts[row]!;
  return times;
}

export function groupSignals(snapshot: Snapshot, rows: readonly number[], linked: LinkedReviews, positionOf: Int32Array, delivered: Float64Array): GroupSignals {
  const posted = snapshot.table('review.posted');
  const { rating, orderId, text } = posted.columns;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let sharedPhotoReviews = 0;
  let fiveStar = 0;
  const delays: number[] = [];
  const textCounts = new Map<number, { count: number; row: number }>();
  for (const row of rows) {
    const ts = posted.ts[row]!;
    from = Math.min(from, ts);
    to = Math.max(to, ts);
    sharedPhotoReviews += linked.sharedPhoto[row]!;
    if (rating[row] === 5) fiveStar += 1;
    const order = orderId[row]!;
    const deliveredAt = order >= 0 ? delivered[order]! : Number.NaN;
    if (!Number.isNaN(deliveredAt) && ts >= deliveredAt) delays.push((ts - deliveredAt) / 3_600_000);
    const distinct = linked.clusters.distinctOf[positionOf[row]!]!;
    if (distinct >= 0) {
      const entry = textCounts.get(distinct);
      if (entry) entry.count += 1;
      else textCounts.set(distinct, { count: 1, row });
    }
  }
  let top: { distinct: number; count: number; row: number } | undefined;
  for (const [distinct, entry] of textCounts) if (!top || entry.count > top.count || (entry.count === top.count && distinct < top.distinct)) top = { distinct, ...entry };
  const mean = delays.reduce((a, b) => a + b, 0) / Math.max(1, delays.length);
  const variance = delays.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, delays.length);
  return {
    from,
    to,
    sharedPhotoReviews,
    fiveStar,
    delays: delays.length,
    delayMeanHours: mean,
    delayVariation: delays.length >= 3 && mean > 0 ? Math.sqrt(variance) / mean : Number.NaN,
    sampleText: top ? (text.get(top.row) ?? '') : (text.get(rows[0]!) ?? ''),
    informative: top ? informativeLength(linked.clusters.distinctTexts[top.distinct]!) : 0,
  };
}
