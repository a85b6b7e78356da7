// Brushing rings (刷单团伙): a set of accounts orders one shop's items densely within days, hiding among orders of popular items.
import { host, userAgent } from '../catalog/identity.ts';
import { regions } from '../catalog/regions.ts';
import { DAY, HOUR } from '../clock.ts';
import { presence, type Presence } from '../normal/session-events.ts';
import { shoppingTime } from '../normal/rhythm.ts';
import type { Account, Item, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { attackWindow, claimTargets, established, freshAccount, inWindow, label, registeredBefore, type Attack, type Window } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Ring = {
  merchant: Merchant;
  items: Item[];
  window: Window;
  members: Account[];
  /** The new phone of each hijacked member; empty for rings of fresh accounts. */
  phones: Map<number, { device: string; userAgent: string }>;
  subnet: string | undefined;
};

const BIT = patternBit('brushing_ring');

export function brushingRing(world: World, rng: Rng): Attack {
  const options = world.options.attack.brushing_ring;
  const rings: Ring[] = [];

  /**
   * Old, quiet accounts whose owners stop using them just before the ring starts; the ring then logs in from new
   * phones on one residential subnet. The account keeps its own devices for the owner's earlier sessions.
   */
  function hijack(ring: Ring, size: number): void {
    const { population, clock } = world;
    const victims = population.claimAccounts(rng, size, (a) => established(world, 365)(a) && a.rate < 0.4);
    const takeover = clock.dayStart(ring.window.first);
    ring.subnet = `${rng.pick(regions).broadband}.${rng.int(0, 255)}.`;
    for (const account of victims) {
      label(account, 'brushing_ring');
      account.activeUntil = takeover - rng.int(HOUR, 2 * DAY);
      ring.phones.set(account.index, { device: population.newDevice(), userAgent: userAgent(rng) });
      ring.members.push(account);
    }
  }

  function where(ring: Ring, account: Account): Presence {
    const phone = ring.phones.get(account.index);
    return phone && ring.subnet ? { device: phone.device, ip: host(rng, ring.subnet), userAgent: phone.userAgent } : presence(rng, account);
  }

  function recruitFresh(ring: Ring, size: number): void {
    const firstUse = world.clock.dayStart(ring.window.first);
    for (let i = 0; i < size; i += 1) {
      ring.members.push(freshAccount(world, { ...registeredBefore(rng, world, firstUse, 3, 30), rate: rng.uniform(0.02, 0.12) }, 'brushing_ring'));
    }
  }

  return {
    plan() {
      const targets = claimTargets(world, rng, options.count, 'brushing_ring');
      const hijackedRings = Math.round(targets.length * options.hijackedShare);
      targets.forEach((merchant, r) => {
        const hijacked = r < hijackedRings;
        // Hijacked rings start later, so the stolen accounts show some days of their owners' normal life first.
        const lead = hijacked ? Math.max(2, Math.floor(world.options.days / 3)) : 2;
        const window = attackWindow(rng, world.options.days, options.windowDays, lead);
        const items = rng.sample(merchant.items, rng.between(options.itemsPerRing)).map((i) => world.population.items[i]!);
        const ring: Ring = { merchant, items, window, members: [], phones: new Map(), subnet: undefined };
        if (hijacked) hijack(ring, rng.between(options.members));
        else recruitFresh(ring, rng.between(options.members));
        rings.push(ring);
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
            const place = where(ring, account);
            const review = rng.chance(options.reviewRate) ? boughtReview(rng, BIT, 0.35, rng.logNormal(14 * HOUR, 0.6)) : undefined;
            purchase(world, rng, { account, item: rng.pick(ring.items), at, where: place, mask: BIT, login: first, ...(review ? { review } : {}) });
            first = false;
            if (rng.chance(options.camouflage)) {
              // Camouflage is a real purchase from an innocent popular shop: it is genuine in the truth file.
              const item = population.items[rng.pick(population.popularItems)]!;
              purchase(world, rng, { account, item, at: at + rng.int(HOUR, 6 * HOUR), where: place, mask: 0, dwell: rng.int(20, 120) });
            }
          }
        }
      }
    },
  };
}
