// extortion_reviews (职业差评师): bursts of low ratings on many shops, then demands, payments from the shops and the reviews raised or removed.
import { z } from 'zod';
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import { ok } from '../../result.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { merchantLinks } from '../review-for-reward/merchant-links.ts';
import { aftermathOf, type Aftermath } from './aftermath.ts';
import { findBursts, type Burst } from './burst-reviews.ts';

const Params = z.strictObject({
  /** Ratings at or below this are "low" (two stars is the camouflaged form). */
  maxRating: z.int().min(1).max(3).default(2),
  burstDays: z.number().positive().default(4),
  /** Distinct shops with a low rating from one account within `burstDays`. */
  minShops: z.int().min(2).default(4),
  /** How long after a review a demand, a payment or a change still belongs to it. */
  maxDaysAfter: z.number().positive().default(10),
  maxSharers: z.int().min(2).default(5),
});
type Params = z.infer<typeof Params>;

export function extortionScore(burst: Burst, after: readonly Aftermath[], params: Params): number {
  const count = (pick: (a: Aftermath) => number[]) => after.filter((a) => pick(a).length > 0).length;
  const [demanded, paid, settled] = [count((a) => a.demands), count((a) => a.payments), count((a) => a.settled)];
  let score = 0.45 + Math.min(0.15, 0.05 * (burst.peakShops - params.minShops));
  if (demanded > 0) score += demanded >= 3 ? 0.2 : 0.15;
  if (paid > 0) score += 0.15 + Math.min(0.1, 0.05 * Math.log2(paid));
  if (settled > 0) score += 0.1;
  return Math.min(0.99, score);
}

function reasonsFor(burst: Burst, after: readonly Aftermath[], params: Params): Reason[] {
  const with_ = (pick: (a: Aftermath) => number[]) => after.filter((a) => pick(a).length > 0).length;
  const reasons: Reason[] = [{
    code: 'LOW_RATING_BURST',
    message: `${burst.rows.length} reviews of ${params.maxRating} stars or fewer, on up to ${burst.peakShops} different shops within ${params.burstDays} days`,
    messageZh: `${params.burstDays} 天内在最多 ${burst.peakShops} 家不同店铺发布 ${burst.rows.length} 条 ${params.maxRating} 星及以下评价`,
    value: burst.peakShops,
    threshold: params.minShops,
  }];
  const demanded = with_((a) => a.demands);
  if (demanded > 0) reasons.push({ code: 'DEMANDS_AFTER_REVIEW', message: `Demanded money or threatened ${demanded} shops after reviewing them`, messageZh: `差评后向 ${demanded} 家店铺索要钱财或威胁投诉曝光`, value: demanded });
  const paid = with_((a) => a.payments);
  if (paid > 0) {
    const yuan = after.reduce((sum, a) => sum + a.paid, 0) / 100;
    reasons.push({ code: 'PAID_BY_SHOPS', message: `${paid} shops (or their accounts) paid the reviewer ${yuan.toFixed(2)} yuan after the review`, messageZh: `${paid} 家店铺（或其关联账号）在差评后向其付款共 ${yuan.toFixed(2)} 元`, value: paid });
  }
  const settled = with_((a) => a.settled);
  if (settled > 0) reasons.push({ code: 'REVIEW_RAISED_OR_REMOVED', message: `${settled} of the reviews were then raised or deleted by the author`, messageZh: `其中 ${settled} 条评价随后被作者改为好评或删除`, value: settled });
  return reasons;
}

function describe(snapshot: Snapshot, burst: Burst, after: readonly Aftermath[], params: Params): FindingDraft {
  const posted = snapshot.table('review.posted');
  const account = snapshot.names('account').name(burst.account);
  const shops = [...new Set(burst.rows.map((row) => posted.columns.merchantId[row]!))];
  const entities: FindingEntity[] = [
    { type: 'account', id: account, role: 'extortionist' },
    ...burst.rows.map((row) => ({ type: 'review' as const, id: snapshot.names('review').name(posted.columns.reviewId[row]!), role: 'review' })),
    ...burst.rows.flatMap((row) => (posted.columns.orderId[row]! >= 0 ? [{ type: 'order' as const, id: snapshot.names('order').name(posted.columns.orderId[row]!), role: 'order' }] : [])),
    // The shops are the victims: named so an analyst can reach them, weighted zero in scores.
    ...shops.map((m) => ({ type: 'merchant' as const, id: snapshot.names('merchant').name(m), role: 'victim' })),
  ];
  const events = [...burst.rows.map((row) => posted.event[row]!), ...after.flatMap((a) => [...a.demands, ...a.payments, ...a.settled])];
  const paidShops = after.filter((a) => a.payments.length > 0).length;
  return {
    kind: 'extortion_reviews',
    score: extortionScore(burst, after, params),
    summary: `Account ${account}: low ratings on ${shops.length} shops in a burst${paidShops ? `, then paid by ${paidShops} of them` : ''}`,
    summaryZh: `账号 ${account}：集中给 ${shops.length} 家店铺差评${paidShops ? `，随后收到其中 ${paidShops} 家的付款` : ''}`,
    entities: [...new Map(entities.map((e) => [`${e.type}:${e.id}`, e])).values()],
    window: { from: posted.ts[burst.rows[0]!]!, to: posted.ts[burst.rows[burst.rows.length - 1]!]! },
    reasons: reasonsFor(burst, after, params),
    evidence: {
      eventIds: [...new Set(events)].sort((a, b) => a - b).map((e) => snapshot.eventId(e)),
      metrics: {
        lowReviews: burst.rows.length,
        shops: shops.length,
        peakShops: burst.peakShops,
        demands: after.filter((a) => a.demands.length > 0).length,
        paidShops,
        paidYuan: Number((after.reduce((sum, a) => sum + a.paid, 0) / 100).toFixed(2)),
        raisedOrRemoved: after.filter((a) => a.settled.length > 0).length,
      },
    },
  };
}

export const extortionReviews = defineDetector({
  name: 'extortion-reviews',
  version: '1.0.0',
  kinds: ['extortion_reviews'],
  params: Params,
  run(snapshot, params) {
    const bursts = findBursts(snapshot, params.maxRating, params.burstDays, params.minShops);
    if (bursts.length === 0) return ok([]);
    const links = merchantLinks(snapshot, params.maxSharers);
    const drafts: FindingDraft[] = [];
    for (const burst of bursts) {
      const after = aftermathOf(snapshot, burst.rows, links, params.maxDaysAfter);
      // A burst alone can be an honestly bad week; it takes a demand or a payment to make it extortion.
      if (after.some((a) => a.demands.length > 0 || a.payments.length > 0)) drafts.push(describe(snapshot, burst, after, params));
    }
    return ok(drafts);
  },
});
