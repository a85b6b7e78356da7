// Decisions over Kysely: one row per decided event (idempotent by event id), listed newest first with a keyset cursor.
import type { Insertable, Kysely } from 'kysely';
import type { DecisionStore } from '../../app/decide-ports.ts';
import type { Decision } from '../../core/rules/decision.ts';
import type { DecisionsTable } from './realtime-schema.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const CHUNK = 200;

/** The stored form of a decision. */
export function decisionRow(d: Decision): Insertable<DecisionsTable> {
  return {
    tenant: d.tenant ?? DEFAULT_TENANT, event_id: d.eventId, event_type: d.eventType, outcome: d.outcome,
    rule_set: `${d.ruleSet.name}@${d.ruleSet.version}`, decided_at: d.decidedAt, body: JSON.stringify(d),
  };
}

export function decisionRepository(db: Kysely<Database>): DecisionStore {
  return {
    async saveMany(decisions) {
      for (let start = 0; start < decisions.length; start += CHUNK) {
        const rows = decisions.slice(start, start + CHUNK).map(decisionRow);
        // An event is decided once: a replayed save keeps the first decision.
        await db.insertInto('decisions').values(rows).onConflict((oc) => oc.columns(['tenant', 'event_id']).doNothing()).execute();
      }
    },

    async get(tenant, eventId) {
      const row = await db.selectFrom('decisions').select('body').where('tenant', '=', tenant ?? DEFAULT_TENANT).where('event_id', '=', eventId).executeTakeFirst();
      return row ? (JSON.parse(row.body) as Decision) : undefined;
    },

    async list({ tenant, outcome, limit, cursor }) {
      let query = db.selectFrom('decisions').select(['seq', 'body']).where('tenant', '=', tenant ?? DEFAULT_TENANT);
      if (outcome) query = query.where('outcome', '=', outcome);
      const after = cursor === undefined ? undefined : Number(cursor);
      if (after !== undefined && Number.isFinite(after)) query = query.where('seq', '<', after);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.body) as Decision);
      const last = rows[limit - 1];
      return { items, ...(rows.length > limit && last ? { nextCursor: String(last.seq) } : {}) };
    },
  };
}
