import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDefaultPack, realtimeAdapters } from '../adapters/sql/realtime-adapters.ts';
import { eventRepository } from '../adapters/sql/event-repository.ts';
import { openSqlite, type SqliteStore } from '../adapters/sqlite/open-sqlite.ts';
import type { ShoumenEvent } from '../core/events/event.ts';
import type { DecisionLog } from './decide-ports.ts';
import { DecisionEngine } from './decide.ts';

const login = (id: string): ShoumenEvent => ({ id, type: 'account.login', ts: '2026-11-02T10:00:00+08:00', accountId: 'a', deviceId: 'd', ip: '1.2.3.4' });

describe('DecisionEngine', () => {
  let store: SqliteStore | undefined;
  afterEach(() => store?.close());

  async function engineWith(failNext: { value: boolean }) {
    store = await openSqlite(':memory:');
    const events = eventRepository(store.db, store.bulkInsert, () => 0);
    const real = store.decisionLog;
    // Decides (so the features see the batch) and then fails, as a full disk would at commit.
    const log: DecisionLog = {
      record: (batch, at, decide) => {
        if (!failNext.value) return real.record(batch, at, decide);
        failNext.value = false;
        decide(batch.map(() => true));
        return Promise.reject(new Error('disk full'));
      },
    };
    const deps = { ...realtimeAdapters({ db: store.db, events, decisionLog: real, clock: { now: () => new Date('2026-11-02T02:00:01Z') }, defaultPack: readDefaultPack() }), log };
    return { engine: new DecisionEngine(deps), events };
  }

  it('stores every accepted event with its decision, and a repeated id gets the first decision', async () => {
    const { engine, events } = await engineWith({ value: false });
    const [first, again] = await engine.decideMany([login('e1'), login('e1')]);
    expect(first?.status).toBe('accepted');
    expect(again).toEqual({ status: 'duplicate', decision: first?.decision });
    expect(await events.count()).toBe(1);
  });

  it('rebuilds the features from the store after a failed write, so the lost batch is not counted', async () => {
    const failNext = { value: false };
    const { engine } = await engineWith(failNext);
    await engine.decide(login('e1'));
    failNext.value = true;
    await expect(engine.decide(login('e2'))).rejects.toThrow('disk full');
    await engine.decide(login('e3'));
    // Rebuilt from the store before e3: it holds e1 only, since e2 was never written.
    expect((await engine.state(undefined)).replayed).toBe(1);
  });

  it('takes a request that comes in just after a batch without a new gathering wait, as under load', async () => {
    const { engine } = await engineWith({ value: false });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let second: string | undefined;
      const first = engine.decide(login('e1'));
      // Sent once the first answer is out, as a client on a kept-alive connection does.
      void first.then(() => engine.decide(login('e2'))).then((result) => (second = result.status));
      await vi.advanceTimersByTimeAsync(1);
      // No more fake time passes: only the event loop's own turns, which the gathering timer would not get.
      for (let turn = 0; turn < 20 && !second; turn += 1) await new Promise<void>((resume) => setImmediate(resume));
      expect(second).toBe('accepted');
    } finally {
      vi.useRealTimers();
    }
  });
});
