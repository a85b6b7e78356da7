// The event union of wire contract v1: one schema per type, selected by `type`.
import { z } from 'zod';
import { AccountLogin, AccountRegistered, SessionSearch, SessionView } from './account-events.ts';
import {
  EntityAttributes, EntityLinked, MerchantInspected, MerchantRegistered, OperatorAction, SubsidyGranted, TransferSent,
} from './money-and-governance-events.ts';
import {
  OrderCancelled, OrderDelivered, OrderPaid, OrderPlaced, OrderPriceChanged, OrderRefunded, OrderScanned, OrderShipped,
} from './order-events.ts';
import { ListingPublished, MessageSent, ReviewDeleted, ReviewEdited, ReviewLiked, ReviewPosted } from './review-events.ts';

export const CONTRACT_VERSION = 1;

export const eventSchemas = {
  'account.registered': AccountRegistered,
  'account.login': AccountLogin,
  'session.search': SessionSearch,
  'session.view': SessionView,
  'order.placed': OrderPlaced,
  'order.price_changed': OrderPriceChanged,
  'order.paid': OrderPaid,
  'order.shipped': OrderShipped,
  'order.scanned': OrderScanned,
  'order.delivered': OrderDelivered,
  'order.refunded': OrderRefunded,
  'order.cancelled': OrderCancelled,
  'review.posted': ReviewPosted,
  'review.edited': ReviewEdited,
  'review.deleted': ReviewDeleted,
  'review.liked': ReviewLiked,
  'listing.published': ListingPublished,
  'message.sent': MessageSent,
  'transfer.sent': TransferSent,
  'subsidy.granted': SubsidyGranted,
  'merchant.registered': MerchantRegistered,
  'merchant.inspected': MerchantInspected,
  'operator.action': OperatorAction,
  'entity.attributes': EntityAttributes,
  'entity.linked': EntityLinked,
} as const;

export type EventType = keyof typeof eventSchemas;
export const eventTypes = Object.keys(eventSchemas) as EventType[];

export const ShoumenEvent = z.discriminatedUnion('type', [
  AccountRegistered, AccountLogin, SessionSearch, SessionView,
  OrderPlaced, OrderPriceChanged, OrderPaid, OrderShipped, OrderScanned, OrderDelivered, OrderRefunded, OrderCancelled,
  ReviewPosted, ReviewEdited, ReviewDeleted, ReviewLiked, ListingPublished, MessageSent,
  TransferSent, SubsidyGranted, MerchantRegistered, MerchantInspected, OperatorAction, EntityAttributes, EntityLinked,
]);
export type ShoumenEvent = z.infer<typeof ShoumenEvent>;
export type EventOf<T extends EventType> = z.infer<(typeof eventSchemas)[T]>;
