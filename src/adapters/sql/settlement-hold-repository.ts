// Settlement holds over Kysely: at most one hold in place per shop and order; release is a guarded status change.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { SettlementHold, SettlementHoldStore } from '../../app/decide-ports.ts';
import { err, ok } from '../../core/result.ts';
import type { SettlementHoldsTable } from './realtime-schema.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

function holdOf(row: Selectable<SettlementHoldsTable>): SettlementHold {
  return {
    tenant: row.tenant === DEFAULT_TENANT ? undefined : row.tenant, id: row.id, merchantId: row.merchant_id,
    ...(row.order_id ? { orderId: row.order_id } : {}), eventId: row.event_id, ruleCode: row.rule_code, reason: row.reason,
    status: row.status as SettlementHold['status'], heldAt: row.held_at,
    ...(row.released_at ? { releasedAt: row.released_at } : {}), ...(row.released_by ? { releasedBy: row.released_by } : {}), ...(row.note ? { note: row.note } : {}),
  };
}

/** The stored form of a hold just placed. */
export function holdRow(hold: SettlementHold): Insertable<SettlementHoldsTable> {
  return {
    tenant: hold.tenant ?? DEFAULT_TENANT, id: hold.id, merchant_id: hold.merchantId, order_id: hold.orderId ?? '', event_id: hold.eventId,
    rule_code: hold.ruleCode, reason: hold.reason, status: 'held', held_at: hold.heldAt, released_at: null, released_by: null, note: null,
  };
}

export function settlementHoldRepository(db: Kysely<Database>): SettlementHoldStore {
  const find = (tenant: string | undefined, id: string) =>
    db.selectFrom('settlement_holds').selectAll().where('tenant', '=', tenant ?? DEFAULT_TENANT).where('id', '=', id).executeTakeFirst();

  return {
    async hold(holds) {
      const created: SettlementHold[] = [];
      for (const hold of holds) {
        // The partial unique index keeps one hold in place per shop and order; a repeat is skipped, not an error.
        const inserted = await db
          .insertInto('settlement_holds')
          .values(holdRow(hold))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) created.push({ ...hold, status: 'held' });
      }
      return created;
    },

    async get(tenant, id) {
      const row = await find(tenant, id);
      return row ? holdOf(row) : undefined;
    },

    async list({ tenant, status, merchantId, limit }) {
      let query = db.selectFrom('settlement_holds').selectAll().where('tenant', '=', tenant ?? DEFAULT_TENANT);
      if (status) query = query.where('status', '=', status);
      if (merchantId) query = query.where('merchant_id', '=', merchantId);
      const rows = await query.orderBy('held_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(holdOf);
    },

    async release(tenant, id, { by, note, at }) {
      const row = await find(tenant, id);
      if (!row) return err('not_found' as const);
      const result = await db.updateTable('settlement_holds').set({ status: 'released', released_at: at, released_by: by, note })
        .where('tenant', '=', tenant ?? DEFAULT_TENANT).where('id', '=', id).where('status', '=', 'held').executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return err('not_held' as const);
      return ok(holdOf({ ...row, status: 'released', released_at: at, released_by: by, note }));
    },
  };
}
