// Migration 0003: rule-set versions, decisions and settlement holds, for both dialects (only the identity column differs).
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.ts';

export function realtimeMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rule_sets')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('version', 'integer', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()).addColumn('shadow', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('source', 'text', (c) => c.notNull()).addColumn('checksum', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('created_by', 'text', (c) => c.notNull()).addColumn('published_at', 'text')
        .addPrimaryKeyConstraint('rule_sets_pk', ['tenant', 'version'])
        .execute();
      // At most one published version per tenant, enforced by the database as well as by the publish transaction.
      await db.schema.createIndex('rule_sets_one_published').on('rule_sets').column('tenant').unique().where(sql.ref('status'), '=', 'published').execute();

      await db.schema
        .createTable('decisions')
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigint', (c) =>
          dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
        )
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull()).addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('rule_set', 'text', (c) => c.notNull()).addColumn('decided_at', 'text', (c) => c.notNull()).addColumn('body', 'text', (c) => c.notNull())
        .addUniqueConstraint('decisions_tenant_event', ['tenant', 'event_id'])
        .execute();
      await db.schema.createIndex('decisions_by_outcome').on('decisions').columns(['tenant', 'outcome', 'seq']).execute();

      await db.schema
        .createTable('settlement_holds')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('id', 'text', (c) => c.notNull())
        .addColumn('merchant_id', 'text', (c) => c.notNull()).addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull()).addColumn('rule_code', 'text', (c) => c.notNull()).addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()).addColumn('held_at', 'text', (c) => c.notNull())
        .addColumn('released_at', 'text').addColumn('released_by', 'text').addColumn('note', 'text')
        .addPrimaryKeyConstraint('settlement_holds_pk', ['tenant', 'id'])
        .execute();
      // One hold in place per shop and order: a second rule firing on the same order does not stack another.
      await db.schema
        .createIndex('settlement_holds_one_active').on('settlement_holds').columns(['tenant', 'merchant_id', 'order_id']).unique()
        .where(sql.ref('status'), '=', 'held')
        .execute();
      await db.schema.createIndex('settlement_holds_by_merchant').on('settlement_holds').columns(['tenant', 'merchant_id', 'held_at']).execute();
    },
  };
}
