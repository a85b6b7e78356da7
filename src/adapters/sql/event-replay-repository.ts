// Reads a tenant's recent events back in arrival order, so a restart rebuilds the real-time features from the store.
import type { Kysely } from 'kysely';
import type { EventReplay } from '../../app/decide-ports.ts';
import type { ShoumenEvent } from '../../core/events/event.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

export function eventReplayRepository(db: Kysely<Database>): EventReplay {
  return {
    async latestTs(tenant) {
      const row = await db.selectFrom('events').select((eb) => eb.fn.max('ts').as('ts')).where('tenant', '=', tenant ?? DEFAULT_TENANT).executeTakeFirst();
      return row?.ts === null || row?.ts === undefined ? undefined : Number(row.ts);
    },

    async *stream(tenant, fromTs, durableTypes) {
      let query = db.selectFrom('events').select(['body', 'ts']).where('tenant', '=', tenant ?? DEFAULT_TENANT);
      query = durableTypes.length
        ? query.where((eb) => eb.or([eb('ts', '>=', fromTs), eb('type', 'in', [...durableTypes])]))
        : query.where('ts', '>=', fromTs);
      for await (const row of query.orderBy('seq').stream(5_000)) yield { event: JSON.parse(row.body) as ShoumenEvent, tsMillis: Number(row.ts) };
    },
  };
}
