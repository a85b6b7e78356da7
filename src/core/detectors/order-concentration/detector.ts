// order_concentration: a shop whose orders ÷ unique buyers reaches 3 in any one hour (a public marketplace rule).
import { z } from 'zod';
import { ok } from '../../result.ts';
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { scanWindows, type Episode } from './scan-windows.ts';

const Params = z.object({
  windowMinutes: z.number().positive().default(60),
  /** The platform rule: orders ÷ unique buyers ≥ 3 in one window. */
  ratio: z.number().min(1).default(3),
  minOrders: z.int().min(2).default(3),
});
type Params = z.infer<typeof Params>;

/** 0.45 at the rule's edge, rising with how far past the ratio and how many orders; the bigger the block, the surer. */
export function concentrationScore(ratio: number, orders: number, params: Params): number {
  const score = 0.45 + 0.25 * Math.log2(ratio / params.ratio) + 0.1 * Math.log2(orders / params.minOrders);
  return Math.min(0.99, Math.max(0.05, score));
}

function describeEpisode(snapshot: Snapshot, merchant: number, rows: Int32Array, episode: Episode, params: Params): FindingDraft {
  const orders = snapshot.table('order.placed');
  const { accountId, orderId } = orders.columns;
  const accounts = snapshot.names('account');
  const perBuyer = new Map<number, number[]>();
  for (let i = episode.start; i < episode.end; i += 1) {
    const row = rows[i]!;
    const list = perBuyer.get(accountId[row]!) ?? [];
    list.push(row);
    perBuyer.set(accountId[row]!, list);
  }
  const repeat = [...perBuyer.entries()].filter(([, list]) => list.length >= 2).sort((a, b) => b[1].length - a[1].length);
  const shop = snapshot.names('merchant').name(merchant);
  const ratio = episode.peakOrders / episode.peakBuyers;
  const shown = ratio.toFixed(1);
  const episodeOrders = episode.end - episode.start;
  const minutes = params.windowMinutes;
  return {
    kind: 'order_concentration',
    score: concentrationScore(ratio, episode.peakOrders, params),
    summary: `Shop ${shop}: ${episode.peakOrders} orders from ${episode.peakBuyers} buyers within ${minutes} minutes (ratio ${shown} ≥ ${params.ratio})`,
    summaryZh: `店铺 ${shop}：${minutes} 分钟内 ${episode.peakOrders} 笔订单仅来自 ${episode.peakBuyers} 位买家（比值 ${shown} ≥ ${params.ratio}）`,
    entities: [
      { type: 'merchant', id: shop, role: 'merchant' },
      ...repeat.map(([buyer]) => ({ type: 'account' as const, id: accounts.name(buyer), role: 'repeat_buyer' })),
      ...repeat.flatMap(([, list]) => list.map((row) => ({ type: 'order' as const, id: snapshot.names('order').name(orderId[row]!), role: 'order' }))),
    ],
    window: { from: orders.ts[rows[episode.start]!]!, to: orders.ts[rows[episode.end - 1]!]! },
    reasons: [
      {
        code: 'ORDERS_PER_BUYER_HOURLY',
        message: `${episode.peakOrders} orders ÷ ${episode.peakBuyers} unique buyers = ${shown} within ${minutes} minutes`,
        messageZh: `${minutes} 分钟内订单数 ${episode.peakOrders} ÷ 独立买家数 ${episode.peakBuyers} = ${shown}`,
        value: Number(ratio.toFixed(3)),
        threshold: params.ratio,
      },
      {
        code: 'REPEAT_BUYERS',
        message: `${repeat.length} buyers placed 2 or more orders in the episode (top: ${repeat[0]?.[1].length ?? 0} orders)`,
        messageZh: `${repeat.length} 位买家在此期间重复下单（最多 ${repeat[0]?.[1].length ?? 0} 笔）`,
        value: repeat.length,
      },
    ],
    evidence: {
      eventIds: Array.from(rows.subarray(episode.start, episode.end), (row) => snapshot.eventId(orders.event[row]!)),
      metrics: {
        peakOrders: episode.peakOrders,
        peakBuyers: episode.peakBuyers,
        peakRatio: Number(ratio.toFixed(3)),
        episodeOrders,
        episodeBuyers: perBuyer.size,
        peakWindowStart: orders.ts[rows[episode.peakStart]!]!,
      },
    },
  };
}

export const orderConcentration = defineDetector({
  name: 'order-concentration',
  version: '1.0.0',
  kinds: ['order_concentration'],
  params: Params,
  run(snapshot, params) {
    const orders = snapshot.table('order.placed');
    const { merchantId, accountId } = orders.columns;
    const groups = groupRowsByKey(merchantId, orders.ts, snapshot.names('merchant').size);
    const scratch = new Int32Array(snapshot.names('account').size);
    const rule = { windowMs: params.windowMinutes * 60_000, ratio: params.ratio, minOrders: params.minOrders };
    const drafts: FindingDraft[] = [];
    for (let merchant = 0; merchant + 1 < groups.start.length; merchant += 1) {
      const rows = groups.rows.subarray(groups.start[merchant], groups.start[merchant + 1]);
      if (rows.length < params.minOrders) continue;
      const times = Array.from(rows, (row) => orders.ts[row]!);
      const buyers = Array.from(rows, (row) => accountId[row]!);
      for (const episode of scanWindows(times, buyers, rule, scratch)) drafts.push(describeEpisode(snapshot, merchant, rows, episode, params));
    }
    return ok(drafts);
  },
});
