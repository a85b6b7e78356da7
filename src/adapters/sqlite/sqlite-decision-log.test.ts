import { afterEach, describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../core/events/event.ts';
import type { Decision } from '../../core/rules/decision.ts';
import { decisionRepository } from '../sql/decision-repository.ts';
import { settlementHoldRepository } from '../sql/settlement-hold-repository.ts';
import type { SettlementHold } from '../../app/decide-ports.ts';
import { eventRepository } from '../sql/event-repository.ts';
import { openSqlite, type SqliteStore } from './open-sqlite.ts';

const login = (id: string, tenant?: string): ShoumenEvent => ({ id, type: 'account.login', ts: '2026-11-02T10:00:00+08:00', accountId: 'a', deviceId: 'd', ip: '1.2.3.4', ...(tenant ? { tenant } : {}) });
const decisionOf = (event: ShoumenEvent): Decision => ({
  eventId: event.id, eventType: event.type, eventTs: event.ts, ...(event.tenant ? { tenant: event.tenant } : {}),
  ruleSet: { name: 't', version: 1 }, outcome: 'allow', reasons: [], evaluations: [], holds: [], decidedAt: '2026-11-02T10:00:01+08:00',
});

describe('sqliteDecisionLog', () => {
  let store: SqliteStore | undefined;
  afterEach(() => store?.close());

  it('stores the events and the decisions of the new ones, and says which were new', async () => {
    store = await openSqlite(':memory:');
    const events = eventRepository(store.db, store.bulkInsert, () => 0);
    const decisions = decisionRepository(store.db);
    await events.append([login('e1')]);
    const batch = [login('e1'), login('e2'), login('e2'), login('e2', 't1')];
    const seen: boolean[][] = [];
    const isNew = await store.decisionLog.record(batch, 5, (flags) => {
      seen.push([...flags]);
      return { decisions: batch.filter((_, i) => flags[i]).map(decisionOf), holds: [] };
    });
    expect(isNew).toEqual([false, true, false, true]);
    expect(seen).toEqual([isNew]);
    expect(await decisions.get(undefined, 'e1')).toBeUndefined();
    expect(await decisions.get(undefined, 'e2')).toMatchObject({ eventId: 'e2', outcome: 'allow' });
    expect(await decisions.get('t1', 'e2')).toMatchObject({ eventId: 'e2', tenant: 't1' });
    expect(await events.count()).toBe(3);
  });

  it('keeps nothing of a batch whose decisions fail, so no event is stored without its decision', async () => {
    store = await openSqlite(':memory:');
    const events = eventRepository(store.db, store.bulkInsert, () => 0);
    await expect(store.decisionLog.record([login('e1')], 5, () => { throw new Error('rule failed'); })).rejects.toThrow('rule failed');
    expect(await events.count()).toBe(0);
    expect(await store.decisionLog.record([login('e1')], 5, (flags) => ({ decisions: flags[0] ? [decisionOf(login('e1'))] : [], holds: [] }))).toEqual([true]);
  });

  it('writes batches larger than one statement', async () => {
    store = await openSqlite(':memory:');
    const batch = Array.from({ length: 250 }, (_, i) => login(`e${i}`));
    expect((await store.decisionLog.record(batch, 5, () => ({ decisions: batch.map(decisionOf), holds: [] }))).every(Boolean)).toBe(true);
    const page = await decisionRepository(store.db).list({ tenant: undefined, limit: 300 });
    expect(page.items).toHaveLength(250);
  });

  it('places the settlement holds a batch asks for with its decisions, one per shop and order in place', async () => {
    store = await openSqlite(':memory:');
    const holds = settlementHoldRepository(store.db);
    const holdFor = (event: ShoumenEvent, orderId: string): SettlementHold => ({
      tenant: event.tenant, id: `hold-${event.id}`, merchantId: 'm1', orderId, eventId: event.id, ruleCode: 'R', reason: '理由\nreason', status: 'held', heldAt: '2026-11-02T10:00:01+08:00',
    });
    const held = (events: ShoumenEvent[], orderId: string) => ({ decisions: events.map(decisionOf), holds: events.map((e) => holdFor(e, orderId)) });
    await store.decisionLog.record([login('e1')], 5, () => held([login('e1')], 'o1'));
    await store.decisionLog.record([login('e2')], 5, () => held([login('e2')], 'o1'));
    expect((await holds.list({ tenant: undefined, status: 'held', limit: 10 })).map((h) => [h.id, h.orderId])).toEqual([['hold-e1', 'o1']]);
  });
});
