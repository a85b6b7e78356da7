import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { fakeLogistics } from './detector.ts';
import { fakeLogisticsFixture } from './fixture.ts';
import { parcelFacts } from './parcel-facts.ts';
import { orderSignals, usualWeights, waybillUse } from './parcel-signals.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

const rule = { maxDeliveryHours: 12, maxGrams: 50, maxWeightShare: 0.3, minWeighedOrders: 5, maxPriceShare: 0.1, maxTokenFen: 100 };

describe('orderSignals', () => {
  const snapshot = snapshotOf(fakeLogisticsFixture.positive);
  const facts = parcelFacts(snapshot);
  const signals = (orderId: string) =>
    orderSignals(snapshot, facts, snapshot.names('order').find(orderId), usualWeights(snapshot, facts, 5), waybillUse(snapshot), rule).codes;

  it('sees every sign on an empty parcel', () => {
    expect(signals('ord-e0')).toEqual(['ROUTE_PICKUP_AND_SIGNOFF_ONLY', 'DELIVERED_WITHIN_HOURS', 'PARCEL_TOO_LIGHT', 'WAYBILL_REUSED', 'TOKEN_PRICE_EDIT']);
  });

  it('does not call a waybill used once reused', () => {
    expect(signals('ord-e4')).not.toContain('WAYBILL_REUSED');
  });

  it('sees none on an honest parcel', () => {
    expect(signals('ord-r3')).toEqual([]);
  });
});

describe('fake-logistics', () => {
  it('names the shop, the buyers, the empty-parcel orders and no honest order', () => {
    const { findings } = runDetectors(snapshotOf(fakeLogisticsFixture.positive), [fakeLogistics]);
    expect(findings).toHaveLength(1);
    const ids = findings[0]!.entities.map((e) => `${e.role}:${e.id}`);
    expect(ids).toContain('merchant:shop-empty');
    expect(ids.filter((id) => id.startsWith('order:'))).toHaveLength(5);
    expect(ids.filter((id) => id.startsWith('fake_buyer:'))).toEqual(['fake_buyer:fresh-0', 'fake_buyer:fresh-1', 'fake_buyer:fresh-2']);
    expect(ids.some((id) => id.includes('shopper'))).toBe(false);
  });

  it('names a shop with a single odd parcel only when configured to', () => {
    const { findings } = runDetectors(snapshotOf(fakeLogisticsFixture.negative), [fakeLogistics], { params: { 'fake-logistics': { minOrders: 1, minSignals: 2 } } });
    expect(findings.map((f) => f.entities[0]!.id)).toEqual(['shop-odd']);
  });
});
