// The contract of review fraud scores and trusted ratings, as zod schemas (the API serves them as they are).
import { z } from 'zod';
import { FindingKind } from '../findings/finding.ts';

export const RatingConfig = z.object({
  /** Recorded with every rating so a published number can be traced to the rules that made it. */
  version: z.string().default('ratings-1'),
  /** Reviews scored at or above this are left out of the trusted rating. */
  leaveOutAt: z.number().min(0).max(1).default(0.7),
  /** Reviews scored at or above this (and below leaveOutAt) count with weight 1 - score. */
  downWeightFrom: z.number().min(0).max(1).default(0.3),
  /** How much a finding against the review's author counts against the review itself. */
  authorWeight: z.number().min(0).max(1).default(0.6),
  /** A review with no order behind it on this platform: suspect on its own only a little. */
  unverifiedScore: z.number().min(0).max(1).default(0.2),
  maxReasons: z.int().min(1).max(20).default(3),
});
export type RatingConfig = z.infer<typeof RatingConfig>;

export const Treatment = z.enum(['counted', 'down_weighted', 'left_out', 'deleted']);
export type Treatment = z.infer<typeof Treatment>;

export const ReviewScoreReason = z.object({
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
  contribution: z.number(),
  kind: FindingKind.optional(),
  findingId: z.string().optional(),
});
export type ReviewScoreReason = z.infer<typeof ReviewScoreReason>;

export const ReviewScore = z.object({
  reviewId: z.string(),
  tenant: z.string().optional(),
  merchantId: z.string(),
  itemId: z.string(),
  accountId: z.string(),
  /** The rating shown now (after edits); `postedRating` is what the review first said. */
  rating: z.number(),
  postedRating: z.number(),
  /** 0..1, higher = more likely fake. */
  score: z.number().min(0).max(1),
  treatment: Treatment,
  /** Its weight in the trusted rating: 1 counted, 1 - score down-weighted, 0 left out or deleted. */
  weight: z.number().min(0).max(1),
  reasons: z.array(ReviewScoreReason),
  version: z.string(),
});
export type ReviewScore = z.infer<typeof ReviewScore>;

export const RatingSubject = z.enum(['item', 'merchant']);
export type RatingSubject = z.infer<typeof RatingSubject>;

/** Counts of 1..5 stars, index 0 = one star. */
const Histogram = z.array(z.number()).length(5);

export const TrustedRating = z.object({
  subjectType: RatingSubject,
  subjectId: z.string(),
  tenant: z.string().optional(),
  /** Visible reviews (not deleted) and their plain mean: what a naive page shows. */
  reviews: z.int(),
  rawMean: z.number().nullable(),
  /** The mean with suspected fakes left out or down-weighted; null when nothing is left to average. */
  trustedMean: z.number().nullable(),
  /** Sum of the weights behind the trusted mean. */
  effectiveReviews: z.number(),
  leftOut: z.int(),
  downWeighted: z.int(),
  rawHistogram: Histogram,
  trustedHistogram: Histogram,
  version: z.string(),
});
export type TrustedRating = z.infer<typeof TrustedRating>;

export type RatingsResult = {
  readonly reviews: ReviewScore[];
  readonly items: TrustedRating[];
  readonly merchants: TrustedRating[];
};
