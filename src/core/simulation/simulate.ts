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

function* finalTruth(world: World): Generator<SimulatedRecord> {
  const { population } = world;
  for (const a of population.accounts) for (const row of rowsFor('account', a.id, a.mask)) yield { kind: 'truth', row };
  for (const m of population.merchants) for (const row of rowsFor('merchant', m.id, m.mask)) yield { kind: 'truth', row };
  for (const i of population.items) for (const row of rowsFor('item', i.id, i.mask)) yield { kind: 'truth', row };
  for (const o of population.operators) for (const row of rowsFor('operator', o.id, o.mask)) yield { kind: 'truth', row };
  for (const d of population.devices) for (const row of rowsFor('device', d, population.deviceMask.get(d) ?? 0)) yield { kind: 'truth', row };
}

/**
 * Simulates the marketplace of the options. Events come out in non-decreasing time; the truth rows of an order or a
 * review follow its first event, and those of accounts, shops, items, operators and devices come after the last event.
 * Pure: the same options give the same records.
 */
export function* simulateMarketplace(input: SimulationOptionsInput = {}): Generator<SimulatedRecord> {
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
      const batch = timeline.drainNextHour();
      for (const i of batch.order()) {
        const event = batch.events[i]!;
        event.id = ids.event();
        event.ts = clock.iso(batch.times[i]!);
        if (options.tenant !== undefined) event.tenant = options.tenant;
        yield { kind: 'event', event };
        const truth = batch.truths[i];
        if (truth) for (const row of truth) yield { kind: 'truth', row };
      }
    }
  }
  yield* finalTruth(world);
}

/** The events alone, for callers that have no use for the truth (the server's demo). */
export function* simulateEvents(input: SimulationOptionsInput = {}): Generator<ShoumenEvent> {
  for (const record of simulateMarketplace(input)) if (record.kind === 'event') yield record.event;
}
