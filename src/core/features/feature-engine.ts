// Keeps every declared feature's window state per key, fed in arrival order; rules read values as of the event being decided.
import type { EventType, ShoumenEvent } from '../events/event.ts';
import { durationSeconds, type FeatureDecl } from '../rules/ast.ts';
import { compileExpr, sourceOrder, type CompiledExpr, type EvalContext, type Slots } from '../rules/evaluate.ts';
import { printFeature } from '../rules/printer.ts';
import { BucketDistinct } from './bucket-distinct.ts';
import { BucketSeries } from './bucket-series.ts';
import { EntityContext } from './entity-context.ts';
import { ExactDistinct } from './exact-distinct.ts';
import { ExactSeries } from './exact-series.ts';
import { keyOf } from './keys.ts';
import { MapSweeper } from './map-sweeper.ts';
import { SinceLast } from './since-last.ts';
import type { Observation, WindowState } from './window-state.ts';

/** Windows up to an hour keep every event (exact); longer ones keep buckets of window ÷ 60 (bounded). */
export const EXACT_MAX_WINDOW_MS = 3_600_000;
export const BUCKETS_PER_WINDOW = 60;
/** How far back a restart replays stored events: the longest window, one of its buckets, and a day for late events. */
export const RESTORE_LOOKBACK_MS = 30 * 86_400_000 + (30 * 86_400_000) / BUCKETS_PER_WINDOW + 86_400_000;
/** Event types that state lasting relations (an account acting for a shop): a restart replays them whatever their age. */
export const DURABLE_EVENT_TYPES: readonly EventType[] = ['entity.linked'];

/** Whether a stored event must be replayed to rebuild state whose newest event is at `latest`. */
export function neededForRestore(type: EventType, ts: number, latest: number): boolean {
  return ts >= latest - RESTORE_LOOKBACK_MS || DURABLE_EVENT_TYPES.includes(type);
}

type Spec = {
  readonly decl: FeatureDecl;
  readonly windowMs: number;
  /** 0 for exact windows. */
  readonly bucketMs: number;
  readonly states: Map<string, WindowState>;
  readonly sweeper: MapSweeper<string, WindowState>;
  readonly create: () => WindowState;
  readonly where: CompiledExpr | undefined;
  readonly value: CompiledExpr | undefined;
};

const noFeatures = () => null;

function stateFactory(decl: FeatureDecl, windowMs: number, bucketMs: number): () => WindowState {
  const exact = bucketMs === 0;
  switch (decl.aggregate) {
    case 'count':
    case 'sum': {
      const mode = decl.aggregate;
      return exact ? () => new ExactSeries(windowMs, mode) : () => new BucketSeries(windowMs, bucketMs, mode);
    }
    case 'distinct':
      return exact ? () => new ExactDistinct(windowMs) : () => new BucketDistinct(windowMs, bucketMs);
    case 'since_last':
      return () => new SinceLast(windowMs);
  }
}

/** The feature's identity: its declaration without the name, so two rule sets declaring the same thing share one state. */
export const featureSignature = (decl: FeatureDecl): string => printFeature({ ...decl, name: 'f' });

export class FeatureEngine {
  readonly context = new EntityContext();
  private readonly specs: Spec[] = [];
  private readonly bySignature = new Map<string, number>();
  private readonly byType = new Map<EventType, Spec[]>();
  private readonly slots: Slots = [];
  private seq = 0;
  private memoSeq = new Float64Array(8).fill(-1);
  private memoValue: (number | null)[] = [];

  get eventsSeen(): number {
    return this.seq;
  }

