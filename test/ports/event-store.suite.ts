// The conformance suite every EventStore implementation passes (SQLite today, PostgreSQL next).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '../../src/app/ports.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';

export type OpenEventStore = () => Promise<{ store: EventStore; close: () => Promise<void> }>;

const login = (id: string, tenant?: string): ShoumenEvent => ({
  id, type: 'account.login', ts: '2026-11-01T10:00:00+08:00', accountId: `a-${id}`, deviceId: 'd1', ip: '10.0.0.1', ...(tenant ? { tenant } : {}),
});

export function describeEventStore(name: string, open: OpenEventStore): void {
  describe(`EventStore conformance: ${name}`, () => {
    let store: EventStore;
    let close: () => Promise<void>;
    beforeAll(async () => ({ store, close } = await open()));
    afterAll(() => close());

    it('appends idempotently by id and says which events were new', async () => {
      expect(await store.append([login('e1'), login('e2')])).toEqual([true, true]);
      expect(await store.append([login('e2'), login('e3'), login('e3')])).toEqual([false, true, false]);
      expect(await store.count()).toBe(3);
    });

    it('keeps the first version of an id: a replay with changed content changes nothing', async () => {
      await store.append([{ ...login('e1'), deviceId: 'changed' } as ShoumenEvent]);
      expect(await store.get(undefined, 'e1')).toMatchObject({ deviceId: 'd1' });
    });

    it('isolates tenants: the same id in two tenants is two events, and look-ups never cross', async () => {
      expect(await store.append([login('e1', 't1'), login('e1', 't2')])).toEqual([true, true]);
      expect(await store.get('t1', 'e1')).toMatchObject({ tenant: 't1' });
      expect(await store.get('t3', 'e1')).toBeUndefined();
      expect((await store.getMany('t2', ['e1', 'e2', 'nope'])).map((e) => e.id)).toEqual(['e1']);
    });

    it('returns events exactly as ingested, with the text untouched', async () => {
      const review: ShoumenEvent = {
        id: 'r1', type: 'review.posted', ts: '2026-11-01T10:00:00.123+08:00', reviewId: 'rv1', accountId: 'a', merchantId: 'm', itemId: 'i',
        rating: 5, text: '<script>好评返现</script> 👍 \u0000', photoHashes: ['p1'],
      };
      await store.append([review]);
      expect(await store.get(undefined, 'r1')).toEqual(review);
    });

    it('streams every event in arrival order with its time', async () => {
      const streamed: string[] = [];
      for await (const { event, tsMillis } of store.stream()) {
        streamed.push(`${event.tenant ?? ''}/${event.id}`);
        expect(tsMillis).toBe(Date.parse(event.ts));
      }
      expect(streamed).toEqual(['/e1', '/e2', '/e3', 't1/e1', 't2/e1', '/r1']);
    });

    it('handles batches larger than one statement', async () => {
      const many = Array.from({ length: 5_123 }, (_, i) => login(`bulk-${i}`, 'bulk'));
      const inserted = await store.append(many);
      expect(inserted.filter(Boolean)).toHaveLength(5_123);
      expect((await store.getMany('bulk', many.map((e) => e.id))).length).toBe(5_123);
    });
  });
}
