// Rule-set versions over Kysely: drafts get the next version number, publishing retires the previous version in one transaction.
import type { Kysely, Selectable } from 'kysely';
import type { RuleSetRecord, RuleSetStore } from '../../app/decide-ports.ts';
import { err, ok } from '../../core/result.ts';
import type { RuleSetsTable } from './realtime-schema.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const tenantKey = (tenant: string | undefined) => tenant ?? DEFAULT_TENANT;

function recordOf(row: Selectable<RuleSetsTable>): RuleSetRecord {
  return {
    tenant: row.tenant === DEFAULT_TENANT ? undefined : row.tenant,
    version: Number(row.version),
    name: row.name,
    status: row.status as RuleSetRecord['status'],
    shadow: Number(row.shadow) === 1,
    source: row.source,
    checksum: row.checksum,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}

export function ruleSetRepository(db: Kysely<Database>): RuleSetStore {
  const find = (executor: Kysely<Database>, tenant: string | undefined, version: number) =>
    executor.selectFrom('rule_sets').selectAll().where('tenant', '=', tenantKey(tenant)).where('version', '=', version).executeTakeFirst();

  return {
    async createDraft(draft) {
      return db.transaction().execute(async (trx) => {
        const last = await trx.selectFrom('rule_sets').select((eb) => eb.fn.max('version').as('v')).where('tenant', '=', tenantKey(draft.tenant)).executeTakeFirst();
        const version = Number(last?.v ?? 0) + 1;
        const row = {
          tenant: tenantKey(draft.tenant), version, name: draft.name, status: 'draft', shadow: 0, source: draft.source, checksum: draft.checksum,
          created_at: draft.createdAt, created_by: draft.createdBy, published_at: null,
        };
        await trx.insertInto('rule_sets').values(row).execute();
        return recordOf(row);
      });
    },

    async get(tenant, version) {
      const row = await find(db, tenant, version);
      return row ? recordOf(row) : undefined;
    },

    async list(tenant) {
      const rows = await db.selectFrom('rule_sets').selectAll().where('tenant', '=', tenantKey(tenant)).orderBy('version', 'desc').execute();
      return rows.map(recordOf);
    },

    async publish(tenant, version, at) {
      return db.transaction().execute(async (trx) => {
        const row = await find(trx, tenant, version);
        if (!row) return err('not_found' as const);
        if (row.status !== 'draft') return err('not_draft' as const);
        await trx.updateTable('rule_sets').set({ status: 'retired' }).where('tenant', '=', tenantKey(tenant)).where('status', '=', 'published').execute();
        await trx.updateTable('rule_sets').set({ status: 'published', published_at: at, shadow: 0 })
          .where('tenant', '=', tenantKey(tenant)).where('version', '=', version).where('status', '=', 'draft').execute();
        return ok(recordOf({ ...row, status: 'published', published_at: at, shadow: 0 }));
      });
    },

    async setShadow(tenant, version) {
      return db.transaction().execute(async (trx) => {
        if (version !== undefined) {
          const row = await find(trx, tenant, version);
          if (!row) return err('not_found' as const);
          if (row.status !== 'draft') return err('not_draft' as const);
        }
        await trx.updateTable('rule_sets').set({ shadow: 0 }).where('tenant', '=', tenantKey(tenant)).execute();
        if (version !== undefined) await trx.updateTable('rule_sets').set({ shadow: 1 }).where('tenant', '=', tenantKey(tenant)).where('version', '=', version).execute();
        return ok(undefined);
      });
    },
  };
}
