// Invented extortion scenes: a professional negative reviewer working six small shops, and honest unhappy buyers.
import type { ShoumenEvent } from '../../../events/event.ts';
import { at } from '../../testing/event-factory.ts';

const DAY = 1_440;

function lowReview(minutes: number, id: string, account: string, shop: string, rating: number, text: string): ShoumenEvent[] {
  return [
    at(minutes - 7 * DAY, 'order.placed', { orderId: `o-${id}`, accountId: account, merchantId: shop, itemId: `${shop}-cheap`, quantity: 1, amount: 990 }),
    at(minutes - 3 * DAY, 'order.delivered', { orderId: `o-${id}` }),
    at(minutes, 'review.posted', { reviewId: `r-${id}`, accountId: account, merchantId: shop, itemId: `${shop}-cheap`, rating, text, orderId: `o-${id}` }),
  ];
}

/** One account, six shops in three days; four demands, three payments (one through the owner's account), two raised, one deleted. */
export function extortionCampaign(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [at(0, 'entity.linked', { a: { type: 'account', id: 'owner-2' }, b: { type: 'merchant', id: 'small-2' }, relation: 'owner' })];
  for (let s = 0; s < 6; s += 1) {
    const t = 10 * DAY + s * 700;
    const shop = `small-${s}`;
    events.push(...lowReview(t, `x${s}`, 'pro-critic', shop, s === 5 ? 2 : 1, '垃圾产品，商家就是骗子，已经投诉了！'));
    if (s < 4) events.push(at(t + 120, 'message.sent', { merchantId: shop, accountId: 'pro-critic', from: 'account', text: '赔我200元，不然差评不删，还要去12315投诉' }));
    if (s < 3) {
      const from = s === 2 ? { type: 'account' as const, id: 'owner-2' } : { type: 'merchant' as const, id: shop };
      events.push(at(t + 400, 'transfer.sent', { from, toAccountId: 'pro-critic', amount: 20_000, memo: '协商处理' }));
      events.push(s === 1
        ? at(t + 500, 'review.deleted', { reviewId: `r-x${s}`, by: 'author' })
        : at(t + 500, 'review.edited', { reviewId: `r-x${s}`, rating: 5, text: '和商家沟通过了，满意。' }));
    }
  }
  return events;
}

/** An unhappy buyer compensated by one shop, a buyer with three bad buys in a week, and a critic whose low ratings are spread over months. */
export function unhappyBuyers(): ShoumenEvent[] {
  return [
    ...lowReview(12 * DAY, 'sad', 'sad-buyer', 'shop-p', 1, '收到就坏了，很失望'),
    at(12 * DAY + 90, 'message.sent', { merchantId: 'shop-p', accountId: 'sad-buyer', from: 'account', text: '质量太差了，你们要赔偿我，不然我就投诉' }),
    at(12 * DAY + 300, 'transfer.sent', { from: { type: 'merchant', id: 'shop-p' }, toAccountId: 'sad-buyer', amount: 1_000, memo: '补偿' }),
    at(12 * DAY + 400, 'review.edited', { reviewId: 'r-sad', rating: 3 }),
    ...['shop-q', 'shop-r', 'shop-s'].flatMap((shop, i) => lowReview(20 * DAY + i * 600, `bad-week-${i}`, 'bad-week', shop, 1, '质量差，退货了')),
    ...['shop-q', 'shop-r', 'shop-s', 'shop-t', 'shop-u'].flatMap((shop, i) => lowReview(8 * DAY + i * 15 * DAY, `picky-${i}`, 'picky', shop, 2, '一般，和图片有差距')),
    at(8 * DAY + 200, 'message.sent', { merchantId: 'shop-q', accountId: 'picky', from: 'account', text: '能不能赔点运费' }),
  ];
}
