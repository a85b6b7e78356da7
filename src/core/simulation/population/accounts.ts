// Creates accounts: the normal population and, through the same code, the accounts attacks register or buy.
import { categories } from '../catalog/categories.ts';
import { broadbandIp, phoneNumber, registrationChannels, userAgent } from '../catalog/identity.ts';
import { regions } from '../catalog/regions.ts';
import { DAY } from '../clock.ts';
import type { Ids } from '../ids.ts';
import { AliasTable, type Rng } from '../random.ts';
import type { Account } from './types.ts';

const buyerRegions = new AliasTable(regions.map((r) => r.buyers));
const categoryShares = new AliasTable(categories.map((c) => c.share));

export type AccountSpec = {
  registeredAt: number;
  registersInSim: boolean;
  rate: number;
  virtualPhone?: boolean;
  region?: number;
  devices?: string[];
  address?: string;
  channel?: string;
};

export function drawRegion(rng: Rng): number {
  return buyerRegions.draw(rng);
}

function preferredCategories(rng: Rng): number[] {
  const first = categoryShares.draw(rng);
  const list = [first];
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i += 1) {
    const next = categoryShares.draw(rng);
    if (!list.includes(next)) list.push(next);
  }
  return list;
}

/** Member level grows with age and activity, as marketplaces compute it; the same rule for every account. */
export function memberLevel(ageDays: number, rate: number): number {
  return Math.max(1, Math.min(7, Math.floor(Math.log2(1 + ageDays / 60) + Math.log2(1 + rate * 4))));
}

export function createAccount(rng: Rng, ids: Ids, index: number, spec: AccountSpec, periodStart: number): Account {
  const region = spec.region ?? drawRegion(rng);
  const virtualPhone = spec.virtualPhone ?? rng.chance(0.008);
  const ageDays = Math.max(0, (periodStart - spec.registeredAt) / DAY);
  return {
    index,
    id: ids.next('account'),
    phone: phoneNumber(rng, virtualPhone),
    address: spec.address ?? ids.next('address'),
    payment: ids.next('payment'),
    region,
    homeIp: broadbandIp(rng, regions[region]!.broadband),
    channel: spec.channel ?? rng.pick(registrationChannels),
    categories: preferredCategories(rng),
    devices: spec.devices ?? [ids.next('device')],
    userAgent: userAgent(rng),
    flags: undefined,
    subnet: undefined,
    registeredAt: spec.registeredAt,
    registersInSim: spec.registersInSim,
    virtualPhone,
    rate: spec.rate,
    activeUntil: Infinity,
    level: memberLevel(ageDays, spec.rate),
    mask: 0,
  };
}

/** Normal activity: log-normal sessions per day, capped (a few heavy shoppers, a long quiet tail). */
export function normalRate(rng: Rng, median: number, sigma: number): number {
  return Math.min(6, rng.logNormal(median, sigma));
}

/** Age of an existing account in days: most are one to four years old, some are young. */
export function existingAgeDays(rng: Rng): number {
  return Math.min(4_000, Math.max(2, rng.logNormal(600, 1.0)));
}
