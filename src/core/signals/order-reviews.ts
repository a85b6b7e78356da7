// The reviews posted on each order: a finding about bought orders names the reviews they paid for as well.
import { groupRowsByKey } from '../snapshot/group-rows.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

export type OrderReviews = {
  /** Review ids and `review.posted` event ids of one interned order, in time order. */
  of(order: number): { readonly reviewIds: string[]; readonly eventIds: string[] };
};

export function orderReviews(snapshot: Snapshot): OrderReviews {
  const reviews = snapshot.table('review.posted');
  const groups = groupRowsByKey(reviews.columns.orderId, reviews.ts, snapshot.names('order').size);
  const names = snapshot.names('review');
  return {
    of(order) {
      const reviewIds: string[] = [];
      const eventIds: string[] = [];
      for (let k = groups.start[order]!; k < groups.start[order + 1]!; k += 1) {
        const row = groups.rows[k]!;
        reviewIds.push(names.name(reviews.columns.reviewId[row]!));
        eventIds.push(snapshot.eventId(reviews.event[row]!));
      }
      return { reviewIds, eventIds };
    },
  };
}
