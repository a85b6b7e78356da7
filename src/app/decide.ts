// The real-time path after validation: store the event, update the features, evaluate, store the decision; per tenant, in arrival order.
import type { ShoumenEvent } from '../core/events/event.ts';
import type { DecisionDraft } from '../core/rules/decider.ts';
import type { Decision } from '../core/rules/decision.ts';
import { formatIso } from '../core/time/format.ts';
import type { RealtimeDeps } from './decide-deps.ts';
import { loadTenantState, type TenantState } from './decide-tenant.ts';
import { holdsOf } from './settlement-holds.ts';

export type DecideResult =
  | { readonly status: 'accepted'; readonly decision: Decision }
  /** Already stored: the decision made when it first arrived (absent for events stored without one, e.g. a file import). */
  | { readonly status: 'duplicate'; readonly decision?: Decision };

type Pending = { readonly event: ShoumenEvent; readonly resolve: (result: DecideResult) => void; readonly reject: (error: unknown) => void };

/** Requests of one tenant wait in its lane; each turn takes everything waiting, so concurrent requests share one store write. */
type Lane = {
  readonly tenant: string | undefined;
  pending: Pending[];
  running: boolean;
  /** Starts the lane's turn before its gathering time is up, once enough requests wait. */
  startNow: (() => void) | undefined;
  state: TenantState | undefined;
  stale: boolean;
};

const MAX_BATCH = 2_000;
/**
 * How long the first request of a turn waits for others to share its store write, and how many make it start at once.
 * A commit costs about as much as storing one more event, so at a steady 2,000 requests/s, about one commit per
 * request kept the core 85% busy (435 µs of CPU a request) and p99 at 10-13 ms; with a millisecond's wait, 370-390 µs
 * and 7-10 ms (bench/realtime, docs/rules.md). Bursts start at once, so an import through the API waits for nothing.
 */
const GATHER_MS = 1;
const FULL_BATCH = 16;

/**
 * Sets the decision time on the draft, which is this call's own object. A spread copy (`{ ...draft, decidedAt }`)
 * made V8 promote 441 instead of 199 bytes a request to the old generation under full load (`--trace-gc-nvp`,
 * bench/realtime), and full collections, each a 40-85 ms stall on one core, come as often as that fills up
 * (docs/rules.md §5). Why V8 keeps the copies longer was not pinned down.
 */
function stamped(draft: DecisionDraft, decidedAt: string): Decision {
  return Object.assign(draft, { decidedAt });
}

export class DecisionEngine {
  private readonly lanes = new Map<string, Lane>();
  private readonly running = new Set<Promise<void>>();
  private readonly counts = { batches: 0, events: 0 };

  constructor(private readonly deps: RealtimeDeps) {}

  decide(event: ShoumenEvent): Promise<DecideResult> {
    return new Promise((resolve, reject) => this.enqueue({ event, resolve, reject }));
  }

  decideMany(events: readonly ShoumenEvent[]): Promise<DecideResult[]> {
    return Promise.all(events.map((event) => this.decide(event)));
  }

  /** Rebuilds the tenant's state before its next decision: after a publish or a shadow change. */
  reload(tenant: string | undefined): void {
    const lane = this.lanes.get(tenant ?? '');
    if (lane) lane.stale = true;
  }

  /** The tenant's state as now built (building it when needed), e.g. for a status page or a warm-up at start. */
  async state(tenant: string | undefined): Promise<TenantState> {
    return this.stateOf(this.laneOf(tenant));
  }

  /** Batches written and events decided since start: events ÷ batches is how many requests shared one store write. */
  stats(): { batches: number; events: number } {
    return { ...this.counts };
  }

  /** Waits for every queued decision; the stores stay open. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  private laneOf(tenant: string | undefined): Lane {
    const key = tenant ?? '';
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { tenant, pending: [], running: false, startNow: undefined, state: undefined, stale: false };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private enqueue(pending: Pending): void {
    const lane = this.laneOf(pending.event.tenant);
    lane.pending.push(pending);
    if (lane.running) {
      if (lane.pending.length >= FULL_BATCH) lane.startNow?.();
      return;
    }
    lane.running = true;
    const run = new Promise<void>((start) => {
      const timer = setTimeout(() => lane.startNow?.(), GATHER_MS);
      lane.startNow = () => {
        clearTimeout(timer);
        lane.startNow = undefined;
        start();
      };
    }).then(() => this.drain(lane));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async drain(lane: Lane): Promise<void> {
    try {
      for (;;) {
        // Under load more requests are ready on their sockets: let the event loop finish its I/O pass (setImmediate runs
        // right after it) and take them, instead of ending the turn and gathering the next one on the timer, which left
        // the core idle between batches (236 against 249 µs of server CPU a request at full load, docs/rules.md §5).
        if (!lane.pending.length) await new Promise<void>((resume) => setImmediate(resume));
        if (!lane.pending.length) break;
        const batch = lane.pending.splice(0, MAX_BATCH);
        try {
          const results = await this.process(lane, batch.map((p) => p.event));
          batch.forEach((p, i) => p.resolve(results[i]!));
        } catch (error) {
          batch.forEach((p) => p.reject(error));
        }
      }
    } finally {
      lane.running = false;
    }
  }

  private async stateOf(lane: Lane): Promise<TenantState> {
    if (!lane.state || lane.stale) {
      lane.stale = false;
      lane.state = await loadTenantState(this.deps, lane.tenant);
    }
    return lane.state;
  }

  private async process(lane: Lane, events: readonly ShoumenEvent[]): Promise<DecideResult[]> {
    // State first: its replay must not see the batch, or the batch would count twice.
    const state = await this.stateOf(lane);
    this.counts.batches += 1;
    this.counts.events += events.length;
    const now = this.deps.clock.now().getTime();
    const decidedAt = formatIso(now);
    const results: DecideResult[] = [];
    const decided: Decision[] = [];
    try {
      // The events, the decisions of the new ones and their settlement holds are written in one transaction, before anyone gets an answer.
      await this.deps.log.record(events, now, (isNew) => {
        for (let i = 0; i < events.length; i += 1) {
          if (!isNew[i]) continue;
          const event = events[i]!;
          const decision = stamped(state.decider.decide(event, Date.parse(event.ts)), decidedAt);
          decided.push(decision);
          results[i] = { status: 'accepted', decision };
        }
        return { decisions: decided, holds: decided.flatMap(holdsOf) };
      });
    } catch (error) {
      // The features may have seen events the failed write did not keep: rebuild them from the store first.
      lane.stale = true;
      throw error;
    }
    for (let i = 0; i < events.length; i += 1) {
      if (results[i]) continue;
      const stored = await this.deps.decisions.get(lane.tenant, events[i]!.id);
      results[i] = stored ? { status: 'duplicate', decision: stored } : { status: 'duplicate' };
    }
    return results;
  }
}
