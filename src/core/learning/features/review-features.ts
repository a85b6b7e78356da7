// A review's own features: rating against its item's, timing after the order, edits and deletions, reused text and photos.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { countInto, firstTime, flagInto, hourOfDay, hoursSince } from './block-helpers.ts';
import type { FeatureBlock } from './feature-block.ts';
import { latestReviewTexts, textStatNames, textStats } from './text-stats.ts';

export function addReviewFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  const posted = snapshot.table('review.posted');
  const c = posted.columns;
  const rating = block.column('review.rating', Number.NaN);
  const hour = block.column('review.hour', Number.NaN);
  const photos = block.column('review.photos');
  const itemSum = new Map<number, [number, number]>();
  for (let row = 0; row < posted.size; row += 1) {
    const id = c.reviewId[row]!;
    rating[id] = c.rating[row]!;
    hour[id] = hourOfDay(posted.ts[row]!);
    photos[id] = c.photoHashes.offsets[row + 1]! - c.photoHashes.offsets[row]!;
    const sum = itemSum.get(c.itemId[row]!) ?? [0, 0];
    if (!Number.isNaN(c.rating[row]!)) itemSum.set(c.itemId[row]!, [sum[0] + c.rating[row]!, sum[1] + 1]);
  }
  const versusItem = block.column('review.ratingVsItem', Number.NaN);
  for (let row = 0; row < posted.size; row += 1) {
    const [sum, n] = itemSum.get(c.itemId[row]!) ?? [0, 0];
    if (n > 0) versusItem[c.reviewId[row]!] = c.rating[row]! - sum / n;
  }
  flagInto(block, 'review.withOrder', c.reviewId, Int8Array.from(c.orderId, (o) => (o >= 0 ? 1 : 0)));
  const orders = snapshot.table('order.placed');
  hoursSince(block, 'review.hoursAfterOrder', c.reviewId, posted.ts, firstTime(snapshot.names('order').size, orders.columns.orderId, orders.ts), c.orderId);
  const delivered = snapshot.table('order.delivered');
  hoursSince(block, 'review.hoursAfterDelivery', c.reviewId, posted.ts, firstTime(snapshot.names('order').size, delivered.columns.orderId, delivered.ts), c.orderId);
  countInto(block, 'review.edits', snapshot.table('review.edited').columns.reviewId);
  const deleted = snapshot.table('review.deleted');
  flagInto(block, 'review.deleted', deleted.columns.reviewId);
  const byMerchant = snapshot.names('actor').find('merchant');
  flagInto(block, 'review.deletedByMerchant', deleted.columns.reviewId, Int8Array.from(deleted.columns.by, (b) => (b === byMerchant ? 1 : 0)));
  countInto(block, 'review.likes', snapshot.table('review.liked').columns.reviewId);
  addPhotoReuse(snapshot, block);
  addTextFeatures(snapshot, block);
}

/** The most reviews any one of a review's photos appears in: stock photos are reused across fake reviews. */
function addPhotoReuse(snapshot: Snapshot, block: FeatureBlock): void {
  const { reviewId, photoHashes } = snapshot.table('review.posted').columns;
  const use = new Map<number, number>();
  for (const photo of photoHashes.values) use.set(photo, (use.get(photo) ?? 0) + 1);
  const reuse = block.column('review.photoReuse');
  for (let row = 0; row < reviewId.length; row += 1) {
    for (let k = photoHashes.offsets[row]!; k < photoHashes.offsets[row + 1]!; k += 1) {
      reuse[reviewId[row]!] = Math.max(reuse[reviewId[row]!]!, use.get(photoHashes.values[k]!)!);
    }
  }
}

/** Style statistics and how many reviews share the exact text (after trimming): templates repeat word for word. */
function addTextFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  const texts = latestReviewTexts(snapshot);
  const columns = textStatNames.map((name) => block.column(`review.text.${name}`, Number.NaN));
  const sameText = block.column('review.text.sameCount', Number.NaN);
  const counts = new Map<string, number>();
  for (const text of texts) if (text) counts.set(text.trim(), (counts.get(text.trim()) ?? 0) + 1);
  texts.forEach((text, id) => {
    if (text === undefined) return;
    textStats(text).forEach((value, k) => (columns[k]![id] = value));
    sameText[id] = text.trim() ? counts.get(text.trim())! : 0;
  });
}
