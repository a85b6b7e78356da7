// A scripted purchase as events: optional login and search, views with chosen dwell, then an order with its planned life.
import { startOrder, type OrderFlow } from '../orders/order-flow.ts';
import type { ExtraStep, OrderPlan, ReviewPlan } from '../orders/order-plan.ts';
import { emitLogin, emitSearch, emitView, type Presence } from '../normal/session-events.ts';
import type { Account, Item } from '../population/types.ts';
import type { Rng } from '../random.ts';
import type { World } from '../world.ts';

export type PurchaseSpec = {
  readonly account: Account;
  readonly item: Item;
  readonly at: number;
  readonly where: Presence;
  readonly mask: number;
  readonly login?: boolean;
  readonly keyword?: string;
  /** Items looked at before the target, with their dwell. */
  readonly browse?: readonly (readonly [Item, number])[];
  /** Dwell on the target item; a quick glance when not given (the buyer came from a link). */
  readonly dwell?: number;
  readonly review?: ReviewPlan;
  readonly extras?: ExtraStep[];
  readonly order?: Partial<Pick<OrderPlan, 'priceTo' | 'logistics' | 'carrier' | 'tracking' | 'grams' | 'payment' | 'address' | 'subsidy' | 'quantity' | 'refund'>>;
};

export function purchase(world: World, rng: Rng, spec: PurchaseSpec): OrderFlow {
  const { account, where } = spec;
  let t = spec.at;
  if (spec.login) emitLogin(world, account, t - rng.int(5, 60), where);
  const sessionId = world.ids.next('session');
  if (spec.keyword !== undefined) {
    emitSearch(world, account, sessionId, t, spec.keyword);
    t += rng.int(3, 15);
  }
  for (const [item, dwell] of spec.browse ?? []) {
    emitView(world, account, sessionId, t, item, dwell);
    t += dwell + rng.int(2, 20);
  }
  const dwell = spec.dwell ?? rng.int(8, 40);
  emitView(world, account, sessionId, t, spec.item, dwell);
  t += dwell + rng.int(5, 40);
  const plan: OrderPlan = {
    at: t, account, item: spec.item, quantity: 1, mask: spec.mask, sessionId, device: where.device, ip: where.ip, ...spec.order,
  };
  if (spec.review) plan.review = spec.review;
  if (spec.extras) plan.extras = spec.extras;
  return startOrder(world, plan, rng);
}

/** A bought five-star review: sometimes four stars, photos in a share, a handful of likes. */
export function boughtReview(rng: Rng, mask: number, photoShare: number, delay: number): ReviewPlan {
  return {
    rating: rng.chance(0.92) ? 5 : 4, mask, delay,
    photos: rng.chance(photoShare) ? rng.int(1, 3) : 0, likes: rng.geometric(0.6, 6),
  };
}
