// The text documents of reviews for the text model: the text each review shows now, in the context of its star band.
import type { TextDocument } from '../linear/hashed-ngrams.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { latestReviewTexts } from './text-stats.ts';

/** Praise, complaint or in between: the words of a fake differ between a paid 5-star and an extortion 1-star. */
export function starBand(rating: number): string | undefined {
  if (Number.isNaN(rating)) return undefined;
  return rating >= 4 ? 'praise' : rating <= 2 ? 'complaint' : 'mixed';
}

/** Indexed by review id; the rating is the last edit's when it changed one, as the text is. */
export function latestReviewDocuments(snapshot: Snapshot): (TextDocument | undefined)[] {
  const texts = latestReviewTexts(snapshot);
  const ratings = new Float64Array(texts.length).fill(Number.NaN);
  const posted = snapshot.table('review.posted');
  for (let row = 0; row < posted.size; row += 1) ratings[posted.columns.reviewId[row]!] = posted.columns.rating[row]!;
  const edited = snapshot.table('review.edited');
  for (let row = 0; row < edited.size; row += 1) {
    const rating = edited.columns.rating[row]!;
    if (!Number.isNaN(rating)) ratings[edited.columns.reviewId[row]!] = rating;
  }
  return texts.map((text, id) => (text === undefined ? undefined : { text, context: starBand(ratings[id]!) }));
}
