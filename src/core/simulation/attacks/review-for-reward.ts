// Reviews for reward (好评返现, 用户体验官): cashback lures on genuine orders and recruited buyers refunded outside the order.
import { categories } from '../catalog/categories.ts';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { emitChat, presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { OrderPlan } from '../orders/order-plan.ts';
import type { Account, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { searchKeyword } from '../text/listing-text.ts';
import { cashbackClaims, cashbackLure, officerRecruitment, officerReplies, transferMemo } from '../text/scheme-text.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { claimTargets, established, label, type Attack } from './attack.ts';
import { purchase } from './purchase.ts';

type Officer = { account: Account; day: number };
type Scheme = { merchant: Merchant; payer: Account; officers: Officer[] };

const BIT = patternBit('review_for_reward');

export function reviewForReward(world: World, rng: Rng): Attack {
  const options = world.options.attack.review_for_reward;
  const schemes: Scheme[] = [];

  /** The shop's hook on genuine orders: a lure after delivery; buyers who comply post five stars and get paid. */
  function lure(scheme: Scheme, plan: OrderPlan, hookRng: Rng): void {
    if (plan.cancel || plan.refund || !hookRng.chance(options.cardShare)) return;
    const cashback = hookRng.between(options.cashbackFen);
    const lureDelay = hookRng.uniform(HOUR, 6 * HOUR);
    plan.extras = [...(plan.extras ?? [])];
    // Camouflage: a printed card in the parcel leaves no chat trace; only the review and the payment show.
    if (!hookRng.chance(options.camouflage)) {
      plan.extras.push({ anchor: 'delivered', delay: lureDelay, extra: { kind: 'message', from: 'merchant', text: cashbackLure(hookRng, cashback) } });
    }
    if (!hookRng.chance(options.strength)) return;
    plan.review = { rating: 5, mask: BIT, photos: hookRng.int(1, 3), delay: lureDelay + hookRng.uniform(HOUR, 36 * HOUR), likes: hookRng.geometric(0.6, 5) };
    const paidAfter = hookRng.uniform(10 * MINUTE, 12 * HOUR);
    plan.extras.push(
      { anchor: 'review', delay: hookRng.uniform(2 * MINUTE, 30 * MINUTE), extra: { kind: 'message', from: 'account', text: hookRng.pick(cashbackClaims) } },
      {
        anchor: 'review', delay: paidAfter,
        extra: { kind: 'transfer', from: { type: 'account', id: scheme.payer.id }, amount: cashback, channel: hookRng.pick(['red_packet', 'alipay', 'wechat_pay']), memo: transferMemo(hookRng, 'cashback') },
      },
    );
  }

  /** A recruited 体验官: a full-price order, five stars with photos, then principal plus commission from the shop's account. */
  function officerOrder(scheme: Scheme, officer: Officer): void {
    const { population, clock } = world;
    const at = shoppingTime(rng, clock, officer.day);
    const merchantId = scheme.merchant.id;
    emitChat(world, officer.account, merchantId, Math.max(clock.dayStart(officer.day), at - rng.int(HOUR, 4 * HOUR)), 'merchant', officerRecruitment(rng));
    const item = population.items[rng.pick(scheme.merchant.items)]!;
    const commission = rng.between(options.commissionFen);
    purchase(world, rng, {
      account: officer.account, item, at, where: presence(rng, officer.account), mask: BIT, login: true,
      keyword: searchKeyword(rng, categories[item.category]!, item.noun), dwell: rng.int(20, 120),
      review: { rating: 5, mask: BIT, photos: rng.int(2, 4), delay: rng.uniform(6 * HOUR, 30 * HOUR), likes: rng.geometric(0.5, 6) },
      extras: [
        { anchor: 'review', delay: rng.uniform(5 * MINUTE, HOUR), extra: { kind: 'message', from: 'account', text: rng.pick(officerReplies) } },
        {
          anchor: 'review', delay: rng.uniform(HOUR, DAY),
          extra: { kind: 'transfer', from: { type: 'account', id: scheme.payer.id }, amount: 'paid', plus: commission, channel: rng.pick(['alipay', 'wechat_pay', 'bank']), memo: transferMemo(rng, 'officer') },
        },
      ],
    });
  }

  return {
    plan() {
      const { population, options: all } = world;
      // Cashback cards are common among big shops too, so a few schemes may run on a top shop.
      const targets = claimTargets(world, rng, options.count, 'review_for_reward', ['top', 'mid', 'small'], (m) => population.tierOf(m) !== 'top' || rng.chance(0.3));
      for (const merchant of targets) {
        const payer = population.accounts[merchant.staff >= 0 ? merchant.staff : merchant.owner]!;
        label(payer, 'review_for_reward');
        const recruits = population.claimAccounts(rng, rng.between(options.officers), (a) => established(world, 60)(a) && a.rate < 2);
        const officers = recruits.map((account) => {
          label(account, 'review_for_reward');
          return { account, day: rng.int(0, Math.max(0, all.days - 3)) };
        });
        const scheme = { merchant, payer, officers };
        schemes.push(scheme);
        world.hooks.set(merchant.index, (plan, hookRng) => lure(scheme, plan, hookRng));
      }
    },
    day(day) {
      for (const scheme of schemes) for (const officer of scheme.officers) if (officer.day === day) officerOrder(scheme, officer);
    },
  };
}
