// The conformance suite every implementation of the real-time stores passes: rule sets, decisions, settlement holds, event replay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionLog, DecisionStore, EventReplay, RuleSetStore, SettlementHold, SettlementHoldStore } from '../../src/app/decide-ports.ts';
import type { EventStore } from '../../src/app/ports.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import type { Decision } from '../../src/core/rules/decision.ts';

export type RealtimeStores = { ruleSets: RuleSetStore; decisions: DecisionStore; log: DecisionLog; holds: SettlementHoldStore; replay: EventReplay; events: EventStore };
export type OpenRealtimeStores = () => Promise<{ stores: RealtimeStores; close: () => Promise<void> }>;

const draft = (tenant: string | undefined, source = 'ruleset t\n') => ({ tenant, name: 't', source, checksum: 'c'.repeat(64), createdAt: '2026-11-02T10:00:00+08:00', createdBy: 'key:1' });

const decision = (eventId: string, outcome: Decision['outcome'], tenant?: string): Decision => ({
  eventId, eventType: 'order.placed', eventTs: '2026-11-02T10:00:00+08:00', ...(tenant ? { tenant } : {}),
  ruleSet: { name: 't', version: 1 }, outcome, reasons: [], evaluations: [{ code: 'R', outcome: 'review', fired: false, values: [false, null, 3], skipped: [1] }],
  holds: [], decidedAt: '2026-11-02T10:00:01+08:00',
});

const hold = (id: string, orderId: string | undefined, tenant?: string): SettlementHold => ({
  tenant, id, merchantId: 'm1', ...(orderId ? { orderId } : {}), eventId: `e-${id}`, ruleCode: 'R', reason: '理由\nreason', status: 'held', heldAt: `2026-11-02T10:00:0${id.length}+08:00`,
});

const event = (id: string, ts: string, type: 'account.login' | 'entity.linked' = 'account.login', tenant?: string): ShoumenEvent =>
  type === 'entity.linked'
    ? { id, type, ts, a: { type: 'account', id: 'a' }, b: { type: 'merchant', id: 'm' }, relation: 'staff', ...(tenant ? { tenant } : {}) }
    : { id, type, ts, accountId: 'a', deviceId: 'd', ip: '1.2.3.4', ...(tenant ? { tenant } : {}) };

