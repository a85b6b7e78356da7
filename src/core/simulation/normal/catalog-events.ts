// The catalog as events: a snapshot of existing shops, listings and accounts at the start, then openings and sign-ups as they happen.
import { categories } from '../catalog/categories.ts';
import { host, mobileIp } from '../catalog/identity.ts';
import { regions } from '../catalog/regions.ts';
import { DAY } from '../clock.ts';
import type { Account, Item, Merchant } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { makeEvent } from '../timeline.ts';
import type { World } from '../world.ts';

function merchantEvents(world: World, merchant: Merchant, t: number): void {
  const { timeline, population, clock } = world;
  timeline.at(t, makeEvent('merchant.registered', {
    merchantId: merchant.id, name: merchant.name, licenseId: merchant.license, category: categories[merchant.category]!.id,
  }));
  timeline.at(t, makeEvent('entity.attributes', {
    entity: { type: 'merchant', id: merchant.id },
    attributes: { openedAt: clock.iso(merchant.openedAt), region: regions[merchant.region]!.code },
  }));
  const linked = [merchant.owner, merchant.staff].filter((i) => i >= 0);
  linked.forEach((index, i) => {
    timeline.at(t, makeEvent('entity.linked', {
      a: { type: 'account', id: population.accounts[index]!.id }, b: { type: 'merchant', id: merchant.id }, relation: i === 0 ? 'owner' : 'staff',
    }));
  });
}

function listingEvent(world: World, item: Item, t: number): void {
  const merchant = world.population.merchants[item.merchant]!;
  world.timeline.at(t, makeEvent('listing.published', { merchantId: merchant.id, itemId: item.id, title: item.title, description: item.description }));
}

function accountAttributes(world: World, account: Account, rng: Rng): void {
  const { clock, timeline } = world;
  timeline.at(clock.start, makeEvent('entity.attributes', {
    entity: { type: 'account', id: account.id },
    attributes: {
      registeredAt: clock.iso(account.registeredAt), ageDays: Math.floor((clock.start - account.registeredAt) / DAY),
      level: account.level, verified: rng.chance(0.97),
    },
  }));
}

/** Everything that existed before the period, stamped at its first instant, so the stream is self-contained. */
export function emitSnapshot(world: World, rng: Rng): void {
  const { population, clock, timeline } = world;
  const t = clock.start;
  // Attack accounts and links were added last; shuffled, the snapshot's order (and so its event ids) says nothing.
  for (const merchant of rng.shuffle([...population.merchants])) if (!merchant.opensInSim) merchantEvents(world, merchant, t);
  for (const item of rng.shuffle([...population.items])) if (!item.publishesInSim) listingEvent(world, item, t);
  for (const account of rng.shuffle([...population.accounts])) if (!account.registersInSim) accountAttributes(world, account, rng);
  for (const [a, b] of rng.shuffle([...population.households])) {
    timeline.at(t, makeEvent('entity.linked', {
      a: { type: 'account', id: population.accounts[a]!.id }, b: { type: 'account', id: population.accounts[b]!.id }, relation: 'shared_address',
    }));
  }
}

function registration(world: World, rng: Rng, account: Account): void {
  const ip = account.subnet ? host(rng, account.subnet) : rng.chance(0.6) ? mobileIp(rng, regions[account.region]!.mobile) : account.homeIp;
  world.timeline.at(account.registeredAt, makeEvent('account.registered', {
    accountId: account.id, phone: account.phone, deviceId: account.devices[0]!, ip, channel: account.channel,
  }));
}

/** Sign-ups, shop openings and new listings that fall on the day. */
export function emitCatalogDay(world: World, rng: Rng, day: number): void {
  const { population, clock } = world;
  const from = clock.dayStart(day);
  const to = from + DAY;
  for (const account of population.accounts) {
    if (account.registersInSim && account.registeredAt >= from && account.registeredAt < to) registration(world, rng, account);
  }
  for (const merchant of population.merchants) {
    if (merchant.opensInSim && merchant.openedAt >= from && merchant.openedAt < to) merchantEvents(world, merchant, merchant.openedAt);
  }
  for (const item of population.items) {
    if (item.publishesInSim && item.publishedAt >= from && item.publishedAt < to) listingEvent(world, item, item.publishedAt);
  }
}
