import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { decisionRepository } from './decision-repository.ts';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

const before0006: MigrationProvider = {
  async getMigrations() {
    const all = await migrationProvider('sqlite').getMigrations();
    return Object.fromEntries(Object.entries(all).filter(([name]) => name < '0006'));
  },
};

describe('migration 0006: decisions on their events', () => {
  let db: Kysely<Database> | undefined;
  afterEach(() => db?.destroy());

  it('moves every stored decision onto its event row and keeps reading it', async () => {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
    await new Migrator({ db, provider: before0006 }).migrateToLatest();
    const decision = { eventId: 'e1', eventType: 'order.placed', outcome: 'review', ruleSet: { name: 'default', version: 2 }, decidedAt: '2026-11-02T10:00:01+08:00' };
    await sql`insert into events (tenant, id, type, ts, body, ingested_at) values ('', 'e1', 'order.placed', 1, '{}', 1), ('', 'e0', 'order.placed', 0, '{}', 1)`.execute(db);
    await sql`insert into decisions (tenant, event_id, event_type, outcome, rule_set, decided_at, body)
      values ('', 'e1', 'order.placed', 'review', 'default@2', ${decision.decidedAt}, ${JSON.stringify(decision)})`.execute(db);

    const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
    expect(error).toBeUndefined();
    const decisions = decisionRepository(db);
    expect(await decisions.get(undefined, 'e1')).toEqual(decision);
    expect(await decisions.get(undefined, 'e0')).toBeUndefined();
    expect((await decisions.list({ tenant: undefined, outcome: 'review', limit: 5 })).items).toEqual([decision]);
    expect((await sql<{ name: string }>`select name from sqlite_master where name = 'decisions'`.execute(db)).rows).toEqual([]);
  });

  it('answers an analyst queue from the index of flagged outcomes, not a scan of every event', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: (e) => void queries.push(e.query) });
    await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
    queries.length = 0;
    await decisionRepository(db).list({ tenant: undefined, outcome: 'review', limit: 5 });
    const [listed] = queries;
    const plan = sqlite.prepare(`explain query plan ${listed!.sql}`).all(...listed!.parameters) as { detail: string }[];
    expect(plan.map((r) => r.detail).join('; ')).toContain('events_flagged');
  });
});
