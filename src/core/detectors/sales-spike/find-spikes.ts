// The spike search on its own: which shops and items sold far above baseline, on which days, to whom. Graph detectors can seed from it.
import type { Table } from '../../snapshot/columns.ts';
import { groupRowsByKey, type RowGroups } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { countDays, dailyFactors, dayAxis, dayIndex, dayStart, dispersion, type DayAxis } from './day-axis.ts';
import { exclusions, type Exclusions } from './excluded-days.ts';
import type { SpikeParams } from './params.ts';
import { scanSpikes, type Spike, type SpikeRule } from './scan-spikes.ts';

export type FoundSpike = Spike & {
  readonly type: 'merchant' | 'item';
  /** Interned merchant or item id. */
  readonly key: number;
  /** Epoch milliseconds of the window's first and last local day. */
  readonly from: number;
  readonly to: number;
  /** `order.placed` rows of the series (all days); `buyers()` those of the window, interned account ids. */
  readonly rows: Int32Array;
  buyers(): number[];
};

export type SpikeSearch = {
  readonly spikes: FoundSpike[];
  readonly axis: DayAxis | undefined;
  readonly rule: SpikeRule | undefined;
  readonly exclusions: Exclusions | undefined;
  readonly orders: Table<'order.placed'>;
};

function busy(groups: RowGroups, minOrders: number): number[] {
  const keys: number[] = [];
  for (let g = 0; g + 1 < groups.start.length; g += 1) if (groups.start[g + 1]! - groups.start[g]! >= minOrders) keys.push(g);
  return keys;
}

function* series(axis: DayAxis, groups: RowGroups, ts: Float64Array, scratch: Float64Array): Generator<Float64Array> {
  for (let g = 0; g + 1 < groups.start.length; g += 1) yield countDays(axis, groups, g, ts, scratch);
}

/**
 * Every unexplained spike of every shop, then of every item outside its shop's spikes. The ring detector (or any
 * caller) can restrict its own search to a spike's days and buyers: `from`, `to` and `buyers()` say which.
 */
export function findSpikes(snapshot: Snapshot, params: SpikeParams): SpikeSearch {
  const orders = snapshot.table('order.placed');
  const axis = dayAxis(orders.ts, params.utcOffsetMinutes);
  if (!axis) return { spikes: [], axis, rule: undefined, exclusions: undefined, orders };
  const factors = dailyFactors(axis, orders.ts);
  const excluded = exclusions(snapshot, axis, params);
  const byMerchant = groupRowsByKey(orders.columns.merchantId, orders.ts, snapshot.names('merchant').size);
  const byItem = groupRowsByKey(orders.columns.itemId, orders.ts, snapshot.names('item').size);
  const scratch = new Float64Array(axis.days);
  const merchants = busy(byMerchant, params.minOrders);
  const items = params.itemSpikes ? busy(byItem, params.minOrders) : [];
  const tests = Math.max(1, (merchants.length + items.length) * axis.days * params.maxWindowDays);
  const rule: SpikeRule = { ...params, logLimit: Math.log(params.familyAlpha / tests), dispersion: dispersion(series(axis, byMerchant, orders.ts, scratch)) };
  const mask = new Uint8Array(axis.days);
  const found: FoundSpike[] = [];
  const scan = (type: 'merchant' | 'item', groups: RowGroups, key: number): FoundSpike[] => {
    const counts = countDays(axis, groups, key, orders.ts, scratch);
    const explained = (type === 'merchant' ? excluded.merchantExplained : excluded.itemExplained).get(key);
    const opened = (type === 'merchant' ? excluded.merchantOpens : excluded.itemOpens).get(key) ?? 0;
    for (let d = 0; d < axis.days; d += 1) mask[d] = d < opened || (explained?.[d] ?? 0) ? 1 : 0;
    const rows = groups.rows.subarray(groups.start[key], groups.start[key + 1]);
    return scanSpikes(counts, factors, mask, rule).map((spike) => ({
      ...spike, type, key, rows, from: dayStart(axis, spike.first), to: dayStart(axis, spike.last + 1) - 1,
      buyers: () => [...new Set(Array.from(rows).filter((row) => {
        const day = dayIndex(axis, orders.ts[row]!);
        return day >= spike.first && day <= spike.last;
      }).map((row) => orders.columns.accountId[row]!))],
    }));
  };
  const shopSpikes = new Map<number, FoundSpike[]>();
  for (const merchant of merchants) {
    const spikes = scan('merchant', byMerchant, merchant);
    if (spikes.length) shopSpikes.set(merchant, spikes);
    found.push(...spikes);
  }
  for (const item of items) {
    const shop = orders.columns.merchantId[byItem.rows[byItem.start[item]!]!]!;
    // An item spike inside its shop's spike is already named by the shop's finding.
    const taken = shopSpikes.get(shop) ?? [];
    found.push(...scan('item', byItem, item).filter((s) => !taken.some((m) => s.first <= m.last && m.first <= s.last)));
  }
  return { spikes: found, axis, rule, exclusions: excluded, orders };
}
