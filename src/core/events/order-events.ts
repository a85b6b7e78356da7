// Order lifecycle events: placement, price edits, payment, shipping, scans, delivery, refunds.
import { z } from 'zod';
import { eventSchema } from './envelope.ts';
import { Amount, Currency, Id, Text } from './primitives.ts';

export const OrderPlaced = eventSchema('order.placed', {
  orderId: Id,
  accountId: Id,
  merchantId: Id,
  itemId: Id,
  quantity: z.int('must be an integer').min(1, 'must be at least 1'),
  amount: Amount,
  currency: Currency.optional(),
  deviceId: Id.optional(),
  ip: Id.optional(),
  addressHash: Id.optional(),
  region: Id.optional(),
  phone: Id.optional(),
  couponId: Id.optional(),
  sessionId: Id.optional(),
});

export const OrderPriceChanged = eventSchema('order.price_changed', {
  orderId: Id,
  merchantId: Id,
  from: Amount,
  to: Amount,
  currency: Currency.optional(),
});

export const OrderPaid = eventSchema('order.paid', {
  orderId: Id,
  paymentInstrumentId: Id,
  amount: Amount,
  currency: Currency.optional(),
});

export const OrderShipped = eventSchema('order.shipped', {
  orderId: Id,
  carrier: Id,
  trackingNumber: Id,
  weightGrams: z.number().min(0, 'must not be negative').optional(),
  originRegion: Id.optional(),
});

export const scanStatuses = ['collected', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export const OrderScanned = eventSchema('order.scanned', {
  orderId: Id,
  trackingNumber: Id,
  status: z.enum(scanStatuses),
  region: Id.optional(),
});

export const OrderDelivered = eventSchema('order.delivered', {
  orderId: Id,
  region: Id.optional(),
});

export const OrderRefunded = eventSchema('order.refunded', {
  orderId: Id,
  amount: Amount,
  currency: Currency.optional(),
  reason: Text.optional(),
});

export const OrderCancelled = eventSchema('order.cancelled', {
  orderId: Id,
});
