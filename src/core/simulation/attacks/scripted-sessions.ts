// Scripted task sessions (任务单): workers search one keyword, open one shop, dwell a fixed 5–7 minutes, then buy.
import { categories } from '../catalog/categories.ts';
import { HOUR } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { Account, Item, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, claimTargets, established, inWindow, label, type Attack, type Window } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Campaign = { merchant: Merchant; item: Item; keyword: string; window: Window; workers: Account[]; next: number };

const BIT = patternBit('scripted_sessions');

/** The task card's keyword: specific enough that the target ranks on the first page, so it rarely matches a real query. */
function taskKeyword(rng: Rng, item: Item): string {
  const category = categories[item.category]!;
  return `${rng.sample(category.modifiers, 3).join(' ')} ${item.noun}`;
}

export function scriptedSessions(world: World, rng: Rng): Attack {
  const options = world.options.attack.scripted_sessions;
  const campaigns: Campaign[] = [];

  function task(campaign: Campaign, day: number): void {
    const { population, clock } = world;
    // Workers take tasks in turn, so every recruited worker completes at least one when there are enough tasks.
    const account = campaign.workers[campaign.next % campaign.workers.length]!;
    campaign.next += 1;
    label(account, 'scripted_sessions');
    const browse: [Item, number][] = [];
    if (rng.chance(options.camouflage)) {
      for (let i = rng.int(1, 3); i > 0; i -= 1) {
        const other = population.drawItem(rng, campaign.item.category, clock.dayStart(day));
        if (other && other.merchant !== campaign.merchant.index) browse.push([other, rng.int(10, 45)]);
      }
    }
    const review = rng.chance(options.reviewRate) ? boughtReview(rng, BIT, 0.6, rng.logNormal(30 * HOUR, 0.5)) : undefined;
    purchase(world, rng, {
      account, item: campaign.item, at: shoppingTime(rng, clock, day), where: presence(rng, account), mask: BIT, login: true,
      keyword: campaign.keyword, browse, dwell: rng.between(options.dwellSeconds), ...(review ? { review } : {}),
    });
  }

  return {
    plan() {
      for (const merchant of claimTargets(world, rng, options.count, 'scripted_sessions')) {
        const item = world.population.items[merchant.items[0]!]!;
        const workers = world.population.claimAccounts(rng, rng.between(options.workers), (a) => established(world, 90)(a) && a.rate > 0.1);
        if (workers.length === 0) continue;
        const window = attackWindow(rng, world.options.days, options.days, 1);
        campaigns.push({ merchant, item, keyword: taskKeyword(rng, item), window, workers: rng.shuffle(workers), next: 0 });
      }
    },
    day(day) {
      for (const campaign of campaigns) {
        if (!inWindow(campaign.window, day)) continue;
        for (let n = rng.between(options.tasksPerDay); n > 0; n -= 1) task(campaign, day);
      }
    },
  };
}
