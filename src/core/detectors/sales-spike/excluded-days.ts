// Days a series is not judged on: before the shop or listing existed, in a declared promotion, or under a broad campaign.
import { declaredPromotions } from '../../signals/declared-promotions.ts';
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { dayIndex, type DayAxis } from './day-axis.ts';

export type ExclusionRule = { readonly minCampaignShops: number; readonly campaignDayShare: number };

/** Why a day is left out, as day masks keyed by interned merchant or item id (1 = left out). */
export type Exclusions = {
  /** First active day of each merchant / item that opened inside the axis. */
  readonly merchantOpens: ReadonlyMap<number, number>;
  readonly itemOpens: ReadonlyMap<number, number>;
  /** Days covered by a declared promotion or a broad campaign. */
  readonly merchantExplained: ReadonlyMap<number, Uint8Array>;
  readonly itemExplained: ReadonlyMap<number, Uint8Array>;
  /** Declaring events per merchant / item, for the finding that notes a promotion nearby. */
  readonly promotionEvents: ReadonlyMap<string, number[]>;
};

function mark(masks: Map<number, Uint8Array>, entity: number, axis: DayAxis, first: number, last: number): void {
  let mask = masks.get(entity);
  if (!mask) {
    mask = new Uint8Array(axis.days);
    masks.set(entity, mask);
  }
  for (let d = Math.max(0, first); d <= Math.min(axis.days - 1, last); d += 1) mask[d] = 1;
}

function opens(axis: DayAxis, keys: Int32Array, ts: Float64Array): Map<number, number> {
  const out = new Map<number, number>();
  for (let row = 0; row < keys.length; row += 1) {
    const day = dayIndex(axis, ts[row]!);
    if (keys[row]! >= 0 && day > 0 && !(out.get(keys[row]!)! <= day)) out.set(keys[row]!, day);
  }
  return out;
}

/** Orders per (series, day) that a campaign reaching at least `minCampaignShops` shops subsidised. */
function broadCampaignDays(snapshot: Snapshot, axis: DayAxis, rule: ExclusionRule, merchantMasks: Map<number, Uint8Array>, itemMasks: Map<number, Uint8Array>): void {
  const subsidies = snapshot.table('subsidy.granted');
  const shops = new Map<number, Set<number>>();
  for (let row = 0; row < subsidies.size; row += 1) {
    const campaign = subsidies.columns.campaignId[row]!;
    if (campaign < 0 || subsidies.columns.merchantId[row]! < 0) continue;
    const set = shops.get(campaign) ?? new Set<number>();
    set.add(subsidies.columns.merchantId[row]!);
    shops.set(campaign, set);
  }
  const covered = new Uint8Array(snapshot.names('order').size);
  for (let row = 0; row < subsidies.size; row += 1) {
    const order = subsidies.columns.orderId[row]!;
    if (order >= 0 && (shops.get(subsidies.columns.campaignId[row]!)?.size ?? 0) >= rule.minCampaignShops) covered[order] = 1;
  }
  const orders = snapshot.table('order.placed');
  for (const [key, masks] of [[orders.columns.merchantId, merchantMasks], [orders.columns.itemId, itemMasks]] as const) {
    // Two passes so only (series, day) slots with a subsidised order are tallied: most slots have none.
    const perDay = new Map<number, [number, number]>();
    for (let row = 0; row < orders.size; row += 1) {
      if (key[row]! < 0 || !covered[orders.columns.orderId[row]!]) continue;
      const slot = key[row]! * axis.days + dayIndex(axis, orders.ts[row]!);
      const tally = perDay.get(slot) ?? [0, 0];
      tally[1] += 1;
      perDay.set(slot, tally);
    }
    for (let row = 0; row < orders.size; row += 1) {
      if (key[row]! >= 0) {
        const tally = perDay.get(key[row]! * axis.days + dayIndex(axis, orders.ts[row]!));
        if (tally) tally[0] += 1;
      }
    }
    for (const [slot, [all, subsidised]] of perDay) {
      if (subsidised < rule.campaignDayShare * all) continue;
      const day = slot % axis.days;
      mark(masks, (slot - day) / axis.days, axis, day, day);
    }
  }
}

export function exclusions(snapshot: Snapshot, axis: DayAxis, rule: ExclusionRule): Exclusions {
  const registered = snapshot.table('merchant.registered');
  const listed = snapshot.table('listing.published');
  const merchantExplained = new Map<number, Uint8Array>();
  const itemExplained = new Map<number, Uint8Array>();
  const promotionEvents = new Map<string, number[]>();
  for (const promotion of declaredPromotions(snapshot)) {
    const masks = promotion.entityType === 'merchant' ? merchantExplained : itemExplained;
    mark(masks, promotion.entity, axis, dayIndex(axis, promotion.from), dayIndex(axis, promotion.to));
    const key = `${promotion.entityType}:${promotion.entity}`;
    promotionEvents.set(key, [...(promotionEvents.get(key) ?? []), promotion.event]);
  }
  // An item's promotion days are also those of its shop's promotions.
  const itemShop = snapshot.table('order.placed');
  const items = groupRowsByKey(itemShop.columns.itemId, itemShop.ts, snapshot.names('item').size);
  for (let item = 0; item + 1 < items.start.length; item += 1) {
    if (items.start[item] === items.start[item + 1]) continue;
    const shopMask = merchantExplained.get(itemShop.columns.merchantId[items.rows[items.start[item]!]!]!);
    if (!shopMask) continue;
    for (let d = 0; d < axis.days; d += 1) if (shopMask[d]) mark(itemExplained, item, axis, d, d);
  }
  broadCampaignDays(snapshot, axis, rule, merchantExplained, itemExplained);
  return {
    merchantOpens: opens(axis, registered.columns.merchantId, registered.ts),
    itemOpens: opens(axis, listed.columns.itemId, listed.ts),
    merchantExplained, itemExplained, promotionEvents,
  };
}
