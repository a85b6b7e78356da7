// Conformance fixtures: a shop whose owner's relatives buy at 60% subsidy approved by one operator, against an honest promotion.
import type { ShoumenEvent } from '../../events/event.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

const HOUR = 60;

function subsidisedOrder(minute: number, tag: string, buyer: string, shop: string, price: number, subsidy: number, campaign: string, approver: string): ShoumenEvent[] {
  const orderId = `ord-${tag}`;
  return [
    { ...order(minute, orderId, buyer, shop, `${shop}-item`), amount: price } as ShoumenEvent,
    at(minute + 1, 'order.paid', { orderId, paymentInstrumentId: `card-${buyer}`, amount: price }),
    at(minute + 1.5, 'subsidy.granted', { subsidyId: `sub-${tag}`, campaignId: campaign, amount: subsidy, merchantId: shop, orderId, accountId: buyer, approvedBy: approver }),
  ];
}

/** A platform promotion: five shops, a few percent off each order, approved by the campaign's operator. */
const promotion = ['shop-p1', 'shop-p2', 'shop-p3', 'shop-p4', 'shop-p5'].flatMap((shop, s) =>
  Array.from({ length: 4 }, (_, i) => subsidisedOrder(s * 300 + i * 50, `p${s}-${i}`, `shopper-${s}-${i}`, shop, 12_900, 640, 'cmp-autumn', 'op-campaigns')).flat());

/** Alerts other operators close every day, one of them a routine override. */
const routine = [
  at(30, 'operator.action', { operatorId: 'op-duty', action: 'alert.dismissed', target: { type: 'merchant', id: 'shop-p1' } }),
  at(90, 'operator.action', { operatorId: 'op-duty', action: 'alert.overridden', target: { type: 'merchant', id: 'shop-p2' } }),
];

/** The scheme: the owner, three relatives sharing his address, repeated orders repaid 60% by a narrow campaign. */
export function stagedSubsidies(approver: string, overrides: number): ShoumenEvent[] {
  const relatives = ['relative-1', 'relative-2', 'relative-3'];
  return [
    at(0, 'entity.linked', { a: { type: 'account', id: 'owner-7' }, b: { type: 'merchant', id: 'shop-kin' }, relation: 'owner' }),
    ...relatives.map((r) => at(0, 'entity.linked', { a: { type: 'account', id: 'owner-7' }, b: { type: 'account', id: r }, relation: 'shared_address' })),
    at(2 * HOUR, 'operator.action', { operatorId: approver, action: 'campaign.approved', target: { type: 'merchant', id: 'shop-kin' }, detail: 'cmp-newshop: 新商家扶持补贴' }),
    ...relatives.flatMap((r, k) => [0, 1].flatMap((n) =>
      subsidisedOrder(3 * HOUR + k * 200 + n * 700, `k${k}-${n}`, r, 'shop-kin', 39_900, 24_000, 'cmp-newshop', approver))),
    at(5 * HOUR, 'subsidy.granted', { subsidyId: 'sub-lump', campaignId: 'cmp-newshop', amount: 150_000, merchantId: 'shop-kin', approvedBy: approver }),
    ...Array.from({ length: overrides }, (_, i) =>
      at(6 * HOUR + i * 90, 'operator.action', { operatorId: approver, action: 'alert.overridden', target: { type: 'order', id: `ord-k${i % 3}-0` }, detail: '商家资质已核实' })),
  ];
}

export const subsidyAbuseFixture: DetectorFixture = {
  positive: [...promotion, ...routine, ...stagedSubsidies('op-lin', 0)],
  negative: [
    ...promotion,
    ...routine,
    // A new-customer coupon worth half of a cheap order: once, to one buyer, not a pattern.
    ...subsidisedOrder(500, 'newbie', 'newbie-1', 'shop-p3', 1_990, 1_000, 'cmp-newbie', 'op-campaigns'),
  ],
};
