import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../../src/core/events/event.ts';
import { eventView } from './event-view.ts';

const envelope = { id: 'e1', ts: '2026-11-02T09:00:00+08:00' };

describe('evidence event view', () => {
  it('links entity ids, shows money in yuan and keeps the order of the fields', () => {
    const event = { ...envelope, type: 'order.placed', orderId: 'o-1', accountId: 'a-1', merchantId: 'm-1', itemId: 'i-1', quantity: 2, amount: 4990 } as ShoumenEvent;
    expect(eventView(event)).toEqual({
      fields: [
        { name: 'orderId', value: 'o-1', entity: { type: 'order', id: 'o-1' } },
        { name: 'accountId', value: 'a-1', entity: { type: 'account', id: 'a-1' } },
        { name: 'merchantId', value: 'm-1', entity: { type: 'merchant', id: 'm-1' } },
        { name: 'itemId', value: 'i-1', entity: { type: 'item', id: 'i-1' } },
        { name: 'quantity', value: '2' },
        { name: 'amount', value: '¥49.90' },
      ],
      texts: [],
    });
  });

  it('puts text written by people apart, untouched, markup included', () => {
    const text = '<img src=x onerror="window.__xss=1"> 加微信';
    const event = { ...envelope, type: 'review.posted', reviewId: 'r-1', accountId: 'a-1', merchantId: 'm-1', itemId: 'i-1', rating: 5, text, photoHashes: ['p1', 'p2'] } as ShoumenEvent;
    const view = eventView(event);
    expect(view.texts).toEqual([{ name: 'text', value: text }]);
    expect(view.fields.map((f) => [f.name, f.value])).toContainEqual(['photoHashes', 'p1, p2']);
  });

  it('reads entity references, price changes and nested flags', () => {
    const transfer = { ...envelope, type: 'transfer.sent', from: { type: 'merchant', id: 'm-1' }, toAccountId: 'a-1', amount: 500, currency: 'USD', memo: '返现' } as ShoumenEvent;
    expect(eventView(transfer)).toEqual({
      fields: [
        { name: 'from', value: 'merchant:m-1', entity: { type: 'merchant', id: 'm-1' } },
        { name: 'toAccountId', value: 'a-1', entity: { type: 'account', id: 'a-1' } },
        { name: 'amount', value: '5.00 USD' },
      ],
      texts: [{ name: 'memo', value: '返现' }],
    });
    const price = { ...envelope, type: 'order.price_changed', orderId: 'o-1', merchantId: 'm-1', from: 10000, to: 100 } as ShoumenEvent;
    expect(eventView(price).fields.slice(2)).toEqual([{ name: 'from', value: '¥100.00' }, { name: 'to', value: '¥1.00' }]);
    const login = { ...envelope, type: 'account.login', accountId: 'a-1', deviceId: 'd-1', ip: '1.2.3.4', device: { emulator: true } } as ShoumenEvent;
    expect(eventView(login).fields.at(-1)).toEqual({ name: 'device', value: 'emulator=true' });
  });
});
