import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { salesSpike } from './detector.ts';
import { findSpikes } from './find-spikes.ts';
import { SpikeParams } from './params.ts';
import { salesSpikeFixture } from './fixture.ts';

function run(events: readonly ShoumenEvent[], params: Record<string, unknown> = {}) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [salesSpike], { params: { 'sales-spike': params } }).findings;
}

describe('sales-spike', () => {
  it('names the shop, hands every buyer of the spike window to the graph detectors, and cites the orders', () => {
    const [finding, ...rest] = run(salesSpikeFixture.positive);
    expect(rest).toEqual([]);
    expect(finding!.entities[0]).toEqual({ type: 'merchant', id: 'shop-surge', role: 'merchant' });
    const buyers = finding!.entities.filter((e) => e.role === 'spike_buyer').map((e) => e.id);
    expect(buyers).toHaveLength(20);
    expect(buyers.every((id) => id.startsWith('shop-surge-newcomer'))).toBe(true);
    expect(finding!.evidence.eventIds).toHaveLength(28);
    expect(finding!.reasons.map((r) => r.code)).toContain('BUYERS_HANDED_TO_GRAPH');
  });

  it('leaves a spike under a declared promotion alone', () => {
    expect(run(salesSpikeFixture.negative)).toEqual([]);
  });

  it('treats a campaign that reaches many shops as a promotion, and one that reaches a single shop as none', () => {
    const placed = salesSpikeFixture.positive.filter((e): e is Extract<ShoumenEvent, { type: 'order.placed' }> => e.type === 'order.placed');
    const subsidise = (campaignId: string, orders: typeof placed): ShoumenEvent[] => orders.map((e, i) => ({
      id: `${campaignId}-evt-${i}`, type: 'subsidy.granted', ts: e.ts, subsidyId: `${campaignId}-${i}`, campaignId, amount: 300, merchantId: e.merchantId, orderId: e.orderId,
    }));
    const surge = placed.filter((e) => e.orderId.startsWith('shop-surge-s'));
    const elsewhere = ['shop-a-o3', 'shop-b-o3', 'shop-c-o3'].map((id) => placed.find((e) => e.orderId === id)!);
    const broad = subsidise('cmp-platform', [...surge, ...elsewhere]);
    expect(run([...salesSpikeFixture.positive, ...broad], { minCampaignShops: 4 })).toEqual([]);
    expect(run([...salesSpikeFixture.positive, ...subsidise('cmp-favour', surge)], { minCampaignShops: 4 })).toHaveLength(1);
  });

  it('hands a spike to other detectors as days and buyers they can restrict their own search to', () => {
    const builder = new SnapshotBuilder(undefined);
    for (const event of salesSpikeFixture.positive) builder.add(event);
    const snapshot = builder.finish();
    const [spike, ...rest] = findSpikes(snapshot, SpikeParams.parse({})).spikes;
    expect(rest).toEqual([]);
    expect([spike!.type, snapshot.names('merchant').name(spike!.key), spike!.last - spike!.first]).toEqual(['merchant', 'shop-surge', 1]);
    expect(spike!.buyers().map((a) => snapshot.names('account').name(a)).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `shop-surge-newcomer-${i}`).sort());
    expect(spike!.to - spike!.from).toBe(2 * 86_400_000 - 1);
  });
});
