// Turns a ring block and its signals into a brushing_ring finding: members, items, orders and reviews, reasons in Chinese and English, the graph's edges.
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import { orderReviews } from '../../signals/order-reviews.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { RingBlock } from './find-ring-blocks.ts';
import type { Purchases } from './order-purchases.ts';
import type { RingSignals } from './ring-signals.ts';

/** Edges listed for the report's graph; a larger ring is drawn from its first edges. */
export const MAX_GRAPH_EDGES = 600;

export type RingVerdict = { readonly score: number; readonly corroboration: number };

const pct = (x: number) => `${Math.round(x * 100)}%`;

function reasonsFor(ring: RingBlock, signals: RingSignals, days: number, minLift: number): Reason[] {
  const lift = Math.round(ring.lift);
  const reasons: Reason[] = [
    {
      code: 'DENSE_BLOCK',
      message: `${ring.accounts.length} accounts × ${ring.items.length} items: ${ring.orders} orders where their overall activity predicts ${ring.expected.toFixed(2)} (${lift}×)`,
      messageZh: `${ring.accounts.length} 个账号 × ${ring.items.length} 件商品：实际 ${ring.orders} 笔订单，按其总体活跃度仅应有 ${ring.expected.toFixed(2)} 笔（${lift} 倍）`,
      value: lift,
      threshold: minLift,
    },
    {
      code: 'SHORT_WINDOW',
      message: `All within ${days} day(s); pair density ${pct(ring.edgeDensity)}`,
      messageZh: `全部发生在 ${days} 天内；账号-商品配对密度 ${pct(ring.edgeDensity)}`,
      value: days,
    },
  ];
  if (signals.directLink >= 0.5) {
    reasons.push({ code: 'ARRIVED_BY_LINK', message: `${pct(signals.directLink)} of the orders came without a search (a shared link)`, messageZh: `${pct(signals.directLink)} 的订单未经搜索直接下单（通过分享链接进入）`, value: Number(signals.directLink.toFixed(3)) });
  }
  if (signals.young >= 0.3) {
    reasons.push({ code: 'YOUNG_ACCOUNTS', message: `${pct(signals.young)} of the members were registered shortly before the ring began`, messageZh: `${pct(signals.young)} 的成员账号在刷单开始前不久注册`, value: Number(signals.young.toFixed(3)) });
  }
  if (signals.sharedNetwork >= 0.3) {
    reasons.push({ code: 'SHARED_NETWORK', message: `${pct(signals.sharedNetwork)} of the members ordered from the same few /24 networks`, messageZh: `${pct(signals.sharedNetwork)} 的成员从相同的少数 /24 网段下单`, value: Number(signals.sharedNetwork.toFixed(3)) });
  }
  if (signals.promotion) {
    reasons.push({ code: 'DECLARED_PROMOTION', message: 'The shop had a declared promotion in these days (weighs against a ring)', messageZh: '该店铺在此期间有报备的促销活动（降低刷单可能性）', value: Number(signals.coupon.toFixed(3)) });
  }
  return reasons;
}

/** Entity indices of each member–item pair, `member-item` separated by spaces, for the report's bipartite drawing. */
function graphEdges(ring: RingBlock, memberAt: Map<number, number>, itemAt: Map<number, number>): string {
  const pairs: string[] = [];
  for (let e = 0; e < ring.edgeAccounts.length && pairs.length < MAX_GRAPH_EDGES; e += 1) {
    pairs.push(`${memberAt.get(ring.edgeAccounts[e]!)}-${itemAt.get(ring.edgeItems[e]!)}`);
  }
  return pairs.join(' ');
}

export function describeRing(snapshot: Snapshot, purchases: Purchases, ring: RingBlock, shop: number, signals: RingSignals, verdict: RingVerdict, minLift: number): FindingDraft {
  const orders = snapshot.table('order.placed');
  const accountNames = snapshot.names('account');
  const itemNames = snapshot.names('item');
  const orderNames = snapshot.names('order');
  const shopName = shop >= 0 ? snapshot.names('merchant').name(purchases.merchantIds[shop]!) : undefined;
  const reviews = orderReviews(snapshot);
  const entities: FindingEntity[] = shopName === undefined ? [] : [{ type: 'merchant', id: shopName, role: 'merchant' }];
  const memberAt = new Map<number, number>();
  const itemAt = new Map<number, number>();
  for (const a of ring.accounts) {
    memberAt.set(a, entities.length);
    entities.push({ type: 'account', id: accountNames.name(purchases.accountIds[a]!), role: 'ring_member' });
  }
  for (const i of ring.items) {
    itemAt.set(i, entities.length);
    entities.push({ type: 'item', id: itemNames.name(purchases.itemIds[i]!), role: 'ring_item' });
  }
  const eventIds: string[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const k of ring.purchases) {
    const row = purchases.rows[k]!;
    const order = orders.columns.orderId[row]!;
    first = Math.min(first, orders.ts[row]!);
    last = Math.max(last, orders.ts[row]!);
    eventIds.push(snapshot.eventId(orders.event[row]!));
    if (order < 0) continue;
    entities.push({ type: 'order', id: orderNames.name(order), role: 'ring_order' });
    const bought = reviews.of(order);
    bought.reviewIds.forEach((id) => entities.push({ type: 'review', id, role: 'ring_review' }));
    eventIds.push(...bought.eventIds);
  }
  const days = ring.toDay - ring.fromDay + 1;
  const shopText = shopName ?? 'several shops';
  return {
    kind: 'brushing_ring',
    score: verdict.score,
    summary: `Ring of ${ring.accounts.length} accounts ordered ${ring.items.length} item(s) of shop ${shopText} ${ring.orders} times within ${days} day(s), ${Math.round(ring.lift)}× what their activity predicts`,
    summaryZh: `${ring.accounts.length} 个账号组成的团伙在 ${days} 天内对店铺 ${shopName ?? '多个店铺'} 的 ${ring.items.length} 件商品下单 ${ring.orders} 笔，为其活跃度预期的 ${Math.round(ring.lift)} 倍`,
    entities,
    window: { from: first, to: last },
    reasons: reasonsFor(ring, signals, days, minLift),
    evidence: {
      eventIds,
      metrics: {
        members: ring.accounts.length,
        items: ring.items.length,
        orders: ring.orders,
        windowDays: days,
        edgeDensity: Number(ring.edgeDensity.toFixed(4)),
        fraudarDensity: Number(ring.weightedDensity.toFixed(4)),
        expectedOrders: Number(ring.expected.toFixed(4)),
        lift: Number(ring.lift.toFixed(2)),
        surprise: Number(ring.surprise.toFixed(2)),
        directLink: Number(signals.directLink.toFixed(3)),
        youngMembers: Number(signals.young.toFixed(3)),
        sharedNetwork: Number(signals.sharedNetwork.toFixed(3)),
        corroboration: Number(verdict.corroboration.toFixed(3)),
        foundBy: ring.sources.join('+'),
        graphEdges: graphEdges(ring, memberAt, itemAt),
      },
    },
  };
}
