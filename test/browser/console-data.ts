// Events for the browser tests: the detector fixtures, texts that try to run script in the console, and enough findings to page.
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { fixtures } from '../../src/core/detectors/testing/fixtures.ts';

const ts = (minute: number) => new Date(Date.parse('2026-11-02T12:00:00+08:00') + minute * 60_000).toISOString();

/** Attacker-written text: if the console ever treats it as markup, `window.__xss` gets set or a dialog opens. */
export const xss = {
  review: '好评返现，加微信 xss_kefu888 领红包 <img src=x onerror="window.__xss=1">',
  listingTitle: '<script>window.__xss=2</script>售后服务中心',
  listing: '维修电话400-826-9999(点击咨询) <script>window.__xss=2</script> 24小时上门维修 <a href="javascript:alert(1)">咨询</a>',
  accountId: 'acct-<svg onload="window.__xss=3">',
};

const attack: ShoumenEvent[] = [
  { id: 'xss-review', type: 'review.posted', ts: ts(1), reviewId: 'rev-xss', accountId: xss.accountId, merchantId: 'shop-xss', itemId: 'item-xss', rating: 5, text: xss.review },
  { id: 'xss-listing', type: 'listing.published', ts: ts(2), merchantId: 'shop-xss', itemId: 'item-xss-2', title: xss.listingTitle, description: xss.listing },
];

/** One diversion review per account and handle: each becomes its own contact_spam finding, enough to need a second page. */
export const SPAM_ACCOUNTS = 60;
const spam: ShoumenEvent[] = Array.from({ length: SPAM_ACCOUNTS }, (_, i) => ({
  id: `spam-${i}`,
  type: 'review.posted',
  ts: ts(10 + i),
  reviewId: `rev-spam-${i}`,
  accountId: `spammer-${i}`,
  merchantId: `shop-${i % 7}`,
  itemId: `item-${i}`,
  rating: 5,
  text: `宝贝收到了，想要更多优惠的加微信 kefu${String(i).padStart(4, '0')}vip 私聊返现`,
}));

/** Three buyers, a hundred orders in under an hour: one finding whose evidence needs more than one page. */
export const FLOOD_ORDERS = 100;
const flood: ShoumenEvent[] = Array.from({ length: FLOOD_ORDERS }, (_, i) => ({
  id: `flood-${i}`,
  type: 'order.placed',
  ts: new Date(Date.parse('2026-11-03T20:00:00+08:00') + i * 30_000).toISOString(),
  orderId: `flood-order-${i}`,
  accountId: `flood-buyer-${i % 3}`,
  merchantId: 'shop-flood',
  itemId: 'item-flood',
  quantity: 1,
  amount: 1990,
}));

export function consoleTestEvents(): ShoumenEvent[] {
  return [...fixtures['order-concentration']!.positive, ...fixtures['contact-spam']!.positive, ...attack, ...spam, ...flood];
}
