// Hash-chained histories over Kysely: insert-only entries, an index to find chains again, and the case queue projection.
import type { Kysely } from 'kysely';
import type { CaseQuery, ChainStore } from '../../app/ports.ts';
import type { CaseView } from '../../core/cases/case-view.ts';
import type { Actor, ChainEntry } from '../../core/cases/hash-chain.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const t = (tenant: string | undefined) => tenant ?? DEFAULT_TENANT;

function caseRow(tenant: string, view: CaseView) {
  return {
    tenant, id: view.id, state: view.state, kind: view.kind, severity: view.severity, assignee: view.assignee ?? null,
    due_at: view.dueAt, updated_at: view.updatedAt, body: JSON.stringify(view),
  };
}

export function chainRepository(db: Kysely<Database>): ChainStore {
  return {
    async append(tenant, entry, options = {}) {
      try {
        await db.transaction().execute(async (trx) => {
          const last = await trx.selectFrom('chain_entries').select((eb) => eb.fn.max('seq').as('seq'))
            .where('tenant', '=', t(tenant)).where('chain', '=', entry.chain).executeTakeFirst();
          if (Number(last?.seq ?? 0) + 1 !== entry.seq) throw new SeqTaken();
          await trx.insertInto('chain_entries').values({
            tenant: t(tenant), chain: entry.chain, seq: entry.seq, at: entry.at, actor: JSON.stringify(entry.actor), type: entry.type,
            payload: JSON.stringify(entry.payload), prev_hash: entry.prevHash, hash: entry.hash,
          }).execute();
          const keys = [...new Set(options.index ?? [])];
          if (keys.length) {
            await trx.insertInto('chain_index').values(keys.map((key) => ({ tenant: t(tenant), key, chain: entry.chain })))
              .onConflict((oc) => oc.doNothing()).execute();
          }
          if (options.caseView) {
            const row = caseRow(t(tenant), options.caseView);
            await trx.insertInto('cases').values(row)
              .onConflict((oc) => oc.columns(['tenant', 'id']).doUpdateSet({ state: row.state, kind: row.kind, severity: row.severity, assignee: row.assignee, due_at: row.due_at, updated_at: row.updated_at, body: row.body }))
              .execute();
          }
        });
        return true;
      } catch (error) {
        if (error instanceof SeqTaken || /UNIQUE|duplicate key/i.test(String(error))) return false;
        throw error;
      }
    },

    async entries(tenant, chain) {
      const rows = await db.selectFrom('chain_entries').selectAll().where('tenant', '=', t(tenant)).where('chain', '=', chain).orderBy('seq').execute();
      return rows.map((r): ChainEntry => ({
        chain: r.chain, seq: Number(r.seq), at: r.at, actor: JSON.parse(r.actor) as Actor, type: r.type,
        payload: JSON.parse(r.payload) as Record<string, unknown>, prevHash: r.prev_hash, hash: r.hash,
      }));
    },

    async lookup(tenant, key) {
      const rows = await db.selectFrom('chain_index').select('chain').where('tenant', '=', t(tenant)).where('key', '=', key).orderBy('chain').execute();
      return rows.map((r) => r.chain);
    },

    async listCases(query: CaseQuery) {
      let q = db.selectFrom('cases').where('tenant', '=', t(query.tenant));
      if (query.state) q = q.where('state', '=', query.state);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.severity) q = q.where('severity', '=', query.severity);
      if (query.assignee) q = q.where('assignee', '=', query.assignee);
      const [rows, total] = await Promise.all([
        q.select('body').orderBy('due_at').orderBy('id').limit(query.limit).offset(query.offset ?? 0).execute(),
        q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => JSON.parse(r.body) as CaseView), total: Number(total.n) };
    },

    async chainNames(tenant, prefix) {
      const rows = await db.selectFrom('chain_entries').select('chain').distinct()
        .where('tenant', '=', t(tenant)).where('chain', '>=', prefix).where('chain', '<', `${prefix}\uffff`).orderBy('chain').execute();
      return rows.map((r) => r.chain);
    },
  };
}

class SeqTaken extends Error {}
