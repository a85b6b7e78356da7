// sales_spike: a shop's or item's orders far above its own robust, seasonally adjusted baseline, with no promotion behind it.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { countDays, dailyFactors, dayAxis, dispersion } from './day-axis.ts';
import { describeSpike, spikeContext } from './describe-spike.ts';
import { exclusions } from './excluded-days.ts';
import { scanSpikes, type Spike, type SpikeRule } from './scan-spikes.ts';

const Params = z.strictObject({
  /** Days are local calendar days; China Standard Time by default. */
  utcOffsetMinutes: z.int().min(-720).max(840).default(480),
  maxWindowDays: z.int().min(1).max(31).default(7),
  minOrders: z.int().min(1).default(10),
  minLift: z.number().min(1).default(3),
  /** Chance of one false finding in the whole snapshot, split evenly over every window tested (Bonferroni). */
  familyAlpha: z.number().positive().max(1).default(1e-3),
  minBaselineDays: z.int().min(3).default(14),
  minLevel: z.number().positive().default(0.2),
  /** A campaign that reaches this many shops is a platform promotion, not a favour to one shop. */
  minCampaignShops: z.int().min(1).default(5),
  campaignDayShare: z.number().gt(0).max(1).default(0.5),
  itemSpikes: z.boolean().default(true),
});
export type SpikeParams = z.infer<typeof Params>;

type Series = { readonly type: 'merchant' | 'item'; readonly key: number; readonly spikes: Spike[] };

export const salesSpike = defineDetector({
  name: 'sales-spike',
  version: '1.1.0',
  kinds: ['sales_spike'],
  params: Params,
  run(snapshot, params) {
    const orders = snapshot.table('order.placed');
    const axis = dayAxis(orders.ts, params.utcOffsetMinutes);
    if (!axis) return ok([]);
    const factors = dailyFactors(axis, orders.ts);
    const excluded = exclusions(snapshot, axis, params);
    const byMerchant = groupRowsByKey(orders.columns.merchantId, orders.ts, snapshot.names('merchant').size);
    const byItem = groupRowsByKey(orders.columns.itemId, orders.ts, snapshot.names('item').size);
    const scratch = new Float64Array(axis.days);
    const busy = (groups: typeof byMerchant) => {
      const keys: number[] = [];
      for (let g = 0; g + 1 < groups.start.length; g += 1) if (groups.start[g + 1]! - groups.start[g]! >= params.minOrders) keys.push(g);
      return keys;
    };
    const merchants = busy(byMerchant);
    const items = params.itemSpikes ? busy(byItem) : [];
    const phi = dispersion((function* () {
      for (let g = 0; g + 1 < byMerchant.start.length; g += 1) yield countDays(axis, byMerchant, g, orders.ts, scratch);
    })());
    const tests = Math.max(1, (merchants.length + items.length) * axis.days * params.maxWindowDays);
    const rule: SpikeRule = { ...params, logLimit: Math.log(params.familyAlpha / tests), dispersion: phi };
    const mask = new Uint8Array(axis.days);
    const scan = (type: 'merchant' | 'item', groups: typeof byMerchant, key: number): Series => {
      const counts = countDays(axis, groups, key, orders.ts, scratch);
      const explained = (type === 'merchant' ? excluded.merchantExplained : excluded.itemExplained).get(key);
      const opened = (type === 'merchant' ? excluded.merchantOpens : excluded.itemOpens).get(key) ?? 0;
      for (let d = 0; d < axis.days; d += 1) mask[d] = d < opened || (explained?.[d] ?? 0) ? 1 : 0;
      return { type, key, spikes: scanSpikes(counts, factors, mask, rule) };
    };
    const shopSpikes = new Map<number, Spike[]>();
    const found: Series[] = [];
    for (const merchant of merchants) {
      const series = scan('merchant', byMerchant, merchant);
      if (series.spikes.length === 0) continue;
      shopSpikes.set(merchant, series.spikes);
      found.push(series);
    }
    for (const item of items) {
      const series = scan('item', byItem, item);
      const shop = orders.columns.merchantId[byItem.rows[byItem.start[item]!]!]!;
      // An item spike inside its shop's spike is already named by the shop's finding.
      const own = series.spikes.filter((s) => !(shopSpikes.get(shop) ?? []).some((m) => s.first <= m.last && m.first <= s.last));
      if (own.length) found.push({ ...series, spikes: own });
    }
    if (found.length === 0) return ok([]);
    const context = spikeContext(snapshot, axis, orders, excluded, rule);
    const drafts: FindingDraft[] = [];
    for (const series of found) {
      const groups = series.type === 'merchant' ? byMerchant : byItem;
      const rows = groups.rows.subarray(groups.start[series.key], groups.start[series.key + 1]);
      for (const spike of series.spikes) drafts.push(describeSpike(snapshot, context, series.type, series.key, rows, spike, params));
    }
    return ok(drafts);
  },
});
