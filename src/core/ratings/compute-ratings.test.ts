import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../events/event.ts';
import { severityOf, type Finding } from '../findings/finding.ts';
import { SnapshotBuilder } from '../snapshot/snapshot-builder.ts';
import { at } from '../detectors/testing/event-factory.ts';
import { computeRatings } from './compute-ratings.ts';
import { RatingConfig } from './rating-types.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

function finding(id: string, score: number, entities: Finding['entities'], kind: Finding['kind'] = 'template_reviews'): Finding {
  return {
    id, kind, score, severity: severityOf(score), summary: `finding ${id}`, summaryZh: `发现 ${id}`, entities,
    window: { from: '2026-11-02T09:00:00+08:00', to: '2026-11-02T10:00:00+08:00' },
    reasons: [{ code: 'X', message: 'x', messageZh: 'x' }], evidence: { eventIds: [], metrics: {} }, detector: 'test@1.0.0',
  };
}

const review = (minutes: number, id: string, account: string, rating: number, order?: string) => [
  ...(order ? [at(minutes - 1, 'order.placed', { orderId: order, accountId: account, merchantId: 'shop', itemId: 'item', quantity: 1, amount: 100 })] : []),
  at(minutes, 'review.posted', { reviewId: id, accountId: account, merchantId: 'shop', itemId: 'item', rating, text: '还行', ...(order ? { orderId: order } : {}) }),
];

