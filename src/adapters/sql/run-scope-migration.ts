// Migration 0005: an analysis run records which tenant it read (NULL: every tenant), so tenants see only their own runs.
import type { Kysely, Migration } from 'kysely';

export function runScopeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('analysis_runs').addColumn('tenant', 'text').execute();
    },
  };
}
