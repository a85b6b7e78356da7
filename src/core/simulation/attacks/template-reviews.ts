// Template reviews (模板好评): bought accounts post near-duplicate praise with reused photos, a fixed time after delivery.
import { HOUR, MINUTE } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { Account, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { reviewTemplates, templateVariant } from '../text/scheme-text.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, claimTargets, freshAccount, registeredBefore, type Attack } from './attack.ts';
import { purchase } from './purchase.ts';

type Job = { account: Account; day: number };
type Campaign = { merchant: Merchant; templates: string[]; photos: string[]; jobs: Job[] };

const BIT = patternBit('template_reviews');

export function templateReviews(world: World, rng: Rng): Attack {
  const options = world.options.attack.template_reviews;
  const campaigns: Campaign[] = [];

  function review(campaign: Campaign) {
    const jitter = options.delayJitterMinutes * MINUTE;
    const photos = rng.chance(options.strength) ? rng.sample(campaign.photos, rng.int(1, Math.min(3, campaign.photos.length))) : [];
    return {
      rating: 5, mask: BIT, text: templateVariant(rng, rng.pick(campaign.templates)), photos,
      delay: options.reviewDelayHours * HOUR + rng.uniform(-jitter, jitter), likes: rng.geometric(0.5, 8),
    };
  }

  return {
    plan() {
      for (const merchant of claimTargets(world, rng, options.count, 'template_reviews')) {
        const window = attackWindow(rng, world.options.days, options.windowDays, 1, 4);
        const firstUse = world.clock.dayStart(window.first);
        const jobs = Array.from({ length: rng.between(options.reviewers) }, () => {
          const account = freshAccount(world, { ...registeredBefore(rng, world, firstUse, 5, 60), rate: rng.uniform(0.03, 0.2) }, 'template_reviews');
          return { account, day: rng.int(window.first, window.last) };
        });
        campaigns.push({
          merchant, jobs,
          templates: rng.sample(reviewTemplates, rng.between(options.templates)),
          photos: Array.from({ length: rng.between(options.photoPool) }, () => world.ids.photo()),
        });
      }
    },
    day(day) {
      const { population, clock } = world;
      for (const campaign of campaigns) {
        for (const job of campaign.jobs) {
          if (job.day !== day) continue;
          const at = shoppingTime(rng, clock, day);
          const where = presence(rng, job.account);
          const item = population.items[rng.pick(campaign.merchant.items)]!;
          purchase(world, rng, { account: job.account, item, at, where, mask: BIT, login: true, review: review(campaign) });
          if (rng.chance(options.camouflage)) {
            const popular = population.items[rng.pick(population.popularItems)]!;
            purchase(world, rng, { account: job.account, item: popular, at: at + rng.int(HOUR, 5 * HOUR), where, mask: 0, dwell: rng.int(20, 90) });
          }
        }
      }
    },
  };
}
