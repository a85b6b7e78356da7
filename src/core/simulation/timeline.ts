// Hour buckets of pending events and long-running flows: memory holds what is in flight, not the whole history.
import type { EventOf, EventType, ShoumenEvent } from '../events/event.ts';
import { HOUR } from './clock.ts';
import type { TruthRow } from './truth.ts';

/** More events than this in one hour would break the packed sort key (2^24: far above any simulated hour). */
const POSITIONS = 1 << 24;

/** Events of one hour as parallel arrays: no wrapper object per event on the hot path. */
export class Batch {
  readonly times: number[] = [];
  readonly events: ShoumenEvent[] = [];
  readonly truths: (readonly TruthRow[] | undefined)[] = [];

  push(t: number, event: ShoumenEvent, truth: readonly TruthRow[] | undefined): void {
    if (this.times.length >= POSITIONS) throw new Error('too many events in one hour');
    this.times.push(t);
    this.events.push(event);
    this.truths.push(truth);
  }

  get length(): number {
    return this.times.length;
  }

  /**
   * Positions in time order; ties keep scheduling order, so the output is deterministic. Sorting packed numbers
   * (time offset in the hour, then position) with the native numeric sort avoids a comparator call per comparison.
   */
  order(hourStart: number): Uint32Array {
    const times = this.times;
    const n = times.length;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) keys[i] = (times[i]! - hourStart) * POSITIONS + i;
    keys.sort();
    const positions = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) positions[i] = keys[i]! % POSITIONS;
    return positions;
  }
}

/** Something with several future events (an order's life): it sits in one bucket and emits lazily, hour by hour. */
export interface Flow {
  /** Time of its next event; Infinity when finished. */
  readonly nextAt: number;
  /** Pushes every event due before `until`, in time order. */
  advance(until: number, out: Batch): void;
}

type Bucket = { events: Batch; flows: Flow[] };

/** An event with its envelope left blank: id and ts are filled in at emission, in time order. */
export function makeEvent<T extends EventType>(type: T, fields: Omit<EventOf<T>, 'id' | 'type' | 'ts'>): EventOf<T> {
  return { id: '', type, ts: '', ...fields } as EventOf<T>;
}

export class Timeline {
  private readonly buckets = new Map<number, Bucket>();
  /** Hours before this one are emitted already; scheduling into them is a bug in a generator. */
  private nextHour = 0;

  constructor(private readonly start: number, private readonly end: number) {}

  get horizon(): number {
    return this.end;
  }

  /** The earliest time still open for scheduling. */
  get openFrom(): number {
    return this.start + this.nextHour * HOUR;
  }

  private bucket(t: number): Bucket | undefined {
    if (t >= this.end) return undefined;
    const hour = Math.floor((t - this.start) / HOUR);
    if (hour < this.nextHour) throw new Error(`scheduled into the past: hour ${hour} < ${this.nextHour}`);
    let bucket = this.buckets.get(hour);
    if (!bucket) {
      bucket = { events: new Batch(), flows: [] };
      this.buckets.set(hour, bucket);
    }
    return bucket;
  }

  /** Schedules one event; events past the horizon are dropped with their truth rows. */
  at(t: number, event: ShoumenEvent, truth?: readonly TruthRow[]): void {
    this.bucket(t)?.events.push(t, event, truth);
  }

  flow(flow: Flow): void {
    if (flow.nextAt === Infinity) return;
    this.bucket(flow.nextAt)?.flows.push(flow);
  }

  /** Start of the hour the next drain emits. */
  get hourStart(): number {
    return this.start + this.nextHour * HOUR;
  }

  /** Emits the next hour: its events plus every flow step due in it (read them through `order(hourStart)`). */
  drainNextHour(): Batch {
    const hour = this.nextHour;
    const bucket = this.buckets.get(hour);
    this.buckets.delete(hour);
    this.nextHour = hour + 1;
    if (!bucket) return new Batch();
    const until = this.start + (hour + 1) * HOUR;
    const out = bucket.events;
    for (const flow of bucket.flows) {
      flow.advance(until, out);
      if (flow.nextAt < until) throw new Error('a flow did not advance past its hour');
      this.flow(flow);
    }
    return out;
  }

  get pendingFlows(): number {
    let n = 0;
    for (const bucket of this.buckets.values()) n += bucket.flows.length;
    return n;
  }
}
