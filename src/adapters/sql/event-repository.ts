// The event store over Kysely: idempotent appends by (tenant, id), look-ups, and a replay stream in arrival order.
import type { Kysely } from 'kysely';
import type { EventStore } from '../../app/ports.ts';
import type { ShoumenEvent } from '../../core/events/event.ts';
import { rowKey, type BulkEventInsert, type EventRow } from './bulk-insert.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

/** Ids per look-up query, under every dialect's parameter limit. */
const IDS_PER_QUERY = 2_000;

/** The stored form of events. */
export function eventRows(events: readonly ShoumenEvent[], ingestedAt: number): EventRow[] {
  return events.map((event) => ({
    tenant: event.tenant ?? DEFAULT_TENANT,
    id: event.id,
    type: event.type,
    ts: Date.parse(event.ts),
    body: JSON.stringify(event),
    ingested_at: ingestedAt,
  }));
}

/** Which events were new, from the keys a bulk insert returned (the set is emptied). */
export function newFlags(events: readonly ShoumenEvent[], inserted: Set<string>): boolean[] {
  // A repeated id inside one batch is inserted once: only its first occurrence counts as new.
  return events.map((event) => inserted.delete(rowKey(event.tenant ?? DEFAULT_TENANT, event.id)));
}

export function eventRepository(db: Kysely<Database>, bulkInsert: BulkEventInsert, now: () => number): EventStore {
  return {
    async append(events) {
      return newFlags(events, await bulkInsert(eventRows(events, now())));
    },

    async get(tenant, id) {
      const row = await db.selectFrom('events').select('body').where('tenant', '=', tenant ?? DEFAULT_TENANT).where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.body) as ShoumenEvent) : undefined;
    },

    async getMany(tenant, ids) {
      if (ids.length === 0) return [];
      const found: ShoumenEvent[] = [];
      for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
        const rows = await db
          .selectFrom('events')
          .select('body')
          .where('tenant', '=', tenant ?? DEFAULT_TENANT)
          .where('id', 'in', ids.slice(start, start + IDS_PER_QUERY))
          .orderBy('seq')
          .execute();
        for (const row of rows) found.push(JSON.parse(row.body) as ShoumenEvent);
      }
      return found;
    },

    async *stream(only) {
      let query = db.selectFrom('events').select(['body', 'ts']);
      if (only) query = query.where('tenant', '=', only.tenant ?? DEFAULT_TENANT);
      const rows = query.orderBy('seq').stream(10_000);
      for await (const row of rows) yield { event: JSON.parse(row.body) as ShoumenEvent, tsMillis: Number(row.ts) };
    },

    async count() {
      const row = await db.selectFrom('events').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
