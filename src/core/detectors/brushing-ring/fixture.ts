// Conformance fixtures: a month of ordinary shopping with a heavy-buyer core and a sale, with and without a ring of new accounts on one shop.
import type { ShoumenEvent } from '../../events/event.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

const DAY = 24 * 60;
const SHOPS = ['shop-a', 'shop-b', 'shop-c', 'shop-d', 'shop-e'];

/** An ordinary purchase: the buyer searches, then orders in the same session. */
function searchedOrder(minute: number, account: string, shop: string, item: string, tag: string, coupon?: string): ShoumenEvent[] {
  const sessionId = `ses-${tag}`;
  const placed = { ...order(minute + 2, `ord-${tag}`, account, shop, item), sessionId, ...(coupon ? { couponId: coupon } : {}) } as ShoumenEvent;
  return [at(minute, 'session.search', { accountId: account, sessionId, keyword: '连衣裙' }), placed];
}

/** Sixty established shoppers, four purchases each spread over 24 days across five shops' twenty items. */
function ordinaryShopping(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [];
  for (let j = 0; j < 60; j += 1) {
    events.push(at(0, 'entity.attributes', { entity: { type: 'account', id: `shopper-${j}` }, attributes: { registeredAt: '2024-03-01T10:00:00+08:00' } }));
    for (let k = 0; k < 4; k += 1) {
      const item = (j * 7 + k * 3) % 20;
      events.push(...searchedOrder((j * 97 + k * 8_641) % (24 * DAY), `shopper-${j}`, SHOPS[item % 5]!, `item-${item}`, `s${j}-${k}`));
    }
  }
  return events;
}

/** Eight loyal heavy buyers who keep buying shop-a's four bestsellers all month: dense, but organic. */
function heavyBuyerCore(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [];
  for (let b = 0; b < 8; b += 1) {
    events.push(at(0, 'entity.attributes', { entity: { type: 'account', id: `loyal-${b}` }, attributes: { registeredAt: '2023-06-01T10:00:00+08:00' } }));
    for (let k = 0; k < 6; k += 1) events.push(...searchedOrder(b * 131 + k * 4 * DAY, `loyal-${b}`, 'shop-a', `item-${(b + k) % 4 * 5}`, `l${b}-${k}`));
  }
  return events;
}

/** shop-b's declared three-day sale: twelve shoppers buy twice each with the sale's coupon. */
function declaredSale(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [
    at(12 * DAY, 'entity.attributes', {
      entity: { type: 'merchant', id: 'shop-b' },
      attributes: { promotionCampaign: 'double-12', promotionFrom: '2026-11-15T00:00:00+08:00', promotionTo: '2026-11-17T23:59:59+08:00' },
    }),
  ];
  for (let j = 0; j < 12; j += 1) {
    for (let k = 0; k < 2; k += 1) events.push(...searchedOrder(13 * DAY + j * 173 + k * 1_201, `shopper-${j * 5}`, 'shop-b', `item-${1 + ((j + k) % 2) * 5}`, `p${j}-${k}`, 'cpn-double-12'));
  }
  return events;
}

/** Ten accounts registered days before, ordering shop-r's three items through a shared link over three days. */
function ring(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [];
  for (let m = 0; m < 10; m += 1) {
    const account = `ring-${m}`;
    events.push(at(6 * DAY + m * 7, 'account.registered', { accountId: account, phone: `1700000${String(m).padStart(4, '0')}` }));
    for (let k = 0; k < 2 + (m % 3); k += 1) events.push(order(16 * DAY + m * 61 + k * 700, `ring-${m}-${k}`, account, 'shop-r', `item-r${(m + k) % 3}`));
  }
  // The ring's shop also sells to a few ordinary shoppers.
  for (let j = 0; j < 4; j += 1) events.push(...searchedOrder(j * 5 * DAY + 300, `shopper-${j * 11}`, 'shop-r', `item-r${j % 3}`, `r${j}`));
  return events;
}

const background = [...ordinaryShopping(), ...heavyBuyerCore(), ...declaredSale()];

export const brushingRingFixture: DetectorFixture = {
  positive: [...background, ...ring()],
  negative: background,
};
