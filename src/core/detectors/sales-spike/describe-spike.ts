// Turns one spike into a finding: how far above baseline, who bought in it (handed to the graph detectors), and how new they are.
import type { Reason } from '../../findings/finding.ts';
import { accountRegistrations } from '../../signals/account-registration.ts';
import { newAccountShare, youngerThanUsual } from '../../signals/new-account-share.ts';
import { burstMembership, registrationBursts } from '../../signals/registration-bursts.ts';
import type { Table } from '../../snapshot/columns.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { formatIso } from '../../time/format.ts';
import type { FindingDraft } from '../detector.ts';
import { dayIndex, type DayAxis } from './day-axis.ts';
import type { SpikeParams } from './params.ts';
import type { Exclusions } from './excluded-days.ts';
import type { FoundSpike } from './find-spikes.ts';
import type { SpikeRule } from './scan-spikes.ts';

/** A buyer this young at their first order in the spike counts as new. */
const NEW_ACCOUNT_DAYS = 30;
/** An item carrying this share of the spike's orders is named with it. */
const ITEM_SHARE = 0.2;

export type SpikeContext = {
  readonly axis: DayAxis;
  readonly rule: SpikeRule;
  readonly registered: Float64Array;
  readonly burstOf: Int32Array;
  /** Share of all buyers that were new at their first order: what a spike's buyers are compared with. */
  readonly baseNewShare: number;
  readonly exclusions: Exclusions;
};

export function spikeContext(snapshot: Snapshot, axis: DayAxis, orders: Table<'order.placed'>, exclusions: Exclusions, rule: SpikeRule): SpikeContext {
  const registered = accountRegistrations(snapshot);
  const firstOrder = new Map<number, number>();
  const { accountId } = orders.columns;
  for (let row = 0; row < orders.size; row += 1) {
    const account = accountId[row]!;
    if (account >= 0 && !(firstOrder.get(account)! <= orders.ts[row]!)) firstOrder.set(account, orders.ts[row]!);
  }
  const base = newAccountShare(firstOrder.keys(), registered, (a) => firstOrder.get(a)!, NEW_ACCOUNT_DAYS);
  const burstOf = burstMembership(registrationBursts(snapshot), snapshot.names('account').size);
  return { axis, rule, registered, burstOf, baseNewShare: base.share, exclusions };
}

/** 0.4 at the edge, rising with surprise, lift and new buyers: a spike alone is a lead, not a verdict. */
export function spikeScore(log10Tail: number, log10Limit: number, lift: number, minLift: number, newBuyers: boolean): number {
  const score = 0.4 + 0.04 * Math.min(8, log10Limit - log10Tail) + 0.1 * Math.log2(lift / minLift) + (newBuyers ? 0.1 : 0);
  return Math.min(0.95, Math.max(0.3, score));
}

