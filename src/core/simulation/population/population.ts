// The whole population: built once from the seed, then attacks claim shops and accounts or add their own through it.
import { categories } from '../catalog/categories.ts';
import { DAY, HOUR, type Clock } from '../clock.ts';
import type { Ids } from '../ids.ts';
import type { SimulationOptions } from '../options.ts';
import { AliasTable, type Rng } from '../random.ts';
import { createAccount, existingAgeDays, normalRate, type AccountSpec } from './accounts.ts';
import { createItem, createMerchant, itemCount, type ItemSpec, type MerchantSpec } from './merchants.ts';
import type { Account, Item, Merchant, Operator } from './types.ts';

export type MerchantTier = 'top' | 'mid' | 'small';

export class Population {
  readonly accounts: Account[] = [];
  readonly merchants: Merchant[] = [];
  readonly items: Item[] = [];
  readonly operators: Operator[] = [];
  readonly inspectors: string[] = [];
  /** Every device id ever handed out, for the device truth rows. */
  readonly devices: string[] = [];
  /** Truth labels of devices (farm phones); devices not in the map are genuine. */
  readonly deviceMask = new Map<string, number>();
  /** Pairs of accounts in one household: same address, sometimes one phone between them. */
  readonly households: (readonly [number, number])[] = [];
  /** The first household partner of an account, for red packets between them. */
  private readonly partners = new Map<number, number>();
  private readonly claimedMerchants = new Set<number>();
  private readonly claimedAccounts = new Set<number>();
  private categoryTables: (AliasTable | undefined)[] = [];
  private categoryLists: number[][] = [];
  private popular: number[] = [];

  constructor(readonly rng: Rng, readonly ids: Ids, readonly clock: Clock) {}

  newDevice(): string {
    const id = this.ids.next('device');
    this.devices.push(id);
    return id;
  }

  addAccount(spec: AccountSpec): Account {
    const devices = spec.devices ?? [this.newDevice()];
    const account = createAccount(this.rng, this.ids, this.accounts.length, { ...spec, devices }, this.clock.start);
    this.accounts.push(account);
    return account;
  }

  addMerchant(spec: MerchantSpec): Merchant {
    const merchant = createMerchant(this.rng, this.ids, this.merchants.length, spec);
    this.merchants.push(merchant);
    return merchant;
  }

  addItem(merchant: Merchant, spec: ItemSpec): Item {
    const item = createItem(this.rng, this.ids, this.items.length, merchant, spec);
    this.items.push(item);
    merchant.items.push(item.index);
    return item;
  }

  /** Rebuilds the per-category demand tables; spam listings are never part of normal demand. */
  indexDemand(): void {
    this.categoryLists = categories.map(() => []);
    const weights: number[][] = categories.map(() => []);
    for (const item of this.items) {
      if (this.merchants[item.merchant]!.spam) continue;
      this.categoryLists[item.category]!.push(item.index);
      weights[item.category]!.push(item.weight);
    }
    this.categoryTables = weights.map((w) => (w.length > 0 ? new AliasTable(w) : undefined));
    const ranked = this.items.filter((i) => !this.merchants[i.merchant]!.spam).sort((a, b) => b.weight - a.weight);
    this.popular = ranked.slice(0, Math.max(20, Math.ceil(ranked.length * 0.01))).map((i) => i.index);
  }

  /** An item of the category by popularity, or undefined when none is listed yet at time t. */
  drawItem(rng: Rng, category: number, t: number): Item | undefined {
    const table = this.categoryTables[category];
    if (!table) return undefined;
    const item = this.items[this.categoryLists[category]![table.draw(rng)]!]!;
    return item.publishedAt <= t && this.merchants[item.merchant]!.openedAt <= t ? item : undefined;
  }

  /** The most popular 1% of items: what camouflage orders buy. */
  get popularItems(): readonly number[] {
    return this.popular;
  }

  tierOf(merchant: Merchant): MerchantTier {
    const share = merchant.rank / Math.max(1, this.merchants.length);
    return share < 0.1 ? 'top' : share < 0.5 ? 'mid' : 'small';
  }

  /** Claims an established, unclaimed shop of one of the tiers for an attack (undefined if none is left). */
  claimMerchant(rng: Rng, tiers: readonly MerchantTier[], accept: (m: Merchant) => boolean = () => true): Merchant | undefined {
    const fits = (m: Merchant) => !m.spam && !m.opensInSim && m.items.length >= 2 && !this.claimedMerchants.has(m.index)
      && tiers.includes(this.tierOf(m)) && accept(m);
    // Random probes first (cheap in a big marketplace), then a full scan so a small one still finds the last fits.
    let merchant: Merchant | undefined;
    for (let tries = 0; tries < 64 && !merchant; tries += 1) {
      const probe = this.merchants[rng.int(0, this.merchants.length - 1)]!;
      if (fits(probe)) merchant = probe;
    }
    if (!merchant) {
      const candidates = this.merchants.filter(fits);
      if (candidates.length === 0) return undefined;
      merchant = rng.pick(candidates);
    }
    this.claimedMerchants.add(merchant.index);
    return merchant;
  }

