// Empty parcels (空包): token-priced orders shipped as a few grams, picked up and signed within hours, tracking numbers reused.
import { carriers } from '../catalog/regions.ts';
import { HOUR } from '../clock.ts';
import { trackingNumber } from '../orders/logistics.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { Account, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, claimTargets, freshAccount, registeredBefore, type Attack } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Shipment = { day: number; buyer: Account };
type Scheme = { merchant: Merchant; carrier: (typeof carriers)[number]; tracking: string[]; uses: number; reuse: number; shipments: Shipment[] };

const BIT = patternBit('fake_logistics');

export function fakeLogistics(world: World, rng: Rng): Attack {
  const options = world.options.attack.fake_logistics;
  const schemes: Scheme[] = [];

  /** Gift-parcel sites (礼品代发) sell one waybill to several orders: each number serves `reuse` orders. */
  function nextTracking(scheme: Scheme): string {
    const index = Math.floor(scheme.uses / scheme.reuse);
    scheme.uses += 1;
    while (scheme.tracking.length <= index) scheme.tracking.push(trackingNumber(world.ids, rng, scheme.carrier));
    return scheme.tracking[index]!;
  }

  return {
    plan() {
      for (const merchant of claimTargets(world, rng, options.count, 'fake_logistics')) {
        const window = attackWindow(rng, world.options.days, options.windowDays, 1, 2);
        const firstUse = world.clock.dayStart(window.first);
        const buyers = Array.from({ length: rng.between(options.buyers) }, () => {
          const rate = rng.chance(options.camouflage) ? rng.uniform(0.1, 0.4) : 0.01;
          return freshAccount(world, { ...registeredBefore(rng, world, firstUse, 2, 45), rate }, 'fake_logistics');
        });
        // Every recruited buyer ships at least once (when there are enough orders): the truth file labels them all, and an
        // account that never took part leaves nothing to find. The draw is still made so the rest of the world is unchanged.
        const shipments = Array.from({ length: rng.between(options.orders) }, (_, i) => {
          const day = rng.int(window.first, window.last);
          const picked = rng.pick(buyers);
          return { day, buyer: i < buyers.length ? buyers[i]! : picked };
        });
        schemes.push({ merchant, carrier: rng.pick(carriers.slice(0, 4)), tracking: [], uses: 0, reuse: rng.between(options.trackingReuse), shipments });
      }
    },
    day(day) {
      const { population, clock } = world;
      for (const scheme of schemes) {
        for (const shipment of scheme.shipments) {
          if (shipment.day !== day || !rng.chance(options.strength)) continue;
          const item = population.items[rng.pick(scheme.merchant.items)]!;
          const token = Math.min(item.price, rng.between(options.tokenPriceFen));
          const review = rng.chance(0.8) ? boughtReview(rng, BIT, 0.3, rng.uniform(HOUR, 12 * HOUR)) : undefined;
          purchase(world, rng, {
            account: shipment.buyer, item, at: shoppingTime(rng, clock, day), where: presence(rng, shipment.buyer), mask: BIT, login: true,
            order: { priceTo: token, logistics: 'empty', carrier: scheme.carrier, tracking: nextTracking(scheme), grams: rng.between(options.weightGrams) },
            ...(review ? { review } : {}),
          });
        }
      }
    },
  };
}