  /** Registers a declaration (or finds the same one) and returns its index for reads. */
  register(decl: FeatureDecl): number {
    const signature = featureSignature(decl);
    const known = this.bySignature.get(signature);
    if (known !== undefined) return known;
    const windowMs = durationSeconds(decl.window) * 1000;
    const bucketMs = windowMs <= EXACT_MAX_WINDOW_MS || decl.aggregate === 'since_last' ? 0 : windowMs / BUCKETS_PER_WINDOW;
    const compile = (expr: FeatureDecl['where']) => (expr ? compileExpr(expr, { featureIndex: () => -1, order: sourceOrder }) : undefined);
    const states = new Map<string, WindowState>();
    const spec: Spec = {
      decl, windowMs, bucketMs, states, sweeper: new MapSweeper(states), create: stateFactory(decl, windowMs, bucketMs),
      where: compile(decl.where), value: compile(decl.value),
    };
    const index = this.specs.push(spec) - 1;
    this.bySignature.set(signature, index);
    for (const type of decl.on) {
      const list = this.byType.get(type as EventType) ?? [];
      list.push(spec);
      this.byType.set(type as EventType, list);
    }
    if (this.memoSeq.length < this.specs.length) {
      const grown = new Float64Array(this.specs.length * 2).fill(-1);
      grown.set(this.memoSeq);
      this.memoSeq = grown;
    }
    return index;
  }

  /** Relative read cost, for ordering rule conditions: bucketed windows sum many buckets. */
  cost(index: number): number {
    const spec = this.specs[index];
    return spec && spec.bucketMs > 0 ? 8 : 4;
  }

  /** Feeds one event (in arrival order) to the entity context and to every feature declared on its type. */
  observe(event: ShoumenEvent, ts: number): void {
    this.seq += 1;
    this.context.observe(event, ts);
    const specs = this.byType.get(event.type);
    if (!specs) return;
    const context: EvalContext = { event: event, feature: noFeatures };
    for (const spec of specs) {
      const key = this.keyFor(spec.decl, event);
      if (key === undefined) continue;
      if (spec.where && spec.where.evaluate(context, this.slots) !== true) continue;
      let observation: Observation;
      if (spec.value) {
        const v = spec.value.evaluate(context, this.slots);
        if (v === null || typeof v === 'boolean' || Array.isArray(v)) {
          if (v === null) continue;
          observation = String(v);
        } else observation = v;
      }
      let state = spec.states.get(key);
      if (!state) {
        state = spec.create();
        spec.states.set(key, state);
      }
      state.add(ts, observation, this.seq);
      const horizon = ts - spec.windowMs - spec.bucketMs;
      spec.sweeper.step((s) => s.newest() < horizon);
    }
  }

  /** The feature's value for the event just observed, over (ts − window, ts]; null when the event has no such key or no data. */
  value(index: number, event: ShoumenEvent, ts: number): number | null {
    if (this.memoSeq[index] === this.seq) return this.memoValue[index] ?? null;
    const spec = this.specs[index];
    let result: number | null = null;
    if (spec) {
      const key = this.keyFor(spec.decl, event);
      const state = key === undefined ? undefined : spec.states.get(key);
      if (state) result = state.read(ts - spec.windowMs - spec.bucketMs, ts, this.seq);
      else if (key !== undefined && spec.decl.aggregate !== 'since_last') result = 0;
    }
    this.memoSeq[index] = this.seq;
    this.memoValue[index] = result;
    return result;
  }

  /** Keys held and approximate bytes, per feature. */
  stats(): { name: string; keys: number; bytes: number }[] {
    return this.specs.map((spec) => {
      let bytes = 0;
      for (const [key, state] of spec.states) bytes += state.bytes() + key.length * 2 + 64;
      return { name: spec.decl.name, keys: spec.states.size, bytes };
    });
  }

  private keyFor(decl: FeatureDecl, event: ShoumenEvent): string | undefined {
    const [first, ...rest] = decl.keys;
    let key = keyOf(first!, event, this.context);
    for (const kind of rest) {
      if (key === undefined) return undefined;
      const part = keyOf(kind, event, this.context);
      key = part === undefined ? undefined : `${key}\u0001${part}`;
    }
    return key;
  }
}
