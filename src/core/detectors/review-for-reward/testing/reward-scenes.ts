// Invented reward-for-review scenes: a cashback shop paying through its staff's account, an 体验官 refunded in full, and honest look-alikes.
import type { ShoumenEvent } from '../../../events/event.ts';
import { at } from '../../testing/event-factory.ts';

function purchase(minutes: number, id: string, account: string, shop: string, amount: number, rating: number, text: string): ShoumenEvent[] {
  return [
    at(minutes, 'order.placed', { orderId: `o-${id}`, accountId: account, merchantId: shop, itemId: `${shop}-item`, quantity: 1, amount }),
    at(minutes + 2, 'order.paid', { orderId: `o-${id}`, paymentInstrumentId: `card-${account}`, amount }),
    at(minutes + 2_000, 'order.delivered', { orderId: `o-${id}` }),
    at(minutes + 2_600, 'review.posted', { reviewId: `r-${id}`, accountId: account, merchantId: shop, itemId: `${shop}-item`, rating, text, orderId: `o-${id}` }),
  ];
}

/** shop-cash: the owner is linked to the shop; the staff account shares the owner's phone and pays the cashback. */
export function cashbackScheme(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [
    at(0, 'entity.linked', { a: { type: 'account', id: 'cash-owner' }, b: { type: 'merchant', id: 'shop-cash' }, relation: 'owner' }),
    at(1, 'account.registered', { accountId: 'cash-owner', phone: '13900001111' }),
    at(2, 'account.registered', { accountId: 'cash-staff', phone: '13900001111' }),
  ];
  for (let i = 0; i < 4; i += 1) {
    const buyer = `cash-buyer-${i}`;
    events.push(
      ...purchase(i * 600, `cash-${i}`, buyer, 'shop-cash', 2_990, 5, '很好用，五星'),
      at(i * 600 + 2_100, 'message.sent', { merchantId: 'shop-cash', accountId: buyer, from: 'merchant', text: '亲，五星好评+晒图，截图发客服返现5元哦' }),
      at(i * 600 + 2_620, 'message.sent', { merchantId: 'shop-cash', accountId: buyer, from: 'account', text: '已经好评了，截图发你了' }),
      at(i * 600 + 2_900, 'transfer.sent', { from: { type: 'account', id: 'cash-staff' }, toAccountId: buyer, amount: 500, channel: 'red_packet', memo: '返现' }),
    );
  }
  // A 用户体验官: full price back plus commission, from the owner's account.
  events.push(
    at(3_000, 'message.sent', { merchantId: 'shop-cash', accountId: 'officer-1', from: 'merchant', text: '诚招用户体验官，好评后本金全退另加佣金' }),
    ...purchase(3_100, 'officer-1', 'officer-1', 'shop-cash', 8_900, 5, '非常满意，做工精细，推荐购买'),
    at(5_800, 'transfer.sent', { from: { type: 'account', id: 'cash-owner' }, toAccountId: 'officer-1', amount: 9_900, channel: 'alipay' }),
  );
  return events;
}

/** Look-alikes: compensation after a bad review, an owner's red packet to a friend, a plain request for a good review, a stranger's transfer. */
export function honestPayments(): ShoumenEvent[] {
  return [
    at(0, 'entity.linked', { a: { type: 'account', id: 'fair-owner' }, b: { type: 'merchant', id: 'shop-fair' }, relation: 'owner' }),
    ...purchase(10, 'unhappy', 'unhappy-buyer', 'shop-fair', 4_500, 1, '发错颜色了，很失望'),
    at(2_700, 'transfer.sent', { from: { type: 'merchant', id: 'shop-fair' }, toAccountId: 'unhappy-buyer', amount: 1_000, memo: '补偿' }),
    at(3_000, 'transfer.sent', { from: { type: 'account', id: 'fair-owner' }, toAccountId: 'old-friend', amount: 8_800, channel: 'red_packet', memo: '生日快乐' }),
    ...purchase(100, 'happy', 'happy-buyer', 'shop-fair', 3_200, 5, '质量很好，物流快'),
    at(2_200, 'message.sent', { merchantId: 'shop-fair', accountId: 'happy-buyer', from: 'merchant', text: '亲，满意的话给个五星好评哦，有问题随时找我们' }),
    at(2_800, 'transfer.sent', { from: { type: 'account', id: 'stranger' }, toAccountId: 'happy-buyer', amount: 2_000, memo: '还你饭钱' }),
    ...purchase(200, 'refund', 'refund-buyer', 'shop-fair', 6_000, 2, '尺码不对，已申请退货'),
    at(3_000, 'order.refunded', { orderId: 'o-refund', amount: 6_000, reason: 'return' }),
  ];
}