export function describeRealtimeStores(name: string, open: OpenRealtimeStores): void {
  describe(`real-time stores conformance: ${name}`, () => {
    let s: RealtimeStores;
    let close: () => Promise<void>;
    beforeAll(async () => ({ stores: s, close } = await open()));
    afterAll(() => close());

    it('numbers drafts per tenant, publishes one version at a time and never edits a published one', async () => {
      expect((await s.ruleSets.createDraft(draft(undefined))).version).toBe(1);
      expect((await s.ruleSets.createDraft(draft(undefined, 'ruleset t\n# two\n'))).version).toBe(2);
      expect((await s.ruleSets.createDraft(draft('other'))).version).toBe(1);
      const first = await s.ruleSets.publish(undefined, 1, '2026-11-02T11:00:00+08:00');
      expect(first.ok && first.value).toMatchObject({ version: 1, status: 'published', publishedAt: '2026-11-02T11:00:00+08:00' });
      expect(await s.ruleSets.publish(undefined, 1, 'later')).toEqual({ ok: false, error: 'not_draft' });
      expect(await s.ruleSets.publish(undefined, 9, 'later')).toEqual({ ok: false, error: 'not_found' });
      expect((await s.ruleSets.publish(undefined, 2, '2026-11-02T12:00:00+08:00')).ok).toBe(true);
      const versions = await s.ruleSets.list(undefined);
      expect(versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'retired']]);
      expect((await s.ruleSets.get(undefined, 1))?.source).toBe('ruleset t\n');
      expect(await s.ruleSets.publish(undefined, 1, 'again')).toEqual({ ok: false, error: 'not_draft' });
      expect((await s.ruleSets.list('other')).map((v) => v.status)).toEqual(['draft']);
    });

    it('runs only a draft in shadow, one at a time', async () => {
      const next = await s.ruleSets.createDraft(draft(undefined, 'ruleset t\n# three\n'));
      expect(await s.ruleSets.setShadow(undefined, 2)).toEqual({ ok: false, error: 'not_draft' });
      expect((await s.ruleSets.setShadow(undefined, next.version)).ok).toBe(true);
      expect((await s.ruleSets.list(undefined)).filter((v) => v.shadow).map((v) => v.version)).toEqual([next.version]);
      expect((await s.ruleSets.setShadow(undefined, undefined)).ok).toBe(true);
      expect((await s.ruleSets.list(undefined)).some((v) => v.shadow)).toBe(false);
    });

    it('stores a decision once per event and tenant, and lists the newest first by outcome', async () => {
      // Decisions are written with their events (tenant 'desk', apart from the replay case); a stored event keeps its first decision.
      const mine = (eventId: string, outcome: Decision['outcome'], tenant = 'desk') => decision(eventId, outcome, tenant);
      const record = (decisions: Decision[]) =>
        s.log.record(decisions.map((d) => event(d.eventId, d.eventTs, 'account.login', d.tenant)), 0, (isNew) => ({ decisions: decisions.filter((_, i) => isNew[i]), holds: [] }));
      await s.events.append([event('imported', '2026-11-02T09:00:00+08:00', 'account.login', 'desk')]);
      expect(await record([mine('e1', 'allow'), mine('e2', 'review'), mine('e3', 'block'), mine('e1', 'block', 'other')])).toEqual([true, true, true, true]);
      expect(await record([mine('e2', 'block'), mine('e4', 'review')])).toEqual([false, true]);
      expect(await s.decisions.get('desk', 'e2')).toEqual(mine('e2', 'review'));
      expect((await s.decisions.get('other', 'e1'))?.outcome).toBe('block');
      expect(await s.decisions.get('nobody', 'e1')).toBeUndefined();
      expect(await s.decisions.get('desk', 'imported')).toBeUndefined();
      const reviews = await s.decisions.list({ tenant: 'desk', outcome: 'review', limit: 1 });
      expect(reviews.items.map((d) => d.eventId)).toEqual(['e4']);
      const rest = await s.decisions.list({ tenant: 'desk', outcome: 'review', limit: 1, cursor: reviews.nextCursor! });
      expect([rest.items.map((d) => d.eventId), rest.nextCursor]).toEqual([['e2'], undefined]);
      expect((await s.decisions.list({ tenant: 'desk', outcome: 'allow', limit: 10 })).items.map((d) => d.eventId)).toEqual(['e1']);
      expect((await s.decisions.list({ tenant: 'desk', limit: 10 })).items.map((d) => d.eventId)).toEqual(['e4', 'e3', 'e2', 'e1']);
    });

    it('keeps one hold in place per shop and order, and releases a hold once', async () => {
      expect((await s.holds.hold([hold('h1', 'o1'), hold('h22', 'o1'), hold('h333', undefined), hold('h1', 'o1', 'other')])).map((h) => h.id)).toEqual(['h1', 'h333', 'h1']);
      expect((await s.holds.list({ tenant: undefined, status: 'held', limit: 10 })).map((h) => h.id)).toEqual(['h333', 'h1']);
      const released = await s.holds.release(undefined, 'h1', { by: 'key:9', note: '核实为正常交易', at: '2026-11-03T09:00:00+08:00' });
      expect(released.ok && released.value).toMatchObject({ status: 'released', releasedBy: 'key:9', note: '核实为正常交易', orderId: 'o1' });
      expect(await s.holds.release(undefined, 'h1', { by: 'key:9', note: 'again', at: 'x' })).toEqual({ ok: false, error: 'not_held' });
      expect(await s.holds.release(undefined, 'nope', { by: 'key:9', note: '', at: 'x' })).toEqual({ ok: false, error: 'not_found' });
      expect((await s.holds.hold([hold('h4444', 'o1')])).map((h) => h.id)).toEqual(['h4444']);
      expect((await s.holds.list({ tenant: undefined, merchantId: 'm1', limit: 10 })).length).toBe(3);
      expect((await s.holds.get('other', 'h1'))?.status).toBe('held');
    });

    it('replays a tenant\'s events from a time on, plus its durable ones of any age, in arrival order', async () => {
      await s.events.append([
        event('r1', '2026-10-01T10:00:00+08:00', 'entity.linked'), event('r2', '2026-10-01T10:00:00+08:00'),
        event('r3', '2026-11-02T10:00:00+08:00'), event('r4', '2026-11-01T10:00:00+08:00'), event('x1', '2026-11-02T10:00:00+08:00', 'account.login', 'other'),
      ]);
      expect(await s.replay.latestTs(undefined)).toBe(Date.parse('2026-11-02T10:00:00+08:00'));
      expect(await s.replay.latestTs('nobody')).toBeUndefined();
      const seen: string[] = [];
      for await (const { event: e, tsMillis } of s.replay.stream(undefined, Date.parse('2026-10-15T00:00:00+08:00'), ['entity.linked'])) {
        seen.push(e.id);
        expect(tsMillis).toBe(Date.parse(e.ts));
      }
      expect(seen).toEqual(['r1', 'r3', 'r4']);
    });
  });
}
