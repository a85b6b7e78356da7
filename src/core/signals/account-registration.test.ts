import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../events/event.ts';
import { at } from '../detectors/testing/event-factory.ts';
import { SnapshotBuilder } from '../snapshot/snapshot-builder.ts';
import { DAY_MS } from '../time/units.ts';
import { accountAgeDays, accountRegistrations } from './account-registration.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

const attributes = (minutes: number, accountId: string, values: Record<string, number | string | boolean>) =>
  at(minutes, 'entity.attributes', { entity: { type: 'account', id: accountId }, attributes: values });

describe('accountRegistrations', () => {
  it('prefers the registration event, then a stated time, then a stated age', () => {
    const snapshot = snapshotOf([
      at(60, 'account.registered', { accountId: 'a-event' }),
      attributes(0, 'a-event', { ageDays: 400 }),
      attributes(0, 'a-time', { registeredAt: '2026-10-01T00:00:00+08:00', ageDays: 3 }),
      attributes(0, 'a-age', { ageDays: 10, level: 3 }),
      attributes(0, 'a-none', { verified: true }),
    ]);
    const registered = accountRegistrations(snapshot);
    const id = (name: string) => snapshot.names('account').find(name);
    const base = Date.parse('2026-11-02T09:00:00+08:00');
    expect(registered[id('a-event')]).toBe(base + 60 * 60_000);
    expect(registered[id('a-time')]).toBe(Date.parse('2026-10-01T00:00:00+08:00'));
    expect(accountAgeDays(registered, id('a-age'), base)).toBeCloseTo(10, 9);
    expect(Number.isNaN(registered[id('a-none')]!)).toBe(true);
  });

  it('takes the later statement when an account is described twice, whatever the arrival order', () => {
    const events = [attributes(0, 'a', { ageDays: 100 }), attributes(1440, 'a', { ageDays: 5 })];
    const forward = snapshotOf(events);
    const backward = snapshotOf([...events].reverse());
    const of = (s: typeof forward) => accountRegistrations(s)[s.names('account').find('a')]!;
    expect(of(forward)).toBe(of(backward));
    expect(of(forward)).toBe(Date.parse('2026-11-03T09:00:00+08:00') - 5 * DAY_MS);
  });
});
