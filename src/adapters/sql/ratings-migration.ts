// Migration 0004: review fraud scores and trusted ratings, the same for both dialects.
import type { Kysely, Migration } from 'kysely';

export function ratingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('review_scores')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('review_id', 'text', (c) => c.notNull())
        .addColumn('merchant_id', 'text', (c) => c.notNull()).addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull()).addColumn('treatment', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text', (c) => c.notNull()).addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('review_scores_pk', ['tenant', 'review_id'])
        .execute();
      await db.schema.createIndex('review_scores_by_merchant').on('review_scores').columns(['tenant', 'merchant_id', 'score']).execute();

      await db.schema
        .createTable('trusted_ratings')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull()).addColumn('reviews', 'integer', (c) => c.notNull())
        .addColumn('raw_mean', 'double precision').addColumn('trusted_mean', 'double precision')
        .addColumn('left_out', 'integer', (c) => c.notNull()).addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('trusted_ratings_pk', ['tenant', 'subject_type', 'subject_id'])
        .execute();
    },
  };
}
