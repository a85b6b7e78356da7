// What every generator shares: options, time, ids, the population, the timeline and the random streams.
import type { Clock } from './clock.ts';
import type { Ids } from './ids.ts';
import type { OrderPlan } from './orders/order-plan.ts';
import type { SimulationOptions } from './options.ts';
import type { Population } from './population/population.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

/** A shop-level scheme that changes genuine orders as they are created (e.g. a cashback lure after delivery). */
export type OrderHook = (plan: OrderPlan, rng: Rng) => void;

export type World = {
  readonly options: SimulationOptions;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly population: Population;
  readonly timeline: Timeline;
  /** Draws made while emitting (review text, photo hashes): a stream of its own so planning draws stay put. */
  readonly content: Rng;
  readonly hooks: Map<number, OrderHook>;
  readonly tenant: string | undefined;
};
