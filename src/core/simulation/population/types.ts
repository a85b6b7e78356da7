// The simulated marketplace's actors: accounts, shops, items and staff, with their truth labels as bit masks.
export type DeviceFlags = { emulator?: boolean; rooted?: boolean; automation?: boolean };

export type Account = {
  readonly index: number;
  readonly id: string;
  readonly phone: string;
  readonly address: string;
  readonly payment: string;
  readonly region: number;
  readonly homeIp: string;
  readonly channel: string;
  /** Preferred category indices, most preferred first. */
  readonly categories: readonly number[];
  devices: string[];
  userAgent: string;
  flags: DeviceFlags | undefined;
  /** When set, every session comes from this subnet (farms and rings behind proxies) instead of home or mobile. */
  subnet: string | undefined;
  /** Epoch seconds; before the period for existing accounts. */
  registeredAt: number;
  /** Whether an account.registered event is emitted (registration inside the period). */
  registersInSim: boolean;
  virtualPhone: boolean;
  /** Normal-life sessions per day. */
  rate: number;
  /** Normal life stops here (a hijacked account's owner no longer uses it). */
  activeUntil: number;
  level: number;
  mask: number;
};

export type Merchant = {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly category: number;
  readonly region: number;
  readonly license: string;
  /** Popularity rank, 0 = most popular. */
  readonly rank: number;
  readonly weight: number;
  readonly items: number[];
  readonly openedAt: number;
  readonly opensInSim: boolean;
  /** Accounts of the owner and staff: the platform links them to the shop. */
  readonly owner: number;
  readonly staff: number;
  /** Listings that are not real goods (fake hotline pages): never sampled by normal buyers. */
  readonly spam: boolean;
  mask: number;
};

export type Item = {
  readonly index: number;
  readonly id: string;
  readonly merchant: number;
  readonly category: number;
  readonly noun: string;
  readonly title: string;
  readonly description: string;
  readonly price: number;
  readonly grams: number;
  readonly weight: number;
  readonly publishedAt: number;
  readonly publishesInSim: boolean;
  mask: number;
};

export type Operator = { readonly index: number; readonly id: string; mask: number };
