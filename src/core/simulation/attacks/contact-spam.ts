// Contact diversion (引流): fake after-sales hotline shops repeating one 400 number, and reviews that push a WeChat or phone number.
import { categoryIndex } from '../catalog/categories.ts';
import { DAY, HOUR } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import { scaled } from '../options.ts';
import type { Account } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { hotlineDescription, hotlineNumber, hotlineTitle, spamReviewText, wechatHandle } from '../text/scheme-text.ts';
import { makeEvent } from '../timeline.ts';
import { patternBit, rowsFor } from '../truth.ts';
import type { World } from '../world.ts';
import { freshAccount, label, registeredBefore, type Attack } from './attack.ts';
import { purchase } from './purchase.ts';

type Post = { account: Account; day: number; handle: string; phone: string };

const BIT = patternBit('contact_spam');

export function contactSpam(world: World, rng: Rng): Attack {
  const options = world.options.attack.contact_spam;
  const posts: Post[] = [];
  const hotlines: string[] = [];

  /** A shop that sells nothing: every listing is a hotline page with the same number, keyword-stuffed with cities. */
  function spamShop(): void {
    const { population, clock, options: all } = world;
    const openedAt = clock.dayStart(rng.int(1, Math.max(1, Math.floor(all.days / 2)))) + rng.int(8 * HOUR, 20 * HOUR);
    const owner = freshAccount(world, { ...registeredBefore(rng, world, openedAt, 1, 20), rate: 0.01 }, 'contact_spam');
    const merchant = population.addMerchant({
      rank: population.merchants.length, weight: 0, openedAt, opensInSim: true, owner: owner.index, staff: -1,
      category: categoryIndex('appliances'), spam: true,
    });
    label(merchant, 'contact_spam');
    const phone = hotlineNumber(rng);
    hotlines.push(phone);
    for (let l = rng.between(options.listings); l > 0; l -= 1) {
      const title = hotlineTitle(rng, phone);
      const publishedAt = Math.min(clock.end - HOUR, openedAt + rng.int(HOUR, 2 * DAY));
      const item = population.addItem(merchant, { publishedAt, publishesInSim: true, weight: 0, title, description: hotlineDescription(rng, phone) });
      label(item, 'contact_spam');
    }
  }

  function post(p: Post): void {
    const { population, clock, timeline, ids } = world;
    const item = population.items[rng.pick(population.popularItems)]!;
    const t = shoppingTime(rng, clock, p.day);
    const text = spamReviewText(rng, p.handle, p.phone);
    if (rng.chance(options.camouflage)) {
      // Camouflage: buy something cheap first so the spam sits on a real order (the purchase itself is genuine).
      purchase(world, rng, {
        account: p.account, item, at: t, where: presence(rng, p.account), mask: 0, login: true,
        review: { rating: rng.pick([3, 4, 5]), text, mask: BIT, delay: rng.uniform(HOUR, 2 * DAY) },
      });
      return;
    }
    const reviewId = ids.next('review');
    timeline.at(t, makeEvent('review.posted', {
      reviewId, accountId: p.account.id, merchantId: population.merchants[item.merchant]!.id, itemId: item.id, rating: rng.pick([1, 3, 5]), text,
    }), rowsFor('review', reviewId, BIT));
  }

  return {
    plan() {
      const { clock, options: all } = world;
      const count = scaled(options.count, all.scale);
      for (let s = 0; s < count; s += 1) spamShop();
      if (hotlines.length === 0) return;
      for (let a = rng.between(options.accounts) * Math.max(1, Math.round(all.scale)); a > 0; a -= 1) {
        const firstDay = rng.int(1, Math.max(1, all.days - 2));
        const account = freshAccount(world, { ...registeredBefore(rng, world, clock.dayStart(firstDay), 0.2, 10), rate: 0.02 }, 'contact_spam');
        const handle = wechatHandle(rng);
        for (let r = rng.between(options.reviewsPerAccount); r > 0; r -= 1) {
          if (rng.chance(options.strength)) posts.push({ account, day: rng.int(firstDay, all.days - 1), handle, phone: rng.pick(hotlines) });
        }
      }
    },
    day(day) {
      for (const p of posts) if (p.day === day) post(p);
    },
  };
}
