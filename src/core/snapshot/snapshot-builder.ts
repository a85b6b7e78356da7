// Appends validated events one at a time into typed columns, then freezes them into a Snapshot.
import { eventTypes, type EventType, type ShoumenEvent } from '../events/event.ts';
import { entityTypes } from '../events/primitives.ts';
import { columnBuilder, type ColumnBuilder } from './column-builders.ts';
import type { Table } from './columns.ts';
import { growFloat64, growInt32, growUint8 } from './growable.ts';
import { Interner } from './interner.ts';
import type { Snapshot } from './snapshot.ts';
import { tableSpecs, type ColumnSpec, type Namespace } from './table-specs.ts';
import { TextArenaBuilder } from './text-arena.ts';

type FieldReader = (event: Record<string, unknown>) => unknown;

function readerFor(path: string): FieldReader {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) return (event) => event[head];
  return (event) => (event[head] as Record<string, unknown> | undefined)?.[tail];
}

type TableBuilder = {
  readonly ts: ReturnType<typeof growFloat64>;
  readonly event: ReturnType<typeof growInt32>;
  readonly fields: readonly { name: string; read: FieldReader; column: ColumnBuilder }[];
};

const typeCode = new Map<string, number>(eventTypes.map((type, index) => [type, index]));

export class SnapshotBuilder {
  private readonly interners = new Map<Namespace, Interner>();
  private readonly tables = new Map<EventType, TableBuilder>();
  private readonly eventIds = new TextArenaBuilder();
  private readonly eventTypeCodes = growUint8();
  private readonly eventRows = growInt32();

  constructor(readonly tenant: string | undefined) {}

  get eventCount(): number {
    return this.eventRows.size;
  }

  /** Appends one event, whose timestamp has already been validated. */
  add(event: ShoumenEvent): void {
    this.addParsed(event, Date.parse(event.ts));
  }

  /** Appends one event whose time in epoch milliseconds is already known (e.g. read back from the store). */
  addParsed(event: ShoumenEvent, tsMillis: number): void {
    const table = this.tableBuilder(event.type);
    const index = this.eventRows.size;
    this.eventIds.push(event.id);
    this.eventTypeCodes.push(typeCode.get(event.type)!);
    this.eventRows.push(table.ts.size);
    table.ts.push(tsMillis);
    table.event.push(index);
    const record = event as unknown as Record<string, unknown>;
    for (const field of table.fields) field.column.push(field.read(record));
  }

  finish(): Snapshot {
    const interners = this.interners;
    const empty = new Interner();
    const tables = new Map<EventType, Table<EventType>>();
    for (const type of eventTypes) {
      const builder = this.tables.get(type) ?? this.tableBuilder(type);
      const columns = Object.fromEntries(builder.fields.map((field) => [field.name, field.column.finish()]));
      const ts = builder.ts.finish();
      tables.set(type, { size: ts.length, ts, event: builder.event.finish(), columns });
    }
    const ids = this.eventIds.finish();
    const typeCodes = this.eventTypeCodes.finish();
    return {
      tenant: this.tenant,
      eventCount: typeCodes.length,
      eventId: (event) => ids.get(event)!,
      eventType: (event) => eventTypes[typeCodes[event]!]!,
      table: <T extends EventType>(type: T) => tables.get(type) as unknown as Table<T>,
      names: (ns) => interners.get(ns) ?? empty,
      refName(type, id) {
        const entityType = entityTypes[type];
        if (entityType === undefined || id < 0) return undefined;
        return { type: entityType, id: (interners.get(entityType) ?? empty).name(id) };
      },
    };
  }

  private interner = (ns: Namespace): Interner => {
    let interner = this.interners.get(ns);
    if (!interner) {
      interner = new Interner();
      this.interners.set(ns, interner);
    }
    return interner;
  };

  private tableBuilder(type: EventType): TableBuilder {
    let table = this.tables.get(type);
    if (!table) {
      const fields = Object.entries(tableSpecs[type] as Record<string, ColumnSpec>).map(([name, spec]) => ({
        name,
        read: readerFor(name),
        column: columnBuilder(spec, this.interner),
      }));
      table = { ts: growFloat64(), event: growInt32(), fields };
      this.tables.set(type, table);
    }
    return table;
  }
}

/** Builds one snapshot per tenant from a stream of events; events without a tenant share the default partition. */
export class TenantSnapshots {
  private readonly builders = new Map<string, SnapshotBuilder>();

  add(event: ShoumenEvent, tsMillis = Date.parse(event.ts)): void {
    const key = event.tenant ?? '';
    let builder = this.builders.get(key);
    if (!builder) {
      builder = new SnapshotBuilder(event.tenant);
      this.builders.set(key, builder);
    }
    builder.addParsed(event, tsMillis);
  }

  get eventCount(): number {
    let count = 0;
    for (const builder of this.builders.values()) count += builder.eventCount;
    return count;
  }

  finish(): Snapshot[] {
    return [...this.builders.values()].map((builder) => builder.finish());
  }
}
