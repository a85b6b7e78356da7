// Which stored events belong in a case's evidence: those behind its findings, and the orders, payments, logistics, chat, reviews and devices around them.
import type { ShoumenEvent } from '../events/event.ts';

export type Subjects = { orders: Set<string>; reviews: Set<string>; accounts: Set<string>; merchants: Set<string> };

export function emptySubjects(): Subjects {
  return { orders: new Set(), reviews: new Set(), accounts: new Set(), merchants: new Set() };
}

/** Widens the subject sets from one evidence event (a review names its order and author, an order its buyer). */
export function collectSubjects(subjects: Subjects, event: ShoumenEvent): void {
  const e = event as Record<string, unknown>;
  const add = (set: Set<string>, value: unknown) => typeof value === 'string' && set.add(value);
  add(subjects.orders, e['orderId']);
  add(subjects.reviews, e['reviewId']);
  add(subjects.accounts, e['accountId']);
  add(subjects.accounts, e['toAccountId']);
  add(subjects.merchants, e['merchantId']);
}

/**
 * One hop out from the subjects: the whole life of each order (payment, shipping, scans, refund), each review with its
 * edit history, transfers to the accounts, chat between the merchant and the accounts, and the devices the accounts used.
 */
export function isRelated(event: ShoumenEvent, s: Subjects): boolean {
  switch (event.type) {
    case 'order.placed': case 'order.paid': case 'order.shipped': case 'order.scanned': case 'order.delivered':
    case 'order.refunded': case 'order.cancelled': case 'order.price_changed':
      return s.orders.has(event.orderId);
    case 'review.posted':
      return s.reviews.has(event.reviewId) || (s.accounts.has(event.accountId) && s.merchants.has(event.merchantId));
    case 'review.edited': case 'review.deleted': case 'review.liked':
      return s.reviews.has(event.reviewId);
    case 'transfer.sent':
      return s.accounts.has(event.toAccountId) && (s.merchants.has(event.from.id) || s.accounts.has(event.from.id));
    case 'message.sent':
      return s.merchants.has(event.merchantId) && s.accounts.has(event.accountId);
    case 'account.registered': case 'account.login':
      return s.accounts.has(event.accountId);
    case 'merchant.registered': case 'merchant.inspected':
      return s.merchants.has(event.merchantId);
    case 'entity.linked':
      return [event.a, event.b].some((r) => (r.type === 'account' && s.accounts.has(r.id)) || (r.type === 'merchant' && s.merchants.has(r.id)));
    default:
      return false;
  }
}
