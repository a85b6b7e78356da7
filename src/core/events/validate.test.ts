import { describe, expect, it } from 'vitest';
import { validateEvent } from './validate.ts';

const order = {
  id: 'e1', type: 'order.placed', ts: '2026-11-01T10:00:00+08:00',
  orderId: 'o1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 1990,
};

describe('validateEvent', () => {
  it('accepts a well-formed event and keeps its fields', () => {
    const result = validateEvent(order);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(order);
  });

  it('names a missing field', () => {
    const { merchantId: _, ...rest } = order;
    const result = validateEvent(rest);
    expect(result).toEqual({ ok: false, error: [{ field: 'merchantId', message: 'is required' }] });
  });

  it('names a wrong type, a bad timestamp and a fractional amount together', () => {
    const result = validateEvent({ ...order, quantity: 'two', ts: '2026-11-01 10:00', amount: 19.9 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((e) => e.field).sort()).toEqual(['amount', 'quantity', 'ts']);
  });

  it('says what is wrong with a field that is there, and "is required" only for one that is not', () => {
    const result = validateEvent({ ...order, quantity: 'two', merchantId: undefined });
    expect(result).toEqual({ ok: false, error: [{ field: 'merchantId', message: 'is required' }, { field: 'quantity', message: 'must be an integer' }] });
  });

  it('rejects a time without an offset', () => {
    const result = validateEvent({ ...order, ts: '2026-11-01T10:00:00' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.field).toBe('ts');
  });

  it('reports an unknown field by name, including nested ones', () => {
    const result = validateEvent({ ...order, deviceID: 'd1' });
    expect(result).toEqual({ ok: false, error: [{ field: 'deviceID', message: 'unknown field (not in contract v1)' }] });
    const login = { id: 'e2', type: 'account.login', ts: '2026-11-01T10:00:00Z', accountId: 'a', deviceId: 'd', ip: '1.2.3.4', device: { vm: true } };
    const nested = validateEvent(login);
    expect(nested.ok).toBe(false);
    if (!nested.ok) expect(nested.error[0]?.field).toBe('device.vm');
  });

  it('names the type field when the type is unknown or missing', () => {
    expect(validateEvent({ id: 'x', ts: order.ts, type: 'order.teleported' })).toMatchObject({ ok: false, error: [{ field: 'type' }] });
    expect(validateEvent({ id: 'x', ts: order.ts })).toEqual({ ok: false, error: [{ field: 'type', message: 'is required' }] });
    expect(validateEvent([1, 2])).toMatchObject({ ok: false, error: [{ field: '(record)' }] });
  });

  it('names array elements by index', () => {
    const review = { id: 'r', type: 'review.posted', ts: order.ts, reviewId: 'r1', accountId: 'a', merchantId: 'm', itemId: 'i', rating: 5, text: 'ok', photoHashes: ['p1', ''] };
    expect(validateEvent(review)).toMatchObject({ ok: false, error: [{ field: 'photoHashes[1]' }] });
  });

  it('checks ratings and nested entity references', () => {
    expect(validateEvent({ id: 'r', type: 'review.edited', ts: order.ts, reviewId: 'r1', rating: 6 })).toMatchObject({ ok: false, error: [{ field: 'rating' }] });
    const transfer = { id: 't', type: 'transfer.sent', ts: order.ts, from: { type: 'shop', id: 'm1' }, toAccountId: 'a1', amount: 500 };
    expect(validateEvent(transfer)).toMatchObject({ ok: false, error: [{ field: 'from.type' }] });
  });
});
