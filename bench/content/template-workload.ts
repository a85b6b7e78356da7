// Real reviews placed on invented shops, accounts and days, plus injected template campaigns with known members.
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { baseTemplates, campaignTemplate, reviewVariant } from './campaign-text.ts';
import type { RealReview } from './zh-reviews.ts';
import type { SeededRandom } from './seeded-random.ts';

export type WorkloadOptions = {
  readonly merchantsPerCategory: number;
  readonly days: number;
  readonly campaigns: number;
  readonly reviewersPerCampaign: readonly [number, number];
  readonly campaignDays: readonly [number, number];
  /** Share of campaigns that also hand out a small pool of photos. */
  readonly photoShare: number;
  /** Whether shops publish merchant.registered with a category (the detector's baseline); default true. */
  readonly withCategories?: boolean;
};

export type Workload = {
  readonly events: ShoumenEvent[];
  readonly injected: Set<string>;
  readonly real: Set<string>;
  readonly campaigns: number;
};

const START = Date.parse('2026-06-01T00:00:00+08:00');
const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Background: each real review goes to a shop of its own category (shop popularity Zipf-distributed, as on real
 * marketplaces), a random day (a quarter of them in a three-day sale) and mostly a one-off account (30% repeat buyers). Campaigns hit a random
 * shop with 5-30 fresh accounts over 1-10 days, all five stars, each copy edited 1-3 times.
 */
export function buildWorkload(reviews: readonly RealReview[], rng: SeededRandom, options: WorkloadOptions): Workload {
  const events: ShoumenEvent[] = [];
  const categories = [...new Set(reviews.map((r) => r.category))];
  const shops: { id: string; category: string }[] = [];
  for (const [c, category] of categories.entries()) {
    for (let m = 0; m < options.merchantsPerCategory; m += 1) {
      const id = `shop-${c}-${m}`;
      shops.push({ id, category });
      if (options.withCategories !== false) {
        events.push({ id: `reg-${id}`, type: 'merchant.registered', ts: iso(START - DAY), merchantId: id, name: `店铺${c}-${m}`, category: `cat-${c}` });
      }
    }
  }
  const real = new Set<string>();
  let accounts = 0;
  for (const [i, review] of reviews.entries()) {
    const c = categories.indexOf(review.category);
    const shop = `shop-${c}-${rng.zipf(options.merchantsPerCategory, 1.1)}`;
    const account = accounts > 0 && rng.chance(0.3) ? `buyer-${rng.int(0, accounts - 1)}` : `buyer-${accounts++}`;
    const reviewId = `real-${i}`;
    real.add(reviewId);
    const rating = review.positive ? rng.int(4, 5) : rng.int(1, 2);
    // A quarter of real reviews land in a three-day sale near the end, as on Double 11: bursts are normal.
    const day = rng.chance(0.25) ? options.days - 20 + rng.next() * 3 : rng.next() * options.days;
    const ts = START + day * DAY;
    events.push({ id: `ev-${reviewId}`, type: 'review.posted', ts: iso(ts), reviewId, accountId: account, merchantId: shop, itemId: `${shop}-item-${rng.int(0, 9)}`, rating, text: review.text });
  }
  const injected = new Set<string>();
  for (let k = 0; k < options.campaigns; k += 1) {
    const shop = rng.pick(shops);
    const template = campaignTemplate(rng, rng.pick(baseTemplates));
    const photos = rng.chance(options.photoShare) ? Array.from({ length: rng.int(2, 5) }, (_, p) => `photo-${k}-${p}`) : [];
    const startDay = rng.next() * (options.days - 10);
    const span = rng.int(options.campaignDays[0], options.campaignDays[1]);
    for (let r = rng.int(options.reviewersPerCampaign[0], options.reviewersPerCampaign[1]); r > 0; r -= 1) {
      const reviewId = `tpl-${k}-${r}`;
      injected.add(reviewId);
      const ts = START + (startDay + rng.next() * span) * DAY;
      events.push({
        id: `ev-${reviewId}`, type: 'review.posted', ts: iso(ts), reviewId, accountId: `farm-${k}-${r}`, merchantId: shop.id,
        itemId: `${shop.id}-item-${rng.int(0, 2)}`, rating: 5, text: reviewVariant(rng, template),
        ...(photos.length && rng.chance(0.6) ? { photoHashes: [rng.pick(photos)] } : {}),
      });
    }
  }
  return { events, injected, real, campaigns: options.campaigns };
}
