// Schema migrations, written once for both dialects; only the identity column differs.
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { governanceMigration } from './governance-migration.ts';
import { ratingsMigration } from './ratings-migration.ts';
import { runScopeMigration } from './run-scope-migration.ts';
import { decisionsOnEventsMigration } from './decisions-on-events-migration.ts';
import { realtimeMigration } from './realtime-migration.ts';
import type { Dialect } from './schema.ts';

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigint', (col) =>
          dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey().generatedByDefaultAsIdentity(),
        )
        .addColumn('tenant', 'text', (col) => col.notNull())
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('ts', 'bigint', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('ingested_at', 'bigint', (col) => col.notNull())
        .addUniqueConstraint('events_tenant_id', ['tenant', 'id'])
        .execute();
      await db.schema.createIndex('events_tenant_ts').on('events').columns(['tenant', 'ts']).execute();

      await db.schema
        .createTable('analysis_runs')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('started_at', 'text', (col) => col.notNull())
        .addColumn('finished_at', 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('detectors', 'text', (col) => col.notNull())
        .addColumn('fusion_version', 'text', (col) => col.notNull())
        .addColumn('stats', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('findings')
        .addColumn('tenant', 'text', (col) => col.notNull())
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('run_id', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('severity', 'text', (col) => col.notNull())
        .addColumn('score', 'double precision', (col) => col.notNull())
        .addColumn('detector', 'text', (col) => col.notNull())
        .addColumn('window_from', 'text', (col) => col.notNull())
        .addColumn('window_to', 'text', (col) => col.notNull())
        .addColumn('summary', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('findings_pk', ['tenant', 'id'])
        .execute();
      await db.schema.createIndex('findings_by_score').on('findings').columns(['tenant', 'score', 'id']).execute();

      await db.schema
        .createTable('finding_entities')
        .addColumn('tenant', 'text', (col) => col.notNull())
        .addColumn('finding_id', 'text', (col) => col.notNull())
        .addColumn('entity_type', 'text', (col) => col.notNull())
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('role', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('finding_entities_by_entity').on('finding_entities').columns(['tenant', 'entity_type', 'entity_id']).execute();
      await db.schema.createIndex('finding_entities_by_finding').on('finding_entities').columns(['tenant', 'finding_id']).execute();

      await db.schema
        .createTable('entity_scores')
        .addColumn('tenant', 'text', (col) => col.notNull())
        .addColumn('entity_type', 'text', (col) => col.notNull())
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('score', 'double precision', (col) => col.notNull())
        .addColumn('run_id', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('entity_scores_pk', ['tenant', 'entity_type', 'entity_id'])
        .execute();
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () => Promise.resolve({ '0001_initial': initial(dialect), '0002_governance': governanceMigration(), '0003_realtime': realtimeMigration(dialect), '0004_ratings': ratingsMigration(), '0005_run_scope': runScopeMigration(), '0006_decisions_on_events': decisionsOnEventsMigration() }),
  };
}
