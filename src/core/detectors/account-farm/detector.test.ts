import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { accountFarm } from './detector.ts';
import { accountFarmFixture } from './fixture.ts';

function findingsOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [accountFarm]).findings;
}

describe('account-farm detector', () => {
  it('groups the farm with its devices and client shop, and nobody else', () => {
    const [farm, ...rest] = findingsOf(accountFarmFixture.positive);
    expect(rest).toEqual([]);
    const byRole = (role: string) => farm!.entities.filter((e) => e.role === role).map((e) => e.id).sort();
    expect(byRole('farm_member')).toEqual(Array.from({ length: 16 }, (_, a) => `farm-${a}`).sort());
    expect(byRole('farm_device')).toEqual(['emu-0', 'emu-1', 'emu-2', 'emu-3']);
    expect(byRole('farm_client')).toEqual(['shop-client']);
    expect(byRole('farm_order')).toHaveLength(32);
    expect(farm!.reasons.map((r) => r.code)).toEqual(['SHARED_DEVICES', 'REGISTRATION_BURST', 'SHARED_SUBNET', 'LOCKSTEP', 'FLAGGED_DEVICES', 'VIRTUAL_PHONES']);
    expect(farm!.evidence.metrics.subnet).toBe('47.98.12');
  });

  it('ties the farm\'s devices together only through the shared network and its timing', () => {
    // Each account acts at its own hour and signs up on its own day: the four emulators stay four separate groups of
    // four, below the size of a farm, because a shared /24 alone does not tie accounts.
    const shift = (event: ShoumenEvent, account: string, by: number) => ({ ...event, ts: new Date(Date.parse(event.ts) + Number(account.slice(5)) * by).toISOString() });
    const registeredApart = accountFarmFixture.positive.map((event) => {
      if (event.type === 'account.registered' && event.accountId.startsWith('farm-')) return shift(event, event.accountId, 86_400_000);
      if ((event.type === 'account.login' || event.type === 'order.placed') && event.accountId.startsWith('farm-')) return shift(event, event.accountId, 37 * 60_000);
      return event;
    });
    expect(findingsOf(registeredApart)).toEqual([]);
  });

  it('does not flag freshmen who share campus Wi-Fi, sign up together and log in between the same lectures', () => {
    expect(findingsOf(accountFarmFixture.negative)).toEqual([]);
  });
});
