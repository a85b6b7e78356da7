// The type of every event field the rules can read, derived once from the contract's zod schemas so the two never drift.
import type { z } from 'zod';
import { eventSchemas, eventTypes, type EventType } from '../events/event.ts';
import type { LangType } from './lang-types.ts';

type FieldTree = { readonly [name: string]: LangType | FieldTree };

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function typeOf(schema: z.ZodType): LangType | FieldTree {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return typeOf(def.innerType!);
    case 'string':
    case 'enum':
    case 'literal':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const element = typeOf(def.element!);
      return element === 'number' ? 'number[]' : element === 'string' ? 'string[]' : 'unknown[]';
    }
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, typeOf(v)]));
    default:
      // Records (entity.attributes) and unions hold values of any scalar type.
      return 'unknown';
  }
}

const trees = Object.fromEntries(eventTypes.map((type) => [type, typeOf(eventSchemas[type]) as FieldTree])) as Record<EventType, FieldTree>;

export type FieldLookup = { readonly type: LangType } | { readonly error: string };

/** The type of `event.<path>` across the given event types (all types when empty). */
export function eventFieldType(path: readonly string[], on: readonly EventType[]): FieldLookup {
  const types = on.length ? on : eventTypes;
  const found = new Set<LangType>();
  for (const type of types) {
    let node: LangType | FieldTree | undefined = trees[type];
    for (const segment of path) {
      if (node === 'unknown') break;
      node = typeof node === 'object' ? node[segment] : undefined;
    }
    if (node === undefined) continue;
    if (typeof node === 'object') return { error: `event.${path.join('.')} is an object; name one of its fields (${Object.keys(node).join(', ')})` };
    found.add(node);
  }
  const shown = on.length ? on.join(', ') : 'any event type';
  if (found.size === 0) return { error: `event.${path.join('.')} is not a field of ${shown}` };
  return { type: found.size === 1 ? [...found][0]! : 'unknown' };
}
