// insider_collusion: a staff operator who approves a shop's abused subsidies and overrides the risk alerts raised on it.
import type { Reason } from '../../findings/finding.ts';
import { ok } from '../../result.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { analyseSubsidies, type SubsidyAnalysis } from '../subsidy-abuse/analyse-subsidies.ts';
import type { ShopAssessment } from '../subsidy-abuse/assess-shop.ts';
import { SubsidyParams } from '../subsidy-abuse/params.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

type Insider = { operator: number; shops: ShopAssessment[]; overrides: number[]; approved: number; abusedTotal: number };

/** Operators who approved abused subsidies, with the overrides they made on those same shops. */
function insiders(analysis: SubsidyAnalysis, minOverrides: number): Insider[] {
  const byOperator = new Map<number, Insider>();
  let abusedTotal = 0;
  for (const a of analysis.assessments) {
    if (!a.abused) continue;
    abusedTotal += a.shop.total;
    for (const [operator, amount] of a.shop.approvers) {
      const insider = byOperator.get(operator) ?? { operator, shops: [], overrides: [], approved: 0, abusedTotal: 0 };
      insider.shops.push(a);
      insider.approved += amount;
      insider.overrides.push(...(analysis.overrides.get(`${operator}:${a.shop.merchant}`) ?? []));
      byOperator.set(operator, insider);
    }
  }
  return [...byOperator.values()].filter((i) => i.overrides.length >= minOverrides).map((i) => ({ ...i, abusedTotal }));
}

function describeInsider(snapshot: Snapshot, analysis: SubsidyAnalysis, insider: Insider, params: SubsidyParams): FindingDraft {
  const subsidies = snapshot.table('subsidy.granted');
  const actions = snapshot.table('operator.action');
  const operatorNames = snapshot.names('operator');
  const shopNames = snapshot.names('merchant');
  const id = operatorNames.name(insider.operator);
  const shops = insider.shops.map((a) => shopNames.name(a.shop.merchant)).sort();
  const approvedRows = insider.shops.flatMap((a) => [...a.shop.highShareRows, ...a.shop.grantRows].filter((row) => subsidies.columns.approvedBy[row] === insider.operator));
  const share = insider.abusedTotal > 0 ? insider.approved / insider.abusedTotal : 0;
  const linked = insider.shops.reduce((sum, a) => sum + a.linked.size, 0);
  const yuan = (insider.approved / 100).toFixed(2);
  const reasons: Reason[] = [
    {
      code: 'APPROVED_ABUSED_SUBSIDIES', value: shops.length,
      message: `Approved ¥${yuan} of subsidies to ${shops.length} shops whose subsidies look abused: ${shops.join(', ')}`,
      messageZh: `审批了 ${shops.length} 家疑似补贴滥用店铺的补贴共 ¥${yuan}：${shops.join('、')}`,
    },
    {
      code: 'OVERRODE_ALERTS_ON_APPROVED_SHOPS', value: insider.overrides.length, threshold: params.minOverrides,
      message: `Overrode ${insider.overrides.length} risk alerts on those shops or their orders`,
      messageZh: `${insider.overrides.length} 次否决针对这些店铺或其订单的风险预警`,
    },
    {
      code: 'APPROVALS_CONCENTRATED', value: Number(share.toFixed(3)),
      message: `${(share * 100).toFixed(0)}% of all abused subsidy money was approved by this one operator`,
      messageZh: `全部疑似滥用补贴金额中 ${(share * 100).toFixed(0)}% 由该运营人员一人审批`,
    },
  ];
  if (linked > 0) {
    reasons.push({
      code: 'BUYERS_LINKED_TO_SHOPS', value: linked,
      message: `${linked} subsidised buyers of these shops are tied to the shops' own accounts`,
      messageZh: `这些店铺的受补贴买家中 ${linked} 位与店铺自有账号存在关联`,
    });
  }
  const times = [...approvedRows.map((row) => subsidies.ts[row]!), ...insider.overrides.map((row) => actions.ts[row]!)];
  return {
    kind: 'insider_collusion',
    score: Math.min(0.99, 0.6 + 0.1 * Math.log2(insider.overrides.length / params.minOverrides) + 0.2 * share),
    summary: `Operator ${id} approved ¥${yuan} of abused subsidies for ${shops.length} shops and overrode ${insider.overrides.length} alerts on them`,
    summaryZh: `运营人员 ${id} 为 ${shops.length} 家店铺审批疑似滥用补贴 ¥${yuan}，并 ${insider.overrides.length} 次否决针对这些店铺的预警`,
    entities: [
      { type: 'operator', id, role: 'insider' },
      ...shops.map((shop) => ({ type: 'merchant' as const, id: shop, role: 'merchant' })),
    ],
    window: { from: times.reduce((a, b) => Math.min(a, b)), to: times.reduce((a, b) => Math.max(a, b)) },
    reasons,
    evidence: {
      eventIds: [...approvedRows.map((row) => snapshot.eventId(subsidies.event[row]!)), ...insider.overrides.map((row) => snapshot.eventId(actions.event[row]!))],
      metrics: { approvedFen: insider.approved, shops: shops.length, overrides: insider.overrides.length, shareOfAbused: Number(share.toFixed(3)), linkedBuyers: linked },
    },
  };
}

export const insiderCollusion = defineDetector({
  name: 'insider-collusion',
  version: '1.0.0',
  kinds: ['insider_collusion'],
  params: SubsidyParams,
  run(snapshot, params) {
    const analysis = analyseSubsidies(snapshot, params);
    return ok(insiders(analysis, params.minOverrides).map((insider) => describeInsider(snapshot, analysis, insider, params)));
  },
});
