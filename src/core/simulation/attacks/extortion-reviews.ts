// Extortion reviewers (职业差评师): bursts of one-star reviews on small shops, a demand, a payment, then the review edited or deleted.
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { ExtraStep } from '../orders/order-plan.ts';
import { scaled } from '../options.ts';
import type { Account, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { editedToPraise, extortionDemand, extortionReplies, extortionReviewTexts, transferMemo } from '../text/scheme-text.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { established, label, type Attack } from './attack.ts';
import { purchase } from './purchase.ts';

type Hit = { account: Account; merchant: Merchant; orderDay: number; reviewAt: number };

const BIT = patternBit('extortion_reviews');

export function extortionReviews(world: World, rng: Rng): Attack {
  const options = world.options.attack.extortion_reviews;
  const hits: Hit[] = [];

  /** What follows the review: a demand; a payment from paying shops, then the review raised or removed. */
  function aftermath(merchant: Merchant): ExtraStep[] {
    const fen = rng.between(options.paymentFen);
    const demandAt = rng.uniform(HOUR, 8 * HOUR);
    const steps: ExtraStep[] = [{ anchor: 'review', delay: demandAt, extra: { kind: 'message', from: 'account', text: extortionDemand(rng, fen) } }];
    if (!rng.chance(options.strength)) {
      steps.push({ anchor: 'review', delay: demandAt + rng.uniform(30 * MINUTE, 6 * HOUR), extra: { kind: 'message', from: 'merchant', text: '您好，我们已向平台申诉，请理性评价' } });
      return steps;
    }
    const paidAt = demandAt + rng.uniform(30 * MINUTE, DAY);
    const from = rng.chance(0.7) ? { type: 'merchant' as const, id: merchant.id } : { type: 'account' as const, id: world.population.accounts[merchant.owner]!.id };
    steps.push(
      { anchor: 'review', delay: paidAt - rng.int(60, 1_800), extra: { kind: 'message', from: 'merchant', text: rng.pick(extortionReplies) } },
      { anchor: 'review', delay: paidAt, extra: { kind: 'transfer', from, amount: fen, channel: rng.pick(['alipay', 'wechat_pay']), memo: transferMemo(rng, 'extortion') } },
    );
    const settleAt = paidAt + rng.uniform(10 * MINUTE, 8 * HOUR);
    steps.push(rng.chance(options.editShare)
      ? { anchor: 'review', delay: settleAt, extra: { kind: 'review.edited', rating: 5, text: rng.pick(editedToPraise) } }
      : { anchor: 'review', delay: settleAt, extra: { kind: 'review.deleted', by: 'author' } });
    return steps;
  }

  /** Mostly scripted one-star rants; camouflage is a two-star review in ordinary complaint words. */
  function harshReview(): { rating: number; text?: string } {
    return rng.chance(options.camouflage) ? { rating: 2 } : { rating: 1, text: rng.pick(extortionReviewTexts) };
  }

  return {
    plan() {
      const { population, clock, options: all } = world;
      const count = scaled(options.count, all.scale);
      const reviewers = population.claimAccounts(rng, count, (a) => established(world, 180)(a) && a.rate > 0.15);
      for (const account of reviewers) {
        label(account, 'extortion_reviews');
        // Orders go in about a week ahead so that every parcel has arrived when the burst starts.
        const burstDay = Math.max(0, Math.min(all.days - 2, rng.int(7, Math.max(7, all.days - 3))));
        const burstDays = rng.between(options.burstDays);
        for (let s = rng.between(options.shops); s > 0; s -= 1) {
          const merchant = population.claimMerchant(rng, ['small']);
          if (!merchant) break;
          const reviewDay = Math.min(all.days - 1, burstDay + rng.int(0, burstDays - 1));
          hits.push({ account, merchant, orderDay: Math.max(0, burstDay - rng.int(6, 7)), reviewAt: shoppingTime(rng, clock, reviewDay) });
        }
      }
    },
    day(day) {
      const { population, clock } = world;
      for (const hit of hits) {
        if (hit.orderDay !== day) continue;
        const item = population.items[rng.pick(hit.merchant.items)]!;
        const cheapest = hit.merchant.items.map((i) => population.items[i]!).reduce((a, b) => (b.price < a.price ? b : a), item);
        purchase(world, rng, {
          account: hit.account, item: cheapest, at: shoppingTime(rng, clock, day), where: presence(rng, hit.account), mask: BIT, login: true,
          dwell: rng.int(15, 90),
          review: { ...harshReview(), mask: BIT, photos: rng.chance(0.4) ? rng.int(1, 3) : 0, at: hit.reviewAt },
          extras: aftermath(hit.merchant),
        });
      }
    },
  };
}
