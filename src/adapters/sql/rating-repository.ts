// Review fraud scores and trusted ratings over Kysely: chunked upserts keyed by tenant and review or subject.
import type { Kysely } from 'kysely';
import type { RatingStore } from '../../app/rating-ports.ts';
import type { ReviewScore, TrustedRating } from '../../core/ratings/rating-types.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const CHUNK = 400;

export function ratingRepository(db: Kysely<Database>): RatingStore {
  return {
    async saveRatings(runId, ratings) {
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < ratings.reviews.length; start += CHUNK) {
          const rows = ratings.reviews.slice(start, start + CHUNK).map((r) => ({
            tenant: r.tenant ?? DEFAULT_TENANT, review_id: r.reviewId, merchant_id: r.merchantId, item_id: r.itemId,
            score: r.score, treatment: r.treatment, run_id: runId, body: JSON.stringify(r),
          }));
          await trx.insertInto('review_scores').values(rows)
            .onConflict((oc) => oc.columns(['tenant', 'review_id']).doUpdateSet((eb) => ({
              merchant_id: eb.ref('excluded.merchant_id'), item_id: eb.ref('excluded.item_id'), score: eb.ref('excluded.score'),
              treatment: eb.ref('excluded.treatment'), run_id: eb.ref('excluded.run_id'), body: eb.ref('excluded.body'),
            })))
            .execute();
        }
        const subjects = [...ratings.items, ...ratings.merchants];
        for (let start = 0; start < subjects.length; start += CHUNK) {
          const rows = subjects.slice(start, start + CHUNK).map((r) => ({
            tenant: r.tenant ?? DEFAULT_TENANT, subject_type: r.subjectType, subject_id: r.subjectId, reviews: r.reviews,
            raw_mean: r.rawMean, trusted_mean: r.trustedMean, left_out: r.leftOut, run_id: runId, body: JSON.stringify(r),
          }));
          await trx.insertInto('trusted_ratings').values(rows)
            .onConflict((oc) => oc.columns(['tenant', 'subject_type', 'subject_id']).doUpdateSet((eb) => ({
              reviews: eb.ref('excluded.reviews'), raw_mean: eb.ref('excluded.raw_mean'), trusted_mean: eb.ref('excluded.trusted_mean'),
              left_out: eb.ref('excluded.left_out'), run_id: eb.ref('excluded.run_id'), body: eb.ref('excluded.body'),
            })))
            .execute();
        }
      });
    },

    async getRating(tenant, subjectType, subjectId) {
      const row = await db.selectFrom('trusted_ratings').select('body')
        .where('tenant', '=', tenant ?? DEFAULT_TENANT).where('subject_type', '=', subjectType).where('subject_id', '=', subjectId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.body) as TrustedRating) : undefined;
    },

    async getReviewScore(tenant, reviewId) {
      const row = await db.selectFrom('review_scores').select('body').where('tenant', '=', tenant ?? DEFAULT_TENANT).where('review_id', '=', reviewId).executeTakeFirst();
      return row ? (JSON.parse(row.body) as ReviewScore) : undefined;
    },
  };
}
