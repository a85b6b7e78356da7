import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventSchemas, eventTypes, type EventType } from './event.ts';
import { passesCompiledCheck } from './fast-validate.ts';

/** The subset of JSON Schema that zod exports for the contract (fast-validate.ts compiles the same export). */
type Node = {
  type?: string; properties?: Record<string, Node>; required?: string[]; additionalProperties?: Node | boolean; propertyNames?: Node;
  items?: Node; maxItems?: number; anyOf?: Node[]; minLength?: number; maxLength?: number; pattern?: string; const?: string;
  enum?: string[]; minimum?: number; maximum?: number;
};

const timestamp = fc
  .tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('Z', '+08:00', '-05:30'))
  .map(([date, zone]) => date.toISOString().replace('Z', zone));

/** Values the schema accepts, built from its export, so a new field is covered without touching this test. */
function valid(node: Node): fc.Arbitrary<unknown> {
  if (node.anyOf) return fc.oneof(...node.anyOf.map(valid));
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  switch (node.type) {
    case 'string':
      if (node.pattern?.startsWith('^(?:(?:\\d\\d')) return timestamp;
      if (node.pattern === '^[A-Z]{3}$') return fc.constantFrom('CNY', 'USD', 'HKD');
      return fc.string({ minLength: node.minLength ?? 0, maxLength: Math.min(node.maxLength ?? 24, 24) });
    case 'integer':
      return fc.integer({ min: node.minimum ?? -1000, max: Math.min(node.maximum ?? 1e6, 1e9) });
    case 'number':
      return fc.double({ min: node.minimum ?? -1e6, max: 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(node.items ?? {}), { maxLength: Math.min(node.maxItems ?? 4, 4) });
    case 'object':
      if (node.properties) {
        const required = new Set(node.required ?? []);
        const entries = Object.entries(node.properties).map(([key, child]) => [key, required.has(key) ? valid(child) : fc.option(valid(child), { nil: undefined })] as const);
        return fc.record(Object.fromEntries(entries)).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)));
      }
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), valid(node.additionalProperties as Node), { maxKeys: 3 });
    default:
      throw new Error(`no generator for ${JSON.stringify(node)}`);
  }
}

/** Values that sit on or past a limit zod and Ajv could read differently: lengths of astral and broken text, odd numbers. */
const nasty: readonly unknown[] = [
  '', 'x'.repeat(256), 'x'.repeat(257), '😀'.repeat(256), '😀'.repeat(257), '\ud83d'.repeat(257), '\ude00\ud83d'.repeat(128), '😀'.repeat(10_001), 'cny', 'CN', 'ÇNY', 'CNY\n',
  '2026-02-30T10:00:00Z', '2026-11-01T10:00:00', '2026-11-01T10:00:00+8:00', '2026-11-01 10:00:00Z', '2024-02-29T00:00:00.5+08:00', '2026-11-01T24:00:00Z',
  0, -1, 1.5, -0, 2 ** 53, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, null, undefined, true, [], {}, ['x'], { type: 'account', id: 'a' },
];

/** Every way to break one field of a record, at the top and one level down, plus unknown keys: where the two checks could part ways. */
function* mutations(record: Record<string, unknown>): Generator<Record<string, unknown>> {
  for (const key of Object.keys(record)) {
    const inner = record[key];
    for (const value of nasty) {
      yield { ...record, [key]: value };
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
        for (const innerKey of Object.keys(inner).concat('x')) yield { ...record, [key]: { ...inner, [innerKey]: value } };
      }
    }
    const { [key]: _, ...without } = record;
    yield without;
  }
  yield { ...record, ...(JSON.parse('{"__proto__": 1}') as object) };
  yield { ...record, extra: 2 };
}

const records = (type: EventType, runs: number, seed: number) => fc.sample(valid(z.toJSONSchema(eventSchemas[type]) as Node), { numRuns: runs, seed });

describe('the compiled event check', () => {
  it('says yes only where zod does, and a record it accepts is what zod returns', () => {
    for (const type of eventTypes) {
      for (const record of records(type, 6, 7)) {
        for (const broken of mutations(record as Record<string, unknown>)) {
          if (!passesCompiledCheck(type, broken)) continue;
          const parsed = eventSchemas[type].safeParse(broken);
          expect(parsed.success, `${type}: ${JSON.stringify(broken)}`).toBe(true);
          // toEqual: a field set to undefined counts as absent, as it does once the event is stored as JSON.
          expect(parsed.data).toEqual(broken);
        }
      }
    }
  });

  it('accepts the valid records, so they skip the slower check', () => {
    for (const type of eventTypes) {
      fc.assert(
        fc.property(valid(z.toJSONSchema(eventSchemas[type]) as Node), (record) => {
          expect(eventSchemas[type].safeParse(record).success).toBe(true);
          expect(passesCompiledCheck(type, record)).toBe(true);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('counts string lengths in code points, as zod does: 256 emoji fit a 256 cap though they take 512 UTF-16 units', () => {
    const order = { id: 'e1', type: 'order.placed', ts: '2026-11-01T10:00:00+08:00', orderId: 'o1', accountId: '😀'.repeat(256), merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 1 };
    expect(passesCompiledCheck('order.placed', order)).toBe(true);
    expect(passesCompiledCheck('order.placed', { ...order, accountId: '😀'.repeat(257) })).toBe(false);
    expect(eventSchemas['order.placed'].safeParse(order).success).toBe(true);
  });
});
