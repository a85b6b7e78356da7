// The attack plug-in interface and the helpers every attack shares: labels, windows, recruited or fresh accounts.
import { DAY } from '../clock.ts';
import type { Range } from '../options.ts';
import type { AccountSpec } from '../population/accounts.ts';
import type { MerchantTier } from '../population/population.ts';
import type { Account, Merchant } from '../population/types.ts';
import { scaled } from '../options.ts';
import type { Rng } from '../random.ts';
import { patternBit, type Pattern } from '../truth.ts';
import type { World } from '../world.ts';

export interface Attack {
  /** Chooses targets, recruits or creates accounts and labels them; runs once before any event. */
  plan(): void;
  /** Schedules the attack's events that begin on this day. */
  day(day: number): void;
}

export type AttackFactory = (world: World, rng: Rng) => Attack;

export function label(entity: { mask: number }, pattern: Pattern): void {
  entity.mask |= patternBit(pattern);
}

/**
 * Claims the shops an attack targets: `count` scaled by `--scale`, established shops of the given tiers that no other
 * attack uses, each labelled with the pattern. Fewer come back when the marketplace runs out of such shops.
 */
export function claimTargets(
  world: World, rng: Rng, count: number, pattern: Pattern, tiers: readonly MerchantTier[] = ['mid', 'small'],
  accept?: (m: Merchant) => boolean,
): Merchant[] {
  const targets: Merchant[] = [];
  for (let n = scaled(count, world.options.scale); n > 0; n -= 1) {
    const merchant = world.population.claimMerchant(rng, tiers, accept);
    if (!merchant) break;
    label(merchant, pattern);
    targets.push(merchant);
  }
  return targets;
}

export type Window = { readonly first: number; readonly last: number };

/**
 * A run of days for an attack, starting after `lead` days and ending early enough for deliveries and reviews
 * (`tail` days) when the period allows; short periods squeeze the window rather than drop the attack.
 */
export function attackWindow(rng: Rng, days: number, length: Range, lead = 1, tail = 3): Window {
  const len = Math.max(1, Math.min(rng.between(length), days));
  const latest = Math.max(lead, days - len - tail);
  const first = Math.min(rng.int(Math.min(lead, latest), latest), Math.max(0, days - len));
  return { first, last: Math.min(days - 1, first + len - 1) };
}

export function inWindow(window: Window, day: number): boolean {
  return day >= window.first && day <= window.last;
}

/** A new account of an attack: drawn by the same code as everyone else's, then labelled and kept from other attacks. */
export function freshAccount(world: World, spec: AccountSpec, pattern: Pattern): Account {
  const account = world.population.addAccount(spec);
  world.population.claim(account);
  label(account, pattern);
  return account;
}

/** Registration time for an account made for a scheme a few days to weeks before it is used. */
export function registeredBefore(rng: Rng, world: World, firstUse: number, minDays: number, maxDays: number): Pick<AccountSpec, 'registeredAt' | 'registersInSim'> {
  const registeredAt = Math.floor(firstUse - rng.uniform(minDays * DAY, maxDays * DAY));
  return { registeredAt, registersInSim: registeredAt >= world.clock.start };
}

/** An existing account that has been shopping for a while: what recruited workers and hijacked accounts look like. */
export function established(world: World, minAgeDays: number) {
  return (a: Account): boolean => !a.registersInSim && a.subnet === undefined && world.clock.start - a.registeredAt > minAgeDays * DAY;
}