export function describeSpike(snapshot: Snapshot, context: SpikeContext, spike: FoundSpike, params: SpikeParams): FindingDraft {
  const { type, key, rows, from, to } = spike;
  const orders = snapshot.table('order.placed');
  const { accountId, itemId } = orders.columns;
  const names = { account: snapshot.names('account'), item: snapshot.names('item') };
  const buyers = new Map<number, { first: number; orders: number }>();
  const itemCounts = new Map<number, number>();
  const eventIds: string[] = [];
  for (const row of rows) {
    const day = dayIndex(context.axis, orders.ts[row]!);
    if (day < spike.first || day > spike.last) continue;
    eventIds.push(snapshot.eventId(orders.event[row]!));
    const buyer = buyers.get(accountId[row]!) ?? { first: orders.ts[row]!, orders: 0 };
    buyer.orders += 1;
    buyers.set(accountId[row]!, buyer);
    itemCounts.set(itemId[row]!, (itemCounts.get(itemId[row]!) ?? 0) + 1);
  }
  const id = snapshot.names(type).name(key);
  const lift = spike.observed / spike.expected;
  const log10Tail = spike.logTail / Math.LN10;
  const log10Limit = context.rule.logLimit / Math.LN10;
  const dates = `${formatIso(from, params.utcOffsetMinutes).slice(0, 10)} – ${formatIso(to, params.utcOffsetMinutes).slice(0, 10)}`;
  const age = newAccountShare(buyers.keys(), context.registered, (a) => buyers.get(a)!.first, NEW_ACCOUNT_DAYS);
  const newBuyers = age.young >= 3 && youngerThanUsual(age, context.baseNewShare) <= 1e-3;
  const fromBursts = [...buyers.keys()].filter((a) => context.burstOf[a]! >= 0).length;
  const what = type === 'merchant' ? ['Shop', '店铺'] : ['Item', '商品'];
  const reasons: Reason[] = [
    {
      code: 'SALES_ABOVE_BASELINE',
      message: `${spike.observed} orders on ${dates} against ${spike.expected.toFixed(1)} expected from its own baseline (${spike.level.toFixed(2)} a day, seasonally adjusted): ${lift.toFixed(1)}×`,
      messageZh: `${dates} 共 ${spike.observed} 笔订单，按自身基线（每日 ${spike.level.toFixed(2)} 笔，经季节调整）预期 ${spike.expected.toFixed(1)} 笔，为 ${lift.toFixed(1)} 倍`,
      value: Number(lift.toFixed(2)), threshold: params.minLift,
    },
    {
      code: 'UNLIKELY_UNDER_BASELINE',
      message: `Chance of so many orders under the baseline (dispersion ${context.rule.dispersion.toFixed(2)}): 1e${log10Tail.toFixed(1)}`,
      messageZh: `在基线下出现如此多订单的概率（离散度 ${context.rule.dispersion.toFixed(2)}）：1e${log10Tail.toFixed(1)}`,
      value: Number(log10Tail.toFixed(2)), threshold: Number(log10Limit.toFixed(2)),
    },
    {
      code: 'NO_PROMOTION_DECLARED',
      message: `No declared promotion and no campaign reaching ${params.minCampaignShops}+ shops covers these days`,
      messageZh: `这些日期没有已申报的促销活动，也没有覆盖 ${params.minCampaignShops} 家以上店铺的平台活动`,
    },
  ];
  if (newBuyers) {
    reasons.push({
      code: 'NEW_BUYER_SHARE', value: Number(age.share.toFixed(3)), threshold: Number(context.baseNewShare.toFixed(3)),
      message: `${age.young} of ${age.known} buyers were at most ${NEW_ACCOUNT_DAYS} days old; across the platform ${(context.baseNewShare * 100).toFixed(1)}% are`,
      messageZh: `${age.known} 位买家中 ${age.young} 位注册不足 ${NEW_ACCOUNT_DAYS} 天；全平台该比例为 ${(context.baseNewShare * 100).toFixed(1)}%`,
    });
  }
  if (fromBursts > 0) {
    reasons.push({
      code: 'BURST_REGISTERED_BUYERS', value: fromBursts,
      message: `${fromBursts} buyers signed up in a registration burst`, messageZh: `${fromBursts} 位买家在集中注册时段内注册`,
    });
  }
  reasons.push({
    code: 'BUYERS_HANDED_TO_GRAPH',
    message: `${buyers.size} buyers of the spike are listed (role spike_buyer) for ring and farm analysis; they are not accused by this finding`,
    messageZh: `列出激增期间的 ${buyers.size} 位买家（角色 spike_buyer）供团伙与群控分析，本发现不据此认定其违规`,
    value: buyers.size,
  });
  const spikeItems = [...itemCounts].filter(([, n]) => n >= ITEM_SHARE * spike.observed).map(([item]) => names.item.name(item)).sort();
  const merchant = snapshot.names('merchant').name(orders.columns.merchantId[rows[0]!]!);
  return {
    kind: 'sales_spike',
    score: spikeScore(log10Tail, log10Limit, lift, params.minLift, newBuyers),
    summary: `${what[0]} ${id}: ${spike.observed} orders on ${dates}, ${lift.toFixed(1)}× its baseline, no promotion declared`,
    summaryZh: `${what[1]} ${id}：${dates} 共 ${spike.observed} 笔订单，为基线的 ${lift.toFixed(1)} 倍，且无促销申报`,
    entities: [
      { type: 'merchant', id: merchant, role: 'merchant' },
      ...(type === 'item' ? [{ type: 'item' as const, id, role: 'spike_item' }] : spikeItems.map((item) => ({ type: 'item' as const, id: item, role: 'spike_item' }))),
      ...[...buyers.keys()].map((a) => names.account.name(a)).sort().map((account) => ({ type: 'account' as const, id: account, role: 'spike_buyer' })),
    ],
    window: { from, to },
    reasons,
    evidence: {
      eventIds,
      metrics: {
        series: type, days: spike.last - spike.first + 1, orders: spike.observed, expected: Number(spike.expected.toFixed(2)),
        lift: Number(lift.toFixed(2)), baselinePerDay: Number(spike.level.toFixed(3)), log10Chance: Number(log10Tail.toFixed(2)),
        buyers: buyers.size, newBuyerShare: Number(age.share.toFixed(3)), burstBuyers: fromBursts,
      },
    },
  };
}
