// Reads what platforms state about entities in `entity.attributes` (their own features and declarations).
import { entityTypes, type EntityType } from '../events/primitives.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

export type AttributeValue = number | string | boolean;

/** One `entity.attributes` event about one entity: the wanted attributes it states, when, and the event. */
export type AttributeStatement = {
  readonly entity: number;
  readonly ts: number;
  readonly event: number;
  readonly values: Readonly<Record<string, AttributeValue>>;
};

/** One stated attribute of one entity: its value, when it was stated and the event that stated it. */
export type AttributeFact = { readonly entity: number; readonly value: AttributeValue; readonly ts: number; readonly event: number };

/** Every statement about entities of one type that names at least one of the attributes, in arrival order. */
export function attributeStatements(snapshot: Snapshot, type: EntityType, names: readonly string[]): AttributeStatement[] {
  const attributeNames = snapshot.names('attribute');
  const wanted = new Map<number, string>();
  for (const name of names) {
    const id = attributeNames.find(name);
    if (id >= 0) wanted.set(id, name);
  }
  if (wanted.size === 0) return [];
  const table = snapshot.table('entity.attributes');
  const { entity, attributes } = table.columns;
  const typeCode = entityTypes.indexOf(type);
  const strings = snapshot.names('attributeValue');
  const out: AttributeStatement[] = [];
  for (let row = 0; row < table.size; row += 1) {
    if (entity.type[row] !== typeCode || entity.id[row]! < 0) continue;
    let values: Record<string, AttributeValue> | undefined;
    for (let k = attributes.offsets[row]!; k < attributes.offsets[row + 1]!; k += 1) {
      const name = wanted.get(attributes.name[k]!);
      if (name === undefined) continue;
      const kind = attributes.kind[k]!;
      values ??= {};
      values[name] = kind === 0 ? attributes.num[k]! : kind === 1 ? strings.name(attributes.str[k]!) : attributes.num[k] === 1;
    }
    if (values) out.push({ entity: entity.id[row]!, ts: table.ts[row]!, event: table.event[row]!, values });
  }
  return out;
}

/**
 * The current value of each named attribute per entity. When one entity is described twice, the later statement wins
 * (ties: the larger event id), so arrival order never matters.
 */
export function readAttributes(snapshot: Snapshot, type: EntityType, names: readonly string[]): Map<string, Map<number, AttributeFact>> {
  const out = new Map<string, Map<number, AttributeFact>>(names.map((name) => [name, new Map()]));
  for (const statement of attributeStatements(snapshot, type, names)) {
    for (const [name, value] of Object.entries(statement.values)) {
      const facts = out.get(name)!;
      const previous = facts.get(statement.entity);
      if (previous && (previous.ts > statement.ts || (previous.ts === statement.ts && snapshot.eventId(previous.event) > snapshot.eventId(statement.event)))) continue;
      facts.set(statement.entity, { entity: statement.entity, value, ts: statement.ts, event: statement.event });
    }
  }
  return out;
}

/** An attribute read as a time: ISO strings are parsed, numbers taken as epoch milliseconds; NaN otherwise. */
export function attributeTime(value: AttributeValue | undefined): number {
  if (typeof value === 'string') return Date.parse(value);
  if (typeof value === 'number') return value;
  return Number.NaN;
}
