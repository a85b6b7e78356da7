// The events of the governance story: a brushing shop (orders concentrated on three buyers), a lure review, and what surrounds them.
import { at, order } from '../../src/core/detectors/testing/event-factory.ts';
import { diversionTexts } from '../../src/core/detectors/contact-spam/sample-texts.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';

export const SHOP = 'shop-story';

/** A 1×1 PNG: what a consumer's screenshot looks like to the magic-byte check. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export function storyEvents(): ShoumenEvent[] {
  return [
    ...Array.from({ length: 12 }, (_, i) => order(i * 4, `story-o${i}`, `story-buyer-${i % 3}`, SHOP)),
    ...Array.from({ length: 20 }, (_, i) => order(i * 3, `story-ok-${i}`, `story-shopper-${i}`, 'shop-honest')),
    at(2, 'order.paid', { orderId: 'story-o0', paymentInstrumentId: 'card-1', amount: 4990 }),
    at(30, 'order.shipped', { orderId: 'story-o0', carrier: 'SF', trackingNumber: 'SF100', weightGrams: 20 }),
    at(90, 'order.scanned', { orderId: 'story-o0', trackingNumber: 'SF100', status: 'delivered' }),
    at(1, 'listing.published', { merchantId: SHOP, itemId: 'item-hotline', title: '售后服务中心', description: diversionTexts[0]!.text }),
    at(9, 'message.sent', { merchantId: SHOP, accountId: 'story-buyer-1', from: 'merchant', text: diversionTexts[3]!.text }),
    at(100, 'review.posted', { reviewId: 'story-rev-1', accountId: 'story-buyer-0', merchantId: SHOP, itemId: 'item-1', rating: 5, text: diversionTexts[2]!.text, orderId: 'story-o0' }),
    at(110, 'review.edited', { reviewId: 'story-rev-1', text: '很好 <script>alert(1)</script>' }),
    at(120, 'transfer.sent', { from: { type: 'merchant', id: SHOP }, toAccountId: 'story-buyer-0', amount: 500, memo: '返现' }),
    at(-600, 'account.login', { accountId: 'story-buyer-0', deviceId: 'dev-farm-1', ip: '10.0.0.7' }),
    at(5, 'order.paid', { orderId: 'story-ok-0', paymentInstrumentId: 'card-9', amount: 4990 }),
  ];
}
