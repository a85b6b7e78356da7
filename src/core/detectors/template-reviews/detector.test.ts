import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { templateReviews } from './detector.ts';
import { genuineBackground, honestLookAlikes, templateCampaign } from './testing/review-scenes.ts';

function detect(events: readonly ShoumenEvent[], params: Record<string, unknown> = {}) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [templateReviews], { params: { 'template-reviews': params } });
}

describe('template-reviews', () => {
  it('finds the paid campaign with its behaviour and nothing else', () => {
    const { findings, failures } = detect([...genuineBackground(), ...honestLookAlikes(), ...templateCampaign()]);
    expect(failures).toEqual([]);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding.entities[0]).toEqual({ type: 'merchant', id: 'shop-c', role: 'merchant' });
    expect(finding.entities.filter((e) => e.type === 'review').map((e) => e.id).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `tpl-review-${i}`).sort());
    expect(finding.reasons.map((r) => r.code)).toEqual(['NEAR_DUPLICATE_TEXT', 'MERCHANT_CONCENTRATION', 'SHORT_WINDOW', 'SHARED_PHOTOS', 'SAME_REVIEW_DELAY']);
    expect(finding.score).toBeGreaterThan(0.8);
  });

  it('leaves honest look-alikes alone: scattered common phrases, generic praise, one buyer repeating themself', () => {
    expect(detect([...genuineBackground(), ...honestLookAlikes()]).findings).toEqual([]);
  });

  it('does not call generic praise a template even when it is concentrated', () => {
    const praise = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`, type: 'review.posted' as const, ts: `2026-11-02T10:0${i}:00+08:00`, reviewId: `p${i}`, accountId: `a${i}`, merchantId: 'shop-c',
      itemId: 'i', rating: 5, text: '质量很好，发货很快，物美价廉，非常满意，五星好评',
    }));
    expect(detect([...genuineBackground(), ...praise]).findings).toEqual([]);
  });

  it('needs the concentration to be unlikely by chance: a stricter bound loses the campaign', () => {
    expect(detect([...genuineBackground(), ...templateCampaign()], { maxChance: 1e-60 }).findings).toEqual([]);
  });
});
