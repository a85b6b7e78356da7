// Subsidy abuse with an insider: one operator approves large subsidies for a few shops' staged orders and overrides their alerts.
import { categories } from '../catalog/categories.ts';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { officeTime, shoppingTime } from '../normal/rhythm.ts';
import type { ExtraStep } from '../orders/order-plan.ts';
import type { Account, Merchant, Operator } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { searchKeyword } from '../text/listing-text.ts';
import { overrideDetails } from '../text/scheme-text.ts';
import { makeEvent } from '../timeline.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, freshAccount, inWindow, label, registeredBefore, type Attack, type Window } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Staged = { account: Account; day: number; merchant: Merchant };

const BIT = patternBit('subsidy_abuse');

export function subsidyAbuse(world: World, rng: Rng): Attack {
  const options = world.options.attack.subsidy_abuse;
  let insider: Operator | undefined;
  let campaignId = '';
  let window: Window = { first: 0, last: 0 };
  const merchants: Merchant[] = [];
  const staged: Staged[] = [];
  const grantDays: [Merchant, number][] = [];
  const overrideDays: [Merchant, number][] = [];

  /** Colluders share the owner's address, and some pay with the owner's card: the buyer–shop link the platform can see. */
  function colluder(merchant: Merchant): Account {
    const { population } = world;
    const owner = population.accounts[merchant.owner]!;
    const shared = !rng.chance(options.camouflage);
    const spec = { ...registeredBefore(rng, world, world.clock.start, 10, 120), rate: rng.uniform(0.02, 0.2), ...(shared ? { address: owner.address, region: owner.region } : {}) };
    const account = freshAccount(world, { ...spec, registersInSim: false }, 'subsidy_abuse');
    if (shared) population.addHousehold(owner.index, account.index);
    return account;
  }

  function stagedOrder(order: Staged): void {
    const { population, clock } = world;
    const items = order.merchant.items.map((i) => population.items[i]!).sort((a, b) => b.price - a.price);
    const item = items[rng.int(0, Math.min(2, items.length - 1))]!;
    const owner = population.accounts[order.merchant.owner]!;
    const at = shoppingTime(rng, clock, order.day);
    const paid = item.price;
    const extras: ExtraStep[] = [];
    if (rng.chance(0.4)) {
      extras.push({ anchor: 'paid', delay: rng.uniform(10 * MINUTE, 6 * HOUR), extra: { kind: 'operator.action', operatorId: insider!.id, action: 'alert.overridden', detail: rng.pick(overrideDetails) } });
    }
    purchase(world, rng, {
      account: order.account, item, at, where: presence(rng, order.account), mask: BIT, login: true,
      keyword: searchKeyword(rng, categories[item.category]!, item.noun), dwell: rng.int(15, 90), extras,
      order: {
        subsidy: { campaignId, approvedBy: insider!.id, amount: Math.round(paid * rng.uniform(options.strength.min, options.strength.max)) },
        ...(rng.chance(0.4) ? { payment: owner.payment } : {}),
        ...(rng.chance(0.3) ? { refund: { delay: rng.uniform(3 * DAY, 10 * DAY), share: 1, reason: '不想要了' } } : {}),
      },
      ...(rng.chance(0.3) ? { review: boughtReview(rng, BIT, 0.2, rng.uniform(6 * HOUR, 3 * DAY)) } : {}),
    });
  }

  return {
    plan() {
      const { population, options: all, ids } = world;
      const [operator] = rng.sample(population.operators, 1);
      if (!operator) return;
      insider = operator;
      label(insider, 'insider_collusion');
      campaignId = ids.next('campaign');
      window = attackWindow(rng, all.days, options.windowDays, 1, 2);
      for (let m = rng.between(options.merchants); m > 0; m -= 1) {
        const merchant = population.claimMerchant(rng, ['mid', 'small']);
        if (!merchant) break;
        label(merchant, 'subsidy_abuse');
        label(merchant, 'insider_collusion');
        merchants.push(merchant);
        for (let c = rng.between(options.colluders); c > 0; c -= 1) {
          const account = colluder(merchant);
          for (let o = rng.between(options.ordersPerColluder); o > 0; o -= 1) staged.push({ account, day: rng.int(window.first, window.last), merchant });
        }
        for (let g = rng.between(options.merchantGrants); g > 0; g -= 1) grantDays.push([merchant, rng.int(window.first, window.last)]);
        for (let o = rng.between(options.overrides); o > 0; o -= 1) overrideDays.push([merchant, rng.int(window.first, window.last)]);
      }
    },
    day(day) {
      const { clock, timeline, ids } = world;
      if (!insider || !inWindow(window, day)) return;
      if (day === window.first) {
        for (const merchant of merchants) {
          timeline.at(officeTime(rng, clock, day), makeEvent('operator.action', {
            operatorId: insider.id, action: 'campaign.approved', target: { type: 'merchant', id: merchant.id }, detail: `${campaignId}: 新商家扶持补贴`,
          }));
        }
      }
      for (const order of staged) if (order.day === day) stagedOrder(order);
      for (const [merchant, d] of grantDays) {
        if (d !== day) continue;
        timeline.at(officeTime(rng, clock, day), makeEvent('subsidy.granted', {
          subsidyId: ids.next('subsidy'), campaignId, amount: rng.between(options.grantFen), merchantId: merchant.id, approvedBy: insider.id,
        }));
      }
      for (const [merchant, d] of overrideDays) {
        if (d !== day) continue;
        timeline.at(officeTime(rng, clock, day), makeEvent('operator.action', {
          operatorId: insider.id, action: 'alert.overridden', target: { type: 'merchant', id: merchant.id }, detail: rng.pick(overrideDetails),
        }));
      }
    },
  };
}
