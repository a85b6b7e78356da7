// Conformance fixtures: a shop shipping empty parcels on reused waybills, against honest routes and one odd parcel.
import type { ShoumenEvent } from '../../events/event.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

const HOUR = 60;

/** An honest parcel: hubs, a morning delivery run, a day and a half on the road, the item's real weight. */
function realParcel(minute: number, tag: string, buyer: string, shop: string): ShoumenEvent[] {
  const orderId = `ord-${tag}`;
  const tracking = `SF${tag.padStart(10, '0')}`;
  return [
    order(minute, orderId, buyer, shop, 'item-boots'),
    at(minute + 2, 'order.paid', { orderId, paymentInstrumentId: `pay-${buyer}`, amount: 4990 }),
    at(minute + 8 * HOUR, 'order.shipped', { orderId, carrier: 'SF', trackingNumber: tracking, weightGrams: 820, originRegion: 'CN-ZJ' }),
    at(minute + 10 * HOUR, 'order.scanned', { orderId, trackingNumber: tracking, status: 'collected', region: 'CN-ZJ' }),
    at(minute + 20 * HOUR, 'order.scanned', { orderId, trackingNumber: tracking, status: 'in_transit', region: 'CN-JS' }),
    at(minute + 34 * HOUR, 'order.scanned', { orderId, trackingNumber: tracking, status: 'out_for_delivery', region: 'CN-SH' }),
    at(minute + 38 * HOUR, 'order.scanned', { orderId, trackingNumber: tracking, status: 'delivered', region: 'CN-SH' }),
    at(minute + 38 * HOUR + 1, 'order.delivered', { orderId, region: 'CN-SH' }),
  ];
}

/** An empty parcel: repriced to a token amount, shipped minutes after payment, a few grams, pickup and sign-off only. */
function emptyParcel(minute: number, tag: string, buyer: string, shop: string, tracking: string): ShoumenEvent[] {
  const orderId = `ord-${tag}`;
  return [
    order(minute, orderId, buyer, shop, 'item-boots'),
    at(minute + 3, 'order.price_changed', { orderId, merchantId: shop, from: 4990, to: 50 }),
    at(minute + 5, 'order.paid', { orderId, paymentInstrumentId: `pay-${buyer}`, amount: 50 }),
    at(minute + 30, 'order.shipped', { orderId, carrier: 'YTO', trackingNumber: tracking, weightGrams: 18, originRegion: 'CN-ZJ' }),
    at(minute + 50, 'order.scanned', { orderId, trackingNumber: tracking, status: 'collected', region: 'CN-ZJ' }),
    at(minute + 50 + 3 * HOUR, 'order.scanned', { orderId, trackingNumber: tracking, status: 'delivered', region: 'CN-GD' }),
    at(minute + 51 + 3 * HOUR, 'order.delivered', { orderId, region: 'CN-GD' }),
  ];
}

const honest = Array.from({ length: 8 }, (_, i) => realParcel(i * 90, `r${i}`, `shopper-${i}`, 'shop-boots'));

export const fakeLogisticsFixture: DetectorFixture = {
  positive: [
    ...honest.flat(),
    ...['YT7000000001', 'YT7000000001', 'YT7000000002', 'YT7000000002', 'YT7000000003'].flatMap((tracking, i) =>
      emptyParcel(30 + i * 200, `e${i}`, `fresh-${i % 3}`, 'shop-empty', tracking)),
  ],
  negative: [
    ...honest.flat(),
    // One odd parcel at one shop: a scale or scanner glitch as often as a scheme, so it is not enough to name the shop.
    ...emptyParcel(400, 'odd', 'shopper-x', 'shop-odd', 'YT7000000009'),
  ],
};
