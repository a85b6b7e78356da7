// Login, search and item-view events, shared by normal buyers and by attacks that imitate them.
import { regions } from '../catalog/regions.ts';
import { host, mobileIp } from '../catalog/identity.ts';
import type { Account, Item } from '../population/types.ts';
import type { Rng } from '../random.ts';
import type { EventOf } from '../../events/event.ts';
import type { World } from '../world.ts';

/** Device and address of a session; a user agent only when it is not the account's usual one (a new phone). */
export type Presence = { readonly device: string; readonly ip: string; readonly userAgent?: string };

/** Where an account shops from right now: its own devices; a proxy subnet if it has one, else home or mobile network. */
export function presence(rng: Rng, account: Account): Presence {
  const device = account.devices.length > 1 && rng.chance(0.35) ? rng.pick(account.devices) : account.devices[0]!;
  if (account.subnet) return { device, ip: host(rng, account.subnet) };
  const ip = rng.chance(0.55) ? mobileIp(rng, regions[account.region]!.mobile) : account.homeIp;
  return { device, ip };
}

/** Logs in just before `t`, but never before the hour still open for scheduling (a session at 00:00:05). */
export function emitLogin(world: World, account: Account, t: number, where: Presence): void {
  const event: EventOf<'account.login'> = {
    id: '', type: 'account.login', ts: '', accountId: account.id, deviceId: where.device, ip: where.ip, userAgent: where.userAgent ?? account.userAgent,
  };
  if (account.flags) event.device = { ...account.flags };
  world.timeline.at(Math.max(t, world.timeline.openFrom), event);
}

export function emitSearch(world: World, account: Account, sessionId: string, t: number, keyword: string): void {
  world.timeline.at(t, { id: '', type: 'session.search', ts: '', accountId: account.id, sessionId, keyword });
}

export function emitView(world: World, account: Account, sessionId: string, t: number, item: Item, dwellSeconds: number): void {
  const merchantId = world.population.merchants[item.merchant]!.id;
  world.timeline.at(t, { id: '', type: 'session.view', ts: '', accountId: account.id, sessionId, merchantId, itemId: item.id, dwellSeconds });
}

/** Dwell on an item page: log-normal around half a minute, with long reads in the tail. */
export function normalDwell(rng: Rng): number {
  return Math.round(Math.min(1_800, Math.max(2, rng.logNormal(30, 1.05))));
}

export function emitChat(world: World, account: Account, merchantId: string, t: number, from: 'account' | 'merchant', text: string): void {
  world.timeline.at(t, { id: '', type: 'message.sent', ts: '', merchantId, accountId: account.id, from, text });
}
