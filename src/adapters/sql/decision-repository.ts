// Decisions over Kysely: read from the decided events' rows (migration 0006), newest first with a keyset cursor.
import { sql, type Kysely, type NotNull } from 'kysely';
import type { DecisionStore } from '../../app/decide-ports.ts';
import type { Decision } from '../../core/rules/decision.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

/** The columns a decision sets on its event's row. */
export function decisionColumns(d: Decision): { outcome: string; rule_set: string; decided_at: string; decision: string } {
  return { outcome: d.outcome, rule_set: `${d.ruleSet.name}@${d.ruleSet.version}`, decided_at: d.decidedAt, decision: JSON.stringify(d) };
}

export function decisionRepository(db: Kysely<Database>): DecisionStore {
  return {
    async get(tenant, eventId) {
      const row = await db.selectFrom('events').select('decision').where('tenant', '=', tenant ?? DEFAULT_TENANT).where('id', '=', eventId).executeTakeFirst();
      return row?.decision ? (JSON.parse(row.decision) as Decision) : undefined;
    },

    async list({ tenant, outcome, limit, cursor }) {
      let query = db.selectFrom('events').select(['seq', 'decision']).where('tenant', '=', tenant ?? DEFAULT_TENANT).where('decision', 'is not', null).$narrowType<{ decision: NotNull }>();
      // The literal term lets the database use the partial index of flagged outcomes (migration 0006).
      if (outcome) query = query.where('outcome', '=', outcome).$if(outcome !== 'allow', (q) => q.where(sql<boolean>`outcome <> 'allow'`));
      const after = cursor === undefined ? undefined : Number(cursor);
      if (after !== undefined && Number.isFinite(after)) query = query.where('seq', '<', after);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.decision) as Decision);
      const last = rows[limit - 1];
      return { items, ...(rows.length > limit && last ? { nextCursor: String(last.seq) } : {}) };
    },
  };
}
