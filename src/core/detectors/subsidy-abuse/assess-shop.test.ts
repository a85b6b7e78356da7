import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { analyseSubsidies } from './analyse-subsidies.ts';
import { subsidyAbuse } from './detector.ts';
import { stagedSubsidies, subsidyAbuseFixture } from './fixture.ts';
import { SubsidyParams } from './params.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

const assessment = (events: readonly ShoumenEvent[], shop: string, params = {}) => {
  const snapshot = snapshotOf(events);
  const id = snapshot.names('merchant').find(shop);
  return analyseSubsidies(snapshot, SubsidyParams.parse(params)).assessments.find((a) => a.shop.merchant === id)!;
};

describe('assessShop', () => {
  it('sees the money and every corroborating sign on the staged shop', () => {
    const a = assessment(stagedSubsidies('op-lin', 2), 'shop-kin');
    expect(a.abused).toBe(true);
    expect(a.shop.highShareRows).toHaveLength(6);
    expect(a.signs).toEqual(['REPEAT_SUBSIDISED_BUYERS', 'BUYERS_LINKED_TO_SHOP', 'SUBSIDY_INTENSITY', 'LUMP_SUM_GRANTS', 'APPROVER_OVERRIDES', 'NARROW_CAMPAIGN']);
    expect([...a.linked.values()].flat()).toEqual(['LINKED_RECORD', 'LINKED_RECORD', 'LINKED_RECORD']);
  });

  it('passes an honest promotion: a few percent, many shops, nothing linked', () => {
    const a = assessment(subsidyAbuseFixture.negative, 'shop-p1');
    expect(a.abused).toBe(false);
    expect(a.shop.highShareRows).toEqual([]);
    expect(a.signs).toEqual([]);
  });

  it('keeps the shop unnamed when it has fewer corroborating signs than required', () => {
    const a = assessment(stagedSubsidies('op-lin', 0), 'shop-kin', { minCorroborating: 6 });
    expect(a.signs).toHaveLength(5);
    expect(a.abused).toBe(false);
  });
});

describe('subsidy-abuse', () => {
  it('names the shop, its subsidised relatives and orders, and the approver, not the promotion shops', () => {
    const { findings } = runDetectors(snapshotOf(subsidyAbuseFixture.positive), [subsidyAbuse]);
    expect(findings).toHaveLength(1);
    const roles = findings[0]!.entities.map((e) => `${e.role}:${e.id}`);
    expect(roles.filter((r) => r.startsWith('colluder:'))).toEqual(['colluder:relative-1', 'colluder:relative-2', 'colluder:relative-3']);
    expect(roles).toContain('approver:op-lin');
    expect(roles.some((r) => r.includes('shop-p'))).toBe(false);
  });
});
