// The conformance suite every RatingStore implementation passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RatingStore } from '../../src/app/ports.ts';
import type { RatingsResult, ReviewScore, TrustedRating } from '../../src/core/ratings/rating-types.ts';

export type OpenRatingStore = () => Promise<{ store: RatingStore; close: () => Promise<void> }>;

function review(reviewId: string, score: number, tenant?: string): ReviewScore {
  return {
    reviewId, ...(tenant ? { tenant } : {}), merchantId: 'm1', itemId: 'i1', accountId: `a-${reviewId}`, rating: 5, postedRating: 5, score,
    treatment: score >= 0.7 ? 'left_out' : 'counted', weight: score >= 0.7 ? 0 : 1,
    reasons: score > 0 ? [{ code: 'REVIEW_IN_FINDING', message: '<b>named</b>', messageZh: '被点名', contribution: score, kind: 'template_reviews', findingId: 'f1' }] : [],
    version: 'ratings-1',
  };
}

function rating(subjectType: 'item' | 'merchant', subjectId: string, trustedMean: number | null, tenant?: string): TrustedRating {
  return {
    subjectType, subjectId, ...(tenant ? { tenant } : {}), reviews: 2, rawMean: 5, trustedMean, effectiveReviews: trustedMean === null ? 0 : 1,
    leftOut: 1, downWeighted: 0, rawHistogram: [0, 0, 0, 0, 2], trustedHistogram: [0, 0, 0, 0, 1], version: 'ratings-1',
  };
}

export function describeRatingStore(name: string, open: OpenRatingStore): void {
  describe(`RatingStore conformance: ${name}`, () => {
    let store: RatingStore;
    let close: () => Promise<void>;
    const first: RatingsResult = {
      reviews: [review('r1', 0.9), review('r2', 0), review('r1', 0.1, 'tenant-b')],
      items: [rating('item', 'i1', 5)],
      merchants: [rating('merchant', 'm1', 5), rating('merchant', 'm1', null, 'tenant-b')],
    };
    beforeAll(async () => {
      ({ store, close } = await open());
      await store.saveRatings('run-1', first);
    });
    afterAll(() => close());

    it('returns review scores and ratings exactly as saved', async () => {
      expect(await store.getReviewScore(undefined, 'r1')).toEqual(first.reviews[0]);
      expect(await store.getRating(undefined, 'item', 'i1')).toEqual(first.items[0]);
      expect(await store.getRating(undefined, 'merchant', 'm1')).toEqual(first.merchants[0]);
    });

    it('keeps tenants and subject types apart', async () => {
      expect((await store.getReviewScore('tenant-b', 'r1'))?.score).toBe(0.1);
      expect((await store.getRating('tenant-b', 'merchant', 'm1'))?.trustedMean).toBeNull();
      expect(await store.getRating(undefined, 'item', 'm1')).toBeUndefined();
      expect(await store.getReviewScore('tenant-c', 'r1')).toBeUndefined();
    });

    it('lets a later run replace what it recomputes and keep the rest', async () => {
      await store.saveRatings('run-2', { reviews: [review('r1', 0.2)], items: [], merchants: [rating('merchant', 'm1', 4)] });
      expect((await store.getReviewScore(undefined, 'r1'))?.score).toBe(0.2);
      expect((await store.getReviewScore(undefined, 'r2'))?.score).toBe(0);
      expect((await store.getRating(undefined, 'merchant', 'm1'))?.trustedMean).toBe(4);
      expect((await store.getRating(undefined, 'item', 'i1'))?.trustedMean).toBe(5);
    });

    it('saves more rows than one statement holds', async () => {
      const many = Array.from({ length: 1_234 }, (_, i) => review(`bulk-${i}`, (i % 10) / 10, 'bulk'));
      await store.saveRatings('run-3', { reviews: many, items: [], merchants: [] });
      expect((await store.getReviewScore('bulk', 'bulk-1233'))?.score).toBe(0.3);
    });
  });
}
