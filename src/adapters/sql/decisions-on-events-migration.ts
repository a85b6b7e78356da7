// Migration 0006: a decision lives on its event's row, so the real-time write is one insert and an update of the same page.
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The decisions table cost every real-time event three more index entries at random places (its row id, event id and
 * outcome), each a page more for the commit to write. On the event's own row, only the rare flagged outcomes and an
 * append-only list of decided rows are indexed (bench/realtime; docs/rules.md).
 */
export function decisionsOnEventsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const column of ['outcome', 'rule_set', 'decided_at', 'decision']) await db.schema.alterTable('events').addColumn(column, 'text').execute();
      await sql`update events set outcome = d.outcome, rule_set = d.rule_set, decided_at = d.decided_at, decision = d.body
        from decisions as d where d.tenant = events.tenant and d.event_id = events.id`.execute(db);
      await db.schema.dropTable('decisions').execute();
      // Newest decisions first, past imported events that were never decided.
      await db.schema.createIndex('events_decided').on('events').columns(['tenant', 'seq']).where(sql.ref('decision'), 'is not', null).execute();
      // An analyst's queue (review, hold_settlement, block); allow, nearly every event, stays out of the index.
      await db.schema.createIndex('events_flagged').on('events').columns(['tenant', 'outcome', 'seq']).where(sql.ref('outcome'), '<>', sql.lit('allow')).execute();
    },
  };
}
