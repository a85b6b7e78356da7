// Brushing rings (刷单团伙): a set of accounts orders one shop's items densely within days, hiding among orders of popular items.
import { userAgent } from '../catalog/identity.ts';
import { regions } from '../catalog/regions.ts';
import { DAY, HOUR } from '../clock.ts';
import { presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { Account, Item, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, claimTargets, established, freshAccount, inWindow, label, registeredBefore, type Attack, type Window } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Ring = { merchant: Merchant; items: Item[]; window: Window; members: Account[]; hijacked: boolean };

const BIT = patternBit('brushing_ring');

export function brushingRing(world: World, rng: Rng): Attack {
  const options = world.options.attack.brushing_ring;
  const rings: Ring[] = [];

  /** Old, quiet accounts whose owners stopped using them: taken over from new phones just before the ring starts. */
  function hijack(size: number, window: Window): Account[] {
    const { population, clock } = world;
    const victims = population.claimAccounts(rng, size, (a) => established(world, 365)(a) && a.rate < 0.4);
    const takeover = clock.dayStart(window.first);
    // The ring works from one place: every takeover login comes from the same residential subnet, far from the owners.
    const subnet = `${rng.pick(regions).broadband}.${rng.int(0, 255)}.`;
    for (const account of victims) {
      label(account, 'brushing_ring');
      account.activeUntil = takeover - rng.int(HOUR, 2 * DAY);
      account.devices = [population.newDevice()];
      account.userAgent = userAgent(rng);
      account.subnet = subnet;
    }
    return victims;
  }

  function recruitFresh(size: number, window: Window): Account[] {
    const firstUse = world.clock.dayStart(window.first);
    return Array.from({ length: size }, () =>
      freshAccount(world, { ...registeredBefore(rng, world, firstUse, 3, 30), rate: rng.uniform(0.02, 0.12) }, 'brushing_ring'));
  }

  return {
    plan() {
      const targets = claimTargets(world, rng, options.count, 'brushing_ring');
      const hijackedRings = Math.round(targets.length * options.hijackedShare);
      targets.forEach((merchant, r) => {
        const window = attackWindow(rng, world.options.days, options.windowDays, 2);
        const size = rng.between(options.members);
        const hijacked = r < hijackedRings;
        const members = hijacked ? hijack(size, window) : recruitFresh(size, window);
        const items = rng.sample(merchant.items, rng.between(options.itemsPerRing)).map((i) => world.population.items[i]!);
        rings.push({ merchant, items, window, members, hijacked });
      });
    },

    day(day) {
      const { population, clock } = world;
      for (const ring of rings) {
        if (!inWindow(ring.window, day)) continue;
        const perDay = options.strength / (ring.window.last - ring.window.first + 1);
        for (const account of ring.members) {
          const n = rng.poisson(perDay);
          let first = true;
          for (let k = 0; k < n; k += 1) {
            const at = shoppingTime(rng, clock, day);
            const where = presence(rng, account);
            const review = rng.chance(options.reviewRate) ? boughtReview(rng, BIT, 0.35, rng.logNormal(14 * HOUR, 0.6)) : undefined;
            purchase(world, rng, { account, item: rng.pick(ring.items), at, where, mask: BIT, login: first, ...(review ? { review } : {}) });
            first = false;
            if (rng.chance(options.camouflage)) {
              // Camouflage is a real purchase from an innocent popular shop: it is genuine in the truth file.
              const item = population.items[rng.pick(population.popularItems)]!;
              purchase(world, rng, { account, item, at: at + rng.int(HOUR, 6 * HOUR), where, mask: 0, dwell: rng.int(20, 120) });
            }
          }
        }
      }
    },
  };
}
