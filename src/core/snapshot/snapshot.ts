// A read-only columnar view of one tenant's events: what every detector runs over.
import type { EventType } from '../events/event.ts';
import type { EntityType } from '../events/primitives.ts';
import type { Table } from './columns.ts';
import type { Namespace } from './table-specs.ts';

export type Names = {
  readonly size: number;
  /** The integer of a name, or -1 when the snapshot never saw it. */
  find(name: string): number;
  name(index: number): string;
};

export type Snapshot = {
  readonly tenant: string | undefined;
  /** Number of events, in arrival order. */
  readonly eventCount: number;
  eventId(event: number): string;
  eventType(event: number): EventType;
  table<T extends EventType>(type: T): Table<T>;
  names(ns: Namespace): Names;
  /** The id of an entity reference column's value, e.g. a transfer's sender. */
  refName(type: number, id: number): { type: EntityType; id: string } | undefined;
};
