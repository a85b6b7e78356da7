// Group-control farms (群控): dozens of accounts on a few flagged devices behind one subnet, registered in a burst, acting in lockstep.
import { categories } from '../catalog/categories.ts';
import { datacenterSubnet, emulatorUserAgent, host } from '../catalog/identity.ts';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import type { ExtraStep } from '../orders/order-plan.ts';
import { emitLogin, emitSearch, emitView } from '../normal/session-events.ts';
import type { Account, DeviceFlags, Item, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { searchKeyword } from '../text/listing-text.ts';
import { patternBit } from '../truth.ts';
import type { World } from '../world.ts';
import { claimTargets, freshAccount, type Attack } from './attack.ts';
import { boughtReview, purchase } from './purchase.ts';

type Farm = {
  client: Merchant;
  item: Item;
  keyword: string;
  subnet: string;
  accounts: Account[];
  firstDay: number;
  lastDay: number;
  /** Seconds between two accounts on one device: the script's loop time. */
  step: number;
  dwell: number;
  reviewDelay: number;
  devices: number;
};

const BIT = patternBit('account_farm');

export function accountFarm(world: World, rng: Rng): Attack {
  const options = world.options.attack.account_farm;
  const farms: Farm[] = [];

  function flagsFor(): DeviceFlags | undefined {
    const flags: DeviceFlags = {};
    if (rng.chance(options.emulatorShare)) flags.emulator = true;
    if (rng.chance(options.automationShare)) flags.automation = true;
    if (rng.chance(0.3)) flags.rooted = true;
    return Object.keys(flags).length > 0 ? flags : undefined;
  }

  function build(client: Merchant): Farm {
    const { population, clock } = world;
    const days = world.options.days;
    const active = Math.min(rng.between(options.activeDays), Math.max(1, days - 2));
    const registrationDay = rng.int(0, Math.max(0, days - active - 3));
    const burstStart = clock.dayStart(registrationDay) + rng.int(0, 20 * HOUR);
    const subnet = datacenterSubnet(rng);
    const deviceCount = rng.between(options.devices);
    const devices = Array.from({ length: deviceCount }, () => ({ id: population.newDevice(), flags: flagsFor(), userAgent: emulatorUserAgent(rng) }));
    for (const device of devices) world.population.deviceMask.set(device.id, BIT);
    const size = rng.between(options.accounts);
    const times = Array.from({ length: size }, () => burstStart + Math.floor(rng.uniform(0, options.burstMinutes * MINUTE))).sort((a, b) => a - b);
    const accounts = times.map((registeredAt, i) => {
      const device = devices[i % deviceCount]!;
      const account = freshAccount(world, {
        registeredAt, registersInSim: true, rate: 0.03, virtualPhone: rng.chance(options.virtualPhoneShare), devices: [device.id], channel: 'app',
      }, 'account_farm');
      account.subnet = subnet;
      account.flags = device.flags;
      account.userAgent = device.userAgent;
      return account;
    });
    const item = world.population.items[rng.pick(client.items)]!;
    return {
      client, item, keyword: searchKeyword(rng, categories[item.category]!, item.noun), subnet, accounts,
      firstDay: registrationDay + 1, lastDay: Math.min(days - 1, registrationDay + active), step: rng.int(60, 150),
      dwell: rng.int(25, 60), reviewDelay: rng.int(20, 40) * HOUR, devices: deviceCount,
    };
  }

  /** Farm accounts like each other's reviews minutes after posting, to lift them in the ranking. */
  function mutualLikes(farm: Farm, author: Account): ExtraStep[] {
    const mates = rng.sample(farm.accounts.filter((a) => a !== author), rng.int(3, 6));
    return mates.map((mate, j) => ({ anchor: 'review', delay: (j + 1) * farm.step + rng.int(0, 30), extra: { kind: 'like', account: mate.index } }));
  }

  function runBatch(farm: Farm, day: number): void {
    const { clock, population } = world;
    const start = clock.dayStart(day) + rng.int(8, 22) * HOUR + rng.int(0, HOUR - 1);
    const warming = rng.chance(options.camouflage);
    farm.accounts.forEach((account, i) => {
      // Each device runs its accounts one after another; the devices run in parallel: lockstep with tiny jitter.
      const at = start + Math.floor(i / farm.devices) * farm.step + rng.int(0, options.lockstepSeconds);
      if (at < account.registeredAt) return;
      const where = { device: account.devices[0]!, ip: host(rng, farm.subnet) };
      if (warming || !rng.chance(options.strength)) {
        // Warming batches browse popular items; the rest of an order batch only visits the client's item.
        const item = warming ? population.items[rng.pick(population.popularItems)]! : farm.item;
        emitLogin(world, account, at - rng.int(3, 10), where);
        const sessionId = world.ids.next('session');
        emitSearch(world, account, sessionId, at, farm.keyword);
        emitView(world, account, sessionId, at + 5, item, farm.dwell + rng.int(-2, 2));
        return;
      }
      const review = { ...boughtReview(rng, BIT, 0.2, farm.reviewDelay + rng.int(0, options.lockstepSeconds)), likes: 0 };
      purchase(world, rng, {
        account, item: farm.item, at, where, mask: BIT, login: true, keyword: farm.keyword, dwell: farm.dwell + rng.int(-2, 2),
        review, extras: mutualLikes(farm, account),
      });
    });
  }

  return {
    plan() {
      for (const client of claimTargets(world, rng, options.count, 'account_farm')) farms.push(build(client));
    },
    day(day) {
      for (const farm of farms) {
        if (day >= farm.firstDay && day <= farm.lastDay && world.clock.dayStart(day) + DAY <= world.clock.end) runBatch(farm, day);
      }
    },
  };
}
