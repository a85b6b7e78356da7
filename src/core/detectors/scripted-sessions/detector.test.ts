import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { scriptedSessionsFixture } from './fixture.ts';
import { scriptedSessions } from './detector.ts';

function run(events: readonly ShoumenEvent[], params: Record<string, unknown> = {}) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [scriptedSessions], { params: { 'scripted-sessions': params } }).findings;
}

describe('scripted-sessions', () => {
  it('names the shop, the target item, every worker and every task order', () => {
    const [finding] = run(scriptedSessionsFixture.positive);
    const byRole = (role: string) => finding!.entities.filter((e) => e.role === role).map((e) => e.id);
    expect(byRole('merchant')).toEqual(['shop-task']);
    expect(byRole('target_item')).toEqual(['item-task']);
    expect(byRole('worker')).toHaveLength(8);
    expect(byRole('order')).toHaveLength(8);
    expect(byRole('worker').some((id) => id.startsWith('shopper'))).toBe(false);
    expect(finding!.evidence.eventIds).toHaveLength(24);
    expect(finding!.reasons.map((r) => r.code)).toEqual(['TIGHT_DWELL_BAND', 'UNLIKELY_DWELL_BY_CHANCE', 'LOW_DWELL_SPREAD']);
  });

  it('needs the configured number of accounts', () => {
    expect(run(scriptedSessionsFixture.positive, { minAccounts: 9 })).toEqual([]);
  });

  it('leaves a tight band alone when it is shorter than the minimum dwell', () => {
    expect(run(scriptedSessionsFixture.positive, { minDwellSeconds: 420 })).toEqual([]);
  });
});
