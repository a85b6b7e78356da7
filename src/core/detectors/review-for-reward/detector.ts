// review_for_reward: five-star reviews paid for by the shop or its linked accounts, and shops that offer money for reviews.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { collectLures } from './collect-lures.ts';
import { describeScheme } from './describe-scheme.ts';
import { merchantLinks } from './merchant-links.ts';
import { findRecruits } from './recruits.ts';
import { findRewards, type Reward } from './rewarded-reviews.ts';

const Params = z.strictObject({
  /** How long after a five-star review a payment still counts as its reward. */
  maxHoursAfterReview: z.number().positive().default(72),
  /** A payment of at least this share of the order's price returns the principal. */
  principalShare: z.number().min(0.5).max(2).default(1),
  /** Paid five-star reviews that make a finding on their own, with no lure, memo or principal behind them. */
  minRewardsAlone: z.int().min(1).default(3),
  /** Lures that make a finding without any payment seen. */
  minLuresAlone: z.int().min(1).default(2),
  /** Identifiers shared by more accounts than this do not link an account to a shop. */
  maxSharers: z.int().min(2).default(5),
  /** How soon after a 用户体验官 invitation an order at the inviting shop counts as answering it. */
  maxDaysAfterInvitation: z.number().positive().default(3),
});

export const reviewForReward = defineDetector({
  name: 'review-for-reward',
  version: '1.0.0',
  kinds: ['review_for_reward'],
  params: Params,
  run(snapshot, params) {
    const rewards = findRewards(snapshot, merchantLinks(snapshot, params.maxSharers), params);
    const lures = collectLures(snapshot);
    const rewardsOf = new Map<number, Reward[]>();
    for (const reward of rewards) {
      const list = rewardsOf.get(reward.merchant);
      if (list) list.push(reward);
      else rewardsOf.set(reward.merchant, [reward]);
    }
    const drafts: FindingDraft[] = [];
    for (const merchant of new Set([...rewardsOf.keys(), ...lures.keys()])) {
      const paid = rewardsOf.get(merchant) ?? [];
      const texts = lures.get(merchant) ?? [];
      const offers = texts.filter((l) => !l.claim).length;
      // Buyers return goods after praising them for honest reasons too (七天无理由): a refund only supports other evidence.
      const transfers = paid.filter((r) => r.transferRow >= 0);
      const corroborated = texts.length > 0 || transfers.some((r) => r.principal || r.memoPhrases.length > 0);
      const enough = (transfers.length > 0 && corroborated) || transfers.length >= params.minRewardsAlone || offers >= params.minLuresAlone;
      if (enough) {
        const recruits = findRecruits(snapshot, texts, params.maxDaysAfterInvitation);
        drafts.push(describeScheme(snapshot, merchant, { rewards: paid, lures: texts, recruits }, params.maxHoursAfterReview));
      }
    }
    return ok(drafts);
  },
});
