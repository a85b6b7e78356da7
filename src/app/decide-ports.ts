// Ports of the real-time path: versioned rule sets, decisions, settlement holds and the replay that rebuilds features after a restart.
import type { EventType, ShoumenEvent } from '../core/events/event.ts';
import type { Decision } from '../core/rules/decision.ts';
import type { Result } from '../core/result.ts';

export type RuleSetStatus = 'draft' | 'published' | 'retired';

/** One version of a tenant's rules. Its text never changes after it is stored; only its status moves draft → published → retired. */
export type RuleSetRecord = {
  readonly tenant: string | undefined;
  readonly version: number;
  readonly name: string;
  readonly status: RuleSetStatus;
  /** A draft in shadow mode is evaluated beside the published set without acting. */
  readonly shadow: boolean;
  readonly source: string;
  /** SHA-256 of the source, so a regulator can match a decision to the exact text. */
  readonly checksum: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly publishedAt?: string;
};

export type NewRuleSet = Pick<RuleSetRecord, 'tenant' | 'name' | 'source' | 'checksum' | 'createdAt' | 'createdBy'>;

export type RuleSetStore = {
  /** Stores a draft as the tenant's next version. */
  createDraft(draft: NewRuleSet): Promise<RuleSetRecord>;
  get(tenant: string | undefined, version: number): Promise<RuleSetRecord | undefined>;
  /** Every version, newest first. */
  list(tenant: string | undefined): Promise<RuleSetRecord[]>;
  /** Publishes a draft and retires the version it replaces, in one transaction. */
  publish(tenant: string | undefined, version: number, at: string): Promise<Result<RuleSetRecord, 'not_found' | 'not_draft'>>;
  /** Starts (a version) or stops (undefined) shadow mode; only a draft can shadow. */
  setShadow(tenant: string | undefined, version: number | undefined): Promise<Result<void, 'not_found' | 'not_draft'>>;
};

export type DecisionPage = { readonly items: Decision[]; readonly nextCursor?: string };

export type DecisionStore = {
  get(tenant: string | undefined, eventId: string): Promise<Decision | undefined>;
  /** Newest first, optionally one outcome: an analyst's queue of reviews and holds. */
  list(query: { tenant: string | undefined; outcome?: Decision['outcome']; limit: number; cursor?: string }): Promise<DecisionPage>;
};

/** What a batch's decision step hands the store: the decisions of the new events, and the settlement holds they ask for. */
export type DecidedBatch = { readonly decisions: readonly Decision[]; readonly holds: readonly SettlementHold[] };

/** The real-time path's write: a batch of events, the decisions made for the new ones and their holds, stored together. */
export type DecisionLog = {
  /**
   * Appends the events (idempotent by tenant and id), calls `decide` with which of them are new, and stores the
   * decisions and settlement holds it returns, all in one transaction: an event is never stored without its decision,
   * nor a hold_settlement decision without its hold (a hold already in place for the shop and order is kept, not
   * repeated). Returns which events were new.
   */
  record(events: readonly ShoumenEvent[], ingestedAt: number, decide: (isNew: readonly boolean[]) => DecidedBatch): Promise<boolean[]>;
};

export type SettlementHold = {
  readonly tenant: string | undefined;
  readonly id: string;
  readonly merchantId: string;
  readonly orderId?: string;
  /** The event whose decision held it, and the rule that fired. */
  readonly eventId: string;
  readonly ruleCode: string;
  readonly reason: string;
  readonly status: 'held' | 'released';
  readonly heldAt: string;
  readonly releasedAt?: string;
  readonly releasedBy?: string;
  readonly note?: string;
};

export type SettlementHoldStore = {
  /** Records holds; a hold already in place for the same shop and order is kept, not repeated. Returns the new ones. */
  hold(holds: readonly SettlementHold[]): Promise<SettlementHold[]>;
  get(tenant: string | undefined, id: string): Promise<SettlementHold | undefined>;
  list(query: { tenant: string | undefined; status?: SettlementHold['status']; merchantId?: string; limit: number }): Promise<SettlementHold[]>;
  release(tenant: string | undefined, id: string, release: { by: string; note: string; at: string }): Promise<Result<SettlementHold, 'not_found' | 'not_held'>>;
};

/** Stored events read back to rebuild the window features of a tenant. */
export type EventReplay = {
  /** Time of the tenant's newest stored event. */
  latestTs(tenant: string | undefined): Promise<number | undefined>;
  /** The tenant's events from `fromTs` on, plus every event of `durableTypes` whatever its time, in arrival order. */
  stream(tenant: string | undefined, fromTs: number, durableTypes: readonly EventType[]): AsyncIterable<{ event: ShoumenEvent; tsMillis: number }>;
};
