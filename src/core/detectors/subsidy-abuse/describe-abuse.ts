// Turns one abused shop's subsidies into a finding: the money, the buyers and their ties, the approver and overrides.
import type { Reason } from '../../findings/finding.ts';
import { orderReviews } from '../../signals/order-reviews.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { CorroborationCode, ShopAssessment } from './assess-shop.ts';
import type { SubsidyParams } from './params.ts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function signText(code: CorroborationCode, a: ShopAssessment, p: SubsidyParams): [string, string, number] {
  const { shop } = a;
  switch (code) {
    case 'REPEAT_SUBSIDISED_BUYERS':
      return [`${(a.repeatShare * 100).toFixed(0)}% of high-share subsidies went to buyers who got two or more`, `${(a.repeatShare * 100).toFixed(0)}% 的高比例补贴流向获得两次以上补贴的买家`, Number(a.repeatShare.toFixed(3))];
    case 'BUYERS_LINKED_TO_SHOP':
      return [`${a.linked.size} of ${shop.accounts.size} subsidised buyers share an address, a card or a link record with the shop's own accounts`, `${shop.accounts.size} 位受补贴买家中 ${a.linked.size} 位与店铺自有账号共用地址、支付工具或存在关联记录`, a.linked.size];
    case 'SUBSIDY_INTENSITY':
      return [`Subsidies of ¥${yuan(shop.total)} equal ${(a.intensity * 100).toFixed(0)}% of the shop's sales over the same days`, `补贴 ¥${yuan(shop.total)}，相当于同期店铺销售额的 ${(a.intensity * 100).toFixed(0)}%`, Number(a.intensity.toFixed(3))];
    case 'LUMP_SUM_GRANTS':
      return [`${shop.grantRows.length} lump-sum grants of ¥${yuan(shop.grantTotal)} with no order behind them`, `${shop.grantRows.length} 笔无订单对应的整笔补贴，共 ¥${yuan(shop.grantTotal)}`, shop.grantRows.length];
    case 'APPROVER_OVERRIDES': {
      const n = [...a.overrides.values()].reduce((sum, rows) => sum + rows.length, 0);
      return [`The approving operator overrode ${n} risk alerts on this shop or its orders`, `审批补贴的运营人员 ${n} 次否决了针对本店或其订单的风险预警`, n];
    }
    case 'NARROW_CAMPAIGN':
      return [`${a.narrowCampaigns} campaigns paying this shop reach fewer than ${p.minCampaignShops} shops`, `${a.narrowCampaigns} 个向本店发放补贴的活动覆盖不足 ${p.minCampaignShops} 家店铺`, a.narrowCampaigns];
  }
}

export function abuseScore(a: ShopAssessment): number {
  return Math.min(0.99, 0.55 + 0.08 * a.signs.length + 0.05 * Math.log2(Math.max(1, a.shop.highShareRows.length) / 3));
}

export function describeAbuse(snapshot: Snapshot, a: ShopAssessment, params: SubsidyParams): FindingDraft {
  const { shop } = a;
  const subsidies = snapshot.table('subsidy.granted');
  const actions = snapshot.table('operator.action');
  const placed = snapshot.table('order.placed');
  const reviews = orderReviews(snapshot);
  const names = { account: snapshot.names('account'), order: snapshot.names('order'), operator: snapshot.names('operator') };
  const orders = new Set(shop.highShareRows.map((row) => subsidies.columns.orderId[row]!));
  const eventIds = [...shop.highShareRows, ...shop.grantRows].map((row) => snapshot.eventId(subsidies.event[row]!));
  for (let row = 0; row < placed.size; row += 1) if (orders.has(placed.columns.orderId[row]!)) eventIds.push(snapshot.eventId(placed.event[row]!));
  for (const rows of a.overrides.values()) for (const row of rows) eventIds.push(snapshot.eventId(actions.event[row]!));
  const reviewIds: string[] = [];
  for (const order of orders) {
    const posted = reviews.of(order);
    reviewIds.push(...posted.reviewIds);
    eventIds.push(...posted.eventIds);
  }
  const share = shop.highSharePaid > 0 ? shop.highShareSubsidy / shop.highSharePaid : 0;
  const id = snapshot.names('merchant').name(shop.merchant);
  const reasons: Reason[] = [{
    code: 'SUBSIDY_SHARE_OF_ORDER',
    message: `${shop.highShareRows.length} orders subsidised at ${params.minOrderShare * 100}% or more of the price paid (¥${yuan(shop.highShareSubsidy)} on ¥${yuan(shop.highSharePaid)}, ${(share * 100).toFixed(0)}%)`,
    messageZh: `${shop.highShareRows.length} 笔订单的补贴达到实付金额的 ${params.minOrderShare * 100}% 以上（¥${yuan(shop.highSharePaid)} 中补贴 ¥${yuan(shop.highShareSubsidy)}，${(share * 100).toFixed(0)}%）`,
    value: shop.highShareRows.length, threshold: params.minOrders,
  }];
  for (const code of a.signs) {
    const [message, messageZh, value] = signText(code, a, params);
    reasons.push({ code, message, messageZh, value });
  }
  const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
  const approvers = sorted([...shop.approvers.keys()].map((o) => names.operator.name(o)));
  return {
    kind: 'subsidy_abuse',
    score: abuseScore(a),
    summary: `Shop ${id}: ¥${yuan(shop.total)} of subsidies, ${shop.highShareRows.length} orders with ${(share * 100).toFixed(0)}% of the price paid by subsidy, to ${shop.accounts.size} buyers (${a.linked.size} tied to the shop)`,
    summaryZh: `店铺 ${id}：补贴共 ¥${yuan(shop.total)}，${shop.highShareRows.length} 笔订单由补贴承担 ${(share * 100).toFixed(0)}%，涉及 ${shop.accounts.size} 位买家（${a.linked.size} 位与店铺关联）`,
    entities: [
      { type: 'merchant', id, role: 'merchant' },
      ...sorted([...shop.accounts.keys()].map((b) => names.account.name(b))).map((account) => ({ type: 'account' as const, id: account, role: 'colluder' })),
      ...sorted([...orders].map((o) => names.order.name(o))).map((order) => ({ type: 'order' as const, id: order, role: 'order' })),
      ...sorted(reviewIds).map((review) => ({ type: 'review' as const, id: review, role: 'review' })),
      ...approvers.map((operator) => ({ type: 'operator' as const, id: operator, role: 'approver' })),
    ],
    window: { from: shop.from, to: shop.to },
    reasons,
    evidence: {
      eventIds,
      metrics: {
        subsidyFen: shop.total, grantFen: shop.grantTotal, highShareOrders: shop.highShareRows.length, subsidyShare: Number(share.toFixed(3)),
        intensity: Number(a.intensity.toFixed(3)), buyers: shop.accounts.size, linkedBuyers: a.linked.size, approvers: approvers.join(','),
      },
    },
  };
}
