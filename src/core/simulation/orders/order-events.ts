// Builds the contract events of an order's steps, writing review text and photo hashes only when they are emitted.
import type { EventOf, ShoumenEvent } from '../../events/event.ts';
import { categories } from '../catalog/categories.ts';
import { regions } from '../catalog/regions.ts';
import { cancelReasons } from '../text/chat-text.ts';
import { followUpText, reviewText } from '../text/review-text.ts';
import { makeEvent } from '../timeline.ts';
import type { OrderFlow } from './order-flow.ts';
import type { Extra } from './order-plan.ts';
import { Step, unpackScan, type StepKind } from './steps.ts';

function placed(flow: OrderFlow): ShoumenEvent {
  const { plan, world } = flow;
  const { account, item } = plan;
  const event: EventOf<'order.placed'> = {
    id: '', type: 'order.placed', ts: '',
    orderId: flow.orderId, accountId: account.id, merchantId: world.population.merchants[item.merchant]!.id, itemId: item.id,
    quantity: plan.quantity, amount: flow.amount, deviceId: plan.device ?? account.devices[0]!, ip: plan.ip ?? account.homeIp,
    addressHash: plan.address ?? account.address, region: regions[account.region]!.code, phone: account.phone,
  };
  if (plan.couponId) event.couponId = plan.couponId;
  if (plan.sessionId) event.sessionId = plan.sessionId;
  return event;
}

function review(flow: OrderFlow): ShoumenEvent {
  const { plan, world } = flow;
  const spec = plan.review!;
  const text = spec.text ?? reviewText(world.content, categories[plan.item.category]!.id, spec.rating);
  flow.reviewText = text;
  const event: EventOf<'review.posted'> = {
    id: '', type: 'review.posted', ts: '',
    reviewId: flow.reviewId!, accountId: plan.account.id, merchantId: world.population.merchants[plan.item.merchant]!.id,
    itemId: plan.item.id, rating: spec.rating, text, orderId: flow.orderId,
  };
  const photos = spec.photos;
  if (typeof photos === 'number' && photos > 0) event.photoHashes = Array.from({ length: photos }, () => world.ids.photo());
  else if (Array.isArray(photos) && photos.length > 0) event.photoHashes = [...(photos as readonly string[])];
  return event;
}

export function buildStep(flow: OrderFlow, kind: StepKind, arg: number): ShoumenEvent {
  const { plan, world, orderId } = flow;
  const merchant = world.population.merchants[plan.item.merchant]!;
  switch (kind) {
    case Step.placed:
      return placed(flow);
    case Step.priceChanged:
      return makeEvent('order.price_changed', { orderId, merchantId: merchant.id, from: flow.amount, to: flow.paid });
    case Step.paid:
      return { id: '', type: 'order.paid', ts: '', orderId, paymentInstrumentId: plan.payment ?? plan.account.payment, amount: flow.paid };
    case Step.subsidy: {
      const subsidy = plan.subsidy!;
      return makeEvent('subsidy.granted', {
        subsidyId: world.ids.next('subsidy'), campaignId: subsidy.campaignId, amount: subsidy.amount, merchantId: merchant.id,
        orderId, accountId: plan.account.id, approvedBy: subsidy.approvedBy,
      });
    }
    case Step.cancelled:
      return makeEvent('order.cancelled', { orderId });
    case Step.shipped:
      return {
        id: '', type: 'order.shipped', ts: '', orderId, carrier: flow.carrier.code, trackingNumber: flow.tracking, weightGrams: flow.grams,
        originRegion: regions[merchant.region]!.code,
      };
    case Step.scan: {
      const { status, region } = unpackScan(arg);
      return { id: '', type: 'order.scanned', ts: '', orderId, trackingNumber: flow.tracking, status, region: regions[region]!.code };
    }
    case Step.delivered:
      return { id: '', type: 'order.delivered', ts: '', orderId, region: regions[plan.account.region]!.code };
    case Step.refunded: {
      const reason = plan.refund?.reason ?? `未发货取消：${world.content.pick(cancelReasons)}`;
      return makeEvent('order.refunded', { orderId, amount: Math.round((flow.paid * arg) / 100), reason });
    }
    case Step.review:
      return review(flow);
    case Step.like:
      return { id: '', type: 'review.liked', ts: '', reviewId: flow.reviewId!, accountId: world.population.accounts[arg]!.id };
    case Step.followUp:
      return makeEvent('review.edited', { reviewId: flow.reviewId!, text: followUpText(world.content, categories[plan.item.category]!.id, flow.reviewText) });
    default:
      throw new Error(`step ${kind} is not an order event`);
  }
}

export function buildExtra(flow: OrderFlow, extra: Extra): ShoumenEvent {
  const { plan, world } = flow;
  const merchantId = world.population.merchants[plan.item.merchant]!.id;
  switch (extra.kind) {
    case 'message':
      return makeEvent('message.sent', { merchantId, accountId: plan.account.id, from: extra.from, text: extra.text });
    case 'transfer': {
      const amount = (extra.amount === 'paid' ? flow.paid : extra.amount) + (extra.plus ?? 0);
      const event = makeEvent('transfer.sent', { from: extra.from, toAccountId: plan.account.id, amount, channel: extra.channel });
      if (extra.memo) event.memo = extra.memo;
      return event;
    }
    case 'review.edited': {
      const event = makeEvent('review.edited', { reviewId: flow.reviewId! });
      if (extra.rating !== undefined) event.rating = extra.rating;
      if (extra.text !== undefined) event.text = extra.text;
      return event;
    }
    case 'review.deleted':
      return makeEvent('review.deleted', { reviewId: flow.reviewId!, by: extra.by });
    case 'like':
      return { id: '', type: 'review.liked', ts: '', reviewId: flow.reviewId!, accountId: world.population.accounts[extra.account]!.id };
    case 'operator.action': {
      const event = makeEvent('operator.action', { operatorId: extra.operatorId, action: extra.action, target: { type: 'order', id: flow.orderId } });
      if (extra.detail) event.detail = extra.detail;
      return event;
    }
  }
}
