// Builders that append one event field to its typed column, one kind of column each.
import { entityTypes } from '../events/primitives.ts';
import { growFloat64, growInt32, growInt8 } from './growable.ts';
import type { Interner } from './interner.ts';
import { TextArenaBuilder } from './text-arena.ts';
import type { ColumnSpec, Namespace } from './table-specs.ts';

export type ColumnBuilder = { push(value: unknown): void; finish(): unknown };
export type NamespaceLookup = (ns: Namespace) => Interner;

const entityTypeCode = new Map<string, number>(entityTypes.map((type, index) => [type, index]));

function idColumn(interner: Interner): ColumnBuilder {
  const values = growInt32();
  return {
    push: (value) => values.push(typeof value === 'string' ? interner.intern(value) : -1),
    finish: () => values.finish(),
  };
}

function numColumn(): ColumnBuilder {
  const values = growFloat64();
  return { push: (value) => values.push(typeof value === 'number' ? value : Number.NaN), finish: () => values.finish() };
}

function boolColumn(): ColumnBuilder {
  const values = growInt8();
  return { push: (value) => values.push(typeof value === 'boolean' ? Number(value) : -1), finish: () => values.finish() };
}

function textColumn(): ColumnBuilder {
  const arena = new TextArenaBuilder();
  return { push: (value) => arena.push(typeof value === 'string' ? value : undefined), finish: () => arena.finish() };
}

function refColumn(lookup: NamespaceLookup): ColumnBuilder {
  const type = growInt8();
  const id = growInt32();
  return {
    push(value) {
      const ref = value as { type: string; id: string } | undefined;
      const code = ref ? (entityTypeCode.get(ref.type) ?? -1) : -1;
      type.push(code);
      id.push(ref && code >= 0 ? lookup(ref.type as Namespace).intern(ref.id) : -1);
    },
    finish: () => ({ type: type.finish(), id: id.finish() }),
  };
}

function listColumn(interner: Interner): ColumnBuilder {
  const offsets = growInt32();
  const values = growInt32();
  offsets.push(0);
  return {
    push(value) {
      if (Array.isArray(value)) for (const item of value) values.push(interner.intern(String(item)));
      offsets.push(values.size);
    },
    finish: () => ({ offsets: offsets.finish(), values: values.finish() }),
  };
}

function attributesColumn(lookup: NamespaceLookup): ColumnBuilder {
  const offsets = growInt32();
  const name = growInt32();
  const kind = growInt8();
  const num = growFloat64();
  const str = growInt32();
  offsets.push(0);
  const names = lookup('attribute');
  const strings = lookup('attributeValue');
  return {
    push(value) {
      for (const [key, attribute] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        name.push(names.intern(key));
        const valueKind = typeof attribute === 'number' ? 0 : typeof attribute === 'string' ? 1 : 2;
        kind.push(valueKind);
        num.push(valueKind === 0 ? (attribute as number) : valueKind === 2 ? Number(attribute) : Number.NaN);
        str.push(valueKind === 1 ? strings.intern(attribute as string) : -1);
      }
      offsets.push(name.size);
    },
    finish: () => ({ offsets: offsets.finish(), name: name.finish(), kind: kind.finish(), num: num.finish(), str: str.finish() }),
  };
}

export function columnBuilder(spec: ColumnSpec, lookup: NamespaceLookup): ColumnBuilder {
  switch (spec.kind) {
    case 'id':
      return idColumn(lookup(spec.ns));
    case 'num':
      return numColumn();
    case 'bool':
      return boolColumn();
    case 'text':
      return textColumn();
    case 'ref':
      return refColumn(lookup);
    case 'idList':
      return listColumn(lookup(spec.ns));
    case 'attributes':
      return attributesColumn(lookup);
  }
}
