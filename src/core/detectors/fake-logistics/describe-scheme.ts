// Turns one shop's empty-parcel orders into a finding: the signs, the buyers, the orders, their reviews and waybills.
import { accountRegistrations } from '../../signals/account-registration.ts';
import { newAccountShare } from '../../signals/new-account-share.ts';
import { orderReviews, type OrderReviews } from '../../signals/order-reviews.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { Reason } from '../../findings/finding.ts';
import type { LogisticsParams } from './detector.ts';
import { logisticsTrails, type ParcelFacts } from './parcel-facts.ts';
import { signalCodes, type OrderSignals, type SignalCode } from './parcel-signals.ts';

/** Buyers this young at their first empty parcel: accounts bought or registered for the scheme. */
const NEW_ACCOUNT_DAYS = 30;

const signalText: Record<SignalCode, (n: number, p: LogisticsParams) => [string, string]> = {
  ROUTE_PICKUP_AND_SIGNOFF_ONLY: (n) => [`${n} routes show only pickup and sign-off, no hub or delivery scans`, `${n} 个运单只有揽收和签收，没有中转和派送记录`],
  DELIVERED_WITHIN_HOURS: (n, p) => [`${n} parcels delivered within ${p.maxDeliveryHours} hours of shipping`, `${n} 个包裹发货后 ${p.maxDeliveryHours} 小时内即签收`],
  PARCEL_TOO_LIGHT: (n, p) => [`${n} parcels weigh under ${p.maxGrams} g or far below the item's usual weight`, `${n} 个包裹重量低于 ${p.maxGrams} 克或远低于该商品通常重量`],
  WAYBILL_REUSED: (n) => [`${n} orders ship on a tracking number another order also uses`, `${n} 笔订单使用与其他订单重复的运单号`],
  TOKEN_PRICE_EDIT: (n, p) => [`${n} orders were repriced before payment to a token amount (≤ ${p.maxPriceShare * 100}% or ≤ ${p.maxTokenFen} fen)`, `${n} 笔订单付款前被改为象征性价格（≤ ${p.maxPriceShare * 100}% 或 ≤ ${p.maxTokenFen} 分）`],
};

export function schemeScore(orders: number, meanSignals: number, params: LogisticsParams): number {
  const score = 0.55 + 0.1 * (meanSignals - params.minSignals) + 0.08 * Math.log2(orders / params.minOrders);
  return Math.min(0.99, Math.max(0.5, score));
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1]! : Number.NaN;
}

/** What every shop's description reads, computed once per run. */
export type SchemeContext = {
  readonly facts: ParcelFacts;
  readonly registered: Float64Array;
  readonly reviews: OrderReviews;
  /** Logistics events of every order a finding will name. */
  readonly trails: ReadonlyMap<number, number[]>;
  /** Shops shipping on each reused tracking number. */
  readonly waybillShops: ReadonlyMap<number, ReadonlySet<number>>;
};

export function schemeContext(snapshot: Snapshot, facts: ParcelFacts, uses: Int32Array, named: ReadonlySet<number>): SchemeContext {
  const placed = snapshot.table('order.placed');
  const shipped = snapshot.table('order.shipped');
  const waybillShops = new Map<number, Set<number>>();
  for (let row = 0; row < shipped.size; row += 1) {
    const tracking = shipped.columns.trackingNumber[row]!;
    const place = facts.placedRow[shipped.columns.orderId[row]!]!;
    if (tracking < 0 || uses[tracking]! < 2 || place < 0) continue;
    const shops = waybillShops.get(tracking) ?? new Set<number>();
    shops.add(placed.columns.merchantId[place]!);
    waybillShops.set(tracking, shops);
  }
  return {
    facts, registered: accountRegistrations(snapshot), waybillShops, reviews: orderReviews(snapshot), trails: logisticsTrails(snapshot, named),
  };
}

