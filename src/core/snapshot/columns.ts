// The column types a snapshot table exposes, derived from the table specs.
import type { EventType } from '../events/event.ts';
import type { TextColumn } from './text-arena.ts';
import type { ColumnSpec, TableSpecs } from './table-specs.ts';

/** An entity reference: the entity type code (index into `entityTypes`, -1 absent) and the id in that type's namespace. */
export type RefColumn = { readonly type: Int8Array; readonly id: Int32Array };

/** A list per row: values of row r are `values[offsets[r] .. offsets[r + 1])`. */
export type ListColumn = { readonly offsets: Int32Array; readonly values: Int32Array };

/** Attributes per row, stored long: value kind 0 = number, 1 = string (interned in `attributeValue`), 2 = boolean. */
export type AttributesColumn = {
  readonly offsets: Int32Array;
  readonly name: Int32Array;
  readonly kind: Int8Array;
  readonly num: Float64Array;
  readonly str: Int32Array;
};

export type ColumnOf<S extends ColumnSpec> = S extends { kind: 'id' }
  ? Int32Array
  : S extends { kind: 'num' }
    ? Float64Array
    : S extends { kind: 'bool' }
      ? Int8Array
      : S extends { kind: 'text' }
        ? TextColumn
        : S extends { kind: 'ref' }
          ? RefColumn
          : S extends { kind: 'idList' }
            ? ListColumn
            : AttributesColumn;

/**
 * One event type's rows. Absent optional values are -1 for ids, flags and reference types, NaN for numbers,
 * undefined for text. `event[row]` is the row's index in the snapshot's arrival order.
 */
export type Table<T extends EventType> = {
  readonly size: number;
  readonly ts: Float64Array;
  readonly event: Int32Array;
  readonly columns: { readonly [F in keyof TableSpecs[T]]: TableSpecs[T][F] extends ColumnSpec ? ColumnOf<TableSpecs[T][F]> : never };
};
