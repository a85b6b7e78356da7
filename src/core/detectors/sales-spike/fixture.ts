// Conformance fixtures: a shop selling ten times its usual for two days, against the same shape under a declared promotion.
import type { ShoumenEvent } from '../../events/event.ts';
import { formatIso } from '../../time/format.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

const DAY = 1_440;
const BASE = Date.parse('2026-11-02T09:00:00+08:00');

/** About one order a day for 24 days, at shifting hours, from a rotating set of regulars. */
const steady = (shop: string) =>
  Array.from({ length: 24 }, (_, d) => order(d * DAY + ((d * 97) % 600), `${shop}-o${d}`, `${shop}-regular-${d % 9}`, shop, `${shop}-item`));

/** The same shop's usual days, then 14 orders on each of days 20 and 21 from buyers it never had. */
function surge(shop: string): ShoumenEvent[] {
  const usual = steady(shop).filter((_, d) => d < 20);
  const burst = Array.from({ length: 28 }, (_, i) => order((20 + (i >> 4)) * DAY + (i % 14) * 35 + 5, `${shop}-s${i}`, `${shop}-newcomer-${i % 20}`, shop, `${shop}-item`));
  return [...usual, ...burst];
}

const others = ['shop-a', 'shop-b', 'shop-c'].flatMap(steady);

export const salesSpikeFixture: DetectorFixture = {
  positive: [...others, ...surge('shop-surge')],
  negative: [
    ...others,
    ...surge('shop-promo'),
    // The platform declared the promotion the day before (the entity.attributes convention in docs/scoring.md).
    at(19 * DAY, 'entity.attributes', {
      entity: { type: 'merchant', id: 'shop-promo' },
      attributes: {
        promotionCampaign: 'cmp-double-12', promotionFrom: formatIso(BASE + 20 * DAY * 60_000 - 9 * 3_600_000), promotionTo: formatIso(BASE + 22 * DAY * 60_000 - 9 * 3_600_000 - 1),
      },
    }),
  ],
};
