import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { brushingRing } from './detector.ts';
import { brushingRingFixture } from './fixture.ts';

function findingsOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [brushingRing]).findings;
}

describe('brushing-ring detector', () => {
  it('names the ring, its shop and items, and not the loyal buyers or the sale', () => {
    const [finding, ...rest] = findingsOf(brushingRingFixture.positive);
    expect(rest).toEqual([]);
    const byRole = (role: string) => finding!.entities.filter((e) => e.role === role).map((e) => e.id).sort();
    expect(byRole('merchant')).toEqual(['shop-r']);
    expect(byRole('ring_member')).toEqual(Array.from({ length: 10 }, (_, m) => `ring-${m}`).sort());
    expect(byRole('ring_item')).toEqual(['item-r0', 'item-r1', 'item-r2']);
    const ringOrders = brushingRingFixture.positive.filter((e) => e.type === 'order.placed' && e.accountId.startsWith('ring-'));
    expect(byRole('ring_order')).toHaveLength(ringOrders.length);
    expect(finding!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['DENSE_BLOCK', 'SHORT_WINDOW', 'ARRIVED_BY_LINK', 'YOUNG_ACCOUNTS']));
  });

  it('lists every member–item pair as an edge between the finding\'s own entities', () => {
    const [finding] = findingsOf(brushingRingFixture.positive);
    const edges = String(finding!.evidence.metrics.graphEdges).split(' ').map((pair) => pair.split('-').map(Number));
    const pairs = new Set(brushingRingFixture.positive.flatMap((e) => (e.type === 'order.placed' && e.accountId.startsWith('ring-') ? [`${e.accountId}|${e.itemId}`] : [])));
    expect(edges).toHaveLength(pairs.size);
    for (const [member, item] of edges) {
      expect(finding!.entities[member!]!.role).toBe('ring_member');
      expect(finding!.entities[item!]!.role).toBe('ring_item');
    }
  });

  it('leaves the same ring alone when its orders carry a phone farm\'s shared devices', () => {
    const farmed = brushingRingFixture.positive.map((event) =>
      event.type === 'order.placed' && event.accountId.startsWith('ring-') ? ({ ...event, deviceId: `dev-${Number(event.accountId.slice(5)) % 2}` }) : event);
    expect(findingsOf(farmed)).toEqual([]);
  });
});
