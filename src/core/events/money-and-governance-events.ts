// Money outside orders, merchants, inspections, staff actions and platform-computed attributes and links.
import { z } from 'zod';
import { eventSchema } from './envelope.ts';
import { Amount, Currency, EntityRef, Id, Text } from './primitives.ts';

export const TransferSent = eventSchema('transfer.sent', {
  from: EntityRef,
  toAccountId: Id,
  amount: Amount,
  currency: Currency.optional(),
  channel: Id.optional(),
  memo: Text.optional(),
});

export const SubsidyGranted = eventSchema('subsidy.granted', {
  subsidyId: Id,
  campaignId: Id,
  amount: Amount,
  currency: Currency.optional(),
  merchantId: Id.optional(),
  orderId: Id.optional(),
  accountId: Id.optional(),
  approvedBy: Id.optional(),
});

export const MerchantRegistered = eventSchema('merchant.registered', {
  merchantId: Id,
  name: Text,
  licenseId: Id.optional(),
  category: Id.optional(),
});

export const MerchantInspected = eventSchema('merchant.inspected', {
  merchantId: Id,
  inspectionId: Id,
  inspector: Id,
  kind: z.enum(['qualification', 'product_quality', 'mystery_shopper']),
  result: z.enum(['pass', 'fail']),
  itemId: Id.optional(),
  notes: Text.optional(),
});

export const OperatorAction = eventSchema('operator.action', {
  operatorId: Id,
  action: Id,
  target: EntityRef,
  detail: Text.optional(),
});

const AttributeValue = z.union([z.number(), z.string().max(10_000), z.boolean()]);
export const EntityAttributes = eventSchema('entity.attributes', {
  entity: EntityRef,
  attributes: z.record(z.string().min(1).max(128), AttributeValue),
});

export const EntityLinked = eventSchema('entity.linked', {
  a: EntityRef,
  b: EntityRef,
  relation: Id,
  weight: z.number().optional(),
});