  /** Claims n existing accounts (not shop staff, not already used by an attack) that pass the filter. */
  claimAccounts(rng: Rng, n: number, accept: (a: Account) => boolean): Account[] {
    const picked: Account[] = [];
    const pool = this.accounts.length;
    for (let tries = 0; picked.length < n && tries < n * 200; tries += 1) {
      const account = this.accounts[rng.int(0, pool - 1)]!;
      if (this.claimedAccounts.has(account.index) || !accept(account)) continue;
      this.claimedAccounts.add(account.index);
      picked.push(account);
    }
    return picked;
  }

  /** Records two accounts as one household (shared address); the link is part of the opening snapshot. */
  addHousehold(a: number, b: number): void {
    this.households.push([a, b]);
    if (!this.partners.has(a)) this.partners.set(a, b);
  }

  partnerOf(account: number): number | undefined {
    return this.partners.get(account);
  }

  isClaimed(merchant: Merchant): boolean {
    return this.claimedMerchants.has(merchant.index);
  }

  claim(account: Account): void {
    this.claimedAccounts.add(account.index);
  }
}

/** Builds the normal marketplace of the options, scaled. */
export function buildPopulation(rng: Rng, ids: Ids, clock: Clock, options: SimulationOptions): Population {
  const population = new Population(rng, ids, clock);
  const normal = options.normal;
  const accountCount = Math.round(options.accounts * options.scale);
  const periodSeconds = clock.end - clock.start;
  for (let i = 0; i < accountCount; i += 1) {
    const inSim = rng.chance(normal.newAccountShare);
    const registeredAt = inSim
      ? clock.start + Math.floor(rng.float() * (periodSeconds - DAY))
      : clock.start - Math.floor(existingAgeDays(rng) * DAY) - rng.int(0, DAY - 1);
    const rate = normalRate(rng, normal.sessionRateMedian, normal.sessionRateSigma);
    const household = i > 10 && rng.chance(0.03) ? population.accounts[rng.int(0, i - 1)] : undefined;
    const spec: AccountSpec = { registeredAt, registersInSim: inSim, rate };
    if (household) {
      spec.address = household.address;
      spec.region = household.region;
      // Families often share a tablet or an old phone as well as the address.
      if (rng.chance(0.5)) spec.devices = [household.devices[0]!, population.newDevice()];
    }
    const account = population.addAccount(spec);
    if (household) population.addHousehold(household.index, account.index);
    if (rng.chance(0.15)) account.devices.push(population.newDevice());
  }

  const merchantCount = Math.round(options.merchants * options.scale);
  const ranks = rng.shuffle(Array.from({ length: merchantCount }, (_, i) => i));
  for (let i = 0; i < merchantCount; i += 1) {
    const rank = ranks[i]!;
    const opensInSim = rng.chance(normal.newMerchantShare);
    const openedAt = opensInSim
      ? clock.start + DAY + Math.floor(rng.float() * Math.max(DAY, periodSeconds - 4 * DAY))
      : clock.start - Math.floor(rng.logNormal(900, 0.8) * DAY);
    const [owner, staff] = population.claimAccounts(rng, 2, (a) => !a.registersInSim);
    const spec: MerchantSpec = {
      rank, weight: 1 / Math.pow(rank + 1, normal.merchantZipf), openedAt, opensInSim,
      owner: owner?.index ?? 0, staff: rng.chance(0.3) && staff ? staff.index : -1,
    };
    const merchant = population.addMerchant(spec);
    const n = itemCount(rng);
    let total = 0;
    const shares = Array.from({ length: n }, (_, j) => 1 / Math.pow(j + 1, normal.itemZipf));
    for (const s of shares) total += s;
    for (let j = 0; j < n; j += 1) {
      const late = opensInSim || (j > 0 && rng.chance(0.05));
      const publishedAt = opensInSim ? openedAt + rng.int(HOUR, 3 * HOUR)
        : late ? clock.start + Math.floor(rng.float() * (periodSeconds - DAY)) : clock.start;
      population.addItem(merchant, { publishedAt, publishesInSim: late, weight: (merchant.weight * shares[j]!) / total });
    }
  }

  for (let i = 0; i < normal.operators; i += 1) population.operators.push({ index: i, id: ids.next('operator'), mask: 0 });
  for (let i = 0; i < 5; i += 1) population.inspectors.push(ids.next('inspector'));
  population.indexDemand();
  return population;
}
