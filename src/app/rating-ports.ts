// The port trusted ratings are kept behind: review fraud scores and item/merchant ratings of the latest run that saw them.
import type { RatingSubject, RatingsResult, ReviewScore, TrustedRating } from '../core/ratings/rating-types.ts';

export type RatingStore = {
  /** Upserts every review score and rating of a run; a later run replaces what it recomputes and keeps the rest. */
  saveRatings(runId: string, ratings: RatingsResult): Promise<void>;
  getRating(tenant: string | undefined, subjectType: RatingSubject, subjectId: string): Promise<TrustedRating | undefined>;
  getReviewScore(tenant: string | undefined, reviewId: string): Promise<ReviewScore | undefined>;
};
