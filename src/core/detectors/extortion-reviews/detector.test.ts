import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { extortionReviews } from './detector.ts';
import { extortionCampaign, unhappyBuyers } from './testing/extortion-scenes.ts';

function detect(events: readonly ShoumenEvent[], params: Record<string, unknown> = {}) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [extortionReviews], { params: { 'extortion-reviews': params } });
}

describe('extortion-reviews', () => {
  it('finds the professional negative reviewer, names the shops as victims, and follows the money', () => {
    const { findings } = detect([...extortionCampaign(), ...unhappyBuyers()]);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding.entities[0]).toEqual({ type: 'account', id: 'pro-critic', role: 'extortionist' });
    expect(finding.entities.filter((e) => e.type === 'review')).toHaveLength(6);
    expect(finding.entities.filter((e) => e.type === 'order')).toHaveLength(6);
    expect(finding.entities.filter((e) => e.type === 'merchant').every((e) => e.role === 'victim')).toBe(true);
    expect(finding.reasons.map((r) => r.code)).toEqual(['LOW_RATING_BURST', 'DEMANDS_AFTER_REVIEW', 'PAID_BY_SHOPS', 'REVIEW_RAISED_OR_REMOVED']);
    expect(finding.evidence.metrics).toMatchObject({ paidShops: 3, demands: 4, raisedOrRemoved: 3, paidYuan: 600 });
    expect(finding.score).toBeGreaterThan(0.9);
  });

  it('leaves unhappy buyers alone: one compensated complaint, a bad week on three shops, low ratings spread over months', () => {
    expect(detect(unhappyBuyers()).findings).toEqual([]);
  });

  it('needs the burst to cover enough shops', () => {
    expect(detect(extortionCampaign(), { minShops: 7 }).findings).toEqual([]);
  });
});