describe('computeRatings', () => {
  const events = [
    ...review(10, 'honest-1', 'a1', 4, 'o1'),
    ...review(20, 'honest-2', 'a2', 3, 'o2'),
    ...review(30, 'fake-1', 'farm-1', 5, 'o3'),
    ...review(40, 'fake-2', 'farm-2', 5, 'o4'),
    ...review(50, 'shady', 'a5', 5, 'o5'),
    ...review(60, 'extorted', 'critic', 1, 'o6'),
    ...review(70, 'gone', 'a7', 1, 'o7'),
    at(80, 'review.deleted', { reviewId: 'gone', by: 'author' }),
    at(90, 'review.edited', { reviewId: 'extorted', rating: 5 }),
  ];
  const findings = [
    finding('f-template', 0.9, [{ type: 'merchant', id: 'shop', role: 'merchant' }, { type: 'review', id: 'fake-1', role: 'review' }, { type: 'order', id: 'o4', role: 'order' }]),
    finding('f-author', 0.6, [{ type: 'account', id: 'a5', role: 'reviewer' }], 'account_farm'),
    finding('f-extortion', 0.95, [{ type: 'account', id: 'critic', role: 'extortionist' }, { type: 'review', id: 'extorted', role: 'review' }, { type: 'merchant', id: 'shop', role: 'victim' }], 'extortion_reviews'),
  ];
  const result = computeRatings(snapshotOf(events), findings);
  const byId = new Map(result.reviews.map((r) => [r.reviewId, r]));

  it('scores every review from the findings naming it, its order or its author', () => {
    expect(result.reviews).toHaveLength(7);
    expect(byId.get('honest-1')).toMatchObject({ score: 0, treatment: 'counted', weight: 1, reasons: [] });
    expect(byId.get('fake-1')).toMatchObject({ score: 0.9, treatment: 'left_out', weight: 0 });
    expect(byId.get('fake-1')!.reasons[0]).toMatchObject({ code: 'REVIEW_IN_FINDING', findingId: 'f-template', kind: 'template_reviews' });
    expect(byId.get('fake-2')!.reasons[0]).toMatchObject({ code: 'ORDER_IN_FINDING', contribution: 0.9 });
    // The author's finding counts at 0.6 of its score: 0.36, so the review is down-weighted, not left out.
    expect(byId.get('shady')).toMatchObject({ score: 0.36, treatment: 'down_weighted', weight: 0.64 });
    expect(byId.get('gone')).toMatchObject({ treatment: 'deleted', weight: 0 });
    expect(byId.get('extorted')).toMatchObject({ rating: 5, postedRating: 1, treatment: 'left_out' });
  });

  it('caps what findings against the author alone can do: down-weighted, never left out', () => {
    const piled = [1, 2, 3].map((i) => finding(`author-${i}`, 0.99, [{ type: 'account', id: 'a1', role: 'worker' }], 'scripted_sessions'));
    const honest = computeRatings(snapshotOf(events), piled).reviews.find((r) => r.reviewId === 'honest-1')!;
    expect(honest.score).toBeCloseTo(0.6, 6);
    expect(honest.treatment).toBe('down_weighted');
    expect(honest.reasons.every((r) => r.code === 'AUTHOR_IN_FINDING')).toBe(true);
  });

  it('does not accuse roles the fusion weighs at zero', () => {
    const spike = finding('spike', 0.9, [{ type: 'account', id: 'a2', role: 'spike_buyer' }], 'sales_spike');
    expect(computeRatings(snapshotOf(events), [spike]).reviews.find((r) => r.reviewId === 'honest-2')?.score).toBe(0);
  });

  it('never accuses the victim shop of an extortion finding', () => {
    expect(result.reviews.every((r) => r.reasons.every((reason) => reason.findingId !== 'f-extortion' || r.reviewId === 'extorted'))).toBe(true);
  });

  it('gives the item and merchant a raw mean, a trusted mean and the counts behind it', () => {
    const shop = result.merchants.find((m) => m.subjectId === 'shop')!;
    // Visible: 4, 3, 5, 5, 5 (shady), 5 (extorted, edited); raw mean 27 / 6 = 4.5.
    expect(shop).toMatchObject({ reviews: 6, rawMean: 4.5, leftOut: 3, downWeighted: 1, rawHistogram: [0, 0, 1, 1, 4] });
    // Trusted: 4 × 1 + 3 × 1 + 5 × 0.64 over weight 2.64.
    expect(shop.trustedMean).toBeCloseTo((4 + 3 + 5 * 0.64) / 2.64, 3);
    expect(result.items).toEqual([{ ...shop, subjectType: 'item', subjectId: 'item' }]);
  });

  it('keeps the trusted mean within the stars and equal to the raw mean when nothing is suspected (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat({ max: 29 })), (ratings, fakes) => {
        const evs = ratings.flatMap((r, i) => review(i * 10 + 5, `r${i}`, `a${i}`, r, `o${i}`));
        const accused = [...new Set(fakes.filter((i) => i < ratings.length))].map((i) => finding(`f${i}`, 0.8, [{ type: 'review', id: `r${i}` }]));
        const [clean] = computeRatings(snapshotOf(evs), []).merchants;
        expect(clean!.trustedMean).toBe(clean!.rawMean);
        const [rated] = computeRatings(snapshotOf(evs), accused).merchants;
        expect(rated!.leftOut).toBe(accused.length);
        if (rated!.trustedMean !== null) {
          expect(rated!.trustedMean).toBeGreaterThanOrEqual(1);
          expect(rated!.trustedMean).toBeLessThanOrEqual(5);
        } else expect(accused.length).toBe(ratings.length);
      }),
    );
  });

  it('leaves out a review a confirmed case hid, keeping its fraud score, and ignores the action on a deleted review', () => {
    const acted = computeRatings(snapshotOf(events), findings, undefined, undefined, new Set(['honest-2', 'gone']));
    const hidden = acted.reviews.find((r) => r.reviewId === 'honest-2')!;
    expect(hidden).toMatchObject({ score: 0, treatment: 'left_out', weight: 0, reasons: [{ code: 'HIDDEN_BY_ACTION' }] });
    expect(acted.reviews.find((r) => r.reviewId === 'gone')).toMatchObject({ treatment: 'deleted', reasons: [] });
    const shop = acted.merchants.find((m) => m.subjectId === 'shop')!;
    expect(shop).toMatchObject({ reviews: 6, leftOut: 4, downWeighted: 1 });
    expect(shop.trustedMean).toBeCloseTo((4 + 5 * 0.64) / 1.64, 3);
  });

  it('takes its thresholds from the configuration', () => {
    const strict = computeRatings(snapshotOf(events), findings, RatingConfig.parse({ leaveOutAt: 0.3 }));
    expect(strict.reviews.find((r) => r.reviewId === 'shady')?.treatment).toBe('left_out');
  });
});
