import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../events/event.ts';
import { at } from '../detectors/testing/event-factory.ts';
import { SnapshotBuilder } from '../snapshot/snapshot-builder.ts';
import { burstMembership, registrationBursts, subnetOf } from './registration-bursts.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

describe('registrationBursts', () => {
  const steady = Array.from({ length: 60 }, (_, i) => at(i * 240, 'account.registered', { accountId: `steady-${i}`, ip: `10.${i}.0.1` }));
  const burst = Array.from({ length: 20 }, (_, i) => at(5000 + i * 4, 'account.registered', { accountId: `farm-${i}`, ip: `47.98.12.${10 + i}` }));

  it('finds a batch of sign-ups far above the period rate and the range it came from', () => {
    const snapshot = snapshotOf([...steady, ...burst]);
    const bursts = registrationBursts(snapshot);
    expect(bursts).toHaveLength(1);
    const names = bursts[0]!.accounts.map((a) => snapshot.names('account').name(a));
    for (let i = 0; i < 20; i += 1) expect(names).toContain(`farm-${i}`);
    expect(names.length).toBeLessThanOrEqual(22);
    expect(bursts[0]!.topSubnet).toBe('47.98.12');
    expect(bursts[0]!.log10Tail).toBeLessThan(-6);
    const member = burstMembership(bursts, snapshot.names('account').size);
    expect(member[snapshot.names('account').find('farm-3')]).toBe(0);
    expect(member[snapshot.names('account').find('steady-0')]).toBe(-1);
  });

  it('leaves a steady stream of sign-ups alone', () => {
    expect(registrationBursts(snapshotOf(steady))).toEqual([]);
  });

  it('gives the same bursts whatever the arrival order', () => {
    const events = [...steady, ...burst];
    const forward = snapshotOf(events);
    const backward = snapshotOf([...events].reverse());
    const named = (s: typeof forward) => registrationBursts(s).map((b) => b.accounts.map((a) => s.names('account').name(a)).sort());
    expect(named(backward)).toEqual(named(forward));
  });
});

describe('subnetOf', () => {
  it('cuts IPv4 to /24 and IPv6 to /64', () => {
    expect(subnetOf('47.98.12.7')).toBe('47.98.12');
    expect(subnetOf('2408:8207:1850:9f0::1')).toBe('2408:8207:1850:9f0');
  });
});
