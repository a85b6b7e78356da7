// Which entity key each event carries: directly (accountId, deviceId ...) or through the order, review or link it refers to.
import type { EventType, ShoumenEvent } from '../events/event.ts';
import type { KeyKind } from '../rules/ast.ts';
import type { EntityContext } from './entity-context.ts';
import { ipPrefix } from './ip-prefix.ts';

type Reader = (event: ShoumenEvent, context: EntityContext) => string | undefined;

/** Reads one field of the event; absent optional fields give no key. */
const field = (name: string): Reader => (event) => {
  const value = (event as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};
const viaOrder = (pick: 'accountId' | 'merchantId' | 'itemId'): Reader => (event, context) =>
  context.order((event as { orderId: string }).orderId)?.[pick];
const viaReview = (pick: 'accountId' | 'merchantId' | 'itemId' | 'orderId'): Reader => (event, context) =>
  context.review((event as { reviewId: string }).reviewId)?.[pick];

const orderFollowUps = ['order.paid', 'order.shipped', 'order.scanned', 'order.delivered', 'order.refunded', 'order.cancelled'] as const;
const each = <T extends EventType>(types: readonly T[], reader: Reader) => Object.fromEntries(types.map((t) => [t, reader])) as Record<T, Reader>;

/** A transfer's merchant: the sender when it is a merchant, or the merchant the sending account is linked to. */
const transferMerchant: Reader = (event, context) => {
  if (event.type !== 'transfer.sent') return undefined;
  return event.from.type === 'merchant' ? event.from.id : event.from.type === 'account' ? context.linkedMerchant(event.from.id) : undefined;
};

const readers: Record<KeyKind, Partial<Record<EventType, Reader>>> = {
  account: {
    ...each(['account.registered', 'account.login', 'session.search', 'session.view', 'order.placed', 'review.posted', 'review.liked', 'message.sent', 'subsidy.granted'], field('accountId')),
    ...each([...orderFollowUps, 'order.price_changed'], viaOrder('accountId')),
    ...each(['review.edited', 'review.deleted'], viaReview('accountId')),
    'transfer.sent': field('toAccountId'),
  },
  device: each(['account.registered', 'account.login', 'order.placed'], field('deviceId')),
  ip: each(['account.registered', 'account.login', 'order.placed'], field('ip')),
  ip24: each(['account.registered', 'account.login', 'order.placed'], (event) => {
    const ip = (event as { ip?: string }).ip;
    return ip === undefined ? undefined : ipPrefix(ip);
  }),
  phone: each(['account.registered', 'order.placed'], field('phone')),
  address: { 'order.placed': field('addressHash') },
  payment: { 'order.paid': field('paymentInstrumentId') },
  merchant: {
    ...each(['session.view', 'order.placed', 'order.price_changed', 'review.posted', 'listing.published', 'message.sent', 'merchant.registered', 'merchant.inspected', 'subsidy.granted'], field('merchantId')),
    ...each(orderFollowUps, viaOrder('merchantId')),
    ...each(['review.edited', 'review.deleted', 'review.liked'], viaReview('merchantId')),
    'transfer.sent': transferMerchant,
  },
  item: {
    ...each(['session.view', 'order.placed', 'review.posted', 'listing.published', 'merchant.inspected'], field('itemId')),
    ...each([...orderFollowUps, 'order.price_changed'], viaOrder('itemId')),
    ...each(['review.edited', 'review.deleted', 'review.liked'], viaReview('itemId')),
  },
  // Search terms are compared without case or surrounding space, as a search box would.
  keyword: { 'session.search': (event) => (event.type === 'session.search' ? event.keyword.trim().toLowerCase() : undefined) },
  order: {
    ...each(['order.placed', 'order.price_changed', ...orderFollowUps, 'review.posted', 'subsidy.granted'], field('orderId')),
    ...each(['review.edited', 'review.deleted', 'review.liked'], viaReview('orderId')),
  },
  session: each(['session.search', 'session.view', 'order.placed'], field('sessionId')),
  review: each(['review.posted', 'review.edited', 'review.deleted', 'review.liked'], field('reviewId')),
};

/** The key of `kind` for this event, or undefined when the event does not carry one. */
export function keyOf(kind: KeyKind, event: ShoumenEvent, context: EntityContext): string | undefined {
  return readers[kind][event.type]?.(event, context);
}

/** Event types that can carry a key of this kind (for the type checker). */
export function typesWithKey(kind: KeyKind): EventType[] {
  return Object.keys(readers[kind]) as EventType[];
}

/** Where a held settlement applies: the shop, and the order when one can be named (a transfer's is the order the buyer last reviewed there). */
export function settlementTarget(event: ShoumenEvent, context: EntityContext): { merchantId: string; orderId?: string } | undefined {
  const merchantId = keyOf('merchant', event, context);
  if (merchantId === undefined) return undefined;
  let orderId = keyOf('order', event, context);
  if (orderId === undefined && event.type === 'transfer.sent') orderId = context.reviewedOrder(event.toAccountId, merchantId);
  return orderId === undefined ? { merchantId } : { merchantId, orderId };
}
