// A genuine shopping session: search or feed, a few item views with human dwell, sometimes a question, sometimes an order.
import { categories } from '../catalog/categories.ts';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { startOrder } from '../orders/order-flow.ts';
import type { OrderPlan } from '../orders/order-plan.ts';
import type { Account, Item } from '../population/types.ts';
import type { Rng } from '../random.ts';
import { afterSaleChat, preSaleChat, refundReasons, shippingChat } from '../text/chat-text.ts';
import { searchKeyword } from '../text/listing-text.ts';
import { genuineRating } from '../text/review-text.ts';
import type { World } from '../world.ts';
import type { Promotions } from './promotions.ts';
import { emitChat, emitLogin, emitSearch, emitView, normalDwell, presence, type Presence } from './session-events.ts';

export type SessionContext = { readonly world: World; readonly rng: Rng; readonly promotions: Promotions };

function pickCategory(rng: Rng, account: Account): number {
  return rng.chance(0.65) ? account.categories[0]! : rng.chance(0.7) ? rng.pick(account.categories) : rng.int(0, categories.length - 1);
}

export function runSession(ctx: SessionContext, account: Account, start: number, login: boolean): void {
  const { world, rng, promotions } = ctx;
  const where = presence(rng, account);
  if (login) emitLogin(world, account, start - rng.int(3, 90), where);
  const sessionId = world.ids.next('session');
  const category = pickCategory(rng, account);
  let t = start;
  const viewed: Item[] = [];
  const first = promotions.drawItem(rng, category, t);
  if (!first) return;
  if (rng.chance(0.8)) {
    emitSearch(world, account, sessionId, t, searchKeyword(rng, categories[category]!, first.noun));
    t += rng.int(2, 20);
  }
  const views = 1 + rng.geometric(0.45, 7);
  for (let i = 0; i < views; i += 1) {
    const item = i === 0 ? first : promotions.drawItem(rng, category, t);
    if (!item) continue;
    const dwell = normalDwell(rng);
    emitView(world, account, sessionId, t, item, dwell);
    viewed.push(item);
    t += dwell + rng.int(1, 25);
  }
  const normal = world.options.normal;
  const chosen = rng.chance(0.6) ? viewed[viewed.length - 1]! : rng.pick(viewed);
  const promoted = promotions.active(chosen.merchant, world.clock.dayOf(t));
  if (!rng.chance(normal.orderProbability * (promoted ? 1.4 : 1))) return;
  const chat = rng.chance(normal.chatRate);
  if (chat) t = chatBeforeOrder(ctx, account, chosen, t);
  placeGenuineOrder(ctx, account, chosen, t + rng.int(5, 90), { sessionId, where, negotiated: chat && rng.chance(0.25) });
  if (viewed.length > 1 && rng.chance(0.04)) {
    const other = viewed.find((item) => item.merchant !== chosen.merchant);
    if (other) placeGenuineOrder(ctx, account, other, t + rng.int(60, 300), { sessionId, where, negotiated: false });
  }
}

function chatBeforeOrder(ctx: SessionContext, account: Account, item: Item, t: number): number {
  const { world, rng } = ctx;
  const merchantId = world.population.merchants[item.merchant]!.id;
  let at = t;
  for (const line of preSaleChat(rng, categories[item.category]!.id)) {
    at += line.from === 'merchant' ? rng.int(10, 8 * MINUTE) : rng.int(3, 60);
    emitChat(world, account, merchantId, at, line.from, line.text);
  }
  return at;
}

type OrderContext = { sessionId: string; where: Presence; negotiated: boolean };

/** A genuine order: J-shaped ratings, realistic refund, cancel and review rates, and the shop's schemes applied by hook. */
export function placeGenuineOrder(ctx: SessionContext, account: Account, item: Item, at: number, context: OrderContext): void {
  const { world, rng, promotions } = ctx;
  const normal = world.options.normal;
  const category = categories[item.category]!;
  const quantity = 1 + rng.geometric(category.maxQuantity > 3 ? 0.6 : 0.85, category.maxQuantity - 1);
  const plan: OrderPlan = {
    at, account, item, quantity, mask: 0, sessionId: context.sessionId, device: context.where.device, ip: context.where.ip, extras: [],
  };
  const promotion = promotions.active(item.merchant, world.clock.dayOf(at));
  if (promotion) {
    plan.unitPrice = Math.round((item.price * (100 - promotion.discountPct)) / 100);
    plan.couponId = promotion.couponId;
    plan.subsidy = {
      campaignId: promotion.campaignId, approvedBy: promotion.approvedBy,
      amount: Math.round(plan.unitPrice * quantity * rng.uniform(0.03, 0.08)),
    };
  }
  if (context.negotiated) plan.priceTo = Math.round((plan.unitPrice ?? item.price) * quantity * rng.uniform(0.88, 0.97));
  if (rng.chance(normal.cancelRate)) {
    plan.cancel = rng.chance(0.75) ? 'before_pay' : 'after_pay';
    startOrder(world, plan, rng);
    return;
  }
  const refunded = rng.chance(normal.refundRate);
  if (refunded) {
    const delay = rng.uniform(HOUR, 7 * DAY);
    plan.refund = { delay, share: rng.chance(0.8) ? 1 : rng.uniform(0.3, 0.6), reason: rng.pick(refundReasons) };
    afterSaleChat(rng).forEach((line, i) => plan.extras!.push({ anchor: 'delivered', delay: Math.max(60, delay - HOUR + i * 300), extra: { kind: 'message', ...line } }));
  }
  if (rng.chance(0.03)) {
    shippingChat(rng).forEach((line, i) => plan.extras!.push({ anchor: 'paid', delay: DAY + i * rng.int(60, 1_800), extra: { kind: 'message', ...line } }));
  }
  if (rng.chance(refunded ? 0.6 : normal.reviewProbability)) {
    const rating = genuineRating(rng, refunded);
    const photos = rng.chance(0.2) ? rng.int(1, 4) : 0;
    plan.review = { rating, photos, mask: 0, likes: rng.geometric(photos > 0 ? 0.4 : 0.75, 12), followUp: rng.chance(0.015) };
    if (rating <= 2 && rng.chance(0.08)) compensate(ctx, plan);
  }
  world.hooks.get(item.merchant)?.(plan, rng);
  startOrder(world, plan, rng);
}

/** Shops do pay unhappy buyers small amounts, and some buyers then raise their rating: the honest twin of extortion. */
function compensate(ctx: SessionContext, plan: OrderPlan): void {
  const { rng } = ctx;
  const merchantId = ctx.world.population.merchants[plan.item.merchant]!.id;
  const delay = rng.uniform(2 * HOUR, 2 * DAY);
  plan.extras!.push({ anchor: 'review', delay: delay - rng.int(300, HOUR), extra: { kind: 'message', from: 'merchant', text: '亲，非常抱歉给您带来不好的体验，我们给您补偿一下' } });
  plan.extras!.push({
    anchor: 'review', delay,
    extra: { kind: 'transfer', from: { type: 'merchant', id: merchantId }, amount: rng.int(5, 30) * 100, channel: 'alipay', memo: '补偿' },
  });
  if (rng.chance(0.3)) plan.extras!.push({ anchor: 'review', delay: delay + rng.uniform(HOUR, DAY), extra: { kind: 'review.edited', rating: 4 } });
}
