// Migration 0002: tables of cases, credit, reports, API keys, the audit log and labels, for both dialects.
import type { Kysely, Migration } from 'kysely';

export function governanceMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // The (tenant, chain, seq) key makes a concurrent append of the same seq fail instead of forking the chain.
      await db.schema
        .createTable('chain_entries')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('chain', 'text', (c) => c.notNull()).addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull()).addColumn('actor', 'text', (c) => c.notNull()).addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull()).addColumn('prev_hash', 'text', (c) => c.notNull()).addColumn('hash', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('chain_entries_pk', ['tenant', 'chain', 'seq'])
        .execute();
      await db.schema
        .createTable('chain_index')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('key', 'text', (c) => c.notNull()).addColumn('chain', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('chain_index_pk', ['tenant', 'key', 'chain'])
        .execute();
      await db.schema
        .createTable('cases')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('id', 'text', (c) => c.notNull()).addColumn('state', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()).addColumn('severity', 'text', (c) => c.notNull()).addColumn('assignee', 'text')
        .addColumn('due_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull()).addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('cases_pk', ['tenant', 'id'])
        .execute();
      await db.schema.createIndex('cases_queue').on('cases').columns(['tenant', 'state', 'due_at']).execute();
      await db.schema
        .createTable('reports')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('id', 'text', (c) => c.notNull()).addColumn('filed_by', 'text', (c) => c.notNull())
        .addColumn('target_key', 'text', (c) => c.notNull()).addColumn('status', 'text', (c) => c.notNull()).addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reports_pk', ['tenant', 'id'])
        .execute();
      await db.schema.createIndex('reports_by_target').on('reports').columns(['tenant', 'target_key']).execute();
      await db.schema
        .createTable('report_cases')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('report_id', 'text', (c) => c.notNull()).addColumn('case_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_cases_pk', ['tenant', 'report_id', 'case_id'])
        .execute();
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('tenant', 'text', (c) => c.notNull()).addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('created_by', 'text', (c) => c.notNull()).addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('at', 'text', (c) => c.notNull()).addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull()).addColumn('target_type', 'text', (c) => c.notNull()).addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_by_target').on('audit_log').columns(['tenant', 'target_type', 'target_id']).execute();
      await db.schema
        .createTable('labels')
        .addColumn('tenant', 'text', (c) => c.notNull()).addColumn('entity_type', 'text', (c) => c.notNull()).addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('label', 'integer', (c) => c.notNull()).addColumn('source', 'text', (c) => c.notNull()).addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('labels_by_entity').on('labels').columns(['tenant', 'entity_type', 'entity_id']).execute();
    },
  };
}