export function describeScheme(snapshot: Snapshot, context: SchemeContext, merchant: number, orders: readonly OrderSignals[], params: LogisticsParams): FindingDraft {
  const { facts } = context;
  const placed = snapshot.table('order.placed');
  const shipped = snapshot.table('order.shipped');
  const edits = snapshot.table('order.price_changed');
  const names = { account: snapshot.names('account'), order: snapshot.names('order'), merchant: snapshot.names('merchant') };
  const shop = names.merchant.name(merchant);
  const counts = new Map<SignalCode, number>();
  const buyers = new Map<number, number>();
  const waybills = new Set<number>();
  const eventIds: string[] = [];
  const orderIds: string[] = [];
  const reviewIds: string[] = [];
  let [from, to, signals] = [Infinity, -Infinity, 0];
  for (const o of orders) {
    const row = facts.placedRow[o.order]!;
    for (const code of o.codes) counts.set(code, (counts.get(code) ?? 0) + 1);
    signals += o.codes.length;
    const account = placed.columns.accountId[row]!;
    buyers.set(account, Math.min(buyers.get(account) ?? Infinity, placed.ts[row]!));
    orderIds.push(names.order.name(o.order));
    waybills.add(shipped.columns.trackingNumber[facts.shippedRow[o.order]!]!);
    eventIds.push(snapshot.eventId(placed.event[row]!));
    if (facts.priceRow[o.order]! >= 0) eventIds.push(snapshot.eventId(edits.event[facts.priceRow[o.order]!]!));
    for (const event of context.trails.get(o.order) ?? []) eventIds.push(snapshot.eventId(event));
    const posted = context.reviews.of(o.order);
    reviewIds.push(...posted.reviewIds);
    eventIds.push(...posted.eventIds);
    from = Math.min(from, placed.ts[row]!);
    const end = facts.deliveredAt[o.order]!;
    to = Math.max(to, Number.isNaN(end) ? placed.ts[row]! : end);
  }
  const otherShops = new Set<string>();
  for (const waybill of waybills) {
    for (const other of context.waybillShops.get(waybill) ?? []) if (other !== merchant) otherShops.add(names.merchant.name(other));
  }
  const age = newAccountShare(buyers.keys(), context.registered, (a) => buyers.get(a)!, NEW_ACCOUNT_DAYS);
  const meanSignals = signals / orders.length;
  const grams = median(orders.map((o) => o.grams));
  const hours = median(orders.map((o) => o.hours));
  const reasons: Reason[] = [{
    code: 'EMPTY_PARCEL_ORDERS',
    message: `${orders.length} orders from ${buyers.size} buyers carry ${params.minSignals} or more signs of an empty parcel (mean ${meanSignals.toFixed(1)} of 5)`,
    messageZh: `${buyers.size} 位买家的 ${orders.length} 笔订单具有 ${params.minSignals} 项以上空包特征（平均 ${meanSignals.toFixed(1)} 项）`,
    value: orders.length,
    threshold: params.minOrders,
  }];
  for (const code of signalCodes) {
    const n = counts.get(code) ?? 0;
    if (n === 0) continue;
    const [message, messageZh] = signalText[code](n, params);
    reasons.push({ code, message, messageZh, value: n });
  }
  if (otherShops.size > 0) {
    reasons.push({
      code: 'WAYBILL_SHARED_ACROSS_SHOPS', value: otherShops.size,
      message: `Tracking numbers of these orders also ship orders of ${otherShops.size} other shops: ${[...otherShops].sort().slice(0, 5).join(', ')}`,
      messageZh: `这些订单的运单号同时用于其他 ${otherShops.size} 家店铺的订单：${[...otherShops].sort().slice(0, 5).join('、')}`,
    });
  }
  if (age.known > 0 && age.share >= 0.5) {
    reasons.push({
      code: 'NEW_BUYER_ACCOUNTS', value: Number(age.share.toFixed(3)),
      message: `${age.young} of ${age.known} buyers were at most ${NEW_ACCOUNT_DAYS} days old at their first empty parcel`,
      messageZh: `${age.known} 位买家中 ${age.young} 位在首个空包订单时注册不足 ${NEW_ACCOUNT_DAYS} 天`,
    });
  }
  const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
  return {
    kind: 'fake_logistics',
    score: schemeScore(orders.length, meanSignals, params),
    summary: `Shop ${shop}: ${orders.length} empty-parcel orders (median ${Math.round(grams)} g, delivered in ${hours.toFixed(1)} h) to ${buyers.size} buyers`,
    summaryZh: `店铺 ${shop}：${orders.length} 笔疑似空包订单（中位重量 ${Math.round(grams)} 克，${hours.toFixed(1)} 小时签收），涉及 ${buyers.size} 位买家`,
    entities: [
      { type: 'merchant', id: shop, role: 'merchant' },
      ...sorted([...buyers.keys()].map((a) => names.account.name(a))).map((id) => ({ type: 'account' as const, id, role: 'fake_buyer' })),
      ...sorted(orderIds).map((id) => ({ type: 'order' as const, id, role: 'order' })),
      ...sorted(reviewIds).map((id) => ({ type: 'review' as const, id, role: 'review' })),
    ],
    window: { from, to },
    reasons,
    evidence: {
      eventIds,
      metrics: {
        emptyParcelOrders: orders.length, buyers: buyers.size, waybills: waybills.size, medianGrams: grams, medianDeliveryHours: Number(hours.toFixed(2)),
        meanSignals: Number(meanSignals.toFixed(2)), otherShopsOnWaybills: otherShops.size, newBuyerShare: Number(age.share.toFixed(3)),
      },
    },
  };
}
