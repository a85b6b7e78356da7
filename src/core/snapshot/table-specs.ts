// How each event type's fields become columns: interned ids per namespace, numbers, flags, text, references.
import type { EventType } from '../events/event.ts';

/** Id namespaces: the entity types plus the other keys detectors group by. */
export const namespaces = [
  'account', 'merchant', 'item', 'order', 'review', 'device', 'ip', 'operator',
  'session', 'phone', 'idHash', 'address', 'payment', 'coupon', 'tracking', 'campaign', 'subsidy',
  'inspection', 'inspector', 'photo', 'license', 'keyword', 'region', 'carrier', 'channel', 'userAgent',
  'currency', 'category', 'status', 'actor', 'action', 'relation', 'inspectionKind', 'inspectionResult',
  'attribute', 'attributeValue',
] as const;
export type Namespace = (typeof namespaces)[number];

export type ColumnSpec =
  | { readonly kind: 'id'; readonly ns: Namespace }
  | { readonly kind: 'num' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'text' }
  | { readonly kind: 'ref' }
  | { readonly kind: 'idList'; readonly ns: Namespace }
  | { readonly kind: 'attributes' };

const id = <N extends Namespace>(ns: N) => ({ kind: 'id', ns }) as const;
const num = { kind: 'num' } as const;
const bool = { kind: 'bool' } as const;
const text = { kind: 'text' } as const;
const ref = { kind: 'ref' } as const;

export const tableSpecs = {
  'account.registered': { accountId: id('account'), phone: id('phone'), idHash: id('idHash'), deviceId: id('device'), ip: id('ip'), channel: id('channel') },
  'account.login': {
    accountId: id('account'), deviceId: id('device'), ip: id('ip'), userAgent: id('userAgent'),
    'device.emulator': bool, 'device.rooted': bool, 'device.automation': bool,
  },
  'session.search': { accountId: id('account'), sessionId: id('session'), keyword: id('keyword') },
  'session.view': { accountId: id('account'), sessionId: id('session'), merchantId: id('merchant'), itemId: id('item'), dwellSeconds: num },
  'order.placed': {
    orderId: id('order'), accountId: id('account'), merchantId: id('merchant'), itemId: id('item'), quantity: num, amount: num,
    currency: id('currency'), deviceId: id('device'), ip: id('ip'), addressHash: id('address'), region: id('region'), phone: id('phone'),
    couponId: id('coupon'), sessionId: id('session'),
  },
  'order.price_changed': { orderId: id('order'), merchantId: id('merchant'), from: num, to: num, currency: id('currency') },
  'order.paid': { orderId: id('order'), paymentInstrumentId: id('payment'), amount: num, currency: id('currency') },
  'order.shipped': { orderId: id('order'), carrier: id('carrier'), trackingNumber: id('tracking'), weightGrams: num, originRegion: id('region') },
  'order.scanned': { orderId: id('order'), trackingNumber: id('tracking'), status: id('status'), region: id('region') },
  'order.delivered': { orderId: id('order'), region: id('region') },
  'order.refunded': { orderId: id('order'), amount: num, currency: id('currency'), reason: text },
  'order.cancelled': { orderId: id('order') },
  'review.posted': {
    reviewId: id('review'), accountId: id('account'), merchantId: id('merchant'), itemId: id('item'), rating: num, text,
    orderId: id('order'), photoHashes: { kind: 'idList', ns: 'photo' },
  },
  'review.edited': { reviewId: id('review'), rating: num, text },
  'review.deleted': { reviewId: id('review'), by: id('actor') },
  'review.liked': { reviewId: id('review'), accountId: id('account') },
  'listing.published': { merchantId: id('merchant'), itemId: id('item'), title: text, description: text },
  'message.sent': { merchantId: id('merchant'), accountId: id('account'), from: id('actor'), text },
  'transfer.sent': { from: ref, toAccountId: id('account'), amount: num, currency: id('currency'), channel: id('channel'), memo: text },
  'subsidy.granted': {
    subsidyId: id('subsidy'), campaignId: id('campaign'), amount: num, currency: id('currency'), merchantId: id('merchant'),
    orderId: id('order'), accountId: id('account'), approvedBy: id('operator'),
  },
  'merchant.registered': { merchantId: id('merchant'), name: text, licenseId: id('license'), category: id('category') },
  'merchant.inspected': {
    merchantId: id('merchant'), inspectionId: id('inspection'), inspector: id('inspector'), kind: id('inspectionKind'), result: id('inspectionResult'),
    itemId: id('item'), notes: text,
  },
  'operator.action': { operatorId: id('operator'), action: id('action'), target: ref, detail: text },
  'entity.attributes': { entity: ref, attributes: { kind: 'attributes' } },
  'entity.linked': { a: ref, b: ref, relation: id('relation'), weight: num },
} as const satisfies Record<EventType, Record<string, ColumnSpec>>;

export type TableSpecs = typeof tableSpecs;
