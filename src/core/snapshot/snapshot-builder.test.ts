import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventSchemas, eventTypes, type ShoumenEvent } from '../events/event.ts';
import { SnapshotBuilder, TenantSnapshots } from './snapshot-builder.ts';
import { tableSpecs } from './table-specs.ts';

const ts = '2026-11-01T10:00:00+08:00';

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** Leaf field paths of a schema as the table specs name them (nested objects other than references are flattened). */
function leafPaths(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    if (['id', 'ts', 'tenant', 'type'].includes(key)) return [];
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject && !('type' in inner.shape && 'id' in inner.shape)) {
      return Object.keys(inner.shape).map((child) => `${key}.${child}`);
    }
    return [key];
  });
}

describe('table specs', () => {
  it.each(eventTypes)('cover exactly the fields of %s', (type) => {
    expect(Object.keys(tableSpecs[type]).sort()).toEqual(leafPaths(eventSchemas[type] as unknown as z.ZodObject).sort());
  });
});

describe('SnapshotBuilder', () => {
  const events: ShoumenEvent[] = [
    { id: 'e1', type: 'order.placed', ts, orderId: 'o1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', quantity: 2, amount: 1990 },
    { id: 'e2', type: 'order.placed', ts, orderId: 'o2', accountId: 'a2', merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 990, deviceId: 'd1' },
    { id: 'e3', type: 'account.login', ts, accountId: 'a1', deviceId: 'd1', ip: '10.0.0.1', device: { emulator: true } },
    { id: 'e4', type: 'review.posted', ts, reviewId: 'r1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', rating: 5, text: '物美价廉，超赞👍', photoHashes: ['p1', 'p2'] },
    { id: 'e5', type: 'transfer.sent', ts, from: { type: 'merchant', id: 'm1' }, toAccountId: 'a1', amount: 500 },
    { id: 'e6', type: 'entity.attributes', ts, entity: { type: 'account', id: 'a2' }, attributes: { age: 3, vip: true, tier: 'gold' } },
  ];
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  const snapshot = builder.finish();

  it('keeps arrival order and event ids', () => {
    expect(snapshot.eventCount).toBe(6);
    expect(snapshot.eventId(3)).toBe('e4');
    expect(snapshot.eventType(2)).toBe('account.login');
  });

  it('interns ids per namespace and marks absent values', () => {
    const orders = snapshot.table('order.placed');
    const accounts = snapshot.names('account');
    expect(orders.size).toBe(2);
    expect([...orders.columns.accountId].map((i) => accounts.name(i))).toEqual(['a1', 'a2']);
    expect([...orders.columns.deviceId]).toEqual([-1, 0]);
    expect(orders.columns.amount[1]).toBe(990);
    expect(Number.isNaN(snapshot.table('order.shipped').columns.weightGrams[0] ?? Number.NaN)).toBe(true);
    expect(orders.ts[0]).toBe(Date.parse(ts));
    expect(snapshot.names('device').find('d1')).toBe(0);
  });

  it('flattens nested flags and keeps text, lists, references and attributes', () => {
    const logins = snapshot.table('account.login').columns;
    expect([logins['device.emulator'][0], logins['device.rooted'][0]]).toEqual([1, -1]);
    const reviews = snapshot.table('review.posted');
    expect(reviews.columns.text.get(0)).toBe('物美价廉，超赞👍');
    expect([...reviews.columns.photoHashes.offsets]).toEqual([0, 2]);
    const transfer = snapshot.table('transfer.sent').columns.from;
    expect(snapshot.refName(transfer.type[0]!, transfer.id[0]!)).toEqual({ type: 'merchant', id: 'm1' });
    const attributes = snapshot.table('entity.attributes').columns.attributes;
    expect([...attributes.offsets]).toEqual([0, 3]);
    expect([...attributes.kind]).toEqual([0, 2, 1]);
    expect(snapshot.names('attributeValue').name(attributes.str[2]!)).toBe('gold');
  });

  it('grows past its initial capacity without losing rows', () => {
    const big = new SnapshotBuilder('t');
    for (let i = 0; i < 5000; i += 1) {
      big.add({ id: `e${i}`, type: 'review.liked', ts, reviewId: `r${i % 7}`, accountId: `a${i}` });
    }
    const liked = big.finish().table('review.liked');
    expect(liked.size).toBe(5000);
    expect(liked.columns.reviewId[4999]).toBe(4999 % 7);
  });
});

describe('TenantSnapshots', () => {
  it('keeps tenants apart so equal ids in two tenants never merge', () => {
    const tenants = new TenantSnapshots();
    tenants.add({ id: 'e1', type: 'order.cancelled', ts, orderId: 'o1', tenant: 'shopA' });
    tenants.add({ id: 'e1', type: 'order.cancelled', ts, orderId: 'o1', tenant: 'shopB' });
    tenants.add({ id: 'e2', type: 'order.cancelled', ts, orderId: 'o2' });
    const snapshots = tenants.finish();
    expect(snapshots.map((s) => [s.tenant, s.eventCount])).toEqual([['shopA', 1], ['shopB', 1], [undefined, 1]]);
  });
});
