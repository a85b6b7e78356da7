// The generator: population, attack plans, then day by day and hour by hour, events in time order and truth rows beside them.
import type { ShoumenEvent } from '../events/event.ts';
import { attackFactories } from './attacks/registry.ts';
import { Clock } from './clock.ts';
import { Ids } from './ids.ts';
import { emitSnapshot } from './normal/catalog-events.ts';
import { NormalLife } from './normal/normal-life.ts';
import { Promotions } from './normal/promotions.ts';
import { attackNames, parseOptions, type SimulationOptionsInput } from './options.ts';
import { buildPopulation } from './population/population.ts';
import { Rng } from './random.ts';
import { Timeline } from './timeline.ts';
import { rowsFor, type TruthRow } from './truth.ts';
import type { World } from './world.ts';

export type SimulatedRecord =
  | { readonly kind: 'event'; readonly event: ShoumenEvent }
  | { readonly kind: 'truth'; readonly row: TruthRow };

/** Random streams: one per component so that, e.g., the text drawn at emission never shifts planning draws. */
const Stream = { population: 1, normal: 2, promotions: 3, snapshot: 4, content: 5, attacks: 100 } as const;

/** One simulated hour: its events in time order, the truth rows of each (orders and reviews), and rows of no event. */
export type SimulatedHour = {
  readonly events: readonly ShoumenEvent[];
  /** `truthOf[i]`: the rows of the order or review that `events[i]` creates, if any. */
  readonly truthOf: readonly (readonly TruthRow[] | undefined)[];
  /** Rows that belong to no event: the accounts, shops, items, operators and devices, after the last hour. */
  readonly rows: readonly TruthRow[];
};

function finalTruth(world: World): TruthRow[] {
  const { population } = world;
  const rows: TruthRow[] = [];
  for (const a of population.accounts) rows.push(...rowsFor('account', a.id, a.mask));
  for (const m of population.merchants) rows.push(...rowsFor('merchant', m.id, m.mask));
  for (const i of population.items) rows.push(...rowsFor('item', i.id, i.mask));
  for (const o of population.operators) rows.push(...rowsFor('operator', o.id, o.mask));
  for (const d of population.devices) rows.push(...rowsFor('device', d, population.deviceMask.get(d) ?? 0));
  return rows;
}

/**
 * Simulates the marketplace hour by hour: the fast path for writers (no object per record). Events are in
 * non-decreasing time across hours. Pure: the same options give the same hours.
 */
export function* simulateHours(input: SimulationOptionsInput = {}): Generator<SimulatedHour> {
  const options = parseOptions(input);
  const seed = options.seed;
  const clock = new Clock(options.start, options.days);
  const ids = new Ids(seed);
  const population = buildPopulation(new Rng(seed, Stream.population), ids, clock, options);
  const timeline = new Timeline(clock.start, clock.end);
  const world: World = {
    options, clock, ids, population, timeline, content: new Rng(seed, Stream.content), hooks: new Map(), tenant: options.tenant,
  };
  const attacks = options.attacks.map((name) => attackFactories[name](world, new Rng(seed, Stream.attacks + attackNames.indexOf(name))));
  for (const attack of attacks) attack.plan();
  const promotions = new Promotions(world, new Rng(seed, Stream.promotions), (m) => !population.isClaimed(m));
  const normal = new NormalLife(world, new Rng(seed, Stream.normal), promotions);
  emitSnapshot(world, new Rng(seed, Stream.snapshot));

  for (let day = 0; day < options.days; day += 1) {
    normal.day(day);
    for (const attack of attacks) attack.day(day);
    for (let hour = 0; hour < 24; hour += 1) {
      normal.hour(hour);
      const hourStart = timeline.hourStart;
      const batch = timeline.drainNextHour();
      const order = batch.order(hourStart);
      const events: ShoumenEvent[] = new Array<ShoumenEvent>(order.length);
      const truthOf: (readonly TruthRow[] | undefined)[] = new Array<readonly TruthRow[] | undefined>(order.length);
      for (let k = 0; k < order.length; k += 1) {
        const i = order[k]!;
        const event = batch.events[i]!;
        event.id = ids.event();
        event.ts = clock.iso(batch.times[i]!);
        if (options.tenant !== undefined) event.tenant = options.tenant;
        events[k] = event;
        truthOf[k] = batch.truths[i];
      }
      if (events.length > 0) yield { events, truthOf, rows: [] };
    }
  }
  yield { events: [], truthOf: [], rows: finalTruth(world) };
}

/**
 * Simulates the marketplace of the options as records. Events come out in non-decreasing time; the truth rows of an
 * order or a review follow its first event, and those of accounts, shops, items, operators and devices come after the
 * last event. Pure: the same options give the same records.
 */
export function* simulateMarketplace(input: SimulationOptionsInput = {}): Generator<SimulatedRecord> {
  for (const hour of simulateHours(input)) {
    for (let k = 0; k < hour.events.length; k += 1) {
      yield { kind: 'event', event: hour.events[k]! };
      const rows = hour.truthOf[k];
      if (rows) for (const row of rows) yield { kind: 'truth', row };
    }
    for (const row of hour.rows) yield { kind: 'truth', row };
  }
}

/** The events alone, for callers that have no use for the truth (the server's demo). */
export function* simulateEvents(input: SimulationOptionsInput = {}): Generator<ShoumenEvent> {
  for (const hour of simulateHours(input)) yield* hour.events;
}
