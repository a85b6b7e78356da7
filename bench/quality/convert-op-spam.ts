// op_spam (Ott et al. 2011, 2013): each review a review.posted with its text, by its own account, about its hotel; 5 hotel-disjoint folds.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { dataRoot, EventWriter, labelOf, readCsv, workRoot, type Converted, type Split } from './dataset-files.ts';

/** Opaque ids: the corpus file names start with the class letter (d_/t_), which must not reach any feature. */
const opaque = (prefix: string, name: string) => `${prefix}${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
/** A file name repeats across the two polarity halves (d_hilton_1 is both a positive and a negative review): key by both. */
const reviewKey = (review: Record<string, string>) => `${review.polarity}/${review.id}`;

export async function convertOpSpam(): Promise<Converted> {
  const reviews = readCsv(join(dataRoot, 'op_spam/reviews.csv'));
  const writer = new EventWriter(join(workRoot, 'op_spam/events.jsonl'));
  const groups = new Map<string, string>();
  for (const review of reviews) {
    const reviewId = opaque('r', reviewKey(review));
    groups.set(reviewId, review.polarity!);
    // The corpus's positive reviews are 5-star and its negative ones 1- or 2-star (Ott et al. 2013); the contract needs a rating.
    await writer.write({
      type: 'review.posted',
      reviewId,
      accountId: opaque('a', reviewKey(review)),
      merchantId: `hotel-${review.hotel}`,
      itemId: `hotel-${review.hotel}`,
      rating: review.polarity === 'positive' ? 5 : 1,
      text: review.text,
    });
  }
  const events = await writer.close();
  const labelled = reviews.map((r) => ({ fold: Number(r.fold), label: labelOf('review', opaque('r', reviewKey(r)), r.label === 'deceptive' ? 1 : 0) }));
  const splits: Split[] = [1, 2, 3, 4, 5].map((fold) => ({
    name: `fold${fold}`,
    train: labelled.filter((r) => r.fold !== fold).map((r) => r.label),
    test: labelled.filter((r) => r.fold === fold).map((r) => r.label),
  }));
  // Every hotel has exactly 20 deceptive and 20 truthful reviews of each polarity, by construction: the fraud share of a
  // hotel's other labelled reviews then falls when a review is itself deceptive, a leak of the sampling design that
  // known-label features would learn (and the hotel-disjoint test folds never see). Real platforms fix no such quota.
  return { dataset: 'op_spam', eventsFile: writer.path, events, entityType: 'review', splits, measures: ['accuracy', 'aucRoc', 'averagePrecision'], groups, knownLabels: false };
}
