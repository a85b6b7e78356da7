// What besides density marks a block as a ring: arrival by link, young accounts, a shared network, no promotion; and whose scheme it is instead.
import { newAccountShare } from '../../signals/new-account-share.ts';
import type { Promotion } from '../../signals/declared-promotions.ts';
import type { RingBlock } from './find-ring-blocks.ts';
import type { Purchases } from './order-purchases.ts';
import type { PurchaseFacts } from './purchase-facts.ts';
import { DAY_MS } from '../../time/units.ts';

/** Accounts at most this old when the ring starts count as young (fresh accounts are registered 3–30 days ahead). */
export const YOUNG_ACCOUNT_DAYS = 60;

export type RingSignals = {
  /** Share of the block's orders placed without a search in the session: buyers sent a link. */
  readonly directLink: number;
  /** Share of members with a known sign-up who were young when the block began. */
  readonly young: number;
  /** Share of members ordering from a /24 that at least two other members use and that ordinary buyers do not crowd. */
  readonly sharedNetwork: number;
  /** Share of orders with a coupon, and whether the platform declared a promotion of the shop in the window. */
  readonly coupon: number;
  readonly promotion: boolean;
  /** Signatures of other schemes, as shares of the block's orders: their detectors report those blocks. */
  readonly farmDevices: number;
  readonly taskDwell: number;
  readonly emptyParcel: number;
  readonly heavySubsidy: number;
};

export type SignalContext = {
  readonly purchases: Purchases;
  readonly facts: PurchaseFacts;
  /** Sign-up time by snapshot account id (NaN unknown). */
  readonly registeredAt: Float64Array;
  readonly promotions: readonly Promotion[];
};

function share(rows: Int32Array, flags: Uint8Array): number {
  let n = 0;
  for (const k of rows) n += flags[k]!;
  return rows.length > 0 ? n / rows.length : 0;
}

/** Members on a subnet that at least three members share and that the members make up half or more of in the window. */
function sharedNetworkShare(block: RingBlock, context: SignalContext): number {
  const { input } = context.purchases;
  const { subnet } = context.facts;
  const members = new Set(block.accounts);
  const membersOn = new Map<number, Set<number>>();
  for (const k of block.purchases) {
    if (subnet[k]! < 0) continue;
    const set = membersOn.get(subnet[k]!) ?? new Set<number>();
    set.add(input.account[k]!);
    membersOn.set(subnet[k]!, set);
  }
  const everyoneOn = new Map<number, Set<number>>();
  for (let k = 0; k < input.account.length; k += 1) {
    const d = input.day[k]!;
    if (d < block.fromDay || d > block.toDay || !membersOn.has(subnet[k]!)) continue;
    const set = everyoneOn.get(subnet[k]!) ?? new Set<number>();
    set.add(input.account[k]!);
    everyoneOn.set(subnet[k]!, set);
  }
  const shared = new Set<number>();
  for (const [net, on] of membersOn) {
    if (on.size >= 3 && on.size * 2 >= (everyoneOn.get(net)?.size ?? 0)) for (const a of on) if (members.has(a)) shared.add(a);
  }
  return block.accounts.length > 0 ? shared.size / block.accounts.length : 0;
}

/** Orders placed from a device that three or more members use: a phone farm's signature, not a ring of separate people. */
function farmDeviceShare(block: RingBlock, context: SignalContext): number {
  const { input } = context.purchases;
  const users = new Map<number, Set<number>>();
  for (const k of block.purchases) {
    const device = context.facts.device[k]!;
    if (device < 0) continue;
    const set = users.get(device) ?? new Set<number>();
    set.add(input.account[k]!);
    users.set(device, set);
  }
  let n = 0;
  for (const k of block.purchases) if ((users.get(context.facts.device[k]!)?.size ?? 0) >= 3) n += 1;
  return block.purchases.length > 0 ? n / block.purchases.length : 0;
}

export function ringSignals(block: RingBlock, shop: number, context: SignalContext): RingSignals {
  const { purchases, facts } = context;
  const from = purchases.dayZero + block.fromDay * DAY_MS;
  const to = purchases.dayZero + (block.toDay + 1) * DAY_MS;
  const snapshotAccounts = Array.from(block.accounts, (a) => purchases.accountIds[a]!);
  const age = newAccountShare(snapshotAccounts, context.registeredAt, () => from, YOUNG_ACCOUNT_DAYS);
  const shopId = shop >= 0 ? purchases.merchantIds[shop]! : -1;
  return {
    directLink: 1 - share(block.purchases, facts.viaSearch),
    young: age.share,
    sharedNetwork: sharedNetworkShare(block, context),
    coupon: share(block.purchases, facts.coupon),
    promotion: context.promotions.some((p) => p.entityType === 'merchant' && p.entity === shopId && p.from < to && p.to >= from),
    farmDevices: farmDeviceShare(block, context),
    taskDwell: share(block.purchases, facts.longDwell),
    emptyParcel: share(block.purchases, facts.emptyParcel),
    heavySubsidy: share(block.purchases, facts.heavySubsidy),
  };
}
