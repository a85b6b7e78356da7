// One order's life as a lazy flow: times are fixed when the order is planned, events are built only when due.
import type { Carrier } from '../catalog/regions.ts';
import { HOUR, MINUTE, DAY } from '../clock.ts';
import type { Rng } from '../random.ts';
import type { Batch, Flow } from '../timeline.ts';
import { rowsFor } from '../truth.ts';
import type { World } from '../world.ts';
import { buildExtra, buildStep } from './order-events.ts';
import { drawCarrier, emptyRoute, normalRoute, parcelGrams, trackingNumber } from './logistics.ts';
import type { Anchor, OrderPlan } from './order-plan.ts';
import { Step, type StepKind, type StepSink } from './steps.ts';

export class OrderFlow implements Flow, StepSink {
  readonly orderId: string;
  readonly reviewId: string | undefined;
  readonly amount: number;
  readonly paid: number;
  readonly carrier: Carrier;
  readonly tracking: string;
  readonly grams: number;
  private readonly times: number[] = [];
  private readonly kinds: StepKind[] = [];
  private readonly args: number[] = [];
  private cursor = 0;
  /** Kept from emission until a follow-up edit needs it. */
  reviewText = '';

  constructor(readonly world: World, readonly plan: OrderPlan, rng: Rng) {
    const { item, account } = plan;
    this.orderId = world.ids.next('order');
    this.amount = (plan.unitPrice ?? item.price) * plan.quantity;
    this.paid = plan.priceTo ?? this.amount;
    this.carrier = plan.carrier ?? drawCarrier(rng);
    this.tracking = plan.tracking ?? trackingNumber(world.ids, rng, this.carrier);
    this.grams = plan.grams ?? parcelGrams(rng, item.grams, plan.quantity);
    const anchors: Record<Anchor, number> = { placed: plan.at, paid: Infinity, delivered: Infinity, review: Infinity };
    this.push(plan.at, Step.placed, 0);
    let payAfter = plan.at;
    if (plan.priceTo !== undefined) {
      payAfter = plan.at + rng.int(MINUTE, 10 * MINUTE);
      this.push(payAfter, Step.priceChanged, 0);
    }
    if (plan.cancel === 'before_pay') {
      this.push(payAfter + rng.int(MINUTE, 30 * MINUTE), Step.cancelled, 0);
    } else {
      const paidAt = payAfter + Math.round(Math.min(20 * MINUTE, rng.logNormal(60, 1)));
      anchors.paid = paidAt;
      this.push(paidAt, Step.paid, 0);
      if (plan.subsidy) this.push(paidAt + rng.int(1, 30), Step.subsidy, 0);
      if (plan.cancel === 'after_pay') {
        const cancelledAt = paidAt + rng.int(5 * MINUTE, 3 * HOUR);
        this.push(cancelledAt, Step.cancelled, 0);
        this.push(cancelledAt + rng.int(10, 600), Step.refunded, 100);
      } else {
        const from = world.population.merchants[item.merchant]!.region;
        const deliveredAt = plan.logistics === 'empty'
          ? emptyRoute(rng, paidAt, from, account.region, this)
          : normalRoute(rng, world.clock, paidAt, from, account.region, this);
        anchors.delivered = deliveredAt;
        if (plan.refund) this.push(deliveredAt + plan.refund.delay, Step.refunded, Math.round(plan.refund.share * 100));
        if (plan.review) anchors.review = this.scheduleReview(rng, deliveredAt);
      }
    }
    this.reviewId = anchors.review < Infinity ? world.ids.next('review') : undefined;
    plan.extras?.forEach((step, index) => {
      const base = anchors[step.anchor];
      if (base < Infinity) this.push(base + step.delay, Step.extra, index);
    });
    this.sortSteps();
  }

  get nextAt(): number {
    return this.cursor < this.times.length ? this.times[this.cursor]! : Infinity;
  }

  push(t: number, kind: StepKind, arg: number): void {
    this.times.push(Math.floor(t));
    this.kinds.push(kind);
    this.args.push(arg);
  }

  private scheduleReview(rng: Rng, deliveredAt: number): number {
    const review = this.plan.review!;
    const earliest = deliveredAt + 10 * MINUTE;
    const at = review.at !== undefined
      ? Math.max(review.at, earliest)
      : deliveredAt + (review.delay ?? Math.min(15 * DAY, Math.max(HOUR, rng.logNormal(40 * HOUR, 0.9))));
    this.push(at, Step.review, 0);
    const population = this.world.population;
    for (let i = 0; i < (review.likes ?? 0); i += 1) {
      const liker = population.accounts[rng.int(0, population.accounts.length - 1)]!;
      if (liker.registeredAt < at && liker.index !== this.plan.account.index) {
        this.push(at + Math.min(10 * DAY, rng.exponential(1.5 * DAY)), Step.like, liker.index);
      }
    }
    if (review.followUp) this.push(at + rng.uniform(3 * DAY, 10 * DAY), Step.followUp, 0);
    return at;
  }

  /** Insertion sort by time; stable, and the lists are short. */
  private sortSteps(): void {
    const { times, kinds, args } = this;
    for (let i = 1; i < times.length; i += 1) {
      const t = times[i]!;
      const k = kinds[i]!;
      const a = args[i]!;
      let j = i - 1;
      while (j >= 0 && times[j]! > t) {
        times[j + 1] = times[j]!;
        kinds[j + 1] = kinds[j]!;
        args[j + 1] = args[j]!;
        j -= 1;
      }
      times[j + 1] = t;
      kinds[j + 1] = k;
      args[j + 1] = a;
    }
  }

  advance(until: number, out: Batch): void {
    while (this.cursor < this.times.length && this.times[this.cursor]! < until) {
      const t = this.times[this.cursor]!;
      const kind = this.kinds[this.cursor]!;
      const arg = this.args[this.cursor]!;
      this.cursor += 1;
      const event = kind === Step.extra ? buildExtra(this, this.plan.extras![arg]!.extra) : buildStep(this, kind, arg);
      const truth = kind === Step.placed ? rowsFor('order', this.orderId, this.plan.mask)
        : kind === Step.review ? rowsFor('review', this.reviewId!, this.plan.review!.mask) : undefined;
      out.push(t, event, truth);
    }
  }
}

/** Plans an order and hands it to the timeline; the flow is returned so attacks can read its ids. */
export function startOrder(world: World, plan: OrderPlan, rng: Rng): OrderFlow {
  const flow = new OrderFlow(world, plan, rng);
  world.timeline.flow(flow);
  return flow;
}
